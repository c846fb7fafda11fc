// The map, one filter across the list, the map and the network, and the pictures to take away.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, nativeView, native, nativeNetwork, DATASET, SINGLE, renderedIds, close } from './fixture.mjs';

const app = useApp();

const FILTERS = ['', 'actor=witkoff', 'from=2026-01-01', 'actor=witkoff&from=2026-01-01',
  'kind=meeting&kind=negotiation-round', 'side=russia&to=2025-12-31', 'q=ceasefire', 'place=moscow'];

const markers = (page, svg = '#map-svg') => page.$$eval(`${svg} a.marker`, (ms) =>
  ms.map((m) => [m.dataset.place, Number(m.dataset.count), m.getAttribute('aria-label'), m.getAttribute('href')]));

/// What the core's map view gives for `query`: [place, count, accessible name, href] per marker.
function expectedMarkers(query, lens = 'map') {
  const { view } = nativeView(`map/?${query}`);
  return { view, markers: view.markers.map((m) => [m.place, m.events.length, m.label,
    lens === 'map' ? m.link : m.link.replace('map/', './')]) };
}

test('the map\'s markers, table and unplaced events equal the core\'s under every filter', async () => {
  const page = await app.open('map/', { wait: '#map-svg' });
  for (const query of FILTERS) {
    await page.evaluate((q) => go(`map/${q ? '?' : ''}${q}`), query);
    await page.waitForFunction((q) => here.endsWith(q), query);
    const { view, markers: expected } = expectedMarkers(query);
    await page.waitForFunction((n) => document.querySelector('#result-count')?.textContent.startsWith(`${n} of`), view.matched);
    assert.deepEqual(await markers(page), expected, query);
    const rows = await page.$$eval('table.places tbody tr', (trs) => trs.map((tr) => [tr.dataset.place, Number(tr.querySelector('.number').textContent)]));
    assert.deepEqual(rows, expected.map(([place, n]) => [place, n]), `${query}: the table`);
    const places = view.markers.length === 1 ? '1 place' : `${view.markers.length} places`;
    assert.equal(await page.textContent('#result-count'), `${view.matched} of ${view.total} events · ${places}`);
    const unplaced = view.unplaced.map((i) => `events/${DATASET.events[i].id}/`);
    if (unplaced.length) {
      assert.equal(await page.textContent('details.unplaced summary'), `${unplaced.length} event${unplaced.length === 1 ? '' : 's'} name${unplaced.length === 1 ? 's' : ''} no place`);
      assert.deepEqual(await page.$$eval('details.unplaced a', (as) => as.map((a) => a.getAttribute('href'))), unplaced);
    } else {
      assert.equal(await page.$('details.unplaced'), null);
    }
    // The three kinds of place are drawn three ways.
    for (const m of view.markers) {
      const [kind, shape] = await page.$eval(`#map-svg a.marker[data-place="${m.place}"]`, (a, k) => [a.classList.contains(`kind-${k}`), a.querySelector('circle:not(.hit), rect').tagName], m.kind);
      assert.ok(kind, `${m.place} is drawn as a ${m.kind}`);
      assert.equal(shape, m.kind === 'country' ? 'rect' : 'circle', m.place);
    }
  }
  await close(page);
});

/// The place names drawn on `svg`: each one's box on screen, its text and its marker's name,
/// and the drawing's box.
const drawnNames = (page, svg) => page.$eval(svg, (drawing) => {
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const names = [...drawing.querySelectorAll('a.marker text')].filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => ({ text: t.textContent, label: t.closest('a').getAttribute('aria-label'), box: box(t.getBoundingClientRect()) }));
  return { names, drawing: box(drawing.getBoundingClientRect()) };
});

