/*
 * A calendar date as people type it: in the order and with the separators of the UI locale
 * (`nl-NL` 31-12-2026, `en-GB` 31/12/2026, `de-DE` 31.12.2026, `hu-HU` 2026. 12. 31.), the same
 * Intl formats the rest of the app uses. Forms and the API keep `YYYY-MM-DD`; only the field
 * converts. `tag` is a BCP 47 tag such as `fr-BE` (i18next's current language).
 */

type Part = 'day' | 'month' | 'year';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const numeric = new Map<string, Intl.DateTimeFormat>();

function numericFormat(tag: string): Intl.DateTimeFormat {
  let format = numeric.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    numeric.set(tag, format);
  }
  return format;
}

/** `YYYY-MM-DD` as the locale writes it with digits only; '' for no or an unreadable date. */
export function formatDateInput(value: string | null | undefined, tag: string): string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return numericFormat(tag).format(date);
}

/** The order of day, month and year in the locale's short date (`['day', 'month', 'year']` in Dutch). */
export function dateOrder(tag: string): Part[] {
  return numericFormat(tag)
    .formatToParts(new Date(Date.UTC(2026, 11, 31)))
    .map((part) => part.type)
    .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
}

/** An example of the locale's format, shown as the field's placeholder: 31-12-2026 in Dutch. */
export function dateExample(tag: string): string {
  return formatDateInput('2026-12-31', tag);
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31-02-2026 and month 13 rather than rolling them into the next month.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What someone typed, read in the locale's order, as `YYYY-MM-DD`; null while it is not (yet) a whole
 * date. Any separator is accepted (31-12-2026, 31.12.2026, 31/12/2026, 31 12 2026), the year needs
 * its four digits (so "31-12-20" typed on the way to 2026 is not taken for the year 20), and a date
 * written year first (2026-12-31, as pasted from elsewhere) is read as such in every locale.
 */
export function parseDateInput(text: string, tag: string): string | null {
  const groups = text.trim().match(/\d+/g);
  if (groups?.length !== 3 || /\p{L}/u.test(text)) return null;
  const order: Part[] = groups[0]!.length === 4 ? ['year', 'month', 'day'] : dateOrder(tag);
  const parts: Partial<Record<Part, string>> = {};
  order.forEach((part, index) => {
    parts[part] = groups[index];
  });
  const { day, month, year } = parts;
  if (!day || !month || !year || year.length !== 4 || day.length > 2 || month.length > 2) return null;
  return isoOf(Number(year), Number(month), Number(day));
}
