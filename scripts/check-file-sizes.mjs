// File size ratchet (part of `npm run lint`): a server file (server/**/*.ts) may have at most 300
// lines and a web component (web/**/*.tsx) at most 250. Files that were longer when the limit came
// are listed with their line count in scripts/file-sizes.json; a listed file may only shrink.
//   node scripts/check-file-sizes.mjs           check
//   node scripts/check-file-sizes.mjs --update  write the lower counts down and drop files now
//                                               within the limit (it never raises a count or adds a file)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const listPath = join(root, 'scripts/file-sizes.json');
const LIMITS = [
  { dir: 'server', ext: '.ts', max: 300 },
  { dir: 'web', ext: '.tsx', max: 250 },
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Every file under a limit: path (with /) → { lines, max }. */
function measure() {
  const sizes = new Map();
  for (const { dir, ext, max } of LIMITS) {
    for (const path of files(join(root, dir))) {
      if (!path.endsWith(ext)) continue;
      sizes.set(relative(root, path).split(sep).join('/'), { lines: lineCount(readFileSync(path, 'utf8')), max });
    }
  }
  return sizes;
}

const recorded = JSON.parse(readFileSync(listPath, 'utf8')).files;
const sizes = measure();

if (process.argv.includes('--update')) {
  const files = {};
  for (const [path, count] of Object.entries(recorded)) {
    const size = sizes.get(path);
    if (size && size.lines > size.max) files[path] = Math.min(count, size.lines);
  }
  writeFileSync(listPath, `${JSON.stringify({ files }, null, 2)}\n`);
  console.log(`File sizes: ${Object.keys(files).length} oversize files recorded in ${relative(root, listPath)}`);
  process.exit(0);
}

const problems = [];
for (const [path, { lines, max }] of sizes) {
  const allowed = recorded[path];
  if (allowed === undefined && lines > max)
    problems.push(`${path}: ${lines} lines, over the limit of ${max} — split it (see ARCHITECTURE.md, "File sizes")`);
  else if (allowed !== undefined && lines > allowed)
    problems.push(`${path}: ${lines} lines, grew beyond its recorded ${allowed} — it may only shrink`);
}
for (const [path, allowed] of Object.entries(recorded)) {
  const size = sizes.get(path);
  if (!size) problems.push(`${path}: listed but gone — run node scripts/check-file-sizes.mjs --update`);
  else if (size.lines <= size.max)
    problems.push(`${path}: now within the limit — run node scripts/check-file-sizes.mjs --update to drop it`);
  else if (size.lines < allowed)
    problems.push(`${path}: shrank to ${size.lines} lines (recorded ${allowed}) — run --update to lock that in`);
}

if (problems.length) {
  console.error(`File size problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`File sizes: ok (${Object.keys(recorded).length} oversize files on the list, none grew)`);
