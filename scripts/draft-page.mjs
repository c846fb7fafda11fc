// Trunk post-build hook of the draft page (draft/Trunk.toml): one file, draft/index.html, that
// works from a host and opened from disk alike. The stylesheets and icon are inlined, the JS
// glue is imported from a Blob URL and the wasm bytes go straight to its initialiser, as the
// explorer's one-file build does (single.mjs); then a strict Content-Security-Policy with the
// hash of each inline part, and precompressed copies for hosts that serve them.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { inlineScripts, sha256, withPolicy } from './csp.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('draft-page.mjs: run by Trunk, with TRUNK_STAGING_DIR');
const page = join(dir, 'index.html');
let html = await readFile(page, 'utf8');
const files = await readdir(dir);
const one = (pattern, what) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`draft-page.mjs: expected one ${what} in ${dir}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const glueFile = one(/^parley-draft-page-.*\.js$/, 'JS glue');
const wasmFile = one(/^parley-draft-page-.*_bg\.wasm$/, 'wasm module');
const b64 = async (file) => (await readFile(join(dir, file))).toString('base64');

const styles = [];
for (const [, href] of html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>/g)) {
  styles.push(await readFile(join(dir, href), 'utf8'));
}
const iconFile = (html.match(/<link rel="icon" href="\.\/([^"]+)"/) || [])[1];
const loader = `<script type="module">
const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const glue = URL.createObjectURL(new Blob([bytes("${await b64(glueFile)}")], { type: "text/javascript" }));
const { default: init } = await import(glue);
URL.revokeObjectURL(glue);
await init({ module_or_path: bytes("${await b64(wasmFile)}") });
</script>`;
const style = styles.join('\n');
html = html
  .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
  .replace(/<\/title>/, (title) => `${title}\n    <style>\n${style}\n</style>`)
  .replace(/<link rel="icon"[^>]*>/, () => (iconFile ? `<link rel="icon" href="data:image/svg+xml;base64,__ICON__">` : ''))
  .replace(/<script type="module">[\s\S]*?<\/script>/, () => loader)
  .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
  .replace(/<link rel="preload"[^>]*>\s*/g, '');
if (iconFile) html = html.replace('__ICON__', await b64(iconFile));
html = withPolicy(html, {
  'default-src': "'none'",
  'script-src': `${inlineScripts(html).map(sha256).join(' ')} blob: 'wasm-unsafe-eval'`,
  'style-src': sha256(`\n${style}\n`),
  'img-src': 'data:',
  'connect-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
});
if (/href="\.\/[\w-]+\.(js|wasm|css|svg)"/.test(html)) throw new Error('draft-page.mjs: a reference to a bundle file is left');
for (const file of files) {
  if (file !== 'index.html') await rm(join(dir, file), { recursive: true });
}
await writeFile(page, html);
await writeFile(`${page}.gz`, gzipSync(html, { level: 9 }));
await writeFile(`${page}.br`, brotliCompressSync(html));
console.log(`draft/index.html: ${(html.length / 1024).toFixed(0)} KiB, ${(gzipSync(html).length / 1024).toFixed(0)} KiB gzip`);
