// Installable and offline on a hosted build: each language's web app manifest, as Chromium
// reads it; after one visit, with the network off, every page of every language reloads from
// the service worker's cache; a new version of the site is announced with its dataset version
// and taken only when the reader asks; and from file:// nothing registers. The pages expected
// are the core's list (parley-export --format pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { useApp, DIST, SINGLE, PAGES, DATASET, close } from './fixture.mjs';
import { openPage } from './browser.mjs';
import { serve } from './server.mjs';

const app = useApp();
const LANGS = ['en', 'uk', 'ru'];
const CACHE = `parley-${DATASET.version}`;
const started = (page) => page.waitForFunction(() => document.documentElement.classList.contains('started'));
/// The site's worker's state, once it has finished activating (or failed to).
const activeWorker = (page) => page.evaluate(async () => {
  const worker = (await navigator.serviceWorker.ready).active;
  if (worker.state === 'activating') await new Promise((done) => { worker.onstatechange = done; });
  return worker.state;
});
const cached = (page) => page.evaluate(async () => {
  const names = await caches.keys();
  const urls = names.length ? (await (await caches.open(names[0])).keys()).map((r) => r.url) : [];
  return { names, urls };
});
/// Records each call of `navigator.serviceWorker.register`, where there is one.
const spyOnRegister = () => {
  window.registered = [];
  const container = navigator.serviceWorker;
  if (!container) return;
  const register = container.register.bind(container);
  container.register = (...args) => { window.registered.push(String(args[0])); return register(...args); };
};
/// Until the tasks the app queued as it started have run: it registers the worker in one.
const afterStart = (page) => started(page).then(() => page.evaluate(() => new Promise((done) => setTimeout(done, 0))));

test('each language has a web app manifest that Chromium reads with no error: its name, language, start, scope and icons', async () => {
  for (const lang of LANGS) {
    const root = lang === 'en' ? '' : `${lang}/`;
    const page = await app.at(app.url + root);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${app.url}${root}manifest.webmanifest`);
    assert.deepEqual(errors, [], `${lang}: the manifest parses`);
    const manifest = JSON.parse(data);
    assert.equal(manifest.lang, lang);
    assert.equal(manifest.short_name, 'Parley');
    assert.equal(new URL(manifest.start_url, url).href, app.url + root, 'it opens on its language\'s timeline');
    assert.equal(new URL(manifest.scope, url).href, app.url, 'its scope is the whole site');
    for (const icon of manifest.icons) {
      const png = await readFile(join(DIST, new URL(icon.src, url).pathname));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)].join('x'), icon.sizes, icon.src);
    }
    assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512']);
    await close(page);
  }
});

test('after one visit, with the network off, every page of every language reloads, and its app starts', async () => {
  const page = await openPage(app.browser, app.url, { serviceWorkers: 'allow', initScript: spyOnRegister });
  await afterStart(page);
  assert.deepEqual(await page.evaluate(() => window.registered), [`${app.url}sw.js`], 'one worker, at the site\'s root');
  assert.equal(await activeWorker(page), 'activated');
  const { names, urls } = await cached(page);
  assert.deepEqual(names, [CACHE], 'one cache, named by the dataset version');
  for (const p of PAGES) assert.ok(urls.includes(app.url + p.path), `${p.path} is cached`);
  await page.context().setOffline(true);
  for (const p of PAGES) {
    const response = await page.goto(app.url + p.path, { waitUntil: 'domcontentloaded' });
    assert.ok(response.ok() && response.fromServiceWorker(), `${p.path} from the cache`);
    assert.equal(await page.title(), p.document_title, p.path);
  }
  // A view with a query, in each language, with its app: what a reader on a train opens.
  for (const lang of LANGS) {
    const root = lang === 'en' ? '' : `${lang}/`;
    await page.goto(`${app.url}${root}map/?actor=witkoff`);
    await started(page);
    await page.waitForSelector('.map-drawing');
    assert.equal(await page.getAttribute('html', 'lang'), lang);
  }
  assert.deepEqual(page.errors, [], 'no error offline');
  await page.context().setOffline(false);
  await close(page);
});

test('a new version of the site is announced with its dataset version, in the page\'s language, and taken when the reader reloads', async () => {
  // A copy of the build, whose worker is then changed as a new build's would be.
  const folder = await mkdtemp(join(tmpdir(), 'parley-offline-'));
  await cp(DIST, folder, { recursive: true });
  const server = await serve(folder);
  try {
    const page = await openPage(app.browser, `${server.url}uk/`, { serviceWorkers: 'allow' });
    await started(page);
    assert.equal(await activeWorker(page), 'activated');
    assert.deepEqual((await cached(page)).names, [CACHE]);
    const next = `${DATASET.version}-next`;
    const worker = await readFile(join(folder, 'sw.js'), 'utf8');
    await writeFile(join(folder, 'sw.js'), worker.replace(`const VERSION = "${DATASET.version}"`, `const VERSION = "${next}"`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const notice = await page.waitForSelector('#update-notice');
    assert.match(await notice.textContent(), new RegExp(`Parley має нову версію .*${next}.*Перезавантажити`));
    assert.deepEqual((await cached(page)).names.sort(), [CACHE, `parley-${next}`].sort(), 'the new version waits beside the old');
    await Promise.all([page.waitForEvent('load'), page.click('#update-notice button')]);
    await started(page);
    assert.deepEqual((await cached(page)).names, [`parley-${next}`], 'and, taken, replaces it');
    assert.equal(await page.$('#update-notice'), null);
    await close(page);
  } finally {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
});

test('from file://, the one-file build registers no worker and names no manifest', async () => {
  const page = await app.at(pathToFileURL(resolve(SINGLE)).href, { initScript: spyOnRegister });
  await afterStart(page);
  assert.deepEqual(await page.evaluate(() => window.registered), []);
  assert.equal(await page.$('link[rel=manifest]'), null);
  await close(page);
});
