// `make screenshots`: every view at desktop and phone width, light and dark, into
// screenshots/, to look at before calling a view finished; the timeline, an event and an actor
// in Ukrainian and Russian too.
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const VIEWS = {
  timeline: '',
  filtered: '?actor=witkoff&kind=meeting&q=moscow&bogus=1',
  event: 'events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/',
  actors: 'actors/',
  actor: 'actors/zelensky/',
  source: 'sources/001_50a5bdb0d08203b4/?at=1806-1956',
  claims: 'claims/',
  network: 'network/',
  networkFiltered: 'network/?from=2026-01-01',
  map: 'map/',
  storyCover: 'story/?actor=witkoff',
  storyStep: 'story/?actor=witkoff&step=2',
  picked: '?kind=meeting&pick=2025-03-13-witkoff-putin-moscow&pick=2025-03-11-jeddah-talks-ceasefire',
  mapFiltered: 'map/?actor=witkoff&from=2026-01-01',
  actorsSorted: 'actors/?sort=events&q=tr',
  // No page of its own: an old address, which the app opens on the root's page.
  notfound: '#/actors/nobody',
  // The three views the languages issue asks to read, in Ukrainian and Russian.
  timelineUk: 'uk/',
  eventUk: 'uk/events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/',
  actorUk: 'uk/actors/witkoff/',
  timelineRu: 'ru/',
  eventRu: 'ru/events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/',
  actorRu: 'ru/actors/witkoff/',
};
// Phones as a touch phone's context (`isMobile`, `hasTouch`) gives them.
const SIZES = { desktop: [1280, 900, false], phone: [390, 844, true], small: [320, 568, true] };

const server = await serve(process.argv[2] ?? 'dist');
const browser = await launch();
await mkdir('screenshots', { recursive: true });
for (const [name, path] of Object.entries(VIEWS)) {
  for (const [size, [width, height, phone]] of Object.entries(SIZES)) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await openPage(browser, server.url + path, { width, height, colorScheme, phone });
      await page.waitForFunction(() => document.documentElement.classList.contains('started'));
      await page.waitForTimeout(150);
      const file = `screenshots/${name}-${size}-${colorScheme}.png`;
      await page.screenshot({ path: file });
      if (page.errors.length) console.log(`${file}: ${page.errors.join(' | ')}`);
      await page.context().close();
    }
  }
}
await browser.close();
await server.close();
console.log('screenshots written to screenshots/');
