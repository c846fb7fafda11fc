// What every end-to-end test file shares: the builds under test, the core's answers computed
// natively (parley-export), and `useApp()`, which serves a build on 127.0.0.1 and opens pages
// that record errors, CSP violations and requests to other origins.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, openPage, ADDRESS } from './browser.mjs';

export const DIST = process.env.PARLEY_DIST ?? 'dist';
export const HOOKS_DIST = process.env.PARLEY_HOOKS_DIST ?? 'target/dist-test-hooks';
export const HOSTILE_DIST = process.env.PARLEY_HOSTILE_DIST ?? 'target/dist-hostile';
export const SINGLE = process.env.PARLEY_SINGLE ?? 'dist-single/parley.html';

// The exporter is built once for a test file, then run as it is: `cargo run` would check the
// build again on every call, a quarter of a second each over hundreds of calls. Each answer is
// kept, and handed out as a copy, so a test may change what it gets.
execFileSync('cargo', ['build', '--quiet', '--bin', 'parley-export'], { stdio: 'inherit' });
const EXPORTER = join(process.env.CARGO_TARGET_DIR ?? 'target', 'debug', 'parley-export');
const answers = new Map();

/// What `parley-export` prints for `args`.
export function exporterText(args, maxBuffer = 64 << 20) {
  return execFileSync(EXPORTER, args, { maxBuffer, encoding: 'utf8' });
}

/// What `parley-export` prints for `args`, read as JSON.
export function exporter(args, maxBuffer = 64 << 20) {
  const key = JSON.stringify(args);
  if (!answers.has(key)) answers.set(key, JSON.parse(exporterText(args, maxBuffer)));
  return structuredClone(answers.get(key));
}

/// The Python the exports' readers run in (tests/readers/), set up by scripts/setup.sh test.
export const PYTHON = process.env.PARLEY_PYTHON ?? 'target/python/bin/python';

/// What the core's query engine returns natively for a timeline query string.
export const native = (query = '') => exporter(['--format', 'query', '--query', query]);
/// Every pair of actors who share events under a timeline query string, as the core computes it.
export const nativeNetwork = (query = '') => exporter(['--format', 'network', '--query', query]);
/// The view struct the app renders for a link (`actors/?sort=events`), as the core computes it.
export const nativeView = (link) => exporter(['--format', 'view', '--link', link]);
/// A route in `lang`: its page under the language's root (`uk/map/`); a view with no page of its
/// own (`#/nowhere`), as an old address naming the language.
export function inLang(route, lang) {
  if (!lang || lang === 'en') return route;
  if (route.startsWith('#')) return `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;
  return `${lang}/${route}`;
}

/// Every page of the hosted build, in each language: `{link, lang, path, title, document_title,
/// description}`, as the core gives them.
export const PAGES = exporter(['--format', 'pages']);
/// The whole compiled dataset, in the documented schema.
export const DATASET = exporter(['--format', 'json']);

export const renderedIds = (page) => page.$$eval('.event-list article[data-event-id]', (els) => els.map((e) => e.dataset.eventId));

export async function renderedFacets(page) {
  return page.$$eval('fieldset.facet', (sets) => Object.fromEntries(sets.map((set) => [set.dataset.facet,
    Object.fromEntries([...set.querySelectorAll('li')].map((li) => [li.querySelector('input').dataset.value, Number(li.querySelector('.count').dataset.count)]))])));
}

/// Serves `dist` (at `prefix`) and starts Chromium for the tests of one file, and stops both
/// after them. The returned object opens pages on the served build, or on any URL.
export function useApp(dist = DIST, prefix = '/') {
  const app = {
    url: undefined,
    browser: undefined,
    /// A page at `hash` of the served build, once the app has started and shows a view (the
    /// prerendered timeline shows one before the app has taken it over).
    async open(hash, options) {
      const page = await openPage(app.browser, app.url + hash, options);
      await page.waitForFunction(() => document.documentElement.classList.contains('started'), null, { timeout: 120_000 });
      await page.waitForSelector('#result-count, h1', { timeout: 120_000 });
      return page;
    },
    /// A page at any URL (another build, a file, a host page), recording the same.
    at: (url, options) => openPage(app.browser, url, options),
    /// Another build served beside this one, for one test: `await using` is not in Node 20.
    async serving(dir, prefix, body) {
      const other = await serve(dir, prefix);
      try {
        return await body(other.url);
      } finally {
        await other.close();
      }
    },
  };
  let server;
  before(async () => {
    server = await serve(dist, prefix);
    app.url = server.url;
    app.browser = await launch();
  });
  after(async () => { await app.browser?.close(); await server?.close(); });
  return app;
}

/// An `initScript` that records every layout shift of the page, as Lighthouse's CLS adds them
/// up. Chromium driven by Playwright marks shifts as following input even when a test gives
/// none (`hadRecentInput`), so none is left out.
export const recordShifts = () => {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
};

/// The shifts `recordShifts` has recorded on `page` so far, and their sum.
export async function layoutShifts(page) {
  const shifts = await page.evaluate(() => window.shifts);
  return { shifts, total: shifts.reduce((sum, value) => sum + value, 0) };
}

/// Waits until the app has started and the page has not changed for `frames` frames in a row:
/// the app has rendered, measured what it drew and rendered again what it will. A page that
/// keeps changing for 20 s fails the wait.
export async function quiet(page, frames = 3) {
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  await page.evaluate((frames) => new Promise((resolve, reject) => {
    let still = 0;
    const observer = new MutationObserver(() => { still = 0; });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const giveUp = setTimeout(() => { observer.disconnect(); reject(new Error('the page kept changing for 20 s')); }, 20_000);
    const frame = () => {
      if (++still < frames) return requestAnimationFrame(frame);
      observer.disconnect();
      clearTimeout(giveUp);
      resolve();
    };
    requestAnimationFrame(frame);
  }), frames);
}

/// Closes a page after checking that it logged no error, met no CSP violation, threw nothing,
/// requested nothing from another origin and got no failed response.
export async function close(page) {
  assert.deepEqual(page.errors, [], 'no console error, CSP violation or uncaught exception');
  assert.deepEqual(page.foreignRequests, [], 'no request to another origin');
  assert.deepEqual(page.failed, [], 'no failed response');
  await page.context().close();
}

/// A page of `app` at `hash` whose wasm is held back until `release()`, recording console
/// errors and warnings (`page.messages`). `initScript` runs before the page's scripts; `locale`
/// is the browser's language.
export async function heldBack(app, hash, { initScript, locale } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  await context.addInitScript(ADDRESS);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  page.messages = [];
  // Chromium notes that it ignores `integrity` on Trunk's preload of the wasm: not the app's.
  const browserNote = (text) => text.includes('`integrity` attribute is currently ignored for preload');
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type()) && !browserNote(m.text())) page.messages.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => page.messages.push(String(e)));
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  await page.goto(app.url + hash);
  return { page, context, release };
}