test('place names never overlap or leave the map, at any width, zoom and language', async () => {
  const views = [['map/', '#map-svg'], ['uk/map/', '#map-svg'], ['ru/', '#timeline-map-svg']];
  for (const width of [320, 390, 1024, 1350]) {
    for (const [hash, svg] of views) {
      const page = await app.open(hash, { width });
      // The timeline's map is folded on a phone.
      await page.$$eval('details.mini-map', (ds) => ds.forEach((d) => { d.open = true; }));
      await page.waitForSelector(svg);
      for (const zoom of [1, 2, 4]) {
        const { names, drawing } = await drawnNames(page, svg);
        const where = `${hash} at ${width} px, zoom ${zoom}`;
        // Zoomed in about the middle, the map may show no place at all.
        if (zoom === 1) assert.ok(names.length > 0, `${where}: some names are drawn`);
        const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        names.forEach((n, i) => {
          // The accessible name is "Moscow: 5 events": the drawn name is its place's.
          assert.ok(n.label.startsWith(`${n.text}: `), `${where}: "${n.text}" names its marker ${n.label}`);
          assert.ok(n.box.left >= drawing.left - 0.5 && n.box.right <= drawing.right + 0.5
            && n.box.top >= drawing.top - 0.5 && n.box.bottom <= drawing.bottom + 0.5, `${where}: "${n.text}" inside the map`);
          for (const m of names.slice(i + 1)) assert.ok(!overlap(n.box, m.box), `${where}: "${n.text}" and "${m.text}" overlap`);
        });
        if (zoom < 4 && svg === '#map-svg') {
          await page.click('.map-controls button:first-child');
          await page.waitForFunction((z) => document.querySelector('#map-svg').getAttribute('viewBox').split(' ')[2] < 1000 / z + 1, zoom * 2);
        } else break;
      }
      await close(page);
    }
  }
});

test('a marker lists its events on focus and narrows the map to its place; the keyboard reaches it', async () => {
  const page = await app.open('map/?from=2025-01-01', { wait: '#map-svg' });
  const { view } = expectedMarkers('from=2025-01-01');
  const first = view.markers[0];
  // Tab from the zoom buttons reaches the markers, in order.
  await page.focus('.map-controls button:has-text("Whole map")');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.place), first.place);
  assert.equal(await page.textContent('.marker-panel h2'), first.label);
  assert.deepEqual(await page.$$eval('.marker-events a', (as) => as.map((a) => a.getAttribute('href'))),
    first.events.map((i) => `events/${DATASET.events[i].id}/`));
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => here === `map/?place=${p}&from=2025-01-01`, first.place);
  assert.deepEqual(await markers(page), expectedMarkers(`place=${first.place}&from=2025-01-01`).markers);
  // Zooming keeps every marker a link, and "Whole map" comes back.
  const whole = await page.getAttribute('#map-svg', 'viewBox');
  await page.click('.map-controls button:has-text("Zoom in")');
  assert.notEqual(await page.getAttribute('#map-svg', 'viewBox'), whole);
  await page.click('.map-controls button[aria-label="Pan east"]');
  await page.click('.map-controls button:has-text("Whole map")');
  assert.equal(await page.getAttribute('#map-svg', 'viewBox'), whole);
  await close(page);
});

test('the map\'s zoom and pan are in its address: a reload, or the address shared, shows the same map', async () => {
  const page = await app.open('map/?actor=witkoff', { wait: '#map-svg' });
  const whole = await page.getAttribute('#map-svg', 'viewBox');
  const length = await page.evaluate(() => history.length);
  await page.click('.map-controls button:has-text("Zoom in")');
  await page.click('.map-controls button:has-text("Zoom in")');
  await page.click('.map-controls button[aria-label="Pan east"]');
  await page.waitForFunction(() => /^map\/\?actor=witkoff&zoom=4&centre=\d+%2C\d+$/.test(here));
  const zoomed = await page.getAttribute('#map-svg', 'viewBox');
  assert.notEqual(zoomed, whole);
  assert.equal(await page.evaluate(() => history.length), length, 'zooming replaces the address, adding no step to go back through');
  const address = await page.evaluate(() => here);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  await page.waitForSelector('#map-svg');
  assert.equal(await page.getAttribute('#map-svg', 'viewBox'), zoomed, 'the reload shows the same map');
  assert.equal(await page.evaluate(() => here), address);
  // A filter keeps the zoom; "Whole map" takes it out of the address.
  await page.click('fieldset.facet[data-facet="kind"] input[data-value="meeting"]');
  await page.waitForFunction(() => here.startsWith('map/?actor=witkoff&kind=meeting&zoom=4&centre='));
  assert.equal(await page.getAttribute('#map-svg', 'viewBox'), zoomed);
  await page.click('.map-controls button:has-text("Whole map")');
  await page.waitForFunction(() => here === 'map/?actor=witkoff&kind=meeting');
  assert.equal(await page.getAttribute('#map-svg', 'viewBox'), whole);
  await close(page);
});

