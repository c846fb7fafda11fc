// End-to-end tests: the release build (dist/), served on 127.0.0.1, in headless Chromium.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const DIST = process.env.PARLEY_DIST ?? 'dist';
const HOOKS_DIST = process.env.PARLEY_HOOKS_DIST ?? 'target/dist-test-hooks';
const HOSTILE_DIST = process.env.PARLEY_HOSTILE_DIST ?? 'target/dist-hostile';

/// What the core's query engine returns natively for a timeline query string.
function native(query = '') {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'parley-export', '--', '--format', 'query', '--query', query]);
  return JSON.parse(out);
}
const DATASET = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'parley-export', '--', '--format', 'json'], { maxBuffer: 64 << 20 }));

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(hash, options) {
  const page = await openPage(browser, server.url + hash, options);
  await page.waitForSelector('#result-count, h1');
  return page;
}
const renderedIds = (page) => page.$$eval('.event-list article[data-event-id]', (els) => els.map((e) => e.dataset.eventId));
async function renderedFacets(page) {
  return page.$$eval('fieldset.facet', (sets) => Object.fromEntries(sets.map((set) => [set.dataset.facet,
    Object.fromEntries([...set.querySelectorAll('li')].map((li) => [li.querySelector('input').dataset.value, Number(li.querySelector('.count').dataset.count)]))])));
}
async function close(page) {
  assert.deepEqual(page.errors, [], 'no console error, CSP violation or uncaught exception');
  assert.deepEqual(page.foreignRequests, [], 'no request to another origin');
  await page.context().close();
}

test('the timeline lists every compiled event in chronological order, each with its source', async () => {
  const page = await open('#/');
  const ids = await renderedIds(page);
  assert.deepEqual(ids, DATASET.events.map((e) => e.id));
  const days = DATASET.events.map((e) => e.date.start ?? e.date.end);
  assert.deepEqual(days, [...days].sort(), 'the compiled order is chronological');
  assert.equal(await page.textContent('#result-count'), `${ids.length} of ${ids.length} events`);
  for (const doc of DATASET.documents) {
    const cited = await page.$$eval(`.event-list a.in-context[href^="#/sources/${doc.id}?"]`, (a) => a.length);
    assert.ok(cited > 0, `an event cites ${doc.id}`);
  }
  const first = DATASET.events[0];
  const excerpt = await page.textContent(`article[data-event-id="${first.id}"] .citation blockquote`);
  assert.equal(excerpt, first.sources[0].excerpt);
  await close(page);
});

const QUERIES = [
  'actor=witkoff',
  'actor=witkoff&actor=putin',
  'kind=meeting&status=held',
  'side=europe',
  'topic=ceasefire&kind=statement',
  'place=moscow',
  'from=2025-03-01&to=2025-04-30',
  'q=zelenskyy',
  'q=crimea&actor=trump',
  'status=planned&status=expected&status=claimed',
  'side=russia&topic=energy-strikes&from=2026-01-01',
  'actor=witkoff&actor=putin&kind=meeting&status=held&topic=negotiations&place=moscow&side=us&from=2025-03-01&to=2025-12-31&q=moscow',
];
for (const query of QUERIES) {
  test(`#/?${query} shows what the core engine returns, with the same facet counts`, async () => {
    const expected = native(query);
    const page = await open(`#/?${query}`);
    assert.deepEqual(await renderedIds(page), expected.events);
    const facets = await renderedFacets(page);
    for (const name of ['side', 'kind', 'status', 'topic', 'place']) {
      assert.deepEqual(facets[name], expected.facets[name], `${name} counts`);
    }
    for (const [actor, count] of Object.entries(facets.actor)) {
      assert.equal(count, expected.facets.actor[actor], `actor ${actor}`);
    }
    assert.equal(await page.textContent('#result-count'), `${expected.events.length} of ${DATASET.events.length} events`);
    await close(page);
  });
}

