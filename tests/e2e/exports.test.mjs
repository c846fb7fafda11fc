// The exports a reader takes to other tools, downloaded from the Export menu in each language
// and read by those tools: GeoJSON by geojsonhint (as a GIS user checks it), GEXF by
// graphology-gexf (what Gephi Lite reads) and Python's networkx, TimelineJS JSON by TimelineJS
// itself in the browser. What each holds is compared with what parley-export writes natively
// from the same query, and with the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, native, nativeNetwork, exporter, exporterText, inLang, PYTHON, DATASET, PAGES, renderedIds, close } from './fixture.mjs';

const app = useApp();
const query = 'actor=witkoff&kind=meeting';
const shown = native(query).events;
const LANGS = ['en', 'uk', 'ru'];

/// The timeline at `query` in `lang`, with a function that downloads one of its exports.
async function exportsOf(lang) {
  const page = await app.open(inLang(`?${query}`, lang));
  assert.deepEqual(await renderedIds(page), shown);
  const download = async (file) => {
    if (!await page.$eval('.export-menu', (d) => d.open)) await page.click('.export-menu > summary');
    const [file_] = await Promise.all([page.waitForEvent('download'), page.click(`.export-menu button[data-format="${file}"]`)]);
    assert.equal(file_.suggestedFilename(), file);
    return readFile(await file_.path(), 'utf8');
  };
  return { page, view: page.url(), download };
}

const name = (id, lang) => DATASET.actors.find((a) => a.id === id).name[lang];

for (const lang of LANGS) {
  test(`${lang}: the GeoJSON is valid by geojsonhint and holds the places of the events shown, as the core writes them`, async () => {
    const { page, view, download } = await exportsOf(lang);
    const places = JSON.parse(await download('parley-places.geojson'));
    const { hint } = await import('@mapbox/geojsonhint');
    assert.deepEqual(hint(places), [], 'geojsonhint finds nothing wrong');
    const expected = exporter(['--format', 'geojson', '--query', query, '--lang', lang]);
    assert.deepEqual(places.features, expected.features, 'the places and events parley-export gives');
    assert.deepEqual({ ...places.parley, view: undefined }, { ...expected.parley, view: undefined });
    assert.equal(places.parley.view, view);
    const placed = places.features.flatMap((f) => f.properties.events.map((e) => e.id));
    assert.equal(placed.length + places.parley.unplaced, shown.length, 'every event shown, placed or counted');
    await close(page);
  });

  test(`${lang}: the GEXF opens in graphology-gexf and networkx with the network's nodes, edges and weights`, async () => {
    const { page, view, download } = await exportsOf(lang);
    const text = await download('parley-network.gexf');
    assert.ok(text.includes(`<description>${view.replace(/&/g, '&amp;')} (dataset ${DATASET.version})`), 'the view and version');
    const pairs = nativeNetwork(query);
    assert.ok(pairs.length > 0);
    const key = (a, b) => [a, b].sort().join(' ');
    const weights = Object.fromEntries(pairs.map((p) => [key(p.a, p.b), p.events.length]));
    const actors = [...new Set(DATASET.events.filter((e) => shown.includes(e.id)).flatMap((e) => e.actors.map((p) => p.actor)))].sort();

    const { default: Graph } = await import('graphology');
    const { default: gexf } = await import('graphology-gexf');
    const graph = gexf.parse(Graph, text);
    assert.deepEqual(graph.nodes().sort(), actors, 'a node per actor of the events shown');
    assert.deepEqual(Object.fromEntries(graph.mapEdges((_, attrs, a, b) => [key(a, b), attrs.weight])), weights);
    graph.forEachNode((id, attrs) => assert.equal(attrs.label, name(id, lang), 'named in the language shown'));

    const read = JSON.parse(execFileSync(PYTHON, ['tests/readers/gexf.py'], { input: text }));
    assert.deepEqual(read.nodes.map((n) => n.id).sort(), actors);
    assert.deepEqual(Object.fromEntries(read.edges.map((e) => [key(e.source, e.target), e.weight])), weights);
    for (const edge of read.edges) assert.equal(edge.spells.length, edge.weight, `${edge.source}–${edge.target}: a spell per shared event`);
    const about = (gexf) => gexf.replace(/<description>[^<]*<\/description>/, '');
    assert.equal(about(text), about(exporterText(['--format', 'gexf', '--query', query, '--lang', lang])), 'what parley-export writes');
    await close(page);
  });

  test(`${lang}: the TimelineJS story renders in TimelineJS with a slide per event shown`, async () => {
    const { page: app_page, download } = await exportsOf(lang);
    const story = JSON.parse(await download('parley-timelinejs.json'));
    const expected = exporter(['--format', 'timelinejs', '--query', query, '--lang', lang]);
    assert.deepEqual(story.events, expected.events, 'the slides parley-export gives');
    assert.deepEqual(story.events.map((e) => e.unique_id), shown);
    await close(app_page);

    // TimelineJS 3, from npm, on a page of its own (tests/fixtures/timelinejs.html).
    await app.serving(process.cwd(), '/', async (root) => {
      // No web font: the test runs offline, and TimelineJS's fonts come from Google's.
      const page = await app.at(`${root}tests/fixtures/timelinejs.html`, { wait: '#timeline' });
      await page.evaluate((story) => new Promise((resolve, reject) => {
        const timeline = new TL.Timeline('timeline', story, { language: 'en', font: null });
        timeline.on('loaded', resolve);
        setTimeout(() => reject(new Error('TimelineJS did not finish loading in 20 s')), 20_000);
      }), story);
      const slides = await page.$$eval('.tl-slide:not(.tl-slide-titleslide)', (els) => els.length);
      assert.equal(slides, shown.length, 'a slide per event');
      const headlines = await page.$$eval('.tl-slide:not(.tl-slide-titleslide) .tl-headline', (els) => els.map((e) => e.textContent.trim()));
      assert.deepEqual(headlines, shown.map((id) => DATASET.events.find((e) => e.id === id).title[lang]));
      await close(page);
    });
  });
}

