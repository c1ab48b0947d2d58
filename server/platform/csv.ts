import { stringify } from 'csv-stringify/sync';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): a cell
 * starting with one of them can run `=HYPERLINK(…)`, `=cmd|…` and the like when a CSV export is
 * opened in Excel or LibreOffice.
 */
const FORMULA_LEADING = /^[=+\-@\t\r]/;

/** Whether a text cell would be read as a formula by a spreadsheet. */
export const isFormulaLeading = (value: string) => FORMULA_LEADING.test(value);

/**
 * A text cell made safe for spreadsheets: formula-leading text gets a leading `'`, which
 * spreadsheets show as text. Numbers are left alone, so negative amounts stay numbers.
 */
export function csvCell(value: unknown): unknown {
  return typeof value === 'string' && isFormulaLeading(value) ? `'${value}` : value;
}

/** Every CSV export goes through here: rows (the header first) to CSV text with safe cells. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return stringify(rows.map((row) => row.map(csvCell)));
}
