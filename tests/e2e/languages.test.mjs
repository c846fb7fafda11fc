// Three languages: every route in English, Ukrainian and Russian; on a hosted build the language
// is the page's (`uk/…`), and the picker opens another's; opened from disk, the language comes
// from the address, the picker (remembered) or the browser; counts and dates as the browser's Intl
// writes them; quotations kept in English and marked so; Cyrillic search against the core's
// engine run natively (parley-export).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { useApp, native, DATASET, SINGLE, renderedIds, close, heldBack, inLang } from './fixture.mjs';
import { ROUTES as README_ROUTES } from '../routes.mjs';

const app = useApp();

const LANGS = ['en', 'uk', 'ru'];
// The URL table's routes, and a notice, a story's cover and two addresses that name no view.
const ROUTES = [...README_ROUTES, '?actor=witkoff&kind=meeting&bogus=1', 'story/?actor=witkoff', '#/nowhere', '#/events/nothing'];

/// The page's own words that are still English: text (and accessible names) outside anything
/// marked `lang="en"`, holding two lowercase English words in a row.
function englishLeft(page) {
  return page.evaluate(() => {
    const english = /\b[a-z]{3,}\s+[a-z]{3,}\b/;
    const outside = (el) => el && !el.closest('[lang="en"], code, script, style, noscript');
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (outside(node.parentElement) && english.test(node.textContent)) found.push(node.textContent.trim().slice(0, 80));
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && outside(el) && english.test(value)) found.push(`${name}: ${value.slice(0, 80)}`);
      }
    }
    return found;
  });
}

for (const lang of LANGS) {
  test(`every route opens in ${lang}, with <html lang>, no error, and no English of ours left`, async () => {
    for (const route of ROUTES) {
      const page = await app.open(inLang(route, lang));
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, route);
      // An embedded view is bare: no header, so no picker.
      if (!route.includes('embed=1')) assert.equal(await page.$eval('#language', (s) => s.value), lang, `${route}: the picker shows it`);
      if (lang !== 'en') assert.deepEqual(await englishLeft(page), [], `${route} in ${lang}`);
      await close(page);
    }
  });
}

test('quotations stay verbatim in English, marked lang="en", with a note saying so', async () => {
  const event = DATASET.events.find((e) => e.id === '2026-01-29-trump-asks-putin-to-pause-kyiv-strikes');
  for (const lang of ['uk', 'ru']) {
    const page = await app.open(inLang(`events/${event.id}/`, lang));
    assert.equal(await page.textContent('h1'), event.title[lang]);
    const sources = 'section[aria-labelledby="sources-h"] .citation';
    const excerpts = await page.$$eval(`${sources} blockquote`, (b) => b.map((q) => [q.lang, q.textContent]));
    assert.deepEqual(excerpts, event.sources.map((s) => ['en', s.excerpt]));
    assert.equal(await page.$$eval(`${sources} .original-note`, (n) => n.length), event.sources.length);
    assert.deepEqual(await page.$eval('.basis-text q', (q) => [q.lang, q.textContent]), ['en', event.date.basis.phrase]);
    const quotes = await page.$$eval('.quotes blockquote', (b) => b.map((q) => q.lang));
    assert.ok(quotes.length > 0 && quotes.every((l) => l === 'en'));
    await close(page);
    const reader = await app.open(inLang('sources/001_50a5bdb0d08203b4/', lang));
    assert.equal(await reader.$eval('.story', (s) => s.lang), 'en');
    assert.equal(await reader.$eval('h1', (h) => h.lang), 'en');
    await close(reader);
  }
});

test('Cyrillic searches find exactly what the core finds natively', async () => {
  const queries = ['Зеленський', 'Путін', 'Абу-Дабі', 'перемир\'я', 'перемирʼя', 'Зеленский', 'прекращение огня', 'ЗЕЛЕНСЬКИЙ Віткофф'];
  for (const q of queries) {
    const query = `q=${encodeURIComponent(q)}`;
    const expected = native(query).events;
    assert.ok(expected.length > 0, `${q} finds events`);
    const page = await app.open(`uk/?${query}`);
    assert.deepEqual(await renderedIds(page), expected, q);
    await close(page);
  }
  // Typed into the box, in Russian.
  const page = await app.open('ru/');
  await page.fill('#q', 'Зеленский');
  await page.waitForFunction((n) => document.querySelectorAll('.event-list article').length === n, native('q=Зеленский').events.length);
  assert.deepEqual(await renderedIds(page), native(`q=${encodeURIComponent('Зеленский')}`).events);
  await close(page);
});

/// A date range the engine narrows to exactly `n` events, found among the events' own days.
function rangeOf(n) {
  const first = (e) => e.date.start ?? e.date.end;
  const last = (e) => e.date.end ?? e.date.start;
  const days = [...new Set(DATASET.events.flatMap((e) => [first(e), last(e)]))].sort();
  for (const from of days) {
    for (const to of days.filter((d) => d >= from)) {
      const count = DATASET.events.filter((e) => last(e) >= from && first(e) <= to).length;
      if (count === n) return `from=${from}&to=${to}`;
    }
  }
  throw new Error(`no range holds exactly ${n} events`);
}

