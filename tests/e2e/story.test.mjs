// Story mode: the steps against the engine, a hand-picked story kept whole in its URL, moving
// by keys, buttons, the step list, the URL and autoplay, the embed snippet, and file://.
// Expected answers come from the core (parley-export), never from constants typed in here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, native, nativeView, DATASET, SINGLE, close } from './fixture.mjs';

const app = useApp();

const listed = (page) => page.$$eval('.step-list li[data-event-id]', (lis) => lis.map((li) => li.dataset.eventId));
const hashIs = (page, hash) => page.waitForFunction((h) => here === h, hash);
const shownEvent = (page) => page.$eval('.story-slide', (s) => s.dataset.eventId ?? null);
const announced = (page) => page.textContent('#story-announcement');

test('a filtered story is the engine\'s results in date order, one a step', async () => {
  const page = await app.open('story/', { wait: '.story-page' });
  for (const query of ['actor=witkoff', 'kind=meeting&from=2026-01-01', 'side=ukraine', 'q=ceasefire']) {
    await page.evaluate((q) => go(`story/?${q}`), query);
    await hashIs(page, `story/?${query}`);
    const expected = native(query).events;
    await page.waitForFunction((n) => document.querySelectorAll('.step-list li[data-event-id]').length === n, expected.length);
    assert.deepEqual(await listed(page), expected, query);
    const { view } = nativeView(`story/?${query}`);
    assert.equal(await page.textContent('h1'), view.title);
    assert.equal(await page.textContent('.cover-count'), `${expected.length} event${expected.length === 1 ? '' : 's'}`);
    assert.equal(await announced(page), view.announcement);
  }
  await close(page);
});

test('keys, buttons, the step list and step= move through a story, and screen readers hear the step', async () => {
  const query = 'actor=witkoff';
  const steps = native(query).events;
  const page = await app.open(`story/?${query}&step=2`, { wait: '.story-slide.step' });
  assert.equal(await shownEvent(page), steps[1]);
  assert.equal(await page.textContent('.step-count'), `2 of ${steps.length}`);
  await page.keyboard.press('ArrowRight');
  await hashIs(page, `story/?${query}&step=3`);
  assert.equal(await shownEvent(page), steps[2]);
  assert.equal(await announced(page), nativeView(`story/?${query}&step=3`).view.announcement);
  await page.keyboard.press('End');
  await hashIs(page, `story/?${query}&step=${steps.length}`);
  assert.equal(await shownEvent(page), steps.at(-1));
  assert.ok(await page.isDisabled('button:has-text("Next →")'), 'no step after the last');
  await page.keyboard.press('Home');
  await hashIs(page, `story/?${query}`);
  assert.equal(await shownEvent(page), null, 'the cover');
  await page.click('button:has-text("Next →")');
  await hashIs(page, `story/?${query}&step=1`);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Next →', 'focus stays on the button');
  await page.keyboard.press('ArrowLeft');
  await hashIs(page, `story/?${query}`);
  // The step list: a link per step; opening one moves the focus to its title.
  await page.click('.step-list summary');
  await page.focus(`.step-list li[data-event-id="${steps[4]}"] a`);
  await page.keyboard.press('Enter');
  await hashIs(page, `story/?${query}&step=5`);
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
  // Back and forward walk the steps as pages.
  await page.goBack();
  await hashIs(page, `story/?${query}`);
  await page.goForward();
  await hashIs(page, `story/?${query}&step=5`);
  assert.equal(await shownEvent(page), steps[4]);
  // A step past the end opens the last, and says so.
  await page.evaluate(() => go('story/?actor=witkoff&step=999'));
  await page.waitForSelector('.story-page .notice');
  assert.equal(await shownEvent(page), steps.at(-1));
  await close(page);
});