test('list, map and network keep one filter, back and forward included; the network honours it', async () => {
  const query = 'actor=witkoff&from=2026-01-01';
  const page = await app.open(`?${query}`);
  assert.deepEqual(await renderedIds(page), native(query).events);
  await page.click('.lens-tabs a[data-lens="Map"]');
  await page.waitForFunction((q) => here === `map/?${q}`, query);
  assert.deepEqual(await markers(page), expectedMarkers(query).markers);
  await page.click('.lens-tabs a[data-lens="Who met whom"]');
  await page.waitForFunction((q) => here === `network/?${q}`, query);

  const edges = () => page.$$eval('svg.network a.edge', (es) => es.map((e) => [e.dataset.a, e.dataset.b, Number(e.dataset.weight)]));
  const expectEdges = (q) => nativeNetwork(q).map((p) => [p.a, p.b, p.events.length]);
  assert.deepEqual(await edges(), expectEdges(query));
  const matched = native(query).events.length;
  assert.equal(await page.textContent('#result-count'), `${matched} of ${DATASET.events.length} events`);
  // Nodes are the actors of the matching events, sized by how many.
  const nodes = await page.$$eval('svg.network a.node', (ns) => ns.map((n) => [n.dataset.actorId, Number(n.dataset.events)]));
  for (const [id, n] of nodes) assert.equal(n, native(`${query}&actor=${id}`).events.length, id);
  // An edge's link opens exactly the events the two share under the filter.
  const [a, b] = (await edges())[0];
  const href = await page.getAttribute(`svg.network a.edge[data-a="${a}"][data-b="${b}"]`, 'href');
  assert.deepEqual(native(href.split('?')[1]).events, nativeNetwork(query).find((p) => p.a === a && p.b === b).events);

  // A filter changed on the network stays on the network.
  await page.check('#f-kind-meeting');
  await page.waitForFunction((q) => here === `network/?${q}`, 'actor=witkoff&kind=meeting&from=2026-01-01');
  assert.deepEqual(await edges(), expectEdges('actor=witkoff&kind=meeting&from=2026-01-01'));
  await page.goBack();
  await page.waitForFunction((q) => here === `network/?${q}`, query);
  assert.deepEqual(await edges(), expectEdges(query));
  await page.goBack();
  await page.waitForFunction((q) => here === `map/?${q}`, query);
  assert.deepEqual(await markers(page), expectedMarkers(query).markers);
  await page.goBack();
  await page.waitForFunction((q) => here === `?${q}`, query);
  assert.deepEqual(await renderedIds(page), native(query).events);
  await page.goForward();
  await page.waitForFunction((q) => here === `map/?${q}`, query);
  assert.equal(await page.getAttribute('.lens-tabs a[aria-current="page"]', 'data-lens'), 'Map');
  await close(page);
});

test('the timeline\'s map follows the filter and the date range, and marks the place of the event in focus', async () => {
  const page = await app.open('?kind=meeting');
  assert.deepEqual(await markers(page, '#timeline-map-svg'), expectedMarkers('kind=meeting', 'list').markers);
  await page.fill('#from', '2026-01-01');
  await page.waitForFunction(() => here === '?kind=meeting&from=2026-01-01');
  assert.deepEqual(await markers(page, '#timeline-map-svg'), expectedMarkers('kind=meeting&from=2026-01-01', 'list').markers);
  const placed = DATASET.events.find((e) => e.place && native('kind=meeting&from=2026-01-01').events.includes(e.id));
  await page.focus(`article[data-event-id="${placed.id}"] h3 a`);
  await page.waitForSelector(`#timeline-map-svg a.marker.highlighted[data-place="${placed.place}"]`);
  assert.equal(await page.$$eval('#timeline-map-svg a.marker.highlighted', (ms) => ms.length), 1);
  // A marker here narrows the list, not the map.
  await page.click(`#timeline-map-svg a.marker[data-place="${placed.place}"]`);
  await page.waitForFunction((p) => here === `?kind=meeting&place=${p}&from=2026-01-01`, placed.place);
  assert.deepEqual(await renderedIds(page), native(`kind=meeting&place=${placed.place}&from=2026-01-01`).events);
  await close(page);
});

