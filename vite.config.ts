import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compressAssets } from './scripts/compress-assets.mjs';

/** Brotli and gzip copies beside every text file of the build, served as they are by the server. */
function precompress(): Plugin {
  return {
    name: 'propass-precompress',
    apply: 'build',
    writeBundle(options) {
      if (options.dir) compressAssets(options.dir);
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
