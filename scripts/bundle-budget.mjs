// What a first visit downloads, from the Vite build's manifest, and a budget on it. Run after
// `vite build` (npm run build:web does): fails when the JavaScript every page loads up front (the
// entry and its static imports, gzip) grows past the budget, so a heavy import in the shell is
// noticed in review instead of on a phone. `node scripts/bundle-budget.mjs [dir]`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * kB (1000 bytes) of gzip, measured 2026-12 with pages, portal, back office and the user menu lazy:
 * entry JS 178.3 kB (of it about 33 kB the language catalogues), CSS 34.5 kB (all of Mantine's).
 * The budget is that plus a small margin; lower it when the entry shrinks.
 */
// 185 kB when the web app spoke two languages; the first page now also carries the language
// loader for 15 languages and the English catalogues (the fallback, bundled so no page waits for
// words in English): 202 kB measured. Lower it when English is fetched like the other languages.
export const BUDGET = { entryJs: 206, entryCss: 36 };

/** First views worth watching: the source modules a route needs besides the entry. */
const VIEWS = {
  landing: ['src/features/home/WelcomePage.tsx', 'src/shared/layout/PublicLayout.tsx'],
  registration: ['src/features/registration/RegisterPage.tsx', 'src/shared/layout/PublicLayout.tsx'],
  'my products': [
    'src/features/products/MyProductsPage.tsx',
    'src/shared/layout/PortalLayout.tsx',
    'src/shared/layout/UserMenu.tsx',
  ],
};

const dir = resolve(process.argv[2] ?? 'dist/web');
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
const sizes = new Map();
const gzipKb = (file) => {
  if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1000);
  return sizes.get(file);
};

/** The files a manifest entry loads before it runs: itself, its static imports, their CSS. */
function closure(keys, js = new Set(), css = new Set(), seen = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) continue;
    seen.add(key);
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    closure(chunk.imports ?? [], js, css, seen);
  }
  return { js, css };
}

const total = (files) => [...files].reduce((sum, file) => sum + gzipKb(file), 0);
const entry = closure(['index.html']);
const rows = [['entry (every page)', total(entry.js), total(entry.css)]];
for (const [view, modules] of Object.entries(VIEWS)) {
  const { js, css } = closure(['index.html', ...modules]);
  rows.push([view, total(js), total(css)]);
}
console.log('first view, gzip:');
for (const [what, js, css] of rows)
  console.log(`  ${what.padEnd(20)} JS ${js.toFixed(1).padStart(6)} kB   CSS ${css.toFixed(1).padStart(5)} kB`);

const [, entryJs, entryCss] = rows[0];
const over = [];
if (entryJs > BUDGET.entryJs) over.push(`entry JS ${entryJs.toFixed(1)} kB > ${BUDGET.entryJs} kB`);
if (entryCss > BUDGET.entryCss) over.push(`entry CSS ${entryCss.toFixed(1)} kB > ${BUDGET.entryCss} kB`);
if (over.length) {
  console.error(`bundle budget exceeded: ${over.join('; ')} (load it lazily, or raise BUDGET with a reason)`);
  process.exit(1);
}
console.log(`within budget (entry JS ≤ ${BUDGET.entryJs} kB, CSS ≤ ${BUDGET.entryCss} kB gzip)`);
