// A static file server on 127.0.0.1 for the end-to-end tests: serves a folder at `prefix`
// (e.g. "/" or "/parley/"), with no rewrite rules, as a plain static host would. With
// `precompressed`, it serves a file's `.br` or `.gz` copy to a browser that accepts it, as a
// host configured for the release build's precompressed files would (the benchmarks). With
// `probe` (a script's path), every page gets that script right after its Content-Security-Policy,
// which allows it as a script of the page's own origin, and the server offers `__phone.html`,
// a page that frames another at a phone's width: the cross-engine tests (tests/engines/).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
};

/// A page that frames another (`?width=&height=`, its address set by the test) as a phone shows it.
const PHONE = '<!doctype html><meta charset="utf-8"><title>Phone</title><style>body{margin:0}iframe{border:0;display:block}</style>'
  + '<iframe id="phone" title="Parley at a phone\'s width"></iframe>'
  + '<script>const q=new URLSearchParams(location.search),f=document.getElementById("phone");f.width=q.get("width");f.height=q.get("height");</script>';

export async function serve(root, prefix = '/', { precompressed = false, probe } = {}) {
  const probeScript = probe ? await readFile(probe) : null;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    if (probe && path === `${prefix}__probe.js`) { res.writeHead(200, { 'content-type': TYPES['.js'] }).end(probeScript); return; }
    if (probe && path === `${prefix}__phone.html`) { res.writeHead(200, { 'content-type': TYPES['.html'] }).end(PHONE); return; }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [encoding, suffix] of precompressed ? [['br', '.br'], ['gzip', '.gz']] : []) {
        if (!accepts.includes(encoding)) continue;
        const body = await readFile(file + suffix).catch(() => null);
        if (body) {
          res.writeHead(200, { ...headers, 'content-encoding': encoding, vary: 'accept-encoding' }).end(body);
          return;
        }
      }
      let body = await readFile(file);
      if (probe && extname(file) === '.html') {
        body = String(body).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, (csp) => `${csp}<script src="${prefix}__probe.js"></script>`);
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}
