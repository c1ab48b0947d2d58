// Module boundaries (part of `npm run lint`):
// - a server module imports another module only through its index.ts;
// - platform/ imports no module;
// - a web feature never imports another feature.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const problems = [];

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === 'node_modules') continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(entry)) yield path;
  }
}

const importRe = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
function imports(file) {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importRe)].map((m) => m[1] ?? m[2]).filter((s) => s.startsWith('.'));
}
const parts = (p) => relative(root, p).split(sep);

for (const file of files(join(root, 'server'))) {
  const [, area, owner] = parts(file);
  for (const spec of imports(file)) {
    const target = resolve(dirname(file), spec);
    const [top, targetArea, targetModule, ...rest] = parts(target);
    if (top !== 'server' || targetArea !== 'modules') continue;
    if (area === 'platform') problems.push(`${relative(root, file)}: platform must not import a module (${spec})`);
    else if (!(area === 'modules' && owner === targetModule)) {
      const entry = rest.join('/').replace(/\.(js|ts)$/, '');
      if (rest.length !== 1 || entry !== 'index')
        problems.push(`${relative(root, file)}: import ${spec} — use server/modules/${targetModule}/index.ts`);
    }
  }
}

const featuresDir = join(root, 'web/src/features');
try {
  for (const file of files(featuresDir)) {
    const [, , , feature] = parts(file);
    for (const spec of imports(file)) {
      const target = parts(resolve(dirname(file), spec));
      if (target[0] === 'web' && target[2] === 'features' && target[3] !== feature)
        problems.push(`${relative(root, file)}: feature "${feature}" imports feature "${target[3]}" (${spec})`);
    }
  }
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}

if (problems.length) {
  console.error(`Module boundary problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Module boundaries: ok');