test('bad parameters get a notice that names them, and the rest of the URL still applies', async () => {
  const query = 'actor=witkoff&actor=nobody&from=2025-13-45&colour=red&kind=meeting';
  const expected = native(query);
  const page = await open(`#/?${query}`);
  const notices = await page.$$eval('.notices li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(notices, expected.notices);
  assert.ok(notices.some((n) => n.includes("'nobody'")) && notices.some((n) => n.includes("'colour'")) && notices.some((n) => n.includes("'2025-13-45'")));
  assert.deepEqual(await renderedIds(page), expected.events);
  assert.ok(expected.events.length > 0);
  await close(page);
});

test('a facet click, a search and a date write the URL; reload and back/forward keep each state', async () => {
  const page = await open('#/');
  await page.check('#f-kind-meeting');
  await page.waitForFunction(() => location.hash === '#/?kind=meeting');
  assert.deepEqual(await renderedIds(page), native('kind=meeting').events);

  await page.fill('#q', 'Zelensky');
  await page.waitForFunction(() => location.hash === '#/?kind=meeting&q=Zelensky');
  const withSearch = native('kind=meeting&q=Zelensky').events;
  assert.deepEqual(await renderedIds(page), withSearch);
  assert.deepEqual(native('kind=meeting&q=zelenskyy').events, withSearch, 'Zelensky finds Zelenskyy');

  await page.fill('#from', '2025-12-01');
  await page.waitForFunction(() => location.hash.includes('from=2025-12-01'));
  const dated = native('kind=meeting&q=Zelensky&from=2025-12-01').events;
  assert.deepEqual(await renderedIds(page), dated);

  await page.reload();
  await page.waitForSelector('#result-count');
  assert.deepEqual(await renderedIds(page), dated, 'reload keeps the state');
  assert.equal(await page.inputValue('#q'), 'Zelensky');

  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('from='));
  assert.deepEqual(await renderedIds(page), withSearch, 'back restores the previous view');
  await page.goForward();
  await page.waitForFunction(() => location.hash.includes('from='));
  assert.deepEqual(await renderedIds(page), dated, 'forward returns');

  await page.click('button.clear');
  await page.waitForFunction(() => location.hash === '#/');
  assert.equal((await renderedIds(page)).length, DATASET.events.length);
  await close(page);
});

test('an event page shows every source and its date basis, and "read in context" marks the sentence', async () => {
  const event = DATASET.events.find((e) => e.id === '2026-01-29-trump-asks-putin-to-pause-kyiv-strikes');
  const page = await open(`#/events/${event.id}`);
  assert.equal(await page.textContent('h1'), event.title);
  assert.equal(await page.textContent('.basis-text'), event.date.basis);
  const excerpts = await page.$$eval('#sources-h + .citations blockquote', (b) => b.map((q) => q.textContent));
  assert.deepEqual(excerpts, event.sources.map((s) => s.excerpt));
  const accounts = await page.$$eval('.event-claims #kyiv-strike-pause-length li.account', (a) => a.map((x) => [x.dataset.actorId, x.querySelector('blockquote').textContent]));
  const claim = DATASET.claims.find((c) => c.id === 'kyiv-strike-pause-length');
  assert.deepEqual(accounts, claim.accounts.map((a) => [a.actor, a.source.excerpt]), 'the differing accounts stand side by side');
  await page.click('#sources-h + .citations a.in-context >> nth=1');
  await page.waitForSelector('.source-page #target');
  const marked = await page.$$eval('.source-page span.target', (s) => s.map((x) => x.textContent).join(''));
  assert.equal(marked, event.sources[1].excerpt);
  await close(page);
});

