// The timeline at 100,000 events: a release build with PARLEY_SYNTHETIC_EVENTS=100000, checked
// against the core's engine run natively on the same synthetic events (same seed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const DIST = process.env.PARLEY_STRESS_DIST ?? 'target/dist-stress-100k';
const N = 100_000;
const native = (query = '') => JSON.parse(execFileSync('cargo',
  ['run', '--quiet', '--bin', 'parley-export', '--', '--format', 'query', '--synthetic', String(N), '--query', query], { maxBuffer: 256 << 20 }));

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ids = (page) => page.$$eval('.event-list article[data-event-id]', (els) => els.map((e) => e.dataset.eventId));

test('at 100,000 events the timeline pages its list, counts its facets, and the axis switches to a histogram', async () => {
  const all = native();
  const page = await openPage(browser, server.url + '#/');
  await page.waitForSelector('#result-count', { timeout: 120_000 });
  assert.equal(await page.textContent('#result-count'), `${all.events.length} of ${all.events.length} events`);
  assert.ok(all.events.length > N);
  assert.deepEqual(await ids(page), all.events.slice(0, 200), 'the first page, in order');
  const kinds = await page.$$eval('fieldset[data-facet="kind"] li', (lis) => Object.fromEntries(lis.map((li) => [li.querySelector('input').dataset.value, Number(li.querySelector('.count').dataset.count)])));
  assert.deepEqual(kinds, all.facets.kind);
  assert.equal(await page.$$eval('.time-axis a.mark', (m) => m.length), 0, 'no per-event marks at this density');
  assert.ok(await page.$$eval('.time-axis .histogram rect', (r) => r.length) > 50, 'a histogram instead');

  await page.click('button.show-more');
  await page.waitForFunction(() => document.querySelectorAll('.event-list article').length === 400);
  assert.deepEqual(await ids(page), all.events.slice(0, 400));

  // Narrowed down, the same view is exact again, and zooming in brings individual marks back.
  const query = 'actor=witkoff&actor=putin&kind=meeting&status=held';
  const narrowed = native(query);
  await page.goto(server.url + '#/?' + query);
  await page.waitForFunction((n) => document.querySelector('#result-count')?.textContent.startsWith(`${n} of`), narrowed.events.length);
  assert.deepEqual(await ids(page), narrowed.events.slice(0, 200));
  const marks = await page.$$eval('.time-axis a.mark', (m) => m.length);
  assert.ok(narrowed.events.length > 600 ? marks === 0 : marks === narrowed.events.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
