import { XMLParser } from 'fast-xml-parser';
import { isStorableText } from '../../platform/text.js';

export type StatementLine = {
  lineNo: number;
  entryReference: string | null;
  amountMinor: number;
  currency: string;
  creditDebit: 'CRDT' | 'DBIT';
  bookingDate: string | null;
  reference: string | null;
  remittance: string | null;
  debtorName: string | null;
};

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && '#text' in (v as object)) return String((v as { '#text': unknown })['#text']);
  return String(v);
};

/** Amounts beyond this (a hundred trillion in minor units) are no bank statement's: refused, not rounded to nonsense. */
const MAX_AMOUNT_MINOR = 1e14;
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/**
 * Refuses a line the database cannot take (the caller answers 400 for the file): text with NUL
 * or a broken Unicode character, an amount that is no finite number, a booking date that is no date.
 */
function checkLine(line: StatementLine) {
  for (const [field, value] of Object.entries(line)) {
    if (typeof value === 'string' && !isStorableText(value))
      throw new Error(`line ${line.lineNo}: ${field} contains a character that is not allowed`);
  }
  if (!Number.isSafeInteger(line.amountMinor) || Math.abs(line.amountMinor) > MAX_AMOUNT_MINOR)
    throw new Error(`line ${line.lineNo}: the amount is not a number`);
  if (line.bookingDate !== null && !isDate(line.bookingDate))
    throw new Error(`line ${line.lineNo}: the booking date is not a date`);
}

/**
 * Reads an ISO 20022 CAMT.053 bank-to-customer statement: its id, account and one line per
 * transaction (an entry with several transaction details gives several lines).
 */
export function parseCamt053(xml: string): {
  statementId: string | null;
  accountIban: string | null;
  lines: StatementLine[];
} {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
  });
  const doc = parser.parse(xml);
  const statements = list(doc?.Document?.BkToCstmrStmt?.Stmt);
  if (statements.length === 0) throw new Error('not a CAMT.053 statement (Document/BkToCstmrStmt/Stmt missing)');
  const lines: StatementLine[] = [];
  let statementId: string | null = null;
  let accountIban: string | null = null;
  for (const stmt of statements) {
    statementId ??= text(stmt.Id);
    accountIban ??= text(stmt.Acct?.Id?.IBAN);
    for (const entry of list(stmt.Ntry)) {
      const creditDebit = text(entry.CdtDbtInd) === 'DBIT' ? 'DBIT' : 'CRDT';
      const bookingDate = text(entry.BookgDt?.Dt) ?? text(entry.BookgDt?.DtTm)?.slice(0, 10) ?? null;
      const entryCurrency = entry.Amt?.['@Ccy'] ?? 'EUR';
      const details = list(entry.NtryDtls).flatMap((d: { TxDtls?: unknown }) => list(d.TxDtls as object | object[]));
      const txs = details.length ? details : [null];
      // biome-ignore lint/suspicious/noExplicitAny: parsed XML has no static shape; every read below is checked
      for (const tx of txs as (Record<string, any> | null)[]) {
        const amountNode = tx?.Amt ?? tx?.AmtDtls?.TxAmt?.Amt ?? entry.Amt;
        const amount = Number(text(amountNode));
        const line: StatementLine = {
          lineNo: lines.length + 1,
          entryReference: text(tx?.Refs?.EndToEndId) ?? text(entry.AcctSvcrRef) ?? text(entry.NtryRef),
          amountMinor: Math.round(amount * 100),
          currency: amountNode?.['@Ccy'] ?? entryCurrency,
          creditDebit,
          bookingDate,
          reference: text(list(tx?.RmtInf?.Strd)[0]?.CdtrRefInf?.Ref),
          remittance: list(tx?.RmtInf?.Ustrd).map(text).filter(Boolean).join(' ') || null,
          debtorName: text(tx?.RltdPties?.Dbtr?.Nm) ?? text(tx?.RltdPties?.Dbtr?.Pty?.Nm),
        };
        checkLine(line);
        lines.push(line);
      }
    }
  }
  if (![statementId, accountIban].every((v) => v === null || isStorableText(v)))
    throw new Error('the statement id or account contains a character that is not allowed');
  return { statementId, accountIban, lines };
}