test('every actor page lists exactly the engine\'s events, whom they met, and their mentions; unknown ids get a helpful page', async () => {
  const network = native_network();
  const page = await open('#/actors');
  for (const actor of DATASET.actors) {
    await page.evaluate((id) => { location.hash = `#/actors/${id}`; }, actor.id);
    await page.waitForSelector(`article.actor-page[data-actor-id="${actor.id}"]`);
    assert.deepEqual(await renderedIds(page), native(`actor=${actor.id}`).events, actor.id);
    const met = await page.$$eval('ul.met > li', (lis) => lis.map((li) => [li.dataset.actorId, Number(li.dataset.count)]));
    const expected = network.filter((p) => p.a === actor.id || p.b === actor.id).map((p) => [p.a === actor.id ? p.b : p.a, p.events.length]);
    assert.deepEqual(met, expected, `${actor.id} met`);
    const mentions = await page.$$eval('ul.mentions > li', (lis) => lis.map((li) => [li.dataset.documentId, Number(li.dataset.count)]));
    const counted = DATASET.documents.map((d) => [d.id, DATASET.mentions.filter((m) => m.actor === actor.id && m.document === d.id).length]).filter(([, n]) => n > 0);
    assert.deepEqual(mentions, counted, `${actor.id} mentions`);
  }
  await close(page);
  const missing = await open('#/actors/nobody');
  assert.equal(await missing.textContent('h1'), 'Not found');
  assert.match(await missing.textContent('.not-found'), /no actor 'nobody'/);
  await close(missing);
});

function native_network() {
  return JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'parley-export', '--', '--format', 'network']));
}

test('the network draws one edge per pair weighted as the core computes, and the matrix agrees', async () => {
  const expected = native_network();
  const page = await open('#/network');
  const edges = await page.$$eval('svg.network a.edge', (es) => es.map((e) => [e.dataset.a, e.dataset.b, Number(e.dataset.weight)]));
  assert.deepEqual(edges, expected.map((p) => [p.a, p.b, p.events.length]));
  const cells = await page.$$eval('.matrix td[data-a]', (tds) => tds.map((td) => [td.dataset.a, td.dataset.b, Number(td.textContent)]));
  for (const [a, b, n] of cells) {
    const pair = expected.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
    assert.equal(n, pair.events.length, `${a}–${b}`);
  }
  assert.equal(cells.length, expected.length * 2, 'each pair appears twice in the symmetric matrix');
  const nodes = await page.$$eval('svg.network a.node', (ns) => ns.map((n) => [n.dataset.actorId, Number(n.dataset.events)]));
  for (const [id, n] of nodes) assert.equal(n, native(`actor=${id}`).events.length, id);

  // Focusing an edge lists its events; the layout is the same at every load.
  await page.focus(`svg.network a.edge[data-a="${expected[0].a}"][data-b="${expected[0].b}"]`);
  const listed = await page.$$eval('.edge-panel .edge-events a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(listed, expected[0].events.map((id) => `#/events/${id}`));
  const layout = await page.$$eval('svg.network circle', (cs) => cs.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`));
  await page.reload();
  await page.waitForSelector('svg.network');
  assert.deepEqual(await page.$$eval('svg.network circle', (cs) => cs.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`)), layout);
  await close(page);
});

test('the actors list filters by name or alias and sorts, with both in the URL', async () => {
  const page = await open('#/actors');
  assert.equal(await page.$$eval('li.actor-card', (l) => l.length), DATASET.actors.length);
  await page.fill('#actor-q', 'son-in-law');
  await page.waitForFunction(() => location.hash.includes('q=son-in-law'));
  assert.deepEqual(await page.$$eval('li.actor-card', (l) => l.map((x) => x.dataset.actorId)), ['kushner']);
  await page.fill('#actor-q', '');
  await page.selectOption('#actor-sort', 'events');
  await page.waitForFunction(() => location.hash.includes('sort=events'));
  const counts = await page.$$eval('li.actor-card .count', (c) => c.map((x) => Number(x.dataset.count)));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  await page.reload();
  await page.waitForSelector('li.actor-card');
  assert.equal(await page.inputValue('#actor-sort'), 'events');
  await close(page);
});

test('the reader keeps seed text as text and sets page furniture apart', async () => {
  const page = await open('#/sources/001_50a5bdb0d08203b4');
  const furniture = await page.$$eval('aside.furniture', (a) => a.map((x) => x.textContent).join('\n'));
  assert.match(furniture, /TRUMP SAYS PUTIN AGREED TO HALT KYIV STRIKES/);
  assert.match(furniture, /Cookie policy/);
  const story = await page.$$eval('.story', (s) => s.map((x) => x.textContent).join('\n'));
  assert.doesNotMatch(story, /Cookie policy/);
  assert.ok(story.includes('[the president’s]'), 'brackets in the text stay text');
  await close(page);
});

