import Holidays from 'date-holidays';

const holidayCalendars = new Map<string, Holidays>();
function calendar(country: string): Holidays {
  let hd = holidayCalendars.get(country);
  if (!hd) {
    hd = new Holidays(country, { types: ['public'] });
    holidayCalendars.set(country, hd);
  }
  return hd;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

function offsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The last millisecond of a calendar date in a time zone, as an instant. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  return new Date(guess - offsetMs(new Date(guess), timeZone));
}

/** A calendar date (YYYY-MM-DD) plus a number of days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
const nextDate = (date: string, step = 1) => addDays(date, step);

/** Calendar days from one date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The date `days` working days after (or, when negative, before) a calendar date. */
export function shiftWorkingDays(date: string, days: number, country: string): string {
  const step = days < 0 ? -1 : 1;
  let current = date;
  for (let counted = 0; counted < Math.abs(days); ) {
    current = nextDate(current, step);
    if (isWorkingDay(current, country)) counted++;
  }
  return current;
}

/** The date itself when it is a working day, otherwise the next working day. */
export function onOrAfterWorkingDay(date: string, country: string): string {
  let current = date;
  while (!isWorkingDay(current, country)) current = nextDate(current);
  return current;
}

/**
 * The calendar SEPA payments settle by, instead of a country: TARGET2 (the euro area's settlement
 * system) is closed on weekends, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December,
 * whatever a country's own public holidays are. Pass it wherever a country code is taken.
 */
export const TARGET2 = 'TARGET2';

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isTarget2Holiday(date: string): boolean {
  const monthDay = date.slice(5);
  if (['01-01', '05-01', '12-25', '12-26'].includes(monthDay)) return true;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return date === addDays(easter, -2) || date === addDays(easter, 1);
}

// The holiday library takes about a millisecond per look-up; a calendar day's answer never changes.
const workingDays = new Map<string, boolean>();
/** Whether a date is a working day in a country (weekends and public holidays are not), or in {@link TARGET2}. */
export function isWorkingDay(date: string, country: string): boolean {
  const key = `${country}:${date}`;
  let working = workingDays.get(key);
  if (working === undefined) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    const holidays =
      weekend || country === TARGET2 ? false : calendar(country).isHoliday(new Date(`${date}T12:00:00Z`));
    working =
      !weekend &&
      (country === TARGET2
        ? !isTarget2Holiday(date)
        : !(Array.isArray(holidays) && holidays.some((h) => h.type === 'public')));
    if (workingDays.size > 50_000) workingDays.clear();
    workingDays.set(key, working);
  }
  return working;
}

/**
 * The SLA due date: the end of the `days`-th working day after the day of `start` in the
 * programme's time zone, skipping weekends and the country's public holidays.
 */
export function workingDaysDue(
  start: Date,
  days: number,
  country: string,
  timeZone: string,
): { dueDate: string; dueAt: Date } {
  let date = localDate(start, timeZone);
  let counted = 0;
  while (counted < days) {
    date = nextDate(date);
    if (isWorkingDay(date, country)) counted++;
  }
  return { dueDate: date, dueAt: endOfLocalDay(date, timeZone) };
}

/**
 * Working days left until a due instant: 0 on the due day itself, negative once overdue
 * (counting the working days past it). Null when there is no due date.
 */
export function workingDaysLeft(now: Date, dueAt: Date | null, country: string, timeZone: string): number | null {
  if (!dueAt) return null;
  const today = localDate(now, timeZone);
  const due = localDate(dueAt, timeZone);
  if (today === due) return 0;
  const [from, to, sign] = today < due ? [today, due, 1] : [due, today, -1];
  let days = 0;
  for (let d = from; d < to; ) {
    d = nextDate(d);
    if (isWorkingDay(d, country)) days++;
  }
  return sign * days;
}
