// Trunk post-build hook, release builds: a gzip (level 9) and a brotli (quality 11) copy beside
// each file of the bundle, for hosts that serve precompressed files (nginx's gzip_static and
// brotli_static, Caddy's `precompressed`, and the like). `make bench` reports their sizes.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  for (const file of await readdir(dir)) {
    if (/\.(gz|br)$/.test(file)) continue;
    const bytes = await readFile(join(dir, file));
    await writeFile(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    await writeFile(join(dir, `${file}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}
