// The phone: every route at 320 × 568 and 390 × 844 in a touch phone's context (`isMobile`,
// `hasTouch`), light and dark. No sideways scroll, no text under 12 px, no control under
// 24 × 24 px, the first event on the first screen, and the axis and filters by touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, native, nativeNetwork, renderedIds, close, recordShifts, layoutShifts, inLang, quiet } from './fixture.mjs';
import { measure } from './phone.mjs';
import { ROUTES } from '../routes.mjs';

const app = useApp();

// The URL table's routes, and another article in the reader, a story's cover and an address that
// names no view.
const PHONE_ROUTES = [...ROUTES, 'sources/002_f6db1040242bbb5b/', 'story/?actor=witkoff', '#/nowhere'];
const SIZES = [[320, 568], [390, 844]];

// The tests' two sizes in both themes, and the phones between and beyond them in one; the
// narrowest in Ukrainian and in Russian, whose words run longer.
const RUNS = [...SIZES.flatMap((size) => ['light', 'dark'].map((scheme) => [size, scheme])), [[360, 740], 'light'], [[412, 915], 'dark'],
  [[320, 568], 'light', 'uk'], [[320, 568], 'dark', 'ru']];
for (const [[width, height], colorScheme, lang] of RUNS) {
  test(`${width} × ${height}, ${colorScheme}${lang ? `, ${lang}` : ''}: no sideways scroll, no text under 12 px, no control under 24 px`, async () => {
    const failures = [];
    for (const route of PHONE_ROUTES) {
      const hash = inLang(route, lang);
      const page = await app.open(hash, { width, height, colorScheme, phone: true });
      await quiet(page);
      const m = await page.evaluate(measure);
      if (m.scrollWidth !== m.width) failures.push(`${route}: page is ${m.scrollWidth} px wide in ${m.width}`);
      for (const s of m.small) failures.push(`${route}: small text ${s}`);
      for (const t of m.tiny) failures.push(`${route}: small target ${t}`);
      await close(page);
    }
    assert.deepEqual(failures, []);
  });
}

test('on a phone the first event is on the first screen, under a one-line header whose menu opens the views', async () => {
  for (const [width, height] of SIZES) {
    const page = await app.open('', { width, height, phone: true });
    const header = await page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
    assert.ok(header <= 60, `the header is one line (${header} px)`);
    const title = await page.$eval('.event-list article h3', (h) => h.getBoundingClientRect().bottom);
    assert.ok(title <= height, `the first event's title ends at ${title} px, within ${height}`);
    assert.equal(await page.isVisible('#site-nav a[href="actors/"]'), false, 'the views are in the menu');
    await page.tap('.menu-toggle');
    assert.equal(await page.getAttribute('.menu-toggle', 'aria-expanded'), 'true');
    await page.tap('#site-nav a[href="actors/"]');
    await page.waitForSelector('.actor-grid');
    assert.equal(await page.getAttribute('.menu-toggle', 'aria-expanded'), 'false', 'a new view closes the menu');
    await close(page);
  }
});

test('on a phone nothing moves once painted: a list the app renders near the top keeps its place', async () => {
  for (const route of ['', '?actor=witkoff&kind=meeting', '?kind=meeting', 'actors/witkoff/', 'map/', 'network/']) {
    // The tests' phones and the one Lighthouse emulates, on a CPU as slow as Lighthouse's
    // phone, where frames are painted while the app renders.
    for (const [width, height] of [...SIZES, [412, 823]]) {
      const page = await app.open(route, { width, height, phone: true, initScript: recordShifts, cpuSlowdown: 4 });
      await quiet(page);
      // While the page arrives, a bar whose buttons come later can grow by a few pixels (0.0004
      // seen on #/); the shifts this test was written for were 0.16 and 0.08.
      const { shifts, total } = await layoutShifts(page);
      assert.ok(total < 0.01, `${route} at ${width} × ${height}: layout shifts ${shifts.join(', ')}`);
      await close(page);
    }
  }
});

