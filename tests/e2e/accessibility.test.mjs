// Accessibility: axe-core on every route in both themes, and a keyboard-only walk.
// Expected answers come from the core's engine run natively (parley-export), never from
// constants typed into the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, native, renderedIds, close, inLang } from './fixture.mjs';
import { ROUTES as README_ROUTES } from '../routes.mjs';

const app = useApp();

// The URL table's routes, and a notice for a parameter the app ignores, a story's cover and an
// address that names no view.
const AXE_ROUTES = [...README_ROUTES, '?actor=witkoff&kind=meeting&bogus=1', 'story/?actor=witkoff', '#/nowhere'];

// WCAG 2.2 AA included, whose target-size rule fails a control under 24 × 24 px.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SETTINGS = [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { colorScheme: 'light', width: 390, height: 844, phone: true },
  { colorScheme: 'light', lang: 'uk' }, { colorScheme: 'dark', lang: 'ru' }];

for (const { lang, ...settings } of SETTINGS) {
  const { colorScheme, phone } = settings;
  test(`axe-core (WCAG 2.2 AA) finds no serious or critical violation on any route (${colorScheme}${phone ? ', phone' : ''}${lang ? `, ${lang}` : ''})`, async () => {
    const { createRequire } = await import('node:module');
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    const failures = [];
    for (const route of AXE_ROUTES) {
      const page = await app.open(inLang(route, lang), settings);
      // Evaluated through the test driver, not a <script> tag, which the page's CSP would refuse.
      await page.evaluate(await (await import('node:fs/promises')).readFile(axePath, 'utf8'));
      const { violations } = await page.evaluate((tags) => window.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
      for (const v of violations.filter((v) => ['serious', 'critical'].includes(v.impact))) {
        failures.push(`${route}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
      await close(page);
    }
    assert.deepEqual(failures, []);
  });
}

test('keyboard only: search, a filter, an event, an actor, a source and back, with focus always visible', async () => {
  const page = await app.open('');
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
  await page.waitForFunction(() => here === '?q=moscow');

  await tabTo((f) => f.id === 'f-kind-meeting');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => here === '?kind=meeting&q=moscow');
  assert.deepEqual(await renderedIds(page), native('kind=meeting&q=moscow').events);

  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('j');
  const first = await focused();
  assert.ok(first.visible && first.href.startsWith('events/'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.event-page');

  await tabTo((f) => (f.href ?? '').startsWith('actors/'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.actor-page');

  await tabTo((f) => f.tag === 'SUMMARY' && /mention/.test(f.text));
  await page.keyboard.press('Enter');
  await tabTo((f) => (f.href ?? '').startsWith('sources/'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.source-page #target');

  await page.keyboard.press('Shift+Tab');
  await tabTo((f) => f.text === '← Timeline');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#result-count');
  assert.equal(await page.evaluate(() => here), '');

  // On to the map by its tab, to a marker, whose events are listed, and into its place.
  await tabTo((f) => f.href === 'map/');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#map-svg');
  const marker = await tabTo((f) => f.tag === 'a' && (f.href ?? '').startsWith('map/?place='));
  assert.ok((await page.textContent('.marker-panel h2')).length > 0, 'focusing a marker lists its events');
  await page.keyboard.press('Enter');
  await page.waitForFunction((href) => at(href), marker.href);
  await close(page);
});
