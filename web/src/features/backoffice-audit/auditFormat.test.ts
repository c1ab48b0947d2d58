import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../locales/index.js';
import { ACTION_LABELS_KEY, actionLabel, actionOptions, detailPairs, shortId } from './auditFormat.js';

type Tree = { [key: string]: string | Tree };
const resources = { en: await loadCatalogue('en'), nl: await loadCatalogue('nl') };
const labelsOf = (lang: 'en' | 'nl') =>
  ACTION_LABELS_KEY.split('.').reduce<unknown>((node, part) => (node as Tree)[part], resources[lang]);

/** The actions the programme records; each has a label in both languages. */
const KNOWN = [
  'auth.login',
  'auth.password_changed',
  'auth.password_set_password',
  'auth.password_reset_password',
  'auth.password_invitation',
  'auth.two_step_on',
  'auth.two_step_reset',
  'staff.invited',
  'staff.removed',
  'colleague.invited',
  'colleague.removed',
  'catalogue.imported',
  'catalogue.points_changed',
  'programme.updated',
  'tier.saved',
  'faq.saved',
  'legacy.migrated',
  'legacy.linked_by_code',
  'legacy.linked_by_staff',
  'order.paid',
  'invoice.credited',
  'statement.uploaded',
  'statement_line.matched',
  'collection_run.created',
  'collection.returned',
  'ticket.replied',
];

describe('audit presentation', () => {
  it('labels every recorded action in Dutch and English', () => {
    for (const lang of ['en', 'nl'] as const) {
      expect(KNOWN.filter((code) => !actionLabel(labelsOf(lang), code))).toEqual([]);
    }
    expect(actionLabel(labelsOf('nl'), 'staff.invited')).toBe('Medewerker uitgenodigd');
  });

  it('knows no label for an unknown action, a group or an inherited name', () => {
    const labels = labelsOf('en');
    expect(actionLabel(labels, 'report.exported')).toBeNull();
    expect(actionLabel(labels, 'auth')).toBeNull();
    expect(actionLabel(labels, 'auth.login.extra')).toBeNull();
    expect(actionLabel(labels, 'auth.toString')).toBeNull();
  });

  it('offers each action once, by label, the raw code for unknown ones', () => {
    expect(actionOptions(labelsOf('en'), ['staff.invited', 'auth.login', 'zz.custom', 'auth.login'], 'en')).toEqual([
      { value: 'auth.login', label: 'Logged in' },
      { value: 'staff.invited', label: 'Staff member invited' },
      { value: 'zz.custom', label: 'zz.custom' },
    ]);
  });

  it('shortens UUIDs and long IDs only', () => {
    expect(shortId('0b6f3c2e-4a1d-4f7e-9b2a-1c3d5e7f9a0b')).toBe('0b6f3c2e…');
    expect(shortId('settings')).toBe('settings');
    expect(shortId('INV-2026-000123')).toBe('INV-2026-0…');
  });

  it('renders the detail object as key: value pairs', () => {
    expect(detailPairs({})).toEqual([]);
    const pairs = detailPairs({
      role: 'validator',
      points: 40,
      twoStep: true,
      reason: null,
      fields: ['vatRate', 'terms'],
      changed: { from: 10, to: 20 },
      note: 'x'.repeat(100),
    });
    expect(pairs.map(({ key, value }) => `${key}: ${value}`)).toEqual([
      'role: validator',
      'points: 40',
      'twoStep: true',
      'reason: —',
      'fields: vatRate, terms',
      'changed: {"from":10,"to":20}',
      `note: ${'x'.repeat(79)}…`,
    ]);
    expect(pairs.at(-1)?.full).toBe('x'.repeat(100));
  });
});
