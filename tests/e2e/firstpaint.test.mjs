// The first paint: the release build carries the default timeline as HTML, rendered at build
// time by Yew's server renderer. It reads with scripts off, the app takes it over (hydrates it)
// without a warning, and it never shows in place of another view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, native, DATASET, DIST, SINGLE, renderedIds, close, heldBack as heldBackIn, recordShifts, layoutShifts, quiet } from './fixture.mjs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const app = useApp();
const heldBack = (hash, initScript) => heldBackIn(app, hash, { initScript });

test('with JavaScript off, the page is the whole timeline with every event and its citations', async () => {
  for (const width of [1280, 390]) {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url + '');
    assert.deepEqual(await renderedIds(page), native('').events);
    assert.ok(await page.isVisible('.event-list article h3'), 'the events show');
    const citations = await page.$$eval('.event-list article[data-event-id]', (as) => Object.fromEntries(as.map((a) => [a.dataset.eventId, a.querySelectorAll('.citations details.citation blockquote').length])));
    for (const event of DATASET.events) assert.equal(citations[event.id], event.sources.length, `${event.id}: each source with its excerpt`);
    assert.equal(await page.textContent('#result-count'), `${DATASET.events.length} of ${DATASET.events.length} events`);
    assert.ok(await page.isVisible('.noscript'), 'a note says what needs JavaScript');
    await context.close();
  }
});

test('a page still arriving is painted where it will stay: no card moves when the rest of the page comes', async () => {
  // On a slow phone the browser paints the timeline while its HTML is still arriving, so each
  // card must lay out as it will once what follows it has come, such as its "Pick" button.
  // The page cut short after each of the first cards is compared with the whole page.
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const ends = [...html.matchAll(/<\/article>/g)].slice(0, 4).map((m) => m.index + m[0].length);
  const cards = (page) => page.$$eval('.event-list article', (as) => as.map((a) => {
    const r = a.getBoundingClientRect();
    return `${a.dataset.eventId} at ${r.top}, ${r.height} high`;
  }));
  for (const width of [320, 390, 412, 1280]) {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, isMobile: width < 800 });
    const load = async (body) => {
      const page = await context.newPage();
      await page.route((url) => url.pathname === '/', (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
      await page.goto(app.url + '');
      return cards(page);
    };
    const whole = await load(html);
    for (const end of ends) {
      const arriving = await load(html.slice(0, end));
      assert.ok(arriving.length > 0);
      assert.deepEqual(arriving, whole.slice(0, arriving.length), `at ${width} px, the page cut after card ${arriving.length}`);
    }
    await context.close();
  }
});

test('on a wide screen nothing moves when the app takes over the prerendered timeline', async () => {
  // The prerendered page shows the axis and the map open, as the app opens them on a wide
  // screen: the axis's download buttons come with it, and the axis, drawn for one width and
  // shown at another, keeps the height it will have once the app draws it at its own width.
  for (const [width, height] of [[800, 600], [1024, 768], [1350, 940]]) {
    const page = await app.open('', { width, height, initScript: recordShifts });
    await quiet(page);
    const { shifts, total } = await layoutShifts(page);
    assert.ok(total < 0.005, `at ${width} × ${height}: layout shifts ${shifts.join(', ')}`);
    await close(page);
  }
});

test('the app hydrates the prerendered timeline: the same nodes, no console error or warning, and it works', async () => {
  const { page, context, release } = await heldBack('');
  // Before any wasm has run, the timeline is there.
  assert.deepEqual(await renderedIds(page), native('').events);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('started')), false);
  await page.evaluate(() => { window.prerendered = [document.querySelector('.event-list article'), document.querySelector('#result-count')]; });
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  assert.deepEqual(await page.evaluate(() => window.prerendered.map((n) => document.contains(n))), [true, true], 'the app kept the prerendered nodes');
  await page.click('details.filter-panel label[for="f-kind-meeting"]');
  await page.waitForFunction(() => here === '?kind=meeting');
  assert.deepEqual(await renderedIds(page), native('kind=meeting').events);
  assert.deepEqual(page.messages, []);
  await context.close();
});

test('the theme the reader picked applies before the app starts', async () => {
  for (const theme of ['dark', 'light']) {
    const { page, context, release } = await heldBack('', `localStorage.setItem('parley-theme', '${theme}')`);
    const shown = () => page.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).colorScheme]);
    assert.deepEqual(await shown(), [theme, theme], 'before any wasm');
    release();
    await page.waitForFunction(() => document.documentElement.classList.contains('started'));
    assert.deepEqual(await shown(), [theme, theme]);
    assert.equal(await page.textContent('.theme-toggle'), theme === 'dark' ? 'Light mode' : 'Dark mode');
    assert.deepEqual(page.messages, []);
    await context.close();
  }
});

test('an address that asks for more than its page (a filter, an old #/ link) shows the frame and a note, never the page\'s own view as its answer', async () => {
  // `?bogus=1` is the default view too, but with a notice about what it ignored.
  const event = DATASET.events[5];
  for (const address of ['?actor=witkoff', '?bogus=1', 'map/?place=moscow', '#/nowhere', `#/events/${event.id}`]) {
    const { page, context, release } = await heldBack(address);
    assert.equal(await page.isVisible('.event-list'), false, `${address}: no unfiltered timeline before the app starts`);
    assert.equal(await page.isVisible('#main h1, #map-svg'), false, `${address}: no view of the page's own`);
    assert.equal(await page.isVisible('.site-header'), true, `${address}: the frame shows`);
    release();
    await page.waitForFunction(() => document.documentElement.classList.contains('started'));
    await page.waitForSelector('main#main h1');
    if (address.startsWith('?')) assert.deepEqual(await renderedIds(page), native(address.slice(1)).events);
    if (address === '#/nowhere') assert.equal(await page.textContent('h1'), 'Not found');
    if (address.startsWith('#/events/')) assert.equal(await page.textContent('h1'), event.title.en);
    assert.equal(await page.$$eval('#app > .site-header', (h) => h.length), 1, 'one frame, not the prerendered one beside it');
    if (address === '?bogus=1') assert.match(await page.textContent('.notices'), /bogus/);
    assert.deepEqual(page.messages, []);
    await context.close();
  }
});

test('the one-file build carries the same first paint, from file://', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`file://${resolve(SINGLE)}`);
  assert.deepEqual(await renderedIds(page), native('').events);
  await context.close();
  const live = await app.at(`file://${resolve(SINGLE)}`);
  await live.waitForFunction(() => document.documentElement.classList.contains('started'));
  assert.deepEqual(await renderedIds(live), native('').events);
  await close(live);
});
