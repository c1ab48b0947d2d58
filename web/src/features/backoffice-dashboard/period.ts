/** The period picker's choices: the last 30 days, 90 days or 12 months up to today. */
export const PERIODS = { month: 30, quarter: 90, year: 365 } as const;
export type PeriodKey = keyof typeof PERIODS;

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A picked period as the API's `from`/`to` (whole days, today included). */
export function periodRange(key: PeriodKey, now = new Date()): { from: string; to: string } {
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const from = new Date(today);
  from.setUTCDate(from.getUTCDate() - (PERIODS[key] - 1));
  return { from: iso(from), to: iso(today) };
}

type Row = Record<string, unknown>;

/**
 * Long rows (one per bucket and category, as the API answers) made wide for a chart: one row per
 * bucket with a column per category. Categories come back in first-seen order.
 */
export function pivot(rows: Row[], bucket: string, category: string, value: string) {
  const byBucket = new Map<string, Row>();
  const categories: string[] = [];
  for (const row of rows) {
    const b = String(row[bucket]);
    const c = String(row[category]);
    if (!categories.includes(c)) categories.push(c);
    const wide = byBucket.get(b) ?? { [bucket]: b };
    wide[c] = Number(wide[c] ?? 0) + Number(row[value] ?? 0);
    byBucket.set(b, wide);
  }
  const data = [...byBucket.values()].map((row) => {
    for (const c of categories) row[c] ??= 0;
    return row;
  });
  return { data, categories };
}
