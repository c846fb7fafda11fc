// Trunk post-build hook, release builds: a gzip (level 9) and a brotli (quality 11) copy beside
// each file of the bundle, for hosts that serve precompressed files (nginx's gzip_static and
// brotli_static, Caddy's `precompressed`, and the like). `make bench` reports their sizes.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

if (process.env.TRUNK_PROFILE === 'release') {
  const dir = process.env.TRUNK_STAGING_DIR;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    // PNG is compressed already.
    if (!entry.isFile() || /\.(gz|br|png)$/.test(entry.name)) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const bytes = await readFile(file);
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    await writeFile(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}
