// One definition for helpers and settings that were once copied from file to file: a second copy
// drifts (one escaper forgot the quote, one TTL changed without the other). Each check names the
// one place to use instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sources(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      out.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
  }
  return out;
}
const server = sources(join(root, 'server'));
const where = (pattern: RegExp) => server.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe('one definition', () => {
  it('reads the rows of a raw statement only through platform/db rowsOf', () => {
    expect(where(/(const|function)\s+rowsOf\b/)).toEqual(['server/platform/db/rows.ts']);
    expect(where(/Array\.isArray\(\w+\)\s*\?\s*\w+\s*:\s*\(\w+ as \{ rows/)).toEqual(['server/platform/db/rows.ts']);
  });

  it('escapes HTML only in platform/html.ts', () => {
    expect(where(/&amp;|&lt;|&quot;|&#39;/)).toEqual(['server/platform/html.ts']);
    expect(where(/(const|function)\s+escapeHtml\b/)).toEqual(['server/platform/html.ts']);
  });

  it('declares the set-password link lifetime once', () => {
    expect(where(/SET_PASSWORD_TTL_HOURS\s*=/)).toEqual(['server/platform/auth/link-tokens.ts']);
  });
});
