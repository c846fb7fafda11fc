// The in-browser benchmark (`make bench`): the release build in headless Chromium, at each size
// given as LABEL=DIST[=FLOOR] arguments, where DIST is a built bundle and FLOOR a static HTML page
// of the same events with no script (parley-export --format static-html).
//
// For each size it prints:
// - first paint: navigation start to the first frame with an event in it, for the app and for
//   the static floor in the same run, and their ratio;
// - filter update: from a facet click or a keystroke in the search box until the DOM has
//   settled and the next frame is out, p50 and p95;
// - scrolling: frame times while the list scrolls, p95 and the longest, and the same on the
//   static floor: what this machine manages with no script at all;
// - memory: the JS heap after a garbage collection, and the wasm linear memory.
// It asserts nothing: figures go to BENCHMARKS.md, budgets are read against them.
import { launch } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { dirname, basename } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 40);

// Resolves, in the page, when the first <article> is in the DOM and a frame has been produced
// after it. Works the same for the app and for the static floor.
const FIRST_EVENT = () => {
  window.__firstEvent = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector('article')) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
      .observe(document, { childList: true, subtree: true });
  });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
};

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

async function firstPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(FIRST_EVENT);
  await page.goto(url, { waitUntil: 'commit' });
  const time = await page.evaluate(() => window.__firstEvent);
  return { time, page, context };
}

// One filter change, timed in the page: `act` changes something; the DOM has settled when a
// frame goes out with no mutation since the previous one. The time is to the end of the last
// frame that carried a mutation.
async function timedUpdate(page, act) {
  return page.evaluate(async (act) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    let mutations = 0;
    const observer = new MutationObserver((records) => { mutations += records.length; });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const input = document.getElementById('q');
    const start = performance.now();
    if (act.kind === 'click') {
      document.querySelector(act.selector).click();
    } else {
      input.value = act.value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    let settled = performance.now();
    for (;;) {
      await frame();
      if (mutations === 0) break;
      // A DOM that never settles would hang the benchmark: it counts as "Infinity ms" instead.
      if (performance.now() - start > 10000) {
        observer.disconnect();
        return Infinity;
      }
      mutations = 0;
      settled = performance.now();
    }
    observer.disconnect();
    return settled - start;
  }, act);
}

async function updates(page) {
  const clicks = [];
  const keys = [];
  const kinds = await page.$$eval('fieldset[data-facet="kind"] input', (inputs) => inputs.map((i) => i.dataset.value));
  for (let n = 0; n < UPDATES / 2; n++) {
    // On, then off again: every click changes the result.
    const kind = kinds[Math.floor(n / 2) % kinds.length];
    clicks.push(await timedUpdate(page, { kind: 'click', selector: `#f-kind-${kind}` }));
  }
  const words = ['p', 'pu', 'put', 'puti', 'putin', 'putin w', 'putin wi', 'putin wit', 'putin witk', ''];
  for (let n = 0; n < UPDATES / 2; n++) {
    keys.push(await timedUpdate(page, { kind: 'type', value: words[n % words.length] }));
  }
  return { clicks, keys };
}

async function scrolling(page) {
  return page.evaluate(async () => {
    const frames = [];
    let last = performance.now();
    for (let n = 0; n < 120; n++) {
      window.scrollBy(0, 200);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    window.scrollTo(0, 0);
    return frames;
  });
}

async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  return { heap: usedSize, wasm };
}

async function measure(browser, label, dist, floor) {
  const app = await serve(dist);
  const floorServer = floor ? await serve(dirname(floor)) : null;
  const appPaints = [];
  const floorPaints = [];
  let events = '';
  for (let run = 0; run < RUNS; run++) {
    const first = await firstPaint(browser, app.url);
    appPaints.push(first.time);
    events = await first.page.textContent('#result-count');
    await first.context.close();
    if (floorServer) {
      const f = await firstPaint(browser, floorServer.url + basename(floor));
      floorPaints.push(f.time);
      await f.context.close();
    }
  }
  let floorFrames = [];
  if (floorServer) {
    const f = await firstPaint(browser, floorServer.url + basename(floor));
    floorFrames = await scrolling(f.page);
    await f.context.close();
  }
  const { page, context } = await firstPaint(browser, app.url);
  const mem = await memory(page);
  const frames = await scrolling(page);
  const { clicks, keys } = await updates(page);
  await context.close();
  await app.close();
  await floorServer?.close();
  const paint = quantile(appPaints, 0.5);
  const floorPaint = floorPaints.length ? quantile(floorPaints, 0.5) : NaN;
  const all = [...clicks, ...keys];
  return {
    label, events,
    'first paint (median)': ms(paint),
    'static floor (median)': floorPaints.length ? ms(floorPaint) : '–',
    'ratio to floor': floorPaints.length ? `${(paint / floorPaint).toFixed(2)}×` : '–',
    'facet click p50 / p95': `${ms(quantile(clicks, 0.5))} / ${ms(quantile(clicks, 0.95))}`,
    'keystroke p50 / p95': `${ms(quantile(keys, 0.5))} / ${ms(quantile(keys, 0.95))}`,
    'any update p95': ms(quantile(all, 0.95)),
    'scroll frame p95 / max': `${ms(quantile(frames, 0.95))} / ${ms(Math.max(...frames))}`,
    'static floor scroll p95 / max': floorFrames.length ? `${ms(quantile(floorFrames, 0.95))} / ${ms(Math.max(...floorFrames))}` : '–',
    'JS heap': mb(mem.heap),
    'wasm memory': mb(mem.wasm),
  };
}

const sizes = process.argv.slice(2).map((arg) => arg.split('='));
if (!sizes.length) {
  console.error('usage: node scripts/bench-browser.mjs LABEL=DIST[=FLOOR.html] ...');
  process.exit(2);
}
const browser = await launch();
const rows = [];
for (const [label, dist, floor] of sizes) {
  rows.push(await measure(browser, label, dist, floor));
  console.error(`measured ${label}`);
}
await browser.close();

console.log(`\nIn-browser benchmark: headless Chromium, ${RUNS} loads per size, ${UPDATES} updates.`);
console.log(`| | ${rows.map((r) => r.label).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---').join('|')}|`);
for (const key of Object.keys(rows[0]).filter((k) => k !== 'label')) {
  console.log(`| ${key} | ${rows.map((r) => r[key]).join(' | ')} |`);
}
