// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the built web app, so the
// server sends them as they are (@fastify/static `preCompressed`) instead of compressing on every
// request. Run by the Vite build (vite.config.ts); by hand: `node scripts/compress-assets.mjs [dir]`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing: text. Images and fonts of the app are already compressed formats. */
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|xml|map|webmanifest)$/i;

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    // Dot folders (Vite's .vite/manifest.json) are build records, not served.
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Compresses every text file under `dir` (at the strongest settings: this runs once per build).
 * A copy that would not be smaller is not written, and the server then sends the file itself.
 * @param {string} dir
 * @returns {{ file: string, bytes: number, br?: number, gz?: number }[]}
 */
export function compressAssets(dir) {
  const written = [];
  for (const file of files(dir)) {
    if (!TEXT.test(file)) continue;
    const source = readFileSync(file);
    const br = brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    });
    const gz = gzipSync(source, { level: 9 });
    const entry = { file, bytes: source.length };
    if (br.length < source.length) {
      writeFileSync(`${file}.br`, br);
      entry.br = br.length;
    }
    if (gz.length < source.length) {
      writeFileSync(`${file}.gz`, gz);
      entry.gz = gz.length;
    }
    written.push(entry);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist/web');
  const written = compressAssets(dir);
  console.log(`compressed ${written.length} text files in ${dir}`);
}