test('autoplay steps on at its pace and stops when paused or when the reader moves', async () => {
  const query = 'kind=meeting';
  const steps = native(query).events;
  assert.ok(steps.length >= 3);
  const page = await app.open(`story/?${query}&pace=6`, { wait: '.story-page' });
  // The page's clock, moved on by the test: a pace is waited for without waiting.
  await page.clock.install();
  await page.click('button.play');
  assert.equal(await page.getAttribute('button.play', 'aria-pressed'), 'true');
  await page.clock.runFor(5_900);
  assert.equal(await page.evaluate(() => here), `story/?${query}&pace=6`, 'not before its pace');
  await page.clock.runFor(200);
  await hashIs(page, `story/?${query}&step=1&pace=6`);
  await page.clock.runFor(6_100);
  await hashIs(page, `story/?${query}&step=2&pace=6`);
  await page.click('button.play');
  assert.equal(await page.getAttribute('button.play', 'aria-pressed'), 'false');
  await page.clock.runFor(20_000);
  assert.equal(await page.evaluate(() => here), `story/?${query}&step=2&pace=6`, 'paused');
  // Playing again, then a key: the reader's move stops it.
  await page.click('button.play');
  await page.keyboard.press('ArrowLeft');
  await hashIs(page, `story/?${query}&step=1&pace=6`);
  assert.equal(await page.getAttribute('button.play', 'aria-pressed'), 'false');
  await page.clock.runFor(20_000);
  assert.equal(await page.evaluate(() => here), `story/?${query}&step=1&pace=6`, 'stopped by the key');
  // And a press anywhere else on the page, such as opening the step list.
  await page.click('button.play');
  await page.click('.step-list summary');
  assert.equal(await page.getAttribute('button.play', 'aria-pressed'), 'false');
  await close(page);
});

test('events picked on the timeline are presented in their order, under a title kept in the URL', async () => {
  const page = await app.open('?kind=meeting');
  const meetings = native('kind=meeting').events;
  const picked = [meetings[3], meetings[0], meetings[2]];
  for (const id of picked) {
    await page.click(`button.pick[data-pick="${id}"]`);
    await page.waitForSelector(`button.pick[data-pick="${id}"][aria-pressed="true"]`);
  }
  assert.equal(await page.evaluate(() => here), `?kind=meeting&${picked.map((id) => `pick=${id}`).join('&')}`);
  await page.click(`a.button:has-text("Present these 3")`);
  await page.waitForSelector('.story-page');
  assert.deepEqual(await listed(page), picked, 'the order picked, not the date order');
  assert.equal(await page.textContent('h1'), 'Picked events');
  await page.fill('#story-title-input', 'Three meetings');
  await page.press('#story-title-input', 'Enter');
  await page.dispatchEvent('#story-title-input', 'change');
  await page.waitForFunction(() => here.includes('title=Three+meetings'));
  assert.equal(await page.textContent('h1'), 'Three meetings');
  const cover = await page.evaluate(() => here);
  await page.reload();
  await page.waitForSelector('.story-page');
  assert.equal(await page.textContent('h1'), 'Three meetings');
  assert.deepEqual(await listed(page), picked);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => here.endsWith('&step=2'));
  assert.equal(await shownEvent(page), picked[1]);
  await page.goBack();
  await page.goBack();
  await hashIs(page, cover);
  assert.deepEqual(await listed(page), picked);
  await page.goBack();
  await page.waitForSelector('.event-list');
  assert.equal(await page.evaluate(() => here), `?kind=meeting&${picked.map((id) => `pick=${id}`).join('&')}`);
  await close(page);
});