test('the theme toggle switches to dark mode and is remembered', async () => {
  const page = await open('#/');
  await page.click('button.theme-toggle');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.reload();
  await page.waitForSelector('#result-count');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(20, 21, 24)');
  await close(page);
});

test('a Rust panic shows a readable error panel and logs to the console, never a blank page', async () => {
  const hooks = await serve(HOOKS_DIST);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const console = [];
    page.on('console', (m) => console.push(m.text()));
    page.on('pageerror', () => {});
    await page.goto(`${hooks.url}#/__panic`);
    const panel = await page.waitForSelector('#panic-panel[role="alert"]');
    assert.match(await panel.textContent(), /Something went wrong in Parley/);
    assert.match(await panel.textContent(), /a deliberate panic to show the error panel/);
    assert.ok(console.some((line) => line.includes('Parley stopped') && line.includes('deliberate panic')));
    await context.close();
    // The release build for readers has no such trigger: the same address is a not-found page.
    const page2 = await open('#/__panic');
    assert.equal(await page2.$('#panic-panel'), null);
    assert.equal(await page2.textContent('h1'), 'Not found');
    await close(page2);
  } finally {
    await hooks.close();
  }
});

test('keyboard: / focuses search, j and k move between events, Enter opens one', async () => {
  const page = await open('#/?kind=meeting');
  const expected = native('kind=meeting').events;
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.activeElement.blur());
  const focusedEvent = () => page.evaluate(() => document.activeElement.closest('article')?.dataset.eventId);
  await page.keyboard.press('j');
  assert.equal(await focusedEvent(), expected[0]);
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedEvent(), expected[2]);
  await page.keyboard.press('k');
  assert.equal(await focusedEvent(), expected[1]);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash === `#/events/${id}`, expected[1]);
  assert.equal(await page.getAttribute('article.event-page', 'data-event-id'), expected[1]);
  await close(page);
});

test('the time axis draws a mark per shown event, links each to its event, and brushing sets the date range', async () => {
  const query = 'actor=witkoff';
  const page = await open(`#/?${query}`);
  const marks = await page.$$eval('.time-axis a.mark', (m) => m.map((x) => x.dataset.eventId));
  assert.deepEqual(marks, native(query).events);

  // A mark is a link to its event.
  const mark = await page.$(`.time-axis a.mark[data-event-id="${marks[3]}"]`);
  await mark.click();
  await page.waitForFunction((id) => location.hash === `#/events/${id}`, marks[3]);
  await page.goBack();
  await page.waitForSelector('.time-axis');

  // Brush across the middle of the plot: the URL gains from/to and the list follows the engine.
  const box = await (await page.$('.time-axis svg')).boundingBox();
  const y = box.y + box.height * 0.45;
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.97, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('from=') && location.hash.includes('to='));
  const brushed = decodeURIComponent(await page.evaluate(() => location.hash.slice(3)));
  assert.match(brushed, /^actor=witkoff&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  const inRange = native(brushed).events;
  assert.ok(inRange.length > 0 && inRange.length < marks.length, 'the brush selected some of the events');
  assert.deepEqual(await renderedIds(page), inRange);
  assert.ok(await page.$('.time-axis rect.selection'), 'the brushed range stays drawn');

  // Zoom changes the window the axis shows; "Whole period" restores it.
  const label = () => page.getAttribute('.time-axis svg', 'aria-label');
  const whole = await label();
  await page.click('text=Zoom in');
  assert.notEqual(await label(), whole);
  await page.click('text=Later ▶');
  await page.click('text=Whole period');
  assert.equal(await label(), whole);
  await close(page);
});

