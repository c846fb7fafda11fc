// `make bench`: Lighthouse 12 on ten routes of the release build in dist/, as path URLs, served
// from 127.0.0.1 with its precompressed files, with the mobile preset (Slow 4G, 4× slower CPU)
// and the desktop preset, in Debian's Chromium; and what each route's page needs before its
// content paints, its HTML and the stylesheet, gzip. Prints tables; asserts nothing.
//
//   node scripts/bench-lighthouse.mjs [DIST]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tests/e2e/server.mjs';

const ROUTES = ['', '?actor=witkoff&kind=meeting', 'network/', 'actors/', 'actors/witkoff/', 'sources/002_f6db1040242bbb5b/', 'map/', 'events/2026-01-29-trump-asks-putin-to-pause-kyiv-strikes/',
  'story/?actor=witkoff&step=2', 'uk/claims/'];
const LIGHTHOUSE = process.env.LIGHTHOUSE ?? 'target/lighthouse/node_modules/.bin/lighthouse';
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';

const dist = process.argv[2] ?? 'dist';
// Before its content paints a page needs itself and the stylesheet: the app comes after.
const css = readdirSync(dist).find((f) => /^style-.*\.css$/.test(f));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
console.log('| route | HTML, gzip | + CSS, gzip | before content |');
console.log('|---|---:|---:|---:|');
for (const route of ROUTES) {
  const page = gzipped(join(route.split('?')[0], 'index.html'));
  console.log(`| \`/${route}\` | ${(page / 1024).toFixed(1)} KB | ${(gzipped(css) / 1024).toFixed(1)} KB | ${((page + gzipped(css)) / 1024).toFixed(1)} KB |`);
}
console.log();
const server = await serve(dist, '/', { precompressed: true });
const scratch = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const score = (report, category) => Math.round(report.categories[category].score * 100);
const ms = (report, audit) => report.audits[audit].numericValue;
console.log('| route | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS | failing audits |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
try {
  for (const preset of ['mobile', 'desktop']) {
    for (const route of ROUTES) {
      const file = join(scratch, 'report.json');
      // Not execFileSync: this process's server must go on answering Lighthouse's requests.
      await promisify(execFile)(LIGHTHOUSE, [server.url + route, '--output=json', `--output-path=${file}`, '--quiet', `--chrome-flags=${FLAGS}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : [])], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
      const report = JSON.parse(readFileSync(file, 'utf8'));
      const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id);
      console.log(`| \`/${route}\` | ${preset} | ${score(report, 'performance')} | ${score(report, 'accessibility')} | ${score(report, 'best-practices')} | ${score(report, 'seo')} | ${(ms(report, 'largest-contentful-paint') / 1000).toFixed(1)} s | ${Math.round(ms(report, 'total-blocking-time'))} ms | ${ms(report, 'cumulative-layout-shift').toFixed(3)} | ${failing.join(', ') || '–'} |`);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await server.close();
}
