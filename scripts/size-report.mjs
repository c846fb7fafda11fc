// The size report (`make bench`): every first-load asset of a built bundle, raw, gzip (-9) and
// brotli (max quality), with the total against the budget; then what the largest crates cost in
// the wasm, from twiggy on the wasm-bindgen output before wasm-opt (which keeps function names;
// the shipped file is smaller, so read those as shares, not as shipped bytes).
// With LABEL=DIST arguments instead, one row per build: the first-load total of each.
//
//   node scripts/size-report.mjs DIST [NAMED.wasm]
//   node scripts/size-report.mjs LABEL=DIST...
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_GZIP = 100 * 1000;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/// The first-load assets of a bundle: the page and what it references (Trunk's loader preloads
/// the JS and the wasm; the page's own loader imports them), each with its raw, gzip and brotli size, and their total.
function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // Links, the wasm the loader starts, and the JS glue it imports.
  const referenced = new Set([...html.matchAll(/(?:href|src|module_or_path:|import\()\s*=?\s*(?:new URL\()?["']\.\/([^"']+)["']/g)].map((m) => m[1]));
  const files = ['index.html', ...readdirSync(dist).filter((f) => referenced.has(f))];
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

const args = process.argv.slice(2);
if (args.every((a) => a.includes('='))) {
  console.log('| build | wasm gzip | all first-load gzip | brotli | against the budget |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [label, dist] of args.map((a) => a.split('='))) {
    const { rows, total } = firstLoad(dist);
    const wasm = rows.find((r) => r.file.endsWith('.wasm'));
    console.log(`| ${label} | ${kb(wasm.gzip)} | ${kb(total.gzip)} | ${kb(total.brotli)} | ${(total.gzip / BUDGET_GZIP).toFixed(2)}× |`);
  }
  process.exit(0);
}

const [dist, named] = args;
const { rows, total } = firstLoad(dist);
console.log(`\nFirst-load assets of ${dist}`);
console.log('| asset | raw | gzip | brotli |');
console.log('|---|---:|---:|---:|');
for (const r of [...rows, { file: '**total**', ...total }]) console.log(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
console.log(`Budget: ${kb(BUDGET_GZIP)} gzip in all; this build is ${kb(total.gzip)} (${(total.gzip / BUDGET_GZIP).toFixed(2)}× the budget).`);

if (named) {
  // twiggy's rows: shallow bytes per function or data segment. A function belongs to the first
  // crate its (demangled) name mentions, so `<yew::X as core::Y>::f` counts for yew.
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', named], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const crates = new Map();
  for (const line of csv.split('\n').slice(1)) {
    const match = line.match(/^"?(.*?)"?,(\d+),/);
    if (!match) continue;
    const [, name, bytes] = match;
    if (/function names|^name$|"name"/.test(name) || name.includes('subsection')) continue;
    const crate = name.startsWith('data segment') ? 'data: baked dataset, strings, tables'
      : (name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? '(unnamed: glue, imports, tables)');
    crates.set(crate, (crates.get(crate) ?? 0) + Number(bytes));
  }
  const sum = [...crates.values()].reduce((a, b) => a + b, 0);
  console.log(`\nWhat the largest crates cost in the wasm (before wasm-opt, names removed: ${kb(sum)})`);
  console.log('| crate | bytes | share |');
  console.log('|---|---:|---:|');
  for (const [crate, bytes] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`| ${crate} | ${kb(bytes)} | ${((100 * bytes) / sum).toFixed(1)}% |`);
  }
}