test('at phone width the filters fold into a panel that opens on demand', async () => {
  const page = await open('#/', { width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing is wider than the phone (the axis scrolls within itself)');
  assert.equal(await page.$eval('details.filter-panel', (d) => d.open), false);
  assert.equal(await page.isVisible('#f-kind-meeting'), false);
  await page.click('details.filter-panel > summary');
  assert.equal(await page.isVisible('#f-kind-meeting'), true);
  await page.check('#f-kind-meeting');
  await page.waitForFunction(() => location.hash === '#/?kind=meeting');
  assert.equal(await page.textContent('details.filter-panel > summary'), 'Filters (1 active)');
  await close(page);
});

test('every cited excerpt is highlighted exactly once in its reader, with its exact text, and links to events that exist', async () => {
  const eventIds = new Set(DATASET.events.map((e) => e.id));
  const page = await open('#/');
  for (const doc of DATASET.documents) {
    await page.evaluate((id) => { location.hash = `#/sources/${id}`; }, doc.id);
    await page.waitForSelector(`article.source-page[data-document-id="${doc.id}"]`);
    const expected = new Map();
    for (const e of DATASET.events) for (const s of e.sources) if (s.document === doc.id) expected.set(`x-${s.range.start}-${s.range.end}`, s.excerpt);
    const found = await page.$$eval('.excerpt-anchor', (as) => as.map((a) => {
      // The text that follows the anchor, up to the links that close the excerpt's run.
      let text = '';
      for (let n = a.nextSibling; n; n = n.nextSibling) {
        if (n.classList?.contains('excerpt-anchor') || n.classList?.contains('cites')) continue;
        text += n.textContent;
      }
      return [a.id, text];
    }));
    assert.deepEqual(found.map(([id]) => id).sort(), [...expected.keys()].sort(), `${doc.id}: one anchor per excerpt`);
    for (const [id, text] of found) assert.ok(text.startsWith(expected.get(id)), `${doc.id} ${id} highlights its excerpt`);
    const cited = await page.$$eval('.cites a', (as) => as.map((a) => a.getAttribute('href').replace('#/events/', '')));
    assert.ok(cited.length >= expected.size);
    for (const id of cited) assert.ok(eventIds.has(id), `${id} exists`);
    const inMarks = await page.$$eval('.story mark.excerpt', (ms) => ms.length);
    assert.ok(inMarks > 0);
    assert.equal(await page.$$eval('.furniture mark', (ms) => ms.length), 0, 'furniture is never highlighted');
  }
  await close(page);
});

test('hostile markup in seed text and data shows as literal text and never runs', async () => {
  const hostile = await serve(HOSTILE_DIST);
  try {
    const routes = ['#/', '#/events/2026-01-05-geneva-meeting', '#/actors', '#/actors/smith', '#/sources/000_hostile',
      '#/sources/000_hostile?at=0-60', '#/network', '#/claims'];
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const route of routes) {
      await page.goto(hostile.url + route);
      await page.waitForSelector('main#main h1, #result-count');
      await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
      await page.waitForTimeout(50);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `nothing ran on ${route}`);
      assert.equal(await page.$$eval('#app img, #app iframe, #app script, #app b, #app i', (e) => e.length), 0, `no injected element on ${route}`);
      assert.equal(await page.$$eval('#app a[href^="javascript:"]', (e) => e.length), 0);
    }
    await page.goto(hostile.url + '#/');
    await page.waitForSelector('#result-count');
    assert.match(await page.textContent('article[data-event-id] h3'), /^<script>window.__pwned='title'<\/script> Geneva meeting$/);
    await page.goto(hostile.url + '#/sources/000_hostile');
    await page.waitForSelector('.source-page');
    assert.match(await page.textContent('.source-page .story'), /<img src=x onerror="window.__pwned='excerpt'"> Eve Smith/);
    assert.match(await page.textContent('.source-page h1'), /<script>/);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await hostile.close();
  }
});