/// Clicks a picture button and returns the downloaded file's name and bytes.
async function take(page, scope, kind) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`${scope} button[data-picture="${kind}"]`)]);
  return [download.suggestedFilename(), await readFile(await download.path())];
}

/// An SVG's root attributes and text, parsed by the browser's own XML parser.
const parseSvg = (page, text) => page.evaluate((t) => {
  const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
  const root = doc.documentElement;
  return { error: doc.querySelector('parsererror')?.textContent ?? null, tag: root.tagName, width: Number(root.getAttribute('width')),
    height: Number(root.getAttribute('height')), captions: [...root.querySelectorAll('text.caption')].map((c) => c.textContent),
    paths: root.querySelectorAll('path').length, markers: root.querySelectorAll('a.marker, a[data-place]').length,
    fills: [...root.querySelectorAll('path')].slice(0, 3).map((p) => p.getAttribute('fill')) };
}, text);

/// A PNG's width and height, from its IHDR chunk.
const pngSize = (bytes) => {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

for (const colorScheme of ['light', 'dark']) {
  test(`the time axis, the map and the network download as SVG and PNG with their caption (${colorScheme})`, async () => {
    const cases = [['?actor=witkoff&kind=meeting', '.overviews > .picture-downloads', 'parley-time-axis', 'Actors (all of): Steve Witkoff; Kind: Visit or meeting'],
      ['map/?from=2026-01-01', '.map-page .picture-downloads', 'parley-map', 'from 2026-01-01'],
      ['network/?side=russia', '.network-page .picture-downloads', 'parley-network', 'Side: Russia']];
    for (const [route, scope, name, words] of cases) {
      const page = await app.open(route, { colorScheme });
      const [svgName, svgBytes] = await take(page, scope, 'svg');
      assert.equal(svgName, `${name}.svg`);
      const svg = await parseSvg(page, svgBytes.toString('utf8'));
      assert.equal(svg.error, null, `${name}: the SVG parses`);
      assert.equal(svg.tag, 'svg');
      const url = await page.evaluate(() => location.href);
      assert.equal(svg.captions.length, 2);
      assert.ok(svg.captions[0].includes(words), `${name}: "${svg.captions[0]}" names the filter`);
      assert.equal(svg.captions[1], `Parley · dataset ${DATASET.version} · ${url}`);
      // The file carries its colours, in the current theme: no class is left to style it.
      if (name === 'parley-map') {
        assert.ok(svg.paths > 10 && svg.fills.every((f) => /^rgb/.test(f)), `${name}: ${svg.fills}`);
        const sea = await page.$eval('#map-svg .sea', (r) => getComputedStyle(r).fill);
        assert.ok(svgBytes.toString('utf8').includes(`fill="${sea}"`), 'the sea in the theme\'s colour');
      }
      const [pngName, pngBytes] = await take(page, scope, 'png');
      assert.equal(pngName, `${name}.png`);
      assert.deepEqual(pngSize(pngBytes), [Math.round(svg.width * 2), Math.round(svg.height * 2)]);
      await close(page);
    }
  });
}

test('the single file draws the map from file:// and narrows it, with no request', async () => {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = pathToFileURL(resolve(SINGLE)).href;
  const page = await app.at(url + '#/map?actor=witkoff', { wait: '#map-svg' });
  // The one file routes by hash: the same links, as hashes.
  const byHash = expectedMarkers('actor=witkoff').markers.map(([place, n, label, href]) => [place, n, label, href.replace(/^map\/\?/, '#/map?')]);
  assert.deepEqual(await markers(page), byHash);
  assert.ok(await page.$$eval('#map-svg path.country', (ps) => ps.length) > 10, 'the outlines are baked in');
  await page.click('.lens-tabs a[data-lens="Who met whom"]');
  await page.waitForFunction(() => location.hash === '#/network?actor=witkoff');
  await page.waitForSelector('svg.network a.edge');
  const [name, bytes] = await take(page, '.network-page', 'png');
  assert.equal(name, 'parley-network.png');
  assert.ok(pngSize(bytes)[0] > 0);
  await close(page);
});
