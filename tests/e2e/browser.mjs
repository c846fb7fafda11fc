// Debian's Chromium, headless, driven by playwright-core (which never downloads a browser).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
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
/// many times slower.
export async function openPage(browser, url, {
  width = 1280, height = 900, colorScheme = 'light', initScript, allow = [], wait = 'main#main', phone = false, cpuSlowdown = 1,
} = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, isMobile: phone, hasTouch: phone });
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
