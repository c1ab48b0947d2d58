import { describe, expect, it } from 'vitest';
import { changedDates, NO_FILTERS, readFilters, withFilters } from './auditFilters.js';

describe('audit filters in the address', () => {
  it('keeps a date filled just before the other one, when the page has not drawn in between', () => {
    const shown = { from: '', to: '' };
    // The user fills "from", then "to" before the page draws again: both reports start from what was shown.
    let params = new URLSearchParams('actor=someone%40example.com');
    params = withFilters(params, changedDates({ from: '2026-03-01', to: shown.to }, shown));
    params = withFilters(params, changedDates({ from: shown.from, to: '2026-03-03' }, shown));
    expect(readFilters(params)).toEqual({
      ...NO_FILTERS,
      actor: 'someone@example.com',
      from: '2026-03-01',
      to: '2026-03-03',
    });
  });

  it('clears a date the user empties, and leaves the other', () => {
    const shown = { from: '2026-03-01', to: '2026-03-03' };
    const params = withFilters(
      new URLSearchParams('from=2026-03-01&to=2026-03-03'),
      changedDates({ ...shown, from: '' }, shown),
    );
    expect(params.toString()).toBe('to=2026-03-03');
  });

  it('reads absent filters as empty and trims the others', () => {
    expect(readFilters(new URLSearchParams('action=%20staff.invited%20&page=2'))).toEqual({
      ...NO_FILTERS,
      action: 'staff.invited',
    });
  });
});
