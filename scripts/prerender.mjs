// Trunk post-build hook: puts the default view into the staged index.html's #app, rendered by
// `parley-prerender` (Yew's server renderer, natively, on the same baked data), so the timeline
// and its citations paint before the wasm arrives and read with scripts off. `parley::start`
// hydrates it. Runs before csp.mjs, which hashes the page's inline scripts.
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
// Trunk's loader imports the app at once and preloads it: the page would then paint only when
// the app has started. Ours lets the prerendered page paint first (a frame, or 100 ms in a
// background tab, where frames wait), and only then fetches and starts the app.
const glue = page.match(/import init, \* as bindings from '(\.\/[^']+\.js)';/)?.[1];
const wasm = page.match(/module_or_path: '(\.\/[^']+\.wasm)'/)?.[1];
if (!glue || !wasm) throw new Error(`prerender.mjs: no Trunk loader in ${file}`);
const loader = `<script type="module">
await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 100); });
const { default: init } = await import('${glue}');
await init({ module_or_path: '${wasm}' });
</script>`;
const staged = page
  .replace(placeholder, () => `<div id="app" data-prerendered="">${view}</div>`)
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => loader)
  .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
await writeFile(file, staged);