test('on a phone the filters open over the list and "Show N events" closes them on the narrowed list', async () => {
  const page = await app.open('', { width: 390, height: 844, phone: true });
  await page.tap('.filter-panel > summary');
  const panel = await page.$eval('.filter-panel', (p) => { const r = p.getBoundingClientRect(); return [r.top, r.height, getComputedStyle(p).position]; });
  assert.deepEqual(panel, [0, 844, 'fixed'], 'the open panel covers the screen');
  await page.tap('label[for="f-kind-meeting"]');
  await page.waitForFunction(() => here === '?kind=meeting');
  const expected = native('kind=meeting').events;
  const button = page.locator('.show-results');
  assert.equal(await button.textContent(), `Show ${expected.length} events`);
  await button.tap();
  assert.equal(await page.$eval('.filter-panel', (p) => p.open), false, 'the panel closed');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Filters (1 active)', 'the focus is back on the panel\'s summary');
  assert.deepEqual(await renderedIds(page), expected);
  await close(page);
});

// The axis is laid out for the width its plot was last measured at: folded away, that is a guess,
// and the marks gather differently once the unfolded plot is measured. Wait for that layout.
const axisLaidOut = (page) => page.waitForFunction(() => {
  const plot = document.querySelector('.time-axis .plot');
  const width = plot?.getBoundingClientRect().width;
  return width > 0 && Number(plot.querySelector('svg').getAttribute('width')) === Math.round(width)
    && plot.querySelector('a.mark') !== null;
});

test('on a phone a tap on an axis mark opens its event, or lists the events it gathers', async () => {
  const page = await app.open('', { width: 320, height: 568, phone: true });
  await page.tap('.time-axis-fold > summary');
  await axisLaidOut(page);
  // Every shown event is in exactly one mark, and the marks are finger-sized.
  const marks = await page.$$eval('.time-axis a.mark', (ms) => ms.map((m) => {
    const r = m.getBoundingClientRect();
    return { ids: (m.dataset.eventId ?? m.dataset.eventIds).split(' '), href: m.getAttribute('href'), width: r.width, height: r.height };
  }));
  assert.deepEqual(marks.flatMap((m) => m.ids).sort(), native('').events.slice().sort());
  assert.ok(marks.every((m) => m.width >= 23.5 && m.height >= 23.5), 'every mark is at least 24 × 24 px');
  const group = marks.find((m) => m.ids.length > 1);
  assert.ok(group, 'at phone width some marks gather several events');
  await page.tap(`.time-axis a.mark[href="${group.href}"]`);
  await page.waitForFunction((href) => at(href), group.href);
  await page.waitForFunction((n) => document.querySelectorAll('.event-list article').length === n, group.ids.length);
  assert.deepEqual((await renderedIds(page)).sort(), group.ids.slice().sort(), 'the list shows the events the mark gathered');
  assert.deepEqual(await renderedIds(page), native(group.href.split('?')[1]).events);
  // A mark of one event opens it.
  await page.goto(`${app.url}#/`);
  await page.waitForFunction(() => document.querySelectorAll('.event-list article').length === 50);
  if (!await page.$eval('.time-axis-fold', (d) => d.open)) await page.tap('.time-axis-fold > summary');
  await axisLaidOut(page);
  const single = await page.$eval('.time-axis a.mark[data-event-id]', (m) => m.dataset.eventId);
  await page.tap(`.time-axis a.mark[data-event-id="${single}"]`);
  await page.waitForFunction((id) => here === `events/${id}/`, single);
  await close(page);
});

test('on a phone a tap on a node of the network lists its contacts', async () => {
  const page = await app.open('network/', { width: 390, height: 844, phone: true });
  assert.equal(await page.$$eval('svg.network a.edge', (e) => e.length), 0, 'edges are not targets on a phone');
  const node = await page.$eval('svg.network a.node', (n) => n.dataset.actorId);
  await page.tap(`svg.network a.node[data-actor-id="${node}"]`);
  await page.waitForSelector('.edge-panel .edge-events');
  assert.equal(await page.evaluate(() => here), 'network/', 'the tap stays on the network');
  const expected = nativeNetwork('').filter((p) => p.a === node || p.b === node);
  const listed = await page.$$eval('.edge-panel .edge-events a', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(listed.length, expected.length);
  await close(page);
});
