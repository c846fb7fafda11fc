// The draft page (dist/draft/index.html, a bundle of its own): an article pasted with its date
// is drafted in the page, shown as the reader shows a source, and downloaded as TOML that,
// once a person has written what it leaves to them, builds as part of a copy of the seeds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useApp, close, DIST, DATASET } from './fixture.mjs';

const app = useApp();
const ARTICLE = DATASET.documents.find((d) => d.id === '004_b6880d1244f45168');
const EXPORTER = join(process.env.CARGO_TARGET_DIR ?? 'target', 'debug', 'parley-export');

async function draft(page, text, published, name) {
  await page.fill('#article', text);
  await page.fill('#published', published);
  await page.fill('#document', name);
  await page.click('.draft-form button[type=submit]');
}

/// `toml` with what a person writes written: a side for each new actor, words for the rest.
const written = (toml) => toml
  .replaceAll('side = "TODO: us, russia, ukraine, europe or other"', 'side = "other"')
  .replace(/"TODO:[^"]*"/g, '"Written by a person"');

/// The section of the draft for one of seeds/data's files.
function section(toml, file) {
  const heading = `# ==== seeds/data/${file} ====`;
  const at = toml.indexOf(heading);
  if (at < 0) return '';
  const rest = toml.slice(at + heading.length);
  const next = rest.indexOf('# ==== ');
  return next < 0 ? rest : rest.slice(0, next);
}

test('an article pasted with its date is drafted, reviewed, and downloaded as TOML that builds with the seeds', async () => {
  const page = await app.at(`${app.url}draft/`, { wait: '.draft-form' });
  // Without a date nothing is drafted, and the page says why.
  await draft(page, ARTICLE.text, '', '005_drafted');
  assert.match(await page.textContent('.notice[role=alert]'), /publication date/);
  assert.equal(await page.$$eval('.draft-event', (e) => e.length), 0);

  await draft(page, ARTICLE.text, ARTICLE.published, '005_drafted');
  await page.waitForSelector('.draft-event');
  assert.equal(await page.$('.notice[role=alert]'), null, 'a good draft clears the notice');
  const cards = await page.$$eval('.draft-event', (els) => els.map((el) => ({
    id: el.querySelector('h3').textContent,
    reported: el.textContent.includes('Reported already'),
    excerpts: [...el.querySelectorAll('blockquote')].map((b) => b.textContent),
  })));
  assert.ok(cards.length >= 5, `${cards.length} events proposed`);
  for (const card of cards) {
    for (const excerpt of card.excerpts) assert.ok(ARTICLE.text.includes(excerpt), `verbatim: ${excerpt}`);
  }
  // The article as the reader shows a source: furniture apart, sentences, dates and names marked.
  assert.ok(await page.$$eval('.draft-text .draft-line.furniture', (l) => l.length) > 0);
  const marked = await page.$$eval('.draft-text .piece.marked-event', (els) => els.map((e) => e.getAttribute('href')));
  assert.ok(marked.length > 0 && marked.every((href) => /^#event-\d+$/.test(href)));
  assert.ok(await page.$$eval('.draft-text .piece.marked-date', (l) => l.length) > 0);
  assert.ok(await page.$$eval('.draft-text .piece.marked-actor[title=trump]', (l) => l.length) > 0);

  // Drop the last event (no event's date counts from the last), and title a new one.
  const dropped = cards.length - 1;
  await page.uncheck(`#event-${dropped} input[type=checkbox]`);
  assert.match(await page.textContent('#events-h'), new RegExp(`\\(${cards.length - 1} of ${cards.length} kept\\)`));
  const titled = cards.findIndex((card, n) => n !== dropped && !card.reported);
  assert.ok(titled >= 0, 'an event the dataset does not have yet');
  await page.fill(`#event-${titled}-title`, 'Trump and Putin speak by phone');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download-toml')]);
  assert.equal(download.suggestedFilename(), '005_drafted.toml');
  const toml = await readFile(await download.path(), 'utf8');
  assert.ok(!toml.includes(`id = "${cards[dropped].id}"`), 'the dropped event is left out');
  assert.ok(toml.includes(`id = "${cards[titled].id}"\ntitle = "Trump and Putin speak by phone"`), 'the title given is written');
  assert.ok((toml.match(/^\[\[event\]\]$/gm) ?? []).length >= 1);

  // Added to a copy of the seeds, it builds once its placeholders are written.
  const root = await mkdtemp(join(tmpdir(), 'parley-draft-'));
  try {
    await cp('seeds', join(root, 'seeds'), { recursive: true });
    await writeFile(join(root, 'seeds', '005_drafted.txt'), ARTICLE.text);
    await appendFile(join(root, 'seeds', 'README.md'), `| 005_drafted.txt | Test outlet | ${ARTICLE.published} | A headline |\n`);
    for (const file of ['documents.toml', 'actors.toml', 'events.toml', 'quotes.toml']) {
      await appendFile(join(root, 'seeds', 'data', file), `\n${written(section(toml, file))}`);
    }
    const built = JSON.parse(execFileSync(resolve(EXPORTER), ['--root', root, '--format', 'json'], { maxBuffer: 64 << 20 }));
    assert.ok(built.documents.some((d) => d.id === '005_drafted'));
    const added = built.events.filter((e) => e.sources.some((s) => s.document === '005_drafted'));
    assert.equal(added.length, (toml.match(/^\[\[event\]\]$/gm) ?? []).length);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  await close(page);
});

test('the draft page works opened from disk, with no request', async () => {
  const page = await app.at(pathToFileURL(resolve(DIST, 'draft', 'index.html')).href, { wait: '.draft-form' });
  await draft(page, ARTICLE.text, ARTICLE.published, '005_drafted');
  await page.waitForSelector('.draft-event');
  assert.ok(await page.$$eval('.draft-event', (e) => e.length) > 0);
  await close(page);
});
