/** The filters, as they stand in the address (so a filtered view can be shared and survives a reload). */
export const FILTERS = ['action', 'actor', 'entityId', 'from', 'to'] as const;
export type Filter = (typeof FILTERS)[number];
export type AuditFilters = Record<Filter, string>;

/** The filters in an address's query string (absent ones as ''). */
export function readFilters(params: URLSearchParams): AuditFilters {
  return Object.fromEntries(FILTERS.map((key) => [key, params.get(key)?.trim() ?? ''])) as AuditFilters;
}

/** Every filter empty: "Clear filters". */
export const NO_FILTERS = Object.fromEntries(FILTERS.map((key) => [key, ''])) as AuditFilters;

/** `params` with `changes` applied: an empty value removes its filter, other parameters stay. */
export function withFilters(params: URLSearchParams, changes: Partial<AuditFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/**
 * Of the dates the date range reports, only those the user changed: the range reports both dates,
 * the untouched one as it was shown when the page last drew. Two dates filled in quick succession
 * (before the page draws again) would otherwise have the second report put back the first date's
 * old value, and a date chosen a moment before would vanish from the address.
 */
export function changedDates(
  reported: { from: string; to: string },
  shown: { from: string; to: string },
): Partial<Pick<AuditFilters, 'from' | 'to'>> {
  const changes: Partial<Pick<AuditFilters, 'from' | 'to'>> = {};
  if (reported.from !== shown.from) changes.from = reported.from;
  if (reported.to !== shown.to) changes.to = reported.to;
  return changes;
}