/// The articles the events shown cite, in the dataset's order.
const cited = () => DATASET.documents.filter((d) => DATASET.events.some((e) => shown.includes(e.id) && e.sources.some((s) => s.document === d.id)));
const parts = (iso) => iso.split('-').map(Number);

for (const lang of LANGS) {
  test(`${lang}: CSL-JSON, RIS and BibTeX of the articles behind the view parse in citation-js with their outlets, dates and headlines`, async () => {
    const { page, download } = await exportsOf(lang);
    const { default: Cite } = await import('citation-js');
    const articles = cited();
    assert.ok(articles.length > 1);
    for (const [file, full] of [['parley-sources.json', true], ['parley-sources.ris', false], ['parley-sources.bib', true]]) {
      const text = await download(file);
      const read = new Cite(text).data;
      assert.deepEqual(read.map((item) => item.title), articles.map((d) => d.headline), `${file}: the headlines`);
      assert.deepEqual(read.map((item) => item['container-title']), articles.map((d) => d.outlet), `${file}: the outlets`);
      // citation-js reads a newspaper article's year from RIS (PY); DA, which Zotero reads,
      // holds the day.
      assert.deepEqual(read.map((item) => item.issued['date-parts'][0]), articles.map((d) => (full ? parts(d.published) : parts(d.published).slice(0, 1))), `${file}: the dates`);
      if (!full) assert.deepEqual([...text.matchAll(/^DA {2}- (.*)\r$/gm)].map((m) => m[1]), articles.map((d) => `${d.published.replace(/-/g, '/')}/`));
    }
    await close(page);
  });
}

test('"Cite this page" on an event, an actor and a view, in each language, gives APA as citation-js and Chicago as pandoc citeproc write the page CSL-JSON', async () => {
  const { default: Cite } = await import('citation-js');
  const pick = (link) => (lang) => PAGES.find((p) => p.link === link && p.lang === lang);
  // An event whose title quotes someone, whose marks the styles set as typography.
  const event = DATASET.events.find((e) => e.title.en.includes("'")).id;
  const routes = [pick(`events/${event}/`), pick('actors/witkoff/'), pick('network/')];
  for (const lang of LANGS) {
    for (const route of routes) {
      const meta = route(lang);
      assert.ok(meta, `a page for ${lang}`);
      const page = await app.open(meta.path);
      await page.click('.cite-this > button');
      const text = (style) => page.$eval(`.citation[data-style="${style}"] p`, (p) => p.textContent);
      const [apa, chicago] = [await text('apa'), await text('chicago')];
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('.cite-csl')]);
      assert.equal(file.suggestedFilename(), 'parley-citation.json');
      const items = JSON.parse(await readFile(await file.path(), 'utf8'));
      const now = new Date();
      assert.deepEqual(items, [{
        id: 'parley', type: 'dataset', title: meta.title, language: lang, author: [{ literal: 'Parley' }], URL: page.url(),
        version: `Version ${DATASET.version}`, accessed: { 'date-parts': [[now.getFullYear(), now.getMonth() + 1, now.getDate()]] },
      }], 'the view, its address, the dataset version and today');
      const expected = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
      assert.equal(apa, expected, `${meta.path}: APA as citation-js writes it`);
      // Chicago as pandoc's citeproc writes the same CSL-JSON in its chicago-author-date
      // style (citation-js has no Chicago style of its own), which leaves out a data set's
      // version: the page's says it after the title.
      const saved = join(tmpdir(), `parley-citation-${lang}.json`);
      await file.saveAs(saved);
      const chicagoByPandoc = execFileSync('pandoc', ['--citeproc', `--bibliography=${saved}`, '-f', 'markdown', '-t', 'plain', '--wrap=none'],
        { input: '---\nnocite: "@*"\n---\n', encoding: 'utf8' }).trim();
      await rm(saved);
      assert.equal(chicago.replace(` Version ${DATASET.version}.`, ''), chicagoByPandoc, `${meta.path}: Chicago as citeproc writes it`);
      assert.ok(chicago.includes(`” Version ${DATASET.version}. Accessed`), 'and the version');
      await close(page);
    }
  }
});

