// The other views: event, actor, actors list, network, reader, and the theme.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, nativeView, native, nativeNetwork, DATASET, renderedIds, close } from './fixture.mjs';

const app = useApp();

test('an event page shows every source and its date basis, and "read in context" marks the sentence', async () => {
  const event = DATASET.events.find((e) => e.id === '2026-01-29-trump-asks-putin-to-pause-kyiv-strikes');
  const page = await app.open(`events/${event.id}/`);
  assert.equal(await page.textContent('h1'), event.title.en);
  // The reasoning: the phrase of the text (in English, marked so), then how it gives the day.
  const basis = event.date.basis;
  assert.deepEqual(await page.$eval('.basis-text q', (q) => [q.lang, q.textContent]), ['en', basis.phrase]);
  const reasoning = await page.textContent('.basis-text');
  assert.ok(reasoning.startsWith(basis.phrase) && reasoning.endsWith(event.date.start ?? event.date.end), reasoning);
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
  const network = nativeNetwork();
  const page = await app.open('actors/');
  for (const actor of DATASET.actors) {
    await page.evaluate((id) => go(`actors/${id}/`), actor.id);
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
  const missing = await app.open('#/actors/nobody');
  assert.equal(await missing.textContent('h1'), 'Not found');
  assert.match(await missing.textContent('.not-found'), /no actor 'nobody'/);
  await close(missing);
});

test('the network draws one edge per pair weighted as the core computes, and the matrix agrees', async () => {
  const expected = nativeNetwork();
  const page = await app.open('network/');
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
  assert.deepEqual(listed, expected[0].events.map((id) => `events/${id}/`));
  const layout = await page.$$eval('svg.network circle', (cs) => cs.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`));
  await page.reload();
  await page.waitForSelector('svg.network');
  assert.deepEqual(await page.$$eval('svg.network circle', (cs) => cs.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`)), layout);
  await close(page);
});

test('the actors list filters by name or alias and sorts, with both in the URL, as the core\'s view says', async () => {
  const page = await app.open('actors/');
  const shown = () => page.$$eval('li.actor-card', (l) => l.map((x) => x.dataset.actorId));
  const expected = (link) => nativeView(link).view.groups.flatMap(([, rows]) => rows.map((r) => DATASET.actors[r.actor].id));
  assert.deepEqual(await shown(), expected('actors/'));
  assert.equal((await shown()).length, DATASET.actors.length);
  await page.fill('#actor-q', 'son-in-law');
  await page.waitForFunction(() => here.includes('q=son-in-law'));
  assert.deepEqual(await shown(), ['kushner']);
  await page.fill('#actor-q', '');
  for (const sort of ['name', 'events', 'first', 'side']) {
    await page.selectOption('#actor-sort', sort);
    await page.waitForFunction((s) => s === 'side' ? here === 'actors/' : here.includes(`sort=${s}`), sort);
    assert.deepEqual(await shown(), expected(sort === 'side' ? 'actors/' : `actors/?sort=${sort}`), sort);
  }
  await page.selectOption('#actor-sort', 'events');
  await page.waitForFunction(() => here.includes('sort=events'));
  const counts = await page.$$eval('li.actor-card .count', (c) => c.map((x) => Number(x.dataset.count)));
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  await page.reload();
  await page.waitForSelector('li.actor-card');
  assert.equal(await page.inputValue('#actor-sort'), 'events');
  await close(page);
});

test('the reader keeps seed text as text and sets page furniture apart', async () => {
  const page = await app.open('sources/001_50a5bdb0d08203b4/');
  const furniture = await page.$$eval('aside.furniture', (a) => a.map((x) => x.textContent).join('\n'));
  assert.match(furniture, /TRUMP SAYS PUTIN AGREED TO HALT KYIV STRIKES/);
  assert.match(furniture, /Cookie policy/);
  const story = await page.$$eval('.story', (s) => s.map((x) => x.textContent).join('\n'));
  assert.doesNotMatch(story, /Cookie policy/);
  assert.ok(story.includes('[the president’s]'), 'brackets in the text stay text');
  await close(page);
});

test('the theme toggle switches to dark mode and is remembered', async () => {
  const page = await app.open('');
  await page.click('button.theme-toggle');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  await page.reload();
  await page.waitForSelector('#result-count');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(20, 21, 24)');
  await close(page);
});

test('every cited excerpt is highlighted exactly once in its reader, with its exact text, and links to events that exist', async () => {
  const eventIds = new Set(DATASET.events.map((e) => e.id));
  const page = await app.open('');
  for (const doc of DATASET.documents) {
    await page.evaluate((id) => go(`sources/${id}/`), doc.id);
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
    const cited = await page.$$eval('.cites a', (as) => as.map((a) => a.getAttribute('href').replace(/^events\/|\/$/g, '')));
    assert.ok(cited.length >= expected.size);
    for (const id of cited) assert.ok(eventIds.has(id), `${id} exists`);
    const inMarks = await page.$$eval('.story mark.excerpt', (ms) => ms.length);
    assert.ok(inMarks > 0);
    assert.equal(await page.$$eval('.furniture mark', (ms) => ms.length), 0, 'furniture is never highlighted');
  }
  await close(page);
});
