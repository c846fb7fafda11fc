// Debian's Chromium, headless, driven by playwright-core (which never downloads a browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/// Chromium, whose contexts have no service workers unless a test asks for them
/// (`serviceWorkers: 'allow'`, as offline.test.mjs does): the site's worker would otherwise
/// cache every page of the site behind each page the other tests open. Their pages are as in a
/// browser without workers (Playwright's own `block` would log a warning on every page).
export async function launch() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async ({ serviceWorkers, ...options } = {}) => {
    const context = await newContext(options);
    if (serviceWorkers !== 'allow') await context.addInitScript(() => { delete Navigator.prototype.serviceWorker; });
    return context;
  };
  return browser;
}

/// In every page: `here`, the address under the page's language root (`events/<id>/`,
/// `map/?actor=witkoff`, or '' for the timeline), `at(href)`, whether the page is at a link's
/// address, and `go(address)`, which opens an address as
/// the reader's back and forward do, in place: the router reads it from `popstate`.
export const ADDRESS = () => {
  Object.defineProperty(window, 'here', { get: () => location.href.slice(document.baseURI.length) });
  window.at = (href) => location.href === new URL(href, document.baseURI).href;
  window.go = (address) => {
    history.pushState(null, '', new URL(address, document.baseURI));
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
};

/// A page in a context of its own that records, for tests to assert on, console errors and
/// uncaught exceptions (`page.errors`), requests to any origin but the page's and `allow`
/// (`page.foreignRequests`) and responses of 400 or more (`page.failed`). `initScript` runs
/// before the page's own scripts; `wait` is the selector that says the page is up. `phone` makes
/// the context a touch phone's (`isMobile`, `hasTouch`); `cpuSlowdown` runs the page on a CPU that
/// many times slower; `serviceWorkers: 'allow'` lets the site's worker run.
export async function openPage(browser, url, {
  width = 1280, height = 900, colorScheme = 'light', initScript, allow = [], wait = 'main#main', phone = false, cpuSlowdown = 1,
  serviceWorkers,
} = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, colorScheme, isMobile: phone, hasTouch: phone, ...(serviceWorkers ? { serviceWorkers } : {}),
  });
  if (initScript) await context.addInitScript(initScript);
  await context.addInitScript(ADDRESS);
  const page = await context.newPage();
  if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // Console errors include every Content-Security-Policy violation.
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.foreignRequests = [];
  const origins = [new URL(url).origin, ...allow.map((a) => new URL(a).origin)];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && !origins.includes(new URL(r.url()).origin)) page.foreignRequests.push(r.url());
  });
  page.failed = [];
  page.on('response', (r) => { if (r.status() >= 400) page.failed.push(r.url()); });
  await page.goto(url);
  if (wait) await page.waitForSelector(wait);
  return page;
}
