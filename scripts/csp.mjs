// Trunk post-build hook: adds a strict Content-Security-Policy <meta> to index.html, with the
// hash of each inline script: Trunk's module loader and the page's own. `single.mjs` writes its own.
// Release builds only: `trunk serve` adds its live-reload script after the hooks run, and the
// policy would block it.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function withPolicy(html, directives) {
  const policy = Object.entries(directives).map(([k, v]) => `${k} ${v}`).join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');
  return cleaned.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
}

export const inlineScripts = (html) => [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

if (process.env.TRUNK_STAGING_DIR && process.env.TRUNK_PROFILE === 'release') {
  const file = join(process.env.TRUNK_STAGING_DIR, 'index.html');
  const html = await readFile(file, 'utf8');
  const hashes = inlineScripts(html).map(sha256).join(' ');
  await writeFile(file, withPolicy(html, {
    'default-src': "'self'",
    'script-src': `'self' 'wasm-unsafe-eval' ${hashes}`,
    'style-src': "'self'",
    'img-src': "'self' data:",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'none'",
  }));
}
