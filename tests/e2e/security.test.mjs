// Hostile input and failure: the panic panel, hostile data and URLs, the CSP, unusable storage.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, DATASET, close, HOOKS_DIST, HOSTILE_DIST, quiet } from './fixture.mjs';

const app = useApp();

test('a Rust panic shows a readable error panel and logs to the console, never a blank page', async () => {
  await app.serving(HOOKS_DIST, '/', async (hooks) => {
    const page = await app.at(`${hooks}#/__panic`, { wait: '#panic-panel[role="alert"]' });
    const panel = await page.textContent('#panic-panel');
    assert.match(panel, /Something went wrong in Parley/);
    assert.match(panel, /a deliberate panic to show the error panel/);
    assert.ok(page.errors.some((line) => line.includes('Parley stopped') && line.includes('deliberate panic')), 'logged to the console');
    // The panic's own lines, and the trap that ends the wasm (panic = "abort"): nothing else.
    page.errors = page.errors.filter((line) => !line.includes('deliberate panic') && line !== 'RuntimeError: unreachable');
    await close(page);
  });
  // The release build for readers has no such trigger: the same address is a not-found page.
  const page = await app.open('#/__panic');
  assert.equal(await page.$('#panic-panel'), null);
  assert.equal(await page.textContent('h1'), 'Not found');
  await close(page);
});

test('hostile markup in seed text and data shows as literal text and never runs', async () => {
  await app.serving(HOSTILE_DIST, '/', async (hostile) => {
    const routes = ['', 'events/2026-01-05-geneva-meeting/', 'actors/', 'actors/smith/', 'sources/000_hostile/',
      'sources/000_hostile/?at=0-60', 'network/', 'claims/'];
    const page = await app.at(hostile + '');
    for (const route of routes) {
      await page.goto(hostile + route);
      await page.waitForSelector('main#main h1, #result-count');
      await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
      await quiet(page);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `nothing ran on ${route}`);
      assert.equal(await page.$$eval('#app img, #app iframe, #app script, #app b, #app i', (e) => e.length), 0, `no injected element on ${route}`);
      assert.equal(await page.$$eval('#app a[href^="javascript:"]', (e) => e.length), 0);
    }
    await page.goto(hostile + '');
    await page.waitForSelector('#result-count');
    assert.match(await page.textContent('article[data-event-id] h3'), /^<script>window.__pwned='title'<\/script> Geneva meeting$/);
    await page.goto(hostile + 'sources/000_hostile/');
    await page.waitForSelector('.source-page');
    assert.match(await page.textContent('.source-page .story'), /<img src=x onerror="window.__pwned='excerpt'"> Eve Smith/);
    assert.match(await page.textContent('.source-page h1'), /<script>/);
    await close(page);
  });
});

test('a strict Content-Security-Policy is set, enforced, and the app runs under it', async () => {
  const page = await app.open('');
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const directive of ["script-src 'self' 'wasm-unsafe-eval' 'sha256-", "connect-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    assert.ok(policy.includes(directive), directive);
  }
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.head.append(script);
    setTimeout(() => resolve(null), 1000);
  }));
  assert.match(blocked, /^script-src/);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  page.errors = page.errors.filter((e) => !e.includes('Content Security Policy'));
  await close(page);
});

const HOSTILE_URLS = [
  // Longer than a server takes in a request line: as old addresses, which only the app reads.
  ['#/?q=' + 'x'.repeat(100_000), /search text was longer than 200 characters/],
  ['#/?' + 'actor=witkoff&'.repeat(10_000) + 'actor=ghost', /Ignored actor 'ghost'/],
  ['#/?' + 'foo=1&'.repeat(10_000), /Ignored unknown parameter 'foo'/],
  ['?q=%00%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&actor=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E', /Ignored actor '<img src=x onerror=window.__pwned=1>'/],
  ['?actor=%F0%9F%98%80&place=..%2F..%2Fetc', /Ignored actor '😀'.*|Ignored place '..\/..\/etc'/s],
  ['?from=2025-02-30&to=not-a-date', /Ignored from '2025-02-30'/],
  ['?from=2026-01-01&to=2025-01-01', /ends \(2025-01-01\) before it starts \(2026-01-01\)/],
  ['?%=%&&&=&q', /Ignored unknown parameter '%'/],
  // Views that have no page of their own, as old addresses: the app shows them on the root's.
  ['#/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E', /There is no event '<script>alert\(1\)<\/script>'/],
  ['#/actors/..%2F..', /There is no/],
  ['sources/000_f64d0eef6883cf1c/?at=99999999-1', /Ignored at '99999999-1'/],
  ['sources/000_f64d0eef6883cf1c/?at=5-3&at=%00', /Ignored at '5-3'/],
  [(() => {
    // A range that starts inside a curly apostrophe (3 bytes in UTF-8).
    const text = DATASET.documents[0].text;
    const byte = Buffer.byteLength(text.slice(0, text.indexOf('’'))) + 1;
    return `sources/${DATASET.documents[0].id}/?at=${byte}-${byte + 5}`;
  })(), /Ignored at '\d+-\d+': it is not a passage/],
  // Not an old address (#/…): an anchor in the timeline's page, which stays.
  ['#javascript:window.__pwned=1', new RegExp(`of ${DATASET.events.length} events`)],
  ['#/no/such/route', /no page at this address/],
];

for (const [hash, notice] of HOSTILE_URLS) {
  test(`hostile URL ${hash.slice(0, 60)}… renders with a notice and no uncaught error`, async () => {
    const page = await app.open(hash);
    await page.waitForSelector('main#main h1, #result-count');
    const text = await page.textContent('main#main');
    if (notice) assert.match(text, notice);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.$('#panic-panel'), null);
    await close(page);
  });
}

test('a hash typed by hand is an anchor in the page, and an old #/ address that is no view gets the not-found page', async () => {
  const page = await app.open('');
  // The router has heard the change once the hashchange event has run and the page is quiet.
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('hashchange', resolve, { once: true });
    location.hash = '#foo';
  }));
  await quiet(page);
  assert.ok(await page.isVisible('#result-count'), 'the timeline stays');
  assert.equal(await page.evaluate(() => location.hash), '#foo', 'the address is left as typed');
  await page.evaluate(() => { location.hash = '#/foo'; });
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Not found');
  assert.equal(await page.evaluate(() => location.hash), '#/foo', 'the address is left as typed');
  await page.goBack();
  await page.waitForSelector('#result-count');
  await close(page);
});

test('without working storage the app uses defaults and does not crash', async () => {
  const cases = {
    unavailable: () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }),
    full: () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; },
    garbage: () => localStorage.setItem('parley-theme', '\u0000{{not json]]'),
  };
  for (const [name, initScript] of Object.entries(cases)) {
    const page = await app.open('', { initScript });
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light', `${name}: the default theme`);
    await page.click('button.theme-toggle');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', `${name}: the toggle still works`);
    await close(page);
  }
});
