import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from './audit.js';

const LABELLED = ['nl', 'en'] as const;
const catalogue = (language: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../web/src/locales/${language}/audit.json`), 'utf8'));

/** The label of `area.what` under audit.action, as the back office looks it up (auditFormat.actionLabel). */
function label(tree: unknown, action: string): unknown {
  return action.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('audit actions', () => {
  it.each(LABELLED)('every action has a label in %s, so the back office never shows a raw code', (language) => {
    const actions = catalogue(language).audit.action;
    expect(AUDIT_ACTIONS.filter((action) => typeof label(actions, action) !== 'string')).toEqual([]);
  });

  it('lists each action once, as <area>.<what>', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });
});
