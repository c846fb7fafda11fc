// Served by the cross-engine tests into every page, right after its Content-Security-Policy,
// which allows it as a script of the page's own origin (the CSP is not turned off): it records
// what the console would show, for engines whose driver cannot read the console
// (WebKitWebDriver), and so the same in every engine. `window.parleyProbe` holds the records.
(() => {
  const seen = [];
  window.parleyProbe = seen;
  addEventListener('error', (e) => {
    seen.push(e instanceof ErrorEvent ? `uncaught: ${e.message}` : `failed to load: ${e.target?.src ?? e.target?.href}`);
  }, true);
  addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => seen.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      seen.push(`console.${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
})();
