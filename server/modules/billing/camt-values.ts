/** CAMT.053 statements: what a line and a header are, why a file is refused, and how values are read. */

/** The largest statement file accepted: the multipart limit and the refusal's message both use it. */
export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;

/** One transaction of a statement: an entry with several transaction details gives several lines. */
export type StatementLine = {
  lineNo: number;
  /** The entry's number in the file (1-based), for messages. */
  entryNo: number;
  /**
   * What makes this transaction the same wherever it appears again (a re-export, an intraday and an
   * end-of-day statement): the account, the bank's entry reference or else a hash of the entry's
   * content (with its occurrence among identical entries), and the transaction's place in the entry.
   */
  entryKey: string;
  entryReference: string | null;
  /**
   * The entry's status as the bank writes it (`BOOK`, `PDNG`, `INFO`, `FUTR`; `Sts` up to 001.07,
   * `Sts/Cd` from 001.08), null when the file gives none. Only a booked entry is money received.
   */
  entryStatus: string | null;
  /** Null when the file gives no amount of this transaction (a batch entry without amounts per transaction). */
  amountMinor: number | null;
  currency: string | null;
  creditDebit: 'CRDT' | 'DBIT';
  bookingDate: string | null;
  reference: string | null;
  remittance: string | null;
  debtorName: string | null;
};

export type StatementHeader = {
  /** `Stmt/Id` of each statement in the file. */
  statementId: string | null;
  accountIban: string | null;
  /** Every account the file's statements are for (IBAN, or the other identifier when there is none). */
  accounts: { iban: string | null; other: string | null }[];
  /**
   * What makes a statement the same statement again (a re-export with a new creation time): per
   * statement the account, `Stmt/Id`, `ElctrncSeqNb` and `FrToDt`; never the file's bytes.
   */
  identity: string;
  version: string;
};

/** Why a file is refused; the caller answers a translated 400 with these. */
export class CamtError extends Error {
  constructor(
    readonly reason: 'not_xml' | 'not_camt053' | 'encoding' | 'amount' | 'date' | 'text',
    readonly line: number,
    readonly entry: number | null = null,
    readonly detail = '',
  ) {
    super(`line ${line}${entry ? `, entry ${entry}` : ''}: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'CamtError';
  }
}

export const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d{2})$/;
/** ISO 20022 amounts: at most 18 digits, at most 5 of them decimals, a point as separator. */
const AMOUNT = /^(\d{1,18})(?:\.(\d{1,5}))?$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Bytes decoded and parsed between two turns of the event loop: a 20 MB file never holds it long. */
export const CHUNK_BYTES = 32 * 1024;

const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  'iso-8859-1': 'latin1',
  'iso8859-1': 'latin1',
  latin1: 'latin1',
  'latin-1': 'latin1',
  'iso-8859-15': 'iso885915',
  'windows-1252': 'win1252',
  cp1252: 'win1252',
  'us-ascii': 'utf8',
  ascii: 'utf8',
};

/** The encoding the XML declaration names (UTF-8 when none), as iconv-lite calls it. */
export function declaredEncoding(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))
    throw new CamtError('encoding', 1, null, 'UTF-16');
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (!declared) return 'utf8';
  const name = ENCODINGS[declared];
  if (!name) throw new CamtError('encoding', 1, null, declared);
  return name;
}

/**
 * A CAMT.053 amount in minor units (cents), read as text so nothing is rounded: `12.50` → 1250,
 * `105.750` → 10575. `12,50`, `abc`, a third non-zero decimal or an absurd size are refused.
 */
export function amountMinor(text: string): number | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const fraction = (m[2] ?? '').padEnd(5, '0');
  if (fraction.slice(2) !== '000') return null;
  const value = Number(m[1]) * 100 + Number(fraction.slice(0, 2));
  return Number.isSafeInteger(value) && value <= 1e14 ? value : null;
}

export const normaliseIban = (v: string | null) => (v ? v.replace(/\s+/g, '').toUpperCase() : null);

export type Tx = {
  amt: { text: string; ccy: string | null } | null;
  instd: { text: string; ccy: string | null } | null;
  txAmt: { text: string; ccy: string | null } | null;
  creditDebit: string | null;
  endToEnd: string | null;
  txRef: string | null;
  debtor: string | null;
  refs: string[];
  ustrd: string[];
  addtl: string[];
};
export type Entry = {
  no: number;
  line: number;
  amt: { text: string; ccy: string | null } | null;
  creditDebit: string | null;
  bookingDate: string | null;
  valueDate: string | null;
  acctSvcrRef: string | null;
  ntryRef: string | null;
  status: string | null;
  addtl: string[];
  txs: Tx[];
};
export type Stmt = {
  id: string | null;
  seq: string | null;
  iban: string | null;
  other: string | null;
  from: string | null;
  to: string | null;
};

export const newTx = (): Tx => ({
  amt: null,
  instd: null,
  txAmt: null,
  creditDebit: null,
  endToEnd: null,
  txRef: null,
  debtor: null,
  refs: [],
  ustrd: [],
  addtl: [],
});
