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

/**
 * Mantine's styles travel with its components: each component's class map (`<Component>.module.mjs`)
 * imports that component's stylesheet (`@mantine/core/styles/<Component>.css`; the whole, small sheet
 * of the other Mantine packages), so a chunk carries the CSS of the components it bundles and the
 * first page only the shell's, instead of all of `styles.css`. main.tsx imports the base styles.
 * The dev server pre-bundles Mantine past this hook, so there every stylesheet is loaded up front.
 */
function mantineStylesPerComponent(): Plugin {
  const classMap = /[\\/]@mantine[\\/](core|dates|dropzone|charts)[\\/]esm[\\/](?:.*[\\/])?([^\\/]+)\.module\.mjs$/;
  let serve = false;
  return {
    name: 'propass-mantine-styles',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    transform(code, id) {
      const path = id.split('?')[0]!;
      if (serve) {
        if (!path.endsWith('/web/src/main.tsx')) return null;
        const all = ['core', 'dates', 'dropzone', 'charts'].map((pkg) => `import '@mantine/${pkg}/styles.css';`);
        return { code: `${all.join('\n')}\n${code}`, map: null };
      }
      const match = classMap.exec(path);
      if (!match) return null;
      const [, pkg, component] = match;
      const sheet = pkg === 'core' ? `@mantine/core/styles/${component}.css` : `@mantine/${pkg}/styles.css`;
      return { code: `${code}\nimport ${JSON.stringify(sheet)};\n`, map: null };
    },
  };
}

export default defineConfig({
  root: 'web',
  plugins: [react(), mantineStylesPerComponent(), precompress()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