test('the embed snippet\'s iframe shows the story, bare, and its links open the full app', async () => {
  const page = await app.open('story/?actor=putin&title=Putin', { wait: '.story-page' });
  await page.click('button:has-text("Embed")');
  const snippet = await page.inputValue('#embed-snippet');
  // The address escaped as an attribute's value is (the core's markup writes it).
  assert.match(snippet, /^<iframe src="[^"]+\/story\/\?actor=putin&amp;title=Putin&amp;embed=1" title="Putin"/);
  await close(page);
  const { createServer } = await import('node:http');
  const host = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' })
    .end(`<!doctype html><title>Host</title><h1>An article</h1>${snippet}`));
  await new Promise((r) => host.listen(0, '127.0.0.1', r));
  const hostPage = await app.at(`http://127.0.0.1:${host.address().port}/`, { allow: [app.url], wait: 'iframe' });
  try {
    const frame = hostPage.frameLocator('iframe');
    await frame.locator('.story-page').waitFor();
    assert.equal(await frame.locator('.site-header').count(), 0, 'no page chrome');
    assert.equal(await frame.locator('h1').textContent(), 'Putin');
    const ids = await frame.locator('.step-list li[data-event-id]').evaluateAll((lis) => lis.map((li) => li.dataset.eventId));
    assert.deepEqual(ids, native('actor=putin').events);
    await frame.locator('button:has-text("Next →")').click();
    await frame.locator('.story-slide.step').waitFor();
    const [opened] = await Promise.all([hostPage.context().waitForEvent('page'), frame.locator('#step-title a').click()]);
    await opened.waitForLoadState();
    assert.match(opened.url(), /\/events\/[^/]+\/$/);
    await close(hostPage);
  } finally {
    await new Promise((r) => host.close(r));
  }
});

test('a story works in the single file from file://', async () => {
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = pathToFileURL(resolve(SINGLE)).href;
  const page = await app.at(url + '#/story?side=europe', { wait: '.story-page' });
  const steps = native('side=europe').events;
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/story?side=europe&step=1');
  assert.equal(await shownEvent(page), steps[0]);
  assert.equal(DATASET.events.find((e) => e.id === steps[0]).title.en, await page.textContent('#step-title'));
  await close(page);
});

test('printing a story gives a handout, one step a page, with its citations', async () => {
  const query = 'actor=witkoff';
  const steps = native(query).events;
  const page = await app.open(`story/?${query}&step=3`, { wait: '.story-slide.step' });
  assert.equal(await page.isVisible('.handout'), false, 'not on screen');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.handout'), true);
  assert.equal(await page.isVisible('.story-controls'), false);
  const printed = await page.$$eval('.handout-step', (steps) => steps.map((s) => [
    s.querySelector('.step-title a').getAttribute('href'), s.querySelectorAll('blockquote').length, getComputedStyle(s).breakAfter]));
  assert.deepEqual(printed.map(([href]) => href), steps.map((id) => `events/${id}/`));
  for (const [href, quotes, breakAfter] of printed) {
    const event = DATASET.events.find((e) => `events/${e.id}/` === href);
    assert.equal(quotes, event.sources.length, href);
    assert.equal(breakAfter, 'page');
  }
  await close(page);
});

test('a step shows the accounts that differ about its event, side by side', async () => {
  const claim = DATASET.claims.find((c) => c.accounts.some((a) => a.event));
  const id = claim.accounts.find((a) => a.event).event;
  const page = await app.open(`story/?events=${id}&step=1`, { wait: '.story-slide.step' });
  const accounts = await page.$$eval(`.story-slide #${claim.id} li.account`, (lis) => lis.map((li) => [li.dataset.actorId, li.querySelector('blockquote').textContent]));
  assert.deepEqual(accounts, claim.accounts.map((a) => [a.actor, a.source.excerpt]));
  await close(page);
});

test('a story\'s pace is in its address, so a shared story plays as it was set', async () => {
  const page = await app.open('story/?actor=witkoff', { wait: '.story-page' });
  assert.equal(await page.inputValue('#pace'), '3');
  await page.selectOption('#pace', '6');
  await hashIs(page, 'story/?actor=witkoff&pace=6');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  assert.equal(await page.inputValue('#pace'), '6');
  await page.keyboard.press('ArrowRight');
  await hashIs(page, 'story/?actor=witkoff&step=1&pace=6');
  await close(page);
});
