import { describe, expect, it } from 'vitest';
import { isWorkingDay, workingDaysDue, workingDaysLeft } from '../../platform/working-days.js';
import { checkPostcode, checkVatNumber, documentKindsAllowed } from './checks.js';
import { decisionTarget, newReference } from './rules.js';

describe('VAT numbers', () => {
  it.each([
    ['NL004495445B01', 'NL', 'NL004495445B01'],
    ['nl 0044.95445.b01', 'NL', 'NL004495445B01'],
    ['0411.905.847', 'BE', 'BE0411905847'],
    ['DE 136 695 976', 'DE', 'DE136695976'],
    ['CHE-123.456.788 MWST', 'CH', 'CHE123456788'],
    ['NO 123456785 MVA', 'NO', 'NO123456785'],
    ['GB980780684', 'GB', 'GB980780684'],
  ])('accepts and normalises %s (%s)', (raw, country, normalised) => {
    expect(checkVatNumber(raw, country)).toEqual({ valid: true, normalised });
  });

  it.each([
    ['NL004495446B01', 'NL'],
    ['BE0411905848', 'BE'],
    ['BE0411905847', 'NL'],
    ['12345', 'DE'],
  ])('rejects %s for %s', (raw, country) => {
    expect(checkVatNumber(raw, country).valid).toBe(false);
  });
});

describe('postcodes', () => {
  it('checks the format per country and normalises', () => {
    expect(checkPostcode('1012ab', 'NL')).toEqual({ valid: true, normalised: '1012AB' });
    expect(checkPostcode('1012', 'NL').valid).toBe(false);
    expect(checkPostcode('10115', 'DE').valid).toBe(true);
    expect(checkPostcode('1011', 'DE').valid).toBe(false);
    expect(checkPostcode('sw1a  1aa', 'GB')).toEqual({ valid: true, normalised: 'SW1A 1AA' });
    expect(checkPostcode('8001', 'CH').valid).toBe(true);
  });
});

describe('document kinds (seed step 2)', () => {
  it('VAT-registered: a VAT certificate or a company invoice', () => {
    expect(documentKindsAllowed(true, ['vat_certificate'])).toBe(true);
    expect(documentKindsAllowed(true, ['company_invoice'])).toBe(true);
    expect(documentKindsAllowed(true, ['chamber_extract'])).toBe(false);
  });
  it('not VAT-registered: an invoice, a licence or a Chamber of Commerce extract', () => {
    expect(documentKindsAllowed(false, ['business_licence'])).toBe(true);
    expect(documentKindsAllowed(false, ['chamber_extract', 'company_invoice'])).toBe(true);
    expect(documentKindsAllowed(false, ['vat_certificate'])).toBe(false);
    expect(documentKindsAllowed(false, [])).toBe(false);
  });
});

describe('SLA in working days', () => {
  const due = (iso: string, country = 'NL') => workingDaysDue(new Date(iso), 2, country, 'Europe/Amsterdam');

  it('counts two working days from a Tuesday', () => {
    expect(due('2026-11-24T10:00:00Z').dueDate).toBe('2026-11-26');
  });
  it('skips the weekend: Friday → Tuesday', () => {
    expect(due('2026-11-27T15:00:00Z').dueDate).toBe('2026-12-01');
  });
  it('starts on Monday when submitted at the weekend', () => {
    expect(due('2026-11-28T09:00:00Z').dueDate).toBe('2026-12-01');
  });
  it('skips a national holiday: King’s Day (Mon 27 April 2026) in NL, not in BE', () => {
    expect(isWorkingDay('2026-04-27', 'NL')).toBe(false);
    expect(due('2026-04-24T10:00:00Z').dueDate).toBe('2026-04-29');
    expect(due('2026-04-24T10:00:00Z', 'BE').dueDate).toBe('2026-04-28');
  });
  it('skips Christmas and the weekend after it', () => {
    expect(due('2026-12-23T10:00:00Z').dueDate).toBe('2026-12-28');
  });
  it('uses the programme time zone: 23:30 in Amsterdam on Friday is still Friday', () => {
    expect(due('2026-11-27T22:30:00Z').dueDate).toBe('2026-12-01');
    expect(due('2026-11-27T23:30:00Z').dueDate).toBe('2026-12-01');
  });
  it('counts working days left, and past, a due date', () => {
    const dueAt = due('2026-11-27T15:00:00Z').dueAt; // Tuesday 1 December
    const left = (iso: string) => workingDaysLeft(new Date(iso), dueAt, 'NL', 'Europe/Amsterdam');
    expect(left('2026-11-27T15:00:00Z')).toBe(2);
    expect(left('2026-11-30T09:00:00Z')).toBe(1);
    expect(left('2026-12-01T20:00:00Z')).toBe(0);
    expect(left('2026-12-03T09:00:00Z')).toBe(-2);
    expect(workingDaysLeft(new Date(), null, 'NL', 'Europe/Amsterdam')).toBeNull();
  });

  it('is due at the end of the local day', () => {
    expect(due('2026-11-24T10:00:00Z').dueAt.toISOString()).toBe('2026-11-26T22:59:59.999Z');
  });
});

describe('decision rules', () => {
  it('lets an open application be approved, rejected or sent back for more information', () => {
    expect(decisionTarget('received', 'approve')).toBe('approved');
    expect(decisionTarget('in_review', 'reject')).toBe('rejected');
    expect(decisionTarget('in_review', 'request_info')).toBe('more_info_needed');
  });
  it('does not approve while waiting for documents, but may reject', () => {
    expect(decisionTarget('more_info_needed', 'approve')).toBeNull();
    expect(decisionTarget('more_info_needed', 'reject')).toBe('rejected');
  });
  it('treats a decision as final', () => {
    for (const type of ['approve', 'reject', 'request_info'] as const) {
      expect(decisionTarget('approved', type)).toBeNull();
      expect(decisionTarget('rejected', type)).toBeNull();
    }
  });
  it('makes readable references', () => {
    expect(newReference(new Uint8Array([0, 1, 2, 3, 31, 32, 33, 255]))).toBe('PP-0123Z01Z');
  });
});
