// Trunk post-build hook: puts the default view into the staged index.html's #app, rendered by
// `parley-prerender` (Yew's server renderer, natively, on the same baked data), so the timeline
// and its citations paint before the wasm arrives and read with scripts off. `parley::start`
// hydrates it. Runs before csp.mjs, which hashes the page's inline script.
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const page = await readFile(file, 'utf8');
const placeholder = '<div id="app"><p class="loading">Loading Parley…</p></div>';
if (!page.includes(placeholder)) throw new Error(`prerender.mjs: no empty #app in ${file}`);
const view = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'parley-prerender'], {
  maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'],
}).toString();
if (!view.includes('id="result-count"')) throw new Error('prerender.mjs: parley-prerender gave no timeline');
await writeFile(file, page.replace(placeholder, () => `<div id="app" data-prerendered="">${view}</div>`));
