import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, DOCUMENT_KINDS, REJECT_REASONS, Role } from '../../../contracts/index.js';
import { resources } from './index.js';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flatten(value, `${prefix}${key}.`),
  );
}

/** A key used as `t('a.b', { count })` is present as `a.b_one` / `a.b_other`. */
function has(keys: Set<string>, key: string): boolean {
  return keys.has(key) || keys.has(`${key}_other`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const enKeys = new Set(flatten(resources.en as Tree));
const nlKeys = new Set(flatten(resources.nl as Tree));

describe('locales', () => {
  it('Dutch and English have the same keys', () => {
    expect([...enKeys].filter((key) => !nlKeys.has(key))).toEqual([]);
    expect([...nlKeys].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('every literal key used in the code exists', () => {
    const root = join(import.meta.dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/(?:label|key): '([a-z][a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect([...used].filter((key) => !has(enKeys, key))).toEqual([]);
  });

  it('translates every status, document kind, reject reason and role', () => {
    const keys = [
      ...APPLICATION_STATUSES.map((s) => `applicationStatus.${s}`),
      ...DOCUMENT_KINDS.map((k) => `documentKind.${k}`),
      ...REJECT_REASONS.map((r) => `rejectReason.${r}`),
      ...Role.options.map((r) => `role.${r}`),
    ];
    expect(keys.filter((key) => !enKeys.has(key) || !nlKeys.has(key))).toEqual([]);
  });
});
