// What runs in every browser engine (chromium.test.mjs, firefox.test.mjs, webkit.test.mjs):
// every route of the URL table (docs/urls.md) in the three languages, loaded with no error, no CSP violation and
// no blank page, and none scrolling sideways at a phone's 390 px; the timeline's search and a
// facet, a story's arrow keys, a map marker by pointer and by keyboard, the language picker and
// an export's download, each done through the driver as a reader does it; and what the engines
// showed wrong once, each checked where it showed. Expected results come from the core, run
// natively (parley-export), as in the Chromium suite; the routes from tests/routes.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { DIST, DATASET, native, nativeView, inLang } from '../e2e/fixture.mjs';
import { ROUTES } from '../routes.mjs';
import { start, until } from './drivers.mjs';

const LANGS = ['en', 'uk', 'ru'];
const PHONE = [390, 844];

export function suite(engine) {
  let server;
  let session;
  before(async () => {
    server = await serve(DIST, '/', { probe: 'tests/engines/probe.js' });
    session = await start(engine);
    console.log(`# ${session.version}`);
  });
  after(async () => {
    await session?.close();
    await server?.close();
  });

  /// Opens `address` (under the served build's root) and waits until the app has taken the page
  /// over and shows a view.
  async function open(address) {
    await stubborn(address, async () => {
      await session.goto(server.url + address);
      await until(session, `${address} to start`,
        () => document.documentElement.classList.contains('started') && !!document.querySelector('#result-count, h1'))
        .catch(async (e) => { throw new Error(`${e.message}; the page: ${JSON.stringify(await state())}`); });
    });
  }
  /// Runs `load`, and once more if WebKit stopped the app at its start with a panic: WebKitGTK
  /// 2.50 now and then hands the app a value it never wrote (seen once in about 200 loads, as
  /// "position 538976294 of 50", the bytes of text, in `Bits::insert`), which neither Chromium
  /// nor Firefox has ever done. Each such second try is printed; a second failure fails.
  async function stubborn(address, load) {
    try {
      await load();
    } catch (e) {
      if (engine !== 'webkit' || !e.message.includes('Parley stopped: panicked')) throw e;
      console.log(`# webkit: ${address} stopped at its start, loaded again: ${e.message.slice(0, 300)}`);
      await load();
    }
  }
  /// Loads a page with `load` and reads it with `read` (which returns its probe's records as
  /// `problems`); in WebKit, once more if the only records are a wasm trap with no panic before
  /// it ("Out of bounds memory access", "Unreachable code should not be executed"), which safe
  /// Rust cannot cause: WebKitGTK's WebAssembly on Linux corrupts memory now and then
  /// (bugs.webkit.org 259441; seen here in about 1 load in 150, never in Chromium or Firefox).
  /// A panic of ours logs its message first, and so is never loaded again. Each second try is
  /// printed; a second failure fails.
  async function visit(address, load, read) {
    await stubborn(address, load);
    const page = await read();
    if (!trapped(page.problems)) return page;
    console.log(`# webkit: ${address} trapped in its wasm, loaded again: ${page.problems[0].slice(0, 200)}`);
    await stubborn(address, load);
    return read();
  }
  /// Whether a page's probe records show only WebKit's wasm defect (see `visit`).
  const trapped = (records) => engine === 'webkit' && records?.length > 0
    && records.every((p) => /^uncaught: RuntimeError: (Out of bounds memory access|Unreachable code should not be executed)/.test(p));
  /// A test of what a reader does on a page; in WebKit, run once more if it failed while the
  /// page's only records were WebKit's wasm defect (see `visit`), and said so.
  function check(name, body) {
    test(name, async () => {
      try {
        await body();
      } catch (e) {
        const records = await problems().catch(() => []);
        if (!trapped(records)) throw e;
        console.log(`# webkit: ${name}: the page trapped in its wasm, run again: ${records[0].slice(0, 200)}`);
        await body();
      }
    });
  }
  /// What a page that did not start shows of itself, for the failure's message.
  const state = () => session.run(() => ({
    href: location.href, readyState: document.readyState, classes: document.documentElement.className,
    probe: window.parleyProbe, scripts: performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()),
  })).catch((e) => e.message);
  /// What the probe recorded on the page so far: errors, warnings, CSP violations, failed loads.
  const problems = () => session.run(() => window.parleyProbe ?? ['the page ran without the probe']);
  /// How many pixels of two pictures of an element (PNG, base64) differ by more than
  /// anti-aliasing does between two drawings of the same thing (a channel by more than 32).
  const differingPixels = (a, b) => session.run(async (pictures) => {
    const [first, second] = await Promise.all(pictures.map(async (png) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, canvas.width, canvas.height);
    }));
    if (first.width !== second.width || first.height !== second.height) return first.width * first.height;
    let differing = 0;
    for (let i = 0; i < first.data.length; i += 4) {
      if ([0, 1, 2].some((c) => Math.abs(first.data[i + c] - second.data[i + c]) > 32)) differing++;
    }
    return differing;
  }, [a, b]);

  /// The text of the file `name` once the browser has saved it whole.
  async function downloaded(name) {
    for (let tries = 0; tries < 200; tries++) {
      const names = await readdir(session.downloads);
      if (names.includes(name) && !names.some((n) => n.endsWith('.part') || n.endsWith('.crdownload'))) {
        const text = await readFile(join(session.downloads, name), 'utf8');
        if (text) return text;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${engine}: no ${name} in ${session.downloads}: ${await readdir(session.downloads)}`);
  }

  for (const lang of LANGS) {
    test(`${engine}: every route of the URL table in ${lang} loads with no error, no CSP violation and no blank page`, async () => {
      const failures = [];
      for (const route of ROUTES) {
        const address = inLang(route, lang);
        const page = await visit(address, () => open(address), () => session.run(() => ({
          lang: document.documentElement.lang,
          text: document.querySelector('main')?.innerText.trim().length ?? 0,
          problems: window.parleyProbe,
        })));
        if (page.lang !== lang) failures.push(`${address}: the page's language is ${page.lang}`);
        if (page.text < 100) failures.push(`${address}: the main part holds ${page.text} characters`);
        for (const p of page.problems ?? ['no probe']) failures.push(`${address}: ${p}`);
      }
      assert.deepEqual(failures, []);
    });

    test(`${engine}: at ${PHONE[0]} px in ${lang}, no route scrolls sideways`, async () => {
      const failures = [];
      await session.goto(`${server.url}__phone.html?width=${PHONE[0]}&height=${PHONE[1]}`);
      for (const route of ROUTES) {
        const address = inLang(route, lang);
        const url = server.url + address;
        const load = async () => {
          // A blank page first, so that loading the same address again is a new load, which the
          // wait below cannot mistake for the old one.
          await session.run(() => { document.getElementById('phone').src = 'about:blank'; });
          await until(session, 'the phone frame to empty', () => document.getElementById('phone').contentWindow.location.href === 'about:blank');
          await session.run((src) => { document.getElementById('phone').src = src; }, url);
          await until(session, `${address} to start at ${PHONE[0]} px`, (src) => {
            const frame = document.getElementById('phone');
            const doc = frame.contentDocument;
            return frame.contentWindow.location.href === src && doc.documentElement.classList.contains('started') && !!doc.querySelector('#result-count, h1');
          }, [url]).catch(async (e) => {
            await session.enterFrame('#phone');
            const page = await state();
            await session.leaveFrame();
            throw new Error(`${e.message}; the page: ${JSON.stringify(page)}`);
          });
        };
        const read = async () => {
          await session.enterFrame('#phone');
          const page = await session.run(() => ({
            width: document.documentElement.clientWidth,
            scrollWidth: document.documentElement.scrollWidth,
            problems: window.parleyProbe,
          }));
          await session.leaveFrame();
          return page;
        };
        const page = await visit(address, load, read);
        if (page.scrollWidth > page.width) failures.push(`${address}: ${page.scrollWidth} px wide in ${page.width}`);
        for (const p of page.problems) failures.push(`${address}: ${p}`);
      }
      assert.deepEqual(failures, []);
    });
  }

  check(`${engine}: typing in the search box narrows the timeline to the core's results`, async () => {
    await open('');
    await session.type('#q', 'ceasefire');
    const expected = native('q=ceasefire').events;
    await until(session, 'the search in the address', () => location.search === '?q=ceasefire');
    await until(session, 'the results', (n) => document.querySelector('#result-count')?.textContent.startsWith(`${n} of`), [expected.length]);
    assert.deepEqual(await session.run(() => [...document.querySelectorAll('.event-list article[data-event-id]')].map((a) => a.dataset.eventId)), expected);
    assert.deepEqual(await problems(), []);
  });

  check(`${engine}: a facet's checkbox narrows the timeline and the address`, async () => {
    await open('');
    await session.click('fieldset.facet[data-facet="actor"] input[data-value="witkoff"]');
    await until(session, 'the facet in the address', () => location.search === '?actor=witkoff');
    const expected = native('actor=witkoff').events;
    await until(session, 'the results', (n) => document.querySelector('#result-count')?.textContent.startsWith(`${n} of`), [expected.length]);
    assert.deepEqual(await session.run(() => [...document.querySelectorAll('.event-list article[data-event-id]')].map((a) => a.dataset.eventId)), expected);
    assert.equal(await session.run(() => document.querySelector('input[data-value="witkoff"]').checked), true);
    assert.deepEqual(await problems(), []);
  });

  check(`${engine}: the arrow keys move through a story, step by step`, async () => {
    const steps = native('actor=witkoff').events;
    await open('story/?actor=witkoff&step=2');
    const shown = () => session.run(() => document.querySelector('.story-slide')?.dataset.eventId ?? null);
    assert.equal(await shown(), steps[1]);
    await session.press('ArrowRight');
    await until(session, 'step 3', () => location.search === '?actor=witkoff&step=3');
    await until(session, 'its slide', (id) => document.querySelector('.story-slide')?.dataset.eventId === id, [steps[2]]);
    await session.press('ArrowLeft');
    await session.press('ArrowLeft');
    await until(session, 'step 1', () => location.search === '?actor=witkoff&step=1');
    assert.equal(await shown(), steps[0]);
    assert.deepEqual(await problems(), []);
  });

  check(`${engine}: a map marker narrows the map to its place, by pointer and by keyboard`, async () => {
    const { view } = nativeView('map/?from=2025-01-01');
    const [first, second] = view.markers;
    await open('map/?from=2025-01-01');
    await session.click(`#map-svg a.marker[data-place="${second.place}"]`);
    await until(session, 'the place in the address', (p) => location.search === `?place=${p}&from=2025-01-01`, [second.place]);
    await until(session, 'one marker', () => document.querySelectorAll('#map-svg a.marker').length === 1);
    await open('map/?from=2025-01-01');
    await session.run(() => [...document.querySelectorAll('.map-controls button')].at(-1).focus());
    await session.press('Tab');
    assert.equal(await session.run(() => document.activeElement.dataset.place), first.place);
    await until(session, 'the marker\'s events listed', (label) => document.querySelector('.marker-panel h2')?.textContent === label, [first.label]);
    await session.press('Enter');
    await until(session, 'the place in the address', (p) => location.search === `?place=${p}&from=2025-01-01`, [first.place]);
    assert.deepEqual(await problems(), []);
  });

  check(`${engine}: the language picker opens the same view in Ukrainian, then Russian`, async () => {
    await open('actors/zelensky/');
    for (const lang of ['uk', 'ru']) {
      await session.select('#language', lang);
      await until(session, `the page in ${lang}`, (l) => location.pathname === `/${l}/actors/zelensky/`
        && document.documentElement.lang === l && document.documentElement.classList.contains('started'), [lang]);
      const { name } = DATASET.actors.find((a) => a.id === 'zelensky');
      assert.equal(await session.run(() => document.querySelector('h1 :not([aria-hidden])')?.textContent
        ?? [...document.querySelector('h1').childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')), name[lang]);
      assert.deepEqual(await problems(), []);
    }
  });

  check(`${engine}: the Export menu downloads the view's events as CSV`, async () => {
    const expected = native('actor=witkoff').events;
    await open('?actor=witkoff');
    await session.click('details.export-menu summary');
    await session.click('button[data-format="parley-events.csv"]');
    const csv = await downloaded('parley-events.csv');
    const ids = csv.split('\n').filter((line) => /^\d{4}-\d\d-\d\d-[a-z0-9-]+,/.test(line)).map((line) => line.split(',')[0]);
    assert.deepEqual(ids, expected);
    assert.deepEqual(await problems(), []);
  });

  // What the engines showed wrong, each where it showed.

  check(`${engine}: an empty date field shows no date`, async () => {
    await open('');
    for (const field of ['#from', '#to']) {
      const empty = await session.shot(field);
      // The same field with every part of its text hidden, in any engine's terms.
      const hidden = await session.run((f) => {
        const sheet = document.styleSheets[0];
        const rules = ['', '::-webkit-datetime-edit', '::-webkit-datetime-edit-fields-wrapper', '::-webkit-datetime-edit-month-field',
          '::-webkit-datetime-edit-day-field', '::-webkit-datetime-edit-year-field', '::-webkit-datetime-edit-text'];
        let added = 0;
        for (const pseudo of rules) {
          try {
            sheet.insertRule(`${f}${pseudo} { color: transparent !important; -webkit-text-fill-color: transparent !important; }`, 0);
            added++;
          } catch { /* a pseudo-element this engine does not know */ }
        }
        return added;
      }, field);
      assert.ok(hidden >= 1);
      const bare = await session.shot(field);
      await session.run((n) => { for (let i = 0; i < n; i++) document.styleSheets[0].deleteRule(0); }, hidden);
      assert.equal(await differingPixels(empty, bare), 0, `${field}: the empty field draws text (a date or its format)`);
    }
  });

  check(`${engine}: "why this date" is underlined, dotted`, async () => {
    await open('events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/');
    const summary = '.event-page .meta .basis summary';
    const styled = await session.shot(summary);
    await session.run(() => document.styleSheets[0].insertRule('.basis summary, .basis summary * { text-decoration: none !important; }', 0));
    const plain = await session.shot(summary);
    await session.run(() => document.styleSheets[0].deleteRule(0));
    assert.ok(await differingPixels(styled, plain) > 0, 'the underline is drawn');
  });

  for (const lang of LANGS) {
    check(`${engine}: every actor's name is drawn whole inside the network (${lang})`, async () => {
      await open(inLang('network/', lang));
      const outside = await session.run(() => {
        const drawing = document.querySelector('svg.network').getBoundingClientRect();
        return [...document.querySelectorAll('svg.network .node text')].map((t) => [t.textContent, t.getBoundingClientRect()])
          .filter(([, r]) => r.left < drawing.left - 0.5 || r.right > drawing.right + 0.5 || r.top < drawing.top - 0.5 || r.bottom > drawing.bottom + 0.5)
          .map(([name, r]) => `${name}: ${Math.round(r.left - drawing.left)} to ${Math.round(r.right - drawing.left)} in ${Math.round(drawing.width)}`);
      });
      assert.deepEqual(outside, []);
    });

    check(`${engine}: a story's cover dates its sources as the reader does, and its title reads as words (${lang})`, async () => {
      const address = inLang('story/?actor=witkoff', lang);
      await open(address);
      const cover = await session.run(() => ({
        title: document.querySelector('h1').textContent,
        legends: [...document.querySelectorAll('fieldset.facet legend')].map((l) => l.textContent),
        sources: [...document.querySelectorAll('.cover-sources li')].map((li) => ({
          href: li.querySelector('a').getAttribute('href'), time: li.querySelector('time')?.textContent, datetime: li.querySelector('time')?.dateTime,
        })),
      }));
      assert.equal(cover.title, nativeView(address).view.title);
      for (const legend of cover.legends) assert.ok(!cover.title.includes(legend), `"${cover.title}" names the facet "${legend}"`);
      assert.ok(cover.sources.length > 0);
      for (const source of cover.sources) {
        await open(inLang(source.href, lang));
        const reader = await session.run(() => {
          const time = document.querySelector('.source-page header time');
          return { time: time.textContent, datetime: time.dateTime };
        });
        assert.deepEqual({ time: source.time, datetime: source.datetime }, reader, source.href);
      }
    });
  }

  check(`${engine}: an event's page shows its card once`, async () => {
    const address = 'events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/';
    await open(address);
    const page = await session.run(() => {
      const title = document.querySelector('h1').textContent;
      const main = document.querySelector('main');
      return {
        title,
        copies: [...main.querySelectorAll('h1, h2, h3, h4')].filter((e) => e.textContent === title).length,
        // The accounts that differ quote their own sentences, one of them perhaps this event's.
        excerpts: [...main.querySelectorAll('blockquote')].filter((q) => !q.closest('.event-claims')).map((q) => q.textContent),
        dates: main.querySelectorAll('.meta').length,
      };
    });
    assert.equal(page.copies, 1, `"${page.title}" is a heading once`);
    assert.equal(page.dates, 1, 'one line of date, kind and status');
    assert.equal(new Set(page.excerpts).size, page.excerpts.length, 'no excerpt twice');
  });

  check(`${engine}: the reader writes its outlet and date with no space before the comma`, async () => {
    await open('sources/001_50a5bdb0d08203b4/');
    const gap = await session.run(() => {
      const cite = document.querySelector('.source-page header cite');
      const comma = document.createRange();
      comma.setStart(cite.nextSibling, 0);
      comma.setEnd(cite.nextSibling, 1);
      return { text: comma.toString(), gap: comma.getBoundingClientRect().left - cite.getBoundingClientRect().right };
    });
    assert.equal(gap.text, ',');
    assert.ok(Math.abs(gap.gap) < 1, `${gap.gap.toFixed(1)} px between the outlet and its comma`);
  });
}
