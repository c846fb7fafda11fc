// Trunk post-build hook, release builds: the hosted site. Trunk's loader is replaced by one that
// lets a page paint before it fetches the app; then `parley-prerender` (Yew's server renderer,
// natively, on the same baked data) writes a page per view and language from the staged
// index.html, each hydrated by the app, and sitemap.xml, robots.txt and 404.html. Runs before
// csp.mjs, which hashes every page's inline scripts.
//
// The site's address (`PARLEY_SITE_URL`, e.g. https://example.org/parley/) goes into each
// page's canonical, language alternates and preview image, and the sitemap: addresses that
// link previews and search engines need whole. Every address inside the pages is relative, so
// the files work at any address; only those few name the site.
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const DEFAULT_SITE = 'http://127.0.0.1:8080/';

if (process.env.TRUNK_PROFILE === 'release') {
  const dist = process.env.TRUNK_STAGING_DIR ?? 'dist';
  const file = join(dist, 'index.html');
  const page = await readFile(file, 'utf8');
  // Trunk's loader imports the app at once and preloads it: the page would then paint only when
  // the app has started. Ours lets the prerendered page paint first (a frame, or 100 ms in a
  // background tab, where frames wait), and only then fetches and starts the app. Both addresses
  // are made whole against the page's <base>: WebKit resolves an inline module's import() against
  // the document's own address, so every page but the root would fetch `events/<id>/parley.js`.
  const glue = page.match(/import init, \* as bindings from '(\.\/[^']+\.js)';/)?.[1];
  const wasm = page.match(/module_or_path: '(\.\/[^']+\.wasm)'/)?.[1];
  if (!glue || !wasm) throw new Error(`prerender.mjs: no Trunk loader in ${file}`);
  const loader = `<script type="module">
await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 100); });
const { default: init } = await import(new URL('${glue}', document.baseURI).href);
await init({ module_or_path: new URL('${wasm}', document.baseURI) });
</script>`;
  await writeFile(file, page
    .replace(/<script type="module">[\s\S]*?<\/script>/, () => loader)
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, ''));
  const site = process.env.PARLEY_SITE_URL || DEFAULT_SITE;
  if (!process.env.PARLEY_SITE_URL) {
    console.warn(`prerender.mjs: PARLEY_SITE_URL is not set; canonical addresses and the sitemap name ${site}`);
  }
  execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'parley-prerender', '--', '--dist', dist, '--site', site], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