test('the SQLite database opens in sqlite3 and sqlite-utils with every record and its foreign keys holding, and Datasette serves it', async () => {
  const { mkdtemp } = await import('node:fs/promises');
  const { spawn } = await import('node:child_process');
  const folder = await mkdtemp(join(tmpdir(), 'parley-sqlite-'));
  const file = join(folder, 'parley.db');
  try {
    exporterText(['--format', 'sqlite', '--output', file]);
    const read = JSON.parse(execFileSync(PYTHON, ['tests/readers/sqlite.py', file], { encoding: 'utf8' }));
    assert.equal(read.integrity, 'ok');
    assert.deepEqual(read.foreign_key_violations, [], 'every reference resolves');
    assert.equal(read.version, DATASET.version);
    const expected = {
      documents: DATASET.documents.length, actors: DATASET.actors.length, places: DATASET.places.length,
      topics: DATASET.topics.length, events: DATASET.events.length, quotes: DATASET.quotes.length,
      claims: DATASET.claims.length, mentions: DATASET.mentions.length,
      sources: DATASET.events.flatMap((e) => e.sources).length,
      event_actors: DATASET.events.flatMap((e) => e.actors).length,
      claim_accounts: DATASET.claims.flatMap((c) => c.accounts).length,
    };
    for (const [table, rows] of Object.entries(expected)) assert.equal(read.counts[table], rows, table);
    assert.deepEqual(read.sources, DATASET.events.flatMap((e) => e.sources.map((s) => [e.id, s.document, s.excerpt, s.range.start, s.range.end])),
      'every excerpt with its event, document and place in the text');
    assert.deepEqual(read.foreign_keys.sources, [['document_id', 'documents', 'id'], ['event_id', 'events', 'id']]);
    assert.deepEqual(read.foreign_keys.event_actors, [['actor_id', 'actors', 'id'], ['event_id', 'events', 'id']]);

    // Datasette on 127.0.0.1, at a port it picks, for as long as the test needs it.
    const datasette = spawn(join(PYTHON, '..', 'datasette'), ['serve', file, '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise((found, failed) => {
        let said = '';
        const listen = (chunk) => {
          said += chunk;
          const at = said.match(/running on (http:\/\/127\.0\.0\.1:\d+)/);
          if (at) found(at[1]);
        };
        datasette.stdout.on('data', listen);
        datasette.stderr.on('data', listen);
        datasette.on('exit', (code) => failed(new Error(`datasette stopped (${code}): ${said}`)));
      });
      const get = async (path) => (await fetch(url + path)).json();
      const events = await get('/parley/events.json?_shape=array&_size=max');
      assert.deepEqual(events.map((e) => e.id).sort(), DATASET.events.map((e) => e.id).sort(), 'every event, in its order of ids');
      const sources = await get('/parley/sources.json?_shape=array&_size=max&_labels=on');
      assert.deepEqual(sources[0].event_id, { value: DATASET.events[0].id, label: DATASET.events[0].id }, 'a source links to its event');
      assert.deepEqual(sources[0].document_id.value, DATASET.events[0].sources[0].document);
    } finally {
      datasette.kill();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('on the map page the GeoJSON holds a feature per marker drawn, and on the network page the GEXF an edge per line drawn, in each language', async () => {
  const { default: Graph } = await import('graphology');
  const { default: gexf } = await import('graphology-gexf');
  for (const lang of LANGS) {
    const root = lang === 'en' ? '' : `${lang}/`;
    const map = await app.open(`${root}map/?${query}`);
    const download = async (page, file) => {
      await page.click('.export-menu > summary');
      const [got] = await Promise.all([page.waitForEvent('download'), page.click(`.export-menu button[data-format="${file}"]`)]);
      return readFile(await got.path(), 'utf8');
    };
    const places = JSON.parse(await download(map, 'parley-places.geojson'));
    const drawn = await map.$$eval('#map-svg a.marker', (ms) => ms.map((m) => [m.dataset.place, Number(m.dataset.count)]));
    assert.ok(drawn.length > 0);
    assert.deepEqual(places.features.map((f) => [f.id, f.properties.events.length]).sort(), drawn.sort(), `${lang}: the map's markers`);
    assert.equal(places.parley.view, map.url());
    await close(map);

    const network = await app.open(`${root}network/?${query}`);
    const graph = gexf.parse(Graph, await download(network, 'parley-network.gexf'));
    const lines = await network.$$eval('.edge[data-a]', (es) => es.map((e) => [[e.dataset.a, e.dataset.b].sort().join(' '), Number(e.dataset.weight)]));
    assert.ok(lines.length > 0);
    assert.deepEqual(graph.mapEdges((_, attrs, a, b) => [[a, b].sort().join(' '), attrs.weight]).sort(), lines.sort(), `${lang}: the network's edges`);
    const nodes = await network.$$eval('[data-actor-id]', (ns) => [...new Set(ns.map((n) => n.dataset.actorId))]);
    assert.deepEqual(graph.nodes().sort(), nodes.sort(), `${lang}: the network's nodes`);
    await close(network);
  }
});
