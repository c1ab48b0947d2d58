// What a first visit downloads, from the Vite build's manifest, and a budget on it. Run after
// `vite build` (npm run build:web does): fails when the JavaScript every page loads up front (the
// entry and its static imports, gzip) grows past the budget, so a heavy import in the shell is
// noticed in review instead of on a phone. `node scripts/bundle-budget.mjs [dir]`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * kB (1000 bytes) of gzip per first view: the entry (every page) and the views below, each the entry
 * plus the chunks its route loads up front. Measured 2026-12 after English became a fetched language
 * like the others, the shell stopped importing the contracts barrel (zod) and Mantine's styles
 * came per component: entry 152.2 / 11.3, landing 152.2 / 11.3, registration 280.5 / 19.2,
 * My products 262.9 / 17.9 (JS / CSS). The budget is that plus a small margin; lower it when a view shrinks.
 */
export const BUDGET = {
  'entry (every page)': { js: 155, css: 12 },
  landing: { js: 155, css: 12 },
  registration: { js: 284, css: 20 },
  'my products': { js: 266, css: 19 },
};

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

// Before the first render the page also fetches its language's words (one chunk per area); shown
// for English, outside the budget: each language weighs about the same.
const words = total(closure(Object.keys(manifest).filter((key) => /\/locales\/en\/[^/]+\.json$/.test(key))).js);
console.log(`  + the words of one language (en): JS ${words.toFixed(1)} kB, fetched before the first render`);

const over = [];
for (const [what, js, css] of rows) {
  const budget = BUDGET[what];
  if (js > budget.js) over.push(`${what} JS ${js.toFixed(1)} kB > ${budget.js} kB`);
  if (css > budget.css) over.push(`${what} CSS ${css.toFixed(1)} kB > ${budget.css} kB`);
}
if (over.length) {
  console.error(`bundle budget exceeded: ${over.join('; ')} (load it lazily, or raise BUDGET with a reason)`);
  process.exit(1);
}
console.log(
  `within budget (${rows.map(([what]) => `${what} ≤ ${BUDGET[what].js} / ${BUDGET[what].css} kB`).join(', ')})`,
);
