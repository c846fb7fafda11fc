// The timeline at 100,000 events: a release build with PARLEY_SYNTHETIC_EVENTS=100000, checked
// against the core's engine run natively on the same synthetic events (same seed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, close, DATASET, exporter, quiet } from './fixture.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.PARLEY_STRESS_DIST ?? 'target/dist-stress-100k';
const N = 100_000;
const native = (query = '') => exporter(['--format', 'query', '--synthetic', String(N), '--query', query], 256 << 20);

const app = useApp(DIST);

const ids = (page) => page.$$eval('.event-list article[data-event-id]', (els) => els.map((e) => e.dataset.eventId));

// The rendered events must be one run of consecutive results, in order: a window on the list.
function assertWindow(rendered, all, what) {
  const first = all.indexOf(rendered[0]);
  assert.ok(first >= 0, `${what}: ${rendered[0]} is a result`);
  assert.deepEqual(rendered, all.slice(first, first + rendered.length), `${what}: consecutive results, in order`);
  return first;
}

// The rendered window once it stops moving (a render, a measurement, maybe one more render).
async function settled(page) {
  await quiet(page);
  return ids(page);
}

test('at 100,000 events the timeline renders a window of its list, counts its facets, and the axis switches to a histogram', async () => {
  const all = native();
  const page = await app.open('');
  await page.waitForSelector('#result-count', { timeout: 120_000 });
  // English groups thousands, as Intl.NumberFormat does.
  const count = new Intl.NumberFormat('en').format(all.events.length);
  assert.equal(await page.textContent('#result-count'), `${count} of ${count} events`);
  assert.ok(all.events.length > N);
  const top = await ids(page);
  assert.equal(assertWindow(top, all.events, 'at the top'), 0, 'the list starts with the first result');
  assert.ok(top.length >= 5 && top.length <= 100, `only the events near the viewport are in the DOM (${top.length})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollHeight) > 1_000_000, 'spacers stand in for the rest, so the scroll bar spans them all');
  const kinds = await page.$$eval('fieldset[data-facet="kind"] li', (lis) => Object.fromEntries(lis.map((li) => [li.querySelector('input').dataset.value, Number(li.querySelector('.count').dataset.count)])));
  assert.deepEqual(kinds, all.facets.kind);
  assert.equal(await page.$$eval('.time-axis a.mark', (m) => m.length), 0, 'no per-event marks at this density');
  assert.ok(await page.$$eval('.time-axis .histogram rect', (r) => r.length) > 50, 'a histogram instead');

  // Half-way down: a window from the middle of the results.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await page.waitForFunction((first) => document.querySelector('.event-list article')?.dataset.eventId !== first, top[0]);
  const middle = assertWindow(await settled(page), all.events, 'half-way');
  assert.ok(middle > 10_000, `half-way down shows results from the middle (${middle})`);

  // The keyboard walks on past the rendered blocks: j always focuses the next result.
  const focusedId = () => page.evaluate(() => document.activeElement.closest('article')?.dataset.eventId);
  await page.focus('.event-list article h3 a');
  await settled(page);
  const start = all.events.indexOf(await focusedId());
  assert.ok(start >= middle, 'a rendered event has the focus');
  for (let step = 1; step <= 40; step++) {
    await page.keyboard.press('j');
    await page.waitForFunction((id) => document.activeElement.closest('article')?.dataset.eventId === id, all.events[start + step]);
  }

  // At the very end, the last result is rendered.
  const last = all.events.at(-1);
  await page.waitForFunction((last) => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return document.querySelector(`.event-list article[data-event-id="${last}"]`) !== null;
  }, last, { polling: 'raf' });
  const bottom = await ids(page);
  assertWindow(bottom, all.events, 'at the bottom');
  assert.equal(bottom.at(-1), last, 'the list ends with the last result');

  // Narrowed down, the same view is exact again, and zooming in brings individual marks back.
  const query = 'actor=witkoff&actor=putin&kind=meeting&status=held';
  const narrowed = native(query);
  await page.goto(app.url + '?' + query);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction((n) => document.querySelector('#result-count')?.textContent.startsWith(`${n} of`), new Intl.NumberFormat('en').format(narrowed.events.length));
  assert.equal(assertWindow(await ids(page), narrowed.events, 'narrowed'), 0);
  const marks = await page.$$eval('.time-axis a.mark', (m) => m.length);
  assert.ok(narrowed.events.length > 600 ? marks === 0 : marks === narrowed.events.length);
  assert.deepEqual(page.errors, []);
  await close(page);
});

test('at 100,000 events the build prerenders the first screen of the list, not the whole of it', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const total = N + DATASET.events.length;
  const count = new Intl.NumberFormat('en').format(total);
  assert.match(html, new RegExp(`id="result-count"[^>]*>${count} of ${count} events<`));
  const cards = [...html.matchAll(/<article class="event[^"]*" data-event-id="/g)].length;
  assert.ok(cards > 0 && cards <= 10, `${cards} cards prerendered`);
  assert.ok(html.length < 200_000, `the page stays small (${html.length} bytes)`);
});
