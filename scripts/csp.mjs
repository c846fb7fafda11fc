// Trunk post-build hook: adds a strict Content-Security-Policy <meta> to every page, with the
// hash of each inline script: the module loader and the page's own. `single.mjs` writes its own.
// Release builds only: `trunk serve` adds its live-reload script after the hooks run, and the
// policy would block it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
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

/// Every HTML page under `dir`, as paths.
export async function pages(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath ?? e.path, e.name));
}

if (process.env.TRUNK_STAGING_DIR && process.env.TRUNK_PROFILE === 'release') {
  for (const file of await pages(process.env.TRUNK_STAGING_DIR)) {
    const html = await readFile(file, 'utf8');
    // A page's JSON-LD is data, not a script that runs: the policy need not name it.
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
}
