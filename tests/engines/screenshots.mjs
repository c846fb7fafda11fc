// `make screenshots`, in every engine: the views the engines once drew differently (the
// network, a story's cover, an event's page, the filters' date fields) at desktop width and at
// a phone's 390 px, into screenshots/engines/, to look at side by side.
import { mkdir, writeFile } from 'node:fs/promises';
import { serve } from '../e2e/server.mjs';
import { start, until } from './drivers.mjs';

const VIEWS = {
  timeline: '',
  network: 'network/',
  networkUk: 'uk/network/',
  storyCover: 'story/?actor=witkoff',
  storyCoverRu: 'ru/story/?actor=witkoff',
  event: 'events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/',
};
const ready = () => document.documentElement.classList.contains('started') && !!document.querySelector('#result-count, h1');

// The probe's server also offers the page that frames a view at a phone's width.
const server = await serve(process.argv[2] ?? 'dist', '/', { probe: 'tests/engines/probe.js' });
await mkdir('screenshots/engines', { recursive: true });
for (const engine of ['chromium', 'firefox', 'webkit']) {
  const session = await start(engine);
  for (const [name, address] of Object.entries(VIEWS)) {
    await session.goto(server.url + address);
    await until(session, address, ready);
    await writeFile(`screenshots/engines/${engine}-${name}-desktop.png`, Buffer.from(await session.picture(), 'base64'));
    await session.goto(`${server.url}__phone.html?width=390&height=844`);
    await session.run((src) => { document.getElementById('phone').src = src; }, server.url + address);
    await until(session, `${address} at 390 px`, () => document.getElementById('phone').contentDocument?.documentElement.classList.contains('started'));
    await new Promise((r) => setTimeout(r, 150));
    await writeFile(`screenshots/engines/${engine}-${name}-phone.png`, Buffer.from(await session.shot('#phone'), 'base64'));
  }
  await session.close();
  console.log(`${engine} (${session.version}): screenshots/engines/${engine}-*.png`);
}
await server.close();