test('dist/ works under a subpath of a plain static server, on every main route', async () => {
  const sub = await serve(DIST, '/parley/');
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    const routes = [['#/', '#result-count'], ['#/events/2025-03-11-jeddah-talks-ceasefire', 'article.event-page'],
      ['#/actors', 'li.actor-card'], ['#/actors/dmitriev', 'article.actor-page'], ['#/sources/003_2dd791e8254a4d49', 'article.source-page'],
      ['#/network', 'svg.network'], ['#/claims', 'section.claim']];
    for (const [route, selector] of routes) {
      await page.goto(sub.url + route);
      await page.waitForSelector(selector);
      assert.ok(page.url().startsWith(sub.url), route);
    }
    await page.goto(sub.url + '#/');
    await page.click('article[data-event-id] h3 a');
    await page.waitForSelector('article.event-page');
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test('the single file opens from file:// with no network access, and filters, actors and sources work', async () => {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = pathToFileURL(resolve(process.env.PARLEY_SINGLE ?? 'dist-single/parley.html')).href;
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url + '#/');
  await page.waitForSelector('#result-count');
  assert.deepEqual(await renderedIds(page), DATASET.events.map((e) => e.id));
  await page.check('#f-side-europe');
  await page.waitForFunction(() => location.hash === '#/?side=europe');
  assert.deepEqual(await renderedIds(page), native('side=europe').events);
  await page.click('article[data-event-id] .participants a >> nth=0');
  await page.waitForSelector('article.actor-page');
  await page.click('ul.mentions a >> nth=0').catch(async () => {
    await page.$$eval('ul.mentions details', (ds) => ds.forEach((d) => { d.open = true; }));
    await page.click('ul.mentions a >> nth=0');
  });
  await page.waitForSelector('article.source-page #target');
  const foreign = requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(foreign, [], 'no request leaves the file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each export holds exactly the events shown, with the dataset version and the view URL', async () => {
  const query = 'actor=witkoff&kind=meeting';
  const shown = native(query).events;
  const page = await open(`#/?${query}`);
  assert.deepEqual(await renderedIds(page), shown);
  const view = page.url();
  const fetchExport = async (file) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.export-menu button[data-format="${file}"]`)]);
    assert.equal(download.suggestedFilename(), file);
    const { readFile } = await import('node:fs/promises');
    return readFile(await download.path(), 'utf8');
  };
  const csv = (await fetchExport('parley-events.csv')).trim().split('\n');
  const header = csv[0].split(',');
  assert.deepEqual(header.slice(-2), ['dataset_version', 'view']);
  assert.deepEqual(csv.slice(1).map((line) => line.split(',')[0]), shown);
  assert.ok(csv.slice(1).every((line) => line.endsWith(`${DATASET.version},${view}`)), 'every row names version and view');

  const json = JSON.parse(await fetchExport('parley-events.json'));
  assert.deepEqual(json.events.map((e) => e.id), shown);
  assert.equal(json.version, DATASET.version);
  assert.equal(json.view, view);
  assert.deepEqual(json.events, DATASET.events.filter((e) => shown.includes(e.id)), 'the documented schema');

  const ics = await fetchExport('parley-events.ics');
  const uids = [...ics.matchAll(/^UID:(.*)@parley\r$/gm)].map((m) => m[1]);
  assert.deepEqual(uids, shown);
  assert.match(ics.replace(/\r\n /g, ''), new RegExp(`X-PARLEY-DATASET-VERSION:${DATASET.version}`));

  const md = await fetchExport('parley-events.md');
  const items = md.split('\n').filter((l) => l.startsWith('- **'));
  assert.equal(items.length, shown.length);
  shown.forEach((id, n) => assert.ok(items[n].includes(DATASET.events.find((e) => e.id === id).title)));
  assert.ok(md.includes(view) && md.includes(DATASET.version));
  await close(page);
});

test('printing the timeline drops the controls and keeps dates, statuses and citations', async () => {
  const page = await open('#/?status=planned&status=expected');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.filter-panel', '.export-menu', '.time-axis .axis-controls']) {
    assert.equal(await page.$eval(selector, (e) => getComputedStyle(e).display), 'none', selector);
  }
  assert.equal(await page.$$eval('article.event', (a) => a.length), native('status=planned&status=expected').events.length);
  assert.ok(await page.isVisible('article.event .status'));
  assert.ok(await page.isVisible('article.event .citation blockquote'), 'citations print with their excerpts');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
  await close(page);
});

test('?embed=1 gives the bare timeline for an iframe, and its links open the full app in a new tab', async () => {
  const { createServer } = await import('node:http');
  const host = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' })
    .end(`<!doctype html><title>Host</title><h1>An article</h1><iframe title="Parley" width="900" height="700" src="${server.url}#/?embed=1&actor=witkoff"></iframe>`));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`http://127.0.0.1:${host.address().port}/`);
    const frame = page.frameLocator('iframe');
    await frame.locator('#result-count').waitFor();
    assert.equal(await frame.locator('.site-header').count(), 0, 'no page chrome');
    assert.equal(await frame.locator('.filter-panel').isVisible(), false);
    const ids = await frame.locator('.event-list article[data-event-id]').evaluateAll((els) => els.map((e) => e.dataset.eventId));
    assert.deepEqual(ids, native('actor=witkoff').events);
    const [opened] = await Promise.all([context.waitForEvent('page'), frame.locator('article[data-event-id] h3 a').first().click()]);
    await opened.waitForLoadState();
    assert.ok(opened.url().startsWith(server.url), opened.url());
    assert.match(opened.url(), /#\/events\//);
    assert.doesNotMatch(opened.url(), /embed=1/);
    await opened.waitForSelector('article.event-page');
    assert.equal(await opened.locator('.site-header').count(), 1, 'the new tab is the full app');
  } finally {
    await context.close();
    await new Promise((r) => host.close(r));
  }
});

test('a strict Content-Security-Policy is set, enforced, and the app runs under it', async () => {
  const page = await open('#/');
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
  ['#/?q=' + 'x'.repeat(100_000), /search text was longer than 200 characters/],
  ['#/?' + 'actor=witkoff&'.repeat(10_000) + 'actor=ghost', /Ignored actor 'ghost'/],
  ['#/?' + 'foo=1&'.repeat(10_000), /Ignored unknown parameter 'foo'/],
  ['#/?q=%00%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&actor=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E', /Ignored actor '<img src=x onerror=window.__pwned=1>'/],
  ['#/?actor=%F0%9F%98%80&place=..%2F..%2Fetc', /Ignored actor '😀'.*|Ignored place '..\/..\/etc'/s],
  ['#/?from=2025-02-30&to=not-a-date', /Ignored from '2025-02-30'/],
  ['#/?from=2026-01-01&to=2025-01-01', /ends \(2025-01-01\) before it starts \(2026-01-01\)/],
  ['#/?%=%&&&=&q', /Ignored unknown parameter '%'/],
  ['#/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E', /There is no event '<script>alert\(1\)<\/script>'/],
  ['#/actors/..%2F..', /There is no/],
  ['#/sources/000_f64d0eef6883cf1c?at=99999999-1', /Ignored at '99999999-1'/],
  ['#/sources/000_f64d0eef6883cf1c?at=5-3&at=%00', /Ignored at '5-3'/],
  [(() => {
    // A range that starts inside a curly apostrophe (3 bytes in UTF-8).
    const text = DATASET.documents[0].text;
    const byte = Buffer.byteLength(text.slice(0, text.indexOf('’'))) + 1;
    return `#/sources/${DATASET.documents[0].id}?at=${byte}-${byte + 5}`;
  })(), /Ignored at '\d+-\d+': it is not a passage/],
  ['#javascript:window.__pwned=1', /no page at this address/],
  ['#/no/such/route', /no page at this address/],
];
for (const [hash, notice] of HOSTILE_URLS) {
  test(`hostile URL ${hash.slice(0, 60)}… renders with a notice and no uncaught error`, async () => {
    const page = await open(hash);
    await page.waitForSelector('main#main h1, #result-count');
    const text = await page.textContent('main#main');
    if (notice) assert.match(text, notice);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.$('#panic-panel'), null);
    await close(page);
  });
}

test('a hash typed by hand that is not a route gets the not-found page, not an exception', async () => {
  const page = await open('#/');
  await page.evaluate(() => { location.hash = '#foo'; });
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Not found');
  assert.equal(await page.evaluate(() => location.hash), '#foo', 'the address is left as typed');
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
  for (const [name, script] of Object.entries(cases)) {
    const context = await browser.newContext();
    await context.addInitScript(script);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + '#/');
    await page.waitForSelector('#result-count');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light', `${name}: the default theme`);
    await page.click('button.theme-toggle');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', `${name}: the toggle still works`);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

const AXE_ROUTES = ['#/', '#/?actor=witkoff&kind=meeting&bogus=1', '#/events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes',
  '#/actors', '#/actors/zelensky', '#/sources/001_50a5bdb0d08203b4?at=0-50', '#/network', '#/claims', '#/nowhere'];
for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no serious or critical violation on any route (${colorScheme})`, async () => {
    const { createRequire } = await import('node:module');
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const failures = [];
    for (const route of AXE_ROUTES) {
      const page = await open(route, { colorScheme });
      // Evaluated through the test driver, not a <script> tag, which the page's CSP would refuse.
      await page.evaluate(await (await import('node:fs/promises')).readFile(axePath, 'utf8'));
      const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      for (const v of violations.filter((v) => ['serious', 'critical'].includes(v.impact))) {
        failures.push(`${route}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      await page.context().close();
    }
    assert.deepEqual(failures, []);
  });
}

test('keyboard only: search, a filter, an event, an actor, a source and back, with focus always visible', async () => {
  const page = await open('#/');
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { id: el.id, tag: el.tagName, href: el.getAttribute('href'), text: el.textContent.trim().slice(0, 40),
      visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
  });
  /// Presses Tab until `wanted` holds for the focused element, checking focus is visible each step.
  async function tabTo(wanted, limit = 400) {
    for (let n = 0; n < limit; n++) {
      await page.keyboard.press('Tab');
      const now = await focused();
      if (now.tag !== 'BODY') assert.ok(now.visible, `focus is visible on ${now.tag} ${now.id || now.href || now.text}`);
      if (wanted(now)) return now;
    }
    throw new Error('never reached by Tab');
  }
  await tabTo((f) => f.text === 'Skip to content');
  await page.keyboard.press('Enter');
  assert.equal((await focused()).id, 'main');

  await page.keyboard.press('/');
  assert.equal((await focused()).id, 'q');
  await page.keyboard.type('moscow');
  await page.waitForFunction(() => location.hash === '#/?q=moscow');

  await tabTo((f) => f.id === 'f-kind-meeting');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/?kind=meeting&q=moscow');
  assert.deepEqual(await renderedIds(page), native('kind=meeting&q=moscow').events);

  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('j');
  const first = await focused();
  assert.ok(first.visible && first.href.startsWith('#/events/'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.event-page');

  await tabTo((f) => (f.href ?? '').startsWith('#/actors/'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.actor-page');

  await tabTo((f) => f.tag === 'SUMMARY' && /mention/.test(f.text));
  await page.keyboard.press('Enter');
  await tabTo((f) => (f.href ?? '').startsWith('#/sources/'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.source-page #target');

  await page.keyboard.press('Shift+Tab');
  await tabTo((f) => f.text === '← Timeline');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#result-count');
  assert.equal(await page.evaluate(() => location.hash), '#/');
  await close(page);
});

test('colour is never the only signal: sides and statuses are also written out', async () => {
  const label = { us: 'US', russia: 'Russia', ukraine: 'Ukraine', europe: 'Europe', other: 'Other' };
  const sideOf = Object.fromEntries(DATASET.actors.map((a) => [a.id, a.side]));
  const page = await open('#/');
  const participants = await page.$$eval('.participants li', (lis) => lis.map((li) => [li.querySelector('a').getAttribute('href').split('/').pop(), li.querySelector('.role').textContent]));
  assert.ok(participants.length > 50);
  for (const [id, text] of participants) assert.ok(text.includes(label[sideOf[id]]), `${id}: ${text}`);
  const statuses = await page.$$eval('article.event:not(.status-held)', (as) => as.map((a) => [a.dataset.status, a.querySelector('.meta .status')?.textContent]));
  for (const [status, text] of statuses) assert.equal(text.toLowerCase(), status);
  await page.goto(server.url + '#/network');
  await page.waitForSelector('svg.network');
  assert.deepEqual(await page.$$eval('.legend li', (l) => l.map((x) => x.textContent)), ['United States', 'Russia', 'Ukraine', 'Europe', 'Other']);
  await close(page);
});