test('counts take the plural form the browser\'s Intl.PluralRules selects, for 1, 2, 5, 11, 21 and 22', async () => {
  const nouns = { en: { one: 'event', other: 'events' }, uk: { one: 'подія', few: 'події', many: 'подій' }, ru: { one: 'событие', few: 'события', many: 'событий' } };
  for (const n of [1, 2, 5, 11, 21, 22]) {
    const range = rangeOf(n);
    assert.equal(native(range).events.length, n, range);
    for (const lang of LANGS) {
      const page = await app.open(`${inLang('', lang)}?${range}`);
      const form = await page.evaluate(([l, k]) => new Intl.PluralRules(l).select(k), [lang, n]);
      const noun = nouns[lang][form];
      assert.ok(noun, `${lang} has the form ${form}`);
      const counted = new RegExp(`(^|\\s)${n} ${noun}($|\\s)`);
      for (const where of ['.story-bar a.button', '.show-results']) {
        const text = await page.textContent(where);
        assert.match(text, counted, `${lang}, ${n}, ${where}`);
      }
      await close(page);
    }
  }
});

test('dates read as the browser\'s Intl.DateTimeFormat writes them', async () => {
  for (const lang of LANGS) {
    const page = await app.open(inLang('', lang));
    const mismatches = await page.$$eval('.event-list .date > time', (times, l) => {
      const format = new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      // A day, or a bound ("on or before …", "не пізніше …"), written as Intl writes it.
      return times.filter((t) => !t.dateTime.includes('/'))
        .map((t) => [t.textContent, format.format(Date.parse(t.dateTime))])
        .filter(([shown, intl]) => shown !== intl && !shown.endsWith(` ${intl}`));
    }, lang);
    assert.deepEqual(mismatches, [], lang);
    const headings = await page.$$eval('.month-heading', (h) => h.map((e) => e.textContent));
    assert.ok(headings.length > 0);
    await close(page);
  }
});

test('the picker opens the same view\'s page in another language, whose links keep it; an old lang= address opens its page', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(app.url + 'actors/');
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  assert.equal(await page.textContent('h1'), 'Actors');
  await page.selectOption('#language', 'ru');
  await page.waitForURL(app.url + 'ru/actors/');
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  assert.equal(await page.textContent('h1'), 'Участники');
  // A link inside the page keeps the language.
  await page.click('.actor-card a[href="actors/witkoff/"]');
  await page.waitForSelector('.actor-page');
  assert.equal(page.url(), app.url + 'ru/actors/witkoff/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  // After the badge's initials, which screen readers skip.
  assert.equal(await page.$eval('.actor-page h1', (h) => h.lastChild.textContent), DATASET.actors.find((a) => a.id === 'witkoff').name.ru);
  // An address from before, naming a language, becomes that language's page.
  const later = await context.newPage();
  await later.goto(app.url + 'claims/?lang=uk');
  await later.waitForFunction(() => document.documentElement.lang === 'uk');
  assert.equal(later.url(), app.url + 'uk/claims/');
  assert.equal(await later.textContent('h1'), 'Розбіжні версії');
  await context.close();
});

test('a hosted page is in its own language whatever the browser\'s; opened from disk, the browser\'s language applies', async () => {
  for (const [locale, path, lang, heading] of [['uk-UA', '', 'en', 'Timeline'], ['de-DE', 'uk/', 'uk', 'Хронологія']]) {
    const { page, context, release } = await heldBack(app, path, { locale });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${locale}, before the app starts`);
    assert.equal(await page.isVisible('.event-list'), true, 'the page\'s own timeline shows before the app starts');
    release();
    await page.waitForFunction(() => document.documentElement.classList.contains('started'));
    assert.equal(await page.textContent('#site-nav li:first-child a'), heading);
    assert.deepEqual(await renderedIds(page), native('').events);
    assert.deepEqual(page.messages, []);
    await context.close();
  }
  for (const [locale, lang, heading] of [['uk-UA', 'uk', 'Хронологія'], ['ru-RU', 'ru', 'Хронология'], ['de-DE', 'en', 'Timeline']]) {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`file://${resolve(SINGLE)}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('started'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, locale);
    assert.equal(await page.textContent('#site-nav li:first-child a'), heading);
    await context.close();
  }
});

test('the one-file build switches language from file://', async () => {
  const page = await app.at(`file://${resolve(SINGLE)}`);
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  await page.selectOption('#language', 'uk');
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  assert.equal(await page.textContent('#site-nav li:first-child a'), 'Хронологія');
  const first = DATASET.events.find((e) => e.id === native('').events[0]);
  assert.equal(await page.textContent('.event-list article h3'), first.title.uk);
  await close(page);
});

test('exports follow the language; the JSON carries every language', async () => {
  const page = await app.open('uk/?kind=meeting');
  await page.click('.export-menu summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-format="parley-events.md"]')]);
  const markdown = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
  const meetings = native('kind=meeting').events.map((id) => DATASET.events.find((e) => e.id === id));
  assert.match(markdown, new RegExp(`^# Parley: ${meetings.length} под`));
  for (const e of meetings) assert.ok(markdown.includes(e.title.uk), e.id);
  for (const e of meetings) for (const s of e.sources) assert.ok(markdown.includes(s.excerpt.replace(/\n/g, ' ')), 'excerpts verbatim');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-format="parley-events.json"]')]);
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await json.path(), 'utf8'));
  assert.deepEqual(exported.events.map((e) => e.title), meetings.map((e) => e.title));
  await close(page);
});

test('on a phone the picker is in the menu, and switches the language from there', async () => {
  const page = await app.open('', { width: 320, height: 568, phone: true });
  assert.equal(await page.isVisible('#language'), false, 'the header stays one line');
  await page.tap('.menu-toggle');
  await page.waitForSelector('#language', { state: 'visible' });
  await page.selectOption('#language', 'uk');
  await page.waitForURL(app.url + 'uk/');
  await page.waitForFunction(() => document.documentElement.classList.contains('started'));
  assert.equal(await page.textContent('.menu-toggle'), 'Меню');
  await close(page);
});
