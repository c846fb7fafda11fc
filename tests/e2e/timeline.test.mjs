// The timeline: its list against the core's engine, facets, URL state, keyboard, time axis,
// phone layout, exports, print and colour.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, native, DATASET, renderedIds, renderedFacets, close } from './fixture.mjs';

const app = useApp();

test('the timeline lists every compiled event in chronological order, each with its source', async () => {
  const page = await app.open('');
  const ids = await renderedIds(page);
  assert.deepEqual(ids, DATASET.events.map((e) => e.id));
  // The list as drawn: each card's first possible day (its last, for "on or before") in order.
  const days = await page.$$eval('.event-list article[data-event-id] .date time[datetime]', (ts) => {
    const byCard = new Map();
    for (const t of ts) {
      const card = t.closest('article').dataset.eventId;
      if (!byCard.has(card)) byCard.set(card, t.dateTime.slice(0, 10));
    }
    return [...byCard.values()];
  });
  assert.equal(days.length, ids.length, 'every card dates itself');
  assert.deepEqual(days, [...days].sort(), 'the list reads in date order');
  assert.equal(await page.textContent('#result-count'), `${ids.length} of ${ids.length} events`);
  for (const doc of DATASET.documents) {
    const cited = await page.$$eval(`.event-list a.in-context[href^="sources/${doc.id}/?"]`, (a) => a.length);
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
  test(`?${query} shows what the core engine returns, with the same facet counts`, async () => {
    const expected = native(query);
    const page = await app.open(`?${query}`);
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
  const page = await app.open(`?${query}`);
  const notices = await page.$$eval('.notices li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(notices, expected.notices);
  assert.ok(notices.some((n) => n.includes("'nobody'")) && notices.some((n) => n.includes("'colour'")) && notices.some((n) => n.includes("'2025-13-45'")));
  assert.deepEqual(await renderedIds(page), expected.events);
  assert.ok(expected.events.length > 0);
  await close(page);
});

test('a facet click, a search and a date write the URL; reload and back/forward keep each state', async () => {
  const page = await app.open('');
  await page.check('#f-kind-meeting');
  await page.waitForFunction(() => here === '?kind=meeting');
  assert.deepEqual(await renderedIds(page), native('kind=meeting').events);

  await page.fill('#q', 'Zelensky');
  await page.waitForFunction(() => here === '?kind=meeting&q=Zelensky');
  const withSearch = native('kind=meeting&q=Zelensky').events;
  assert.deepEqual(await renderedIds(page), withSearch);
  // The other spelling finds the same events, in the page as in the core.
  await page.fill('#q', 'Zelenskyy');
  await page.waitForFunction(() => here === '?kind=meeting&q=Zelenskyy');
  assert.deepEqual(await renderedIds(page), withSearch, 'Zelenskyy finds what Zelensky does');
  await page.fill('#q', 'Zelensky');
  await page.waitForFunction(() => here === '?kind=meeting&q=Zelensky');

  await page.fill('#from', '2025-12-01');
  await page.waitForFunction(() => here.includes('from=2025-12-01'));
  const dated = native('kind=meeting&q=Zelensky&from=2025-12-01').events;
  assert.deepEqual(await renderedIds(page), dated);

  await page.reload();
  await page.waitForSelector('#result-count');
  assert.deepEqual(await renderedIds(page), dated, 'reload keeps the state');
  assert.equal(await page.inputValue('#q'), 'Zelensky');

  await page.goBack();
  await page.waitForFunction(() => !here.includes('from='));
  assert.deepEqual(await renderedIds(page), withSearch, 'back restores the previous view');
  await page.goForward();
  await page.waitForFunction(() => here.includes('from='));
  assert.deepEqual(await renderedIds(page), dated, 'forward returns');

  await page.click('button.clear');
  await page.waitForFunction(() => here === '');
  assert.equal((await renderedIds(page)).length, DATASET.events.length);
  await close(page);
});

test('keyboard: / focuses search, j and k move between events, Enter opens one', async () => {
  const page = await app.open('?kind=meeting');
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
  await page.waitForFunction((id) => here === `events/${id}/`, expected[1]);
  assert.equal(await page.getAttribute('article.event-page', 'data-event-id'), expected[1]);
  await close(page);
});

test('the time axis marks every shown event once, links each mark to its event or their list, and brushing sets the date range', async () => {
  const query = 'actor=witkoff';
  const page = await app.open(`?${query}`);
  const ids = await page.$$eval('.time-axis a.mark', (m) => m.flatMap((x) => (x.dataset.eventId ?? x.dataset.eventIds).split(' ')));
  assert.deepEqual(ids.sort(), native(query).events.slice().sort());
  const marks = await page.$$eval('.time-axis a.mark[data-event-id]', (m) => m.map((x) => x.dataset.eventId));
  assert.ok(marks.length > 3, 'most marks stand for one event at desktop width');

  // A mark is a link to its event.
  const mark = await page.$(`.time-axis a.mark[data-event-id="${marks[3]}"]`);
  await mark.click();
  await page.waitForFunction((id) => here === `events/${id}/`, marks[3]);
  await page.goBack();
  await page.waitForSelector('.time-axis');

  // Brush across the middle of the plot: the URL gains from/to and the list follows the engine.
  const box = await (await page.$('.time-axis svg')).boundingBox();
  const y = box.y + box.height * 0.45;
  await page.mouse.move(box.x + box.width * 0.7, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.97, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => here.includes('from=') && here.includes('to='));
  const brushed = decodeURIComponent(await page.evaluate(() => here.slice(1)));
  assert.match(brushed, /^actor=witkoff&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  const inRange = native(brushed).events;
  assert.ok(inRange.length > 0 && inRange.length < ids.length, 'the brush selected some of the events');
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
  const page = await app.open('', { width: 390, height: 844 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'nothing is wider than the phone');
  assert.equal(await page.$eval('details.filter-panel', (d) => d.open), false);
  assert.equal(await page.isVisible('#f-kind-meeting'), false);
  await page.click('details.filter-panel > summary');
  assert.equal(await page.isVisible('#f-kind-meeting'), true);
  await page.check('#f-kind-meeting');
  await page.waitForFunction(() => here === '?kind=meeting');
  assert.equal(await page.textContent('details.filter-panel > summary'), 'Filters (1 active)');
  await close(page);
});

test('each export holds exactly the events shown, with the dataset version and the view URL', async () => {
  const query = 'actor=witkoff&kind=meeting';
  const shown = native(query).events;
  const page = await app.open(`?${query}`);
  assert.deepEqual(await renderedIds(page), shown);
  const view = page.url();
  const fetchExport = async (file) => {
    if (!await page.$eval('.export-menu', (d) => d.open)) await page.click('.export-menu > summary');
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
  shown.forEach((id, n) => assert.ok(items[n].includes(DATASET.events.find((e) => e.id === id).title.en)));
  assert.ok(md.includes(view) && md.includes(DATASET.version));
  await close(page);
});

test('printing the timeline drops the controls and keeps dates, statuses and citations', async () => {
  const page = await app.open('?status=planned&status=expected');
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

test('colour is never the only signal: sides and statuses are also written out', async () => {
  const label = { us: 'US', russia: 'Russia', ukraine: 'Ukraine', europe: 'Europe', other: 'Other' };
  const sideOf = Object.fromEntries(DATASET.actors.map((a) => [a.id, a.side]));
  const page = await app.open('');
  const participants = await page.$$eval('.participants li', (lis) => lis.map((li) => [li.querySelector('a').getAttribute('href').split('/').at(-2), li.querySelector('.role').textContent]));
  assert.ok(participants.length > 50);
  for (const [id, text] of participants) assert.ok(text.includes(label[sideOf[id]]), `${id}: ${text}`);
  const statuses = await page.$$eval('article.event:not(.status-held)', (as) => as.map((a) => [a.dataset.status, a.querySelector('.meta .status')?.textContent]));
  for (const [status, text] of statuses) assert.equal(text.toLowerCase(), status);
  await page.goto(app.url + 'network/');
  await page.waitForSelector('svg.network');
  assert.deepEqual(await page.$$eval('.legend li', (l) => l.map((x) => x.textContent)), ['United States', 'Russia', 'Ukraine', 'Europe', 'Other']);
  await close(page);
});

test('the time axis\'s zoom and move are in the address: a reload shows the same axis, and "Whole period" takes them out', async () => {
  const page = await app.open('?kind=meeting');
  const drawn = () => page.$$eval('#axis-svg a.mark, #axis-svg text', (els) => els.map((e) => e.outerHTML).join(''));
  const whole = await drawn();
  await page.click('.axis-controls button:has-text("Zoom in")');
  await page.click('.axis-controls button:has-text("Later")');
  await page.waitForFunction(() => /^\?kind=meeting&axis=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$/.test(here));
  const zoomed = await drawn();
  assert.notEqual(zoomed, whole);
  const address = await page.evaluate(() => here);
  assert.deepEqual(await renderedIds(page), native('kind=meeting').events, 'the axis moves; the list stays');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  await page.waitForSelector('#axis-svg');
  assert.equal(await page.evaluate(() => here), address);
  assert.equal(await drawn(), zoomed, 'the reload shows the same axis');
  await page.click('.axis-controls button:has-text("Whole period")');
  await page.waitForFunction(() => here === '?kind=meeting');
  assert.equal(await drawn(), whole);
  await close(page);
});

test('every lane label of the time axis is drawn whole, in each language, at each wide width', async () => {
  for (const [lang, root] of [['en', ''], ['uk', 'uk/'], ['ru', 'ru/']]) {
    for (const width of [800, 1280]) {
      const page = await app.open(root, { width, height: 900 });
      await page.waitForSelector('#axis-svg .lane text');
      // Measured in the drawing's own units, which the axis lays out in pixels.
      const cut = await page.$$eval('#axis-svg .lane text', (texts) => texts
        .map((t) => ({ label: t.textContent, box: t.getBBox(), width: t.ownerSVGElement.viewBox.baseVal.width }))
        .filter(({ box, width }) => box.x < 0 || box.x + box.width > width)
        .map(({ label, box }) => `${label} at ${box.x.toFixed(1)}`));
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.deepEqual(cut, [], `${lang} at ${width} px`);
      await close(page);
    }
  }
});
