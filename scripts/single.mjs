// `make single`: turns the release bundle in dist/ into one HTML file, dist-single/parley.html,
// that works opened from disk (file://) with no network: the stylesheet and icon are inlined,
// the JS glue is imported from a Blob URL, and the wasm bytes go straight to its initialiser.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { inlineScripts, sha256, withPolicy } from './csp.mjs';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single';
const html = await readFile(join(dist, 'index.html'), 'utf8');

const find = (pattern, what) => {
  const match = html.match(pattern);
  if (!match) throw new Error(`single.mjs: cannot find ${what} in ${dist}/index.html`);
  return match[1];
};
const cssFile = find(/<link rel="stylesheet" href="\.\/([^"]+)"/, 'the stylesheet');
const iconFile = find(/<link rel="icon" href="\.\/([^"]+)"/, 'the icon');
// The release build's loader names both as `new URL('./…', document.baseURI)` (prerender.mjs).
const jsFile = find(/await import\(new URL\('\.\/([^']+)'/, 'the JS glue');
const wasmFile = find(/module_or_path: new URL\('\.\/([^']+)'/, 'the wasm module');

const css = await readFile(join(dist, cssFile), 'utf8');
const icon = (await readFile(join(dist, iconFile))).toString('base64');
const glue = (await readFile(join(dist, jsFile))).toString('base64');
const wasm = (await readFile(join(dist, wasmFile))).toString('base64');

const loader = `<script type="module">
const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const glue = URL.createObjectURL(new Blob([bytes("${glue}")], { type: "text/javascript" }));
const { default: init } = await import(glue);
URL.revokeObjectURL(glue);
await init({ module_or_path: bytes("${wasm}") });
</script>`;

let single = html
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>\n${css}\n</style>`)
  .replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="data:image/svg+xml;base64,${icon}">`)
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => loader)
  .replace(/<link rel="modulepreload"[^>]*>/g, '')
  .replace(/<link rel="preload"[^>]*>/g, '')
  // One file has no folders to route by: without a base it routes by hash (router.rs).
  .replace(/<base [^>]*>\s*/, '')
  // Nor a manifest: there is nothing to install, and no worker, from a file.
  .replace(/<link rel="manifest"[^>]*>\s*/, '');
// Opened from disk there is no 'self' to speak of: allow exactly the inline style and loader,
// the glue imported from its Blob URL, and the inlined icon.
const style = single.match(/<style>([\s\S]*?)<\/style>/)[1];
single = withPolicy(single, {
  'default-src': "'none'",
  'script-src': `${inlineScripts(single).map(sha256).join(' ')} blob: 'wasm-unsafe-eval'`,
  'style-src': sha256(style),
  'img-src': 'data:',
  'connect-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
});
if (/\.\/[\w-]+\.(js|wasm|css|svg)/.test(single)) throw new Error('single.mjs: a reference to a bundle file is left');
await mkdir(out, { recursive: true });
await writeFile(join(out, 'parley.html'), single);
console.log(`${out}/parley.html: ${(single.length / 1024).toFixed(0)} KiB`);
