// Dates as documents write them (nl/en/de/fr spellings), read for the document's date.

const MONTHS: Record<string, number> = {};
for (const [month, names] of [
  [1, 'january jan januari januar janner janvier janv'],
  [2, 'february feb februari februar fevrier fevr fev'],
  [3, 'march mar maart mrt marz maerz mars'],
  [4, 'april apr avril avr'],
  [5, 'may mei mai'],
  [6, 'june jun juni juin'],
  [7, 'july jul juli juillet juil'],
  [8, 'august aug augustus aout'],
  [9, 'september sep sept septembre'],
  [10, 'october oct oktober okt octobre'],
  [11, 'november nov novembre'],
  [12, 'december dec dezember dez decembre'],
] as const)
  for (const name of names.split(' ')) MONTHS[name] = month;

const monthOf = (word: string) => MONTHS[word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()];

const DATE_PATTERNS: { re: RegExp; parts(m: RegExpMatchArray): [number, number, number] | null }[] = [
  // 2026-12-03
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, parts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 03-12-2026, 3.12.2026, 03/12/2026 (day first, as in nl/de/fr/en-GB; month first when the day cannot be one)
  {
    re: /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b/g,
    parts: (m) => {
      const [a, b, y] = [+m[1]!, +m[2]!, +m[3]!];
      return b > 12 && a <= 12 ? [y, a, b] : [y, b, a];
    },
  },
  // 3 december 2026, 3. Dezember 2026, 1er décembre 2026, 3rd Dec. 2026
  {
    re: /\b(\d{1,2})(?:er|st|nd|rd|th|e)?\.?\s+(\p{L}{3,10})\.?,?\s+(\d{4})\b/gu,
    parts: (m) => {
      const month = monthOf(m[2]!);
      return month ? [+m[3]!, month, +m[1]!] : null;
    },
  },
  // December 3, 2026
  {
    re: /\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gu,
    parts: (m) => {
      const month = monthOf(m[1]!);
      return month ? [+m[3]!, month, +m[2]!] : null;
    },
  },
];

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The latest plausible date written in the pages (a real calendar day from 2000 up to tomorrow), in
 * the common nl/en/de/fr spellings, with its page and place. `today` is YYYY-MM-DD in the programme's
 * time zone.
 */
export function latestDate(
  pages: string[],
  today: string,
): { value: string; page: number; start: number; end: number } | null {
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const latest = iso(...(dayAfter(ty, tm, td) as [number, number, number]));
  let best: { value: string; page: number; start: number; end: number } | null = null;
  for (let p = 0; p < pages.length; p++) {
    for (const { re, parts } of DATE_PATTERNS) {
      for (const m of pages[p]!.matchAll(re)) {
        const ymd = parts(m);
        if (!ymd) continue;
        const [y, mo, d] = ymd;
        if (y < 2000 || !isCalendarDay(y, mo, d)) continue;
        const value = iso(y, mo, d);
        if (value > latest) continue;
        if (!best || value > best.value) best = { value, page: p, start: m.index!, end: m.index! + m[0].length };
      }
    }
  }
  return best;
}

function isCalendarDay(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dayAfter(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m - 1, d + 1));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
