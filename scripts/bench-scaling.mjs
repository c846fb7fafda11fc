// Reads divan's output (`cargo bench --bench engine`) and prints, per query, the median time at
// each N and how it grows with N: the ratio of medians per tenfold N (1.0× would be constant
// time, 10× linear).
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2] ?? 0, 'utf8');
const units = { ns: 1e-6, 'µs': 1e-3, us: 1e-3, ms: 1, s: 1000 };
const medians = new Map();
let query = null;
for (const line of text.split('\n')) {
  const group = line.match(/^[├╰]─ (\w+)/);
  if (group) { query = group[1]; medians.set(query, new Map()); continue; }
  const row = line.match(/^[│ ]\s+[├╰]─ (\d+)\s+(.+)$/);
  if (row && query) {
    // Columns: fastest │ slowest │ median │ mean │ samples │ iters
    const [, , median] = row[2].split('│').map((c) => c.trim());
    const [, value, unit] = median.match(/([\d.]+)\s*(\S+)/);
    medians.get(query).set(Number(row[1]), Number(value) * units[unit]);
  }
}
if (!medians.size) { console.error('bench-scaling: no divan table in the input'); process.exit(1); }
const sizes = [...new Set([...medians.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
const label = (n) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const time = (ms) => (ms === undefined ? '–' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
console.log('\nEngine: median time per query (filter + every facet count + search), by N events');
console.log(`| query | ${sizes.map(label).join(' | ')} | growth per 10× N |`);
console.log(`|---|${sizes.map(() => '---:').join('|')}|---|`);
for (const [name, byN] of medians) {
  const growth = sizes.slice(1).map((n, i) => byN.get(n) / byN.get(sizes[i])).filter(Number.isFinite);
  console.log(`| ${name} | ${sizes.map((n) => time(byN.get(n))).join(' | ')} | ${growth.map((g) => `${g.toFixed(1)}×`).join(', ')} |`);
}
