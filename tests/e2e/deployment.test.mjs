// Shipping: a subpath of a plain static server, the single file from file://, and embedding.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, SINGLE, native, DATASET, renderedIds, close, DIST } from './fixture.mjs';

const app = useApp();

test('dist/ works under a subpath of a plain static server, on every main route', async () => {
  await app.serving(DIST, '/parley/', async (sub) => {
    const routes = [['', '#result-count'], ['events/2025-03-11-jeddah-talks-ceasefire/', 'article.event-page'],
      ['actors/', 'li.actor-card'], ['actors/dmitriev/', 'article.actor-page'], ['sources/003_2dd791e8254a4d49/', 'article.source-page'],
      ['network/', 'svg.network'], ['map/', '#map-svg a.marker'], ['claims/', 'section.claim']];
    const page = await app.at(sub);
    for (const [route, selector] of routes) {
      await page.goto(sub + route);
      await page.waitForSelector(selector);
      assert.ok(page.url().startsWith(sub), route);
    }
    await page.goto(sub);
    await page.click('article[data-event-id] h3 a');
    await page.waitForSelector('article.event-page');
    await close(page);
  });
});

test('dist/ is ready for a host: each file has gzip and brotli copies of itself, and no development build leaked in', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
  const { join } = await import('node:path');
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(DIST.length + 1));
  const originals = files.filter((f) => !/\.(gz|br)$/.test(f));
  assert.ok(originals.some((f) => f.endsWith('.wasm')) && originals.includes('index.html'));
  // The preview images are PNG, compressed already: they alone have no copies.
  const images = originals.filter((f) => f.endsWith('.png'));
  assert.ok(images.length > 0);
  for (const file of originals.filter((f) => !f.endsWith('.png'))) {
    const bytes = await readFile(join(DIST, file));
    assert.ok(gunzipSync(await readFile(join(DIST, `${file}.gz`))).equals(bytes), `${file}.gz`);
    assert.ok(brotliDecompressSync(await readFile(join(DIST, `${file}.br`))).equals(bytes), `${file}.br`);
  }
  assert.equal(files.length, originals.length * 3 - images.length * 2, 'nothing but the files and their copies');
  // `trunk serve` writes a live-reload client that would try to reach its socket on every load.
  assert.doesNotMatch(await readFile(join(DIST, 'index.html'), 'utf8'), /__trunk_address__|ws:\/\//);
});

test('the single file opens from file:// with no network access, and filters, actors and sources work', async () => {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = pathToFileURL(resolve(SINGLE)).href;
  const page = await app.at(url + '#/', { wait: '#result-count' });
  assert.deepEqual(await renderedIds(page), DATASET.events.map((e) => e.id));
  await page.check('#f-side-europe');
  await page.waitForFunction(() => location.hash === '#/?side=europe');
  assert.deepEqual(await renderedIds(page), native('side=europe').events);
  await page.click('article[data-event-id] .participants a >> nth=0');
  await page.waitForSelector('article.actor-page');
  await page.$$eval('ul.mentions details', (ds) => ds.forEach((d) => { d.open = true; }));
  await page.click('ul.mentions a >> nth=0');
  await page.waitForSelector('article.source-page #target');
  // No request leaves the file: the page's origin is the file's, and nothing else is allowed.
  await close(page);
});

test('?embed=1 gives the bare timeline for an iframe, and its links open the full app in a new tab', async () => {
  const { createServer } = await import('node:http');
  const host = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' })
    .end(`<!doctype html><title>Host</title><h1>An article</h1><iframe title="Parley" width="900" height="700" src="${app.url}?embed=1&actor=witkoff"></iframe>`));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const page = await app.at(`http://127.0.0.1:${host.address().port}/`, { allow: [app.url], wait: 'iframe' });
  const context = page.context();
  try {
    const frame = page.frameLocator('iframe');
    await frame.locator('#result-count').waitFor();
    assert.equal(await frame.locator('.site-header').count(), 0, 'no page chrome');
    assert.equal(await frame.locator('.filter-panel').isVisible(), false);
    const ids = await frame.locator('.event-list article[data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
    assert.deepEqual(ids, native('actor=witkoff').events);
    const [opened] = await Promise.all([context.waitForEvent('page'), frame.locator('article[data-event-id] h3 a').first().click()]);
    await opened.waitForLoadState();
    assert.ok(opened.url().startsWith(app.url), opened.url());
    assert.match(opened.url(), /\/events\/[^/]+\/$/);
    assert.doesNotMatch(opened.url(), /embed=1/);
    await opened.waitForSelector('article.event-page');
    assert.equal(await opened.locator('.site-header').count(), 1, 'the new tab is the full app');
    await close(page);
  } finally {
    await new Promise((r) => host.close(r));
  }
});
