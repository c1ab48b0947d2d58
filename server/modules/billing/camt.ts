import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { SaxesParser } from 'saxes';
import { isStorableText } from '../../platform/text.js';
import {
  amountMinor,
  CamtError,
  CHUNK_BYTES,
  DATE,
  declaredEncoding,
  type Entry,
  NAMESPACE,
  newTx,
  normaliseIban,
  type StatementHeader,
  type StatementLine,
  type Stmt,
  type Tx,
} from './camt-values.js';

export {
  amountMinor,
  CamtError,
  MAX_STATEMENT_BYTES,
  type StatementHeader,
  type StatementLine,
} from './camt-values.js';

/**
 * Reads an ISO 20022 CAMT.053 bank-to-customer statement (versions 001.02 and later) as a stream:
 * the bytes are decoded by the encoding the XML declaration names and fed to a SAX parser (saxes)
 * in chunks, yielding to the event loop between them, and `onLines` receives the transactions in
 * batches of `batchSize` (reading waits while a batch is handed on). Anything that is not a
 * well-formed CAMT.053 document, or an amount or date that is not one, throws a `CamtError` naming
 * the line (and the entry).
 *
 * Each transaction's amount is its own, by the standard's precedence: `TxDtls/Amt`, then
 * `TxDtls/AmtDtls/InstdAmt/Amt`, then `TxDtls/AmtDtls/TxAmt/Amt`; the entry's `Amt` only for an
 * entry with at most one transaction. A transaction of a batch without any of them has no amount
 * (null), never the batch total.
 */
export async function readCamt053(
  bytes: Buffer,
  options: { batchSize?: number; onLines?: (lines: StatementLine[]) => Promise<void> } = {},
): Promise<StatementHeader & { lines: number; entries: number }> {
  const batchSize = options.batchSize ?? 500;
  const encoding = declaredEncoding(bytes);
  const decoder = iconv.getDecoder(encoding);
  // A replacement character the file does not hold itself is a byte sequence that is not UTF-8.
  const holdsReplacement = bytes.includes(Buffer.from('\ufffd'));

  const parser = new SaxesParser({ xmlns: true, position: true });
  const path: string[] = [];
  let version: string | null = null;
  let text = '';
  let attrCcy: string | null = null;
  const statements: Stmt[] = [];
  let stmt: Stmt | null = null;
  let entry: Entry | null = null;
  let tx: Tx | null = null;
  let entryNo = 0;
  let lineNo = 0;
  let pending: StatementLine[] = [];
  /** Identical entries (no bank reference) counted per statement, so two equal payments stay two. */
  const seenHashes = new Map<string, number>();
  let failure: CamtError | null = null;

  const fail = (error: CamtError) => {
    failure ??= error;
  };
  const at = (...tail: string[]) => {
    if (path.length < tail.length) return false;
    for (let i = 0; i < tail.length; i++) if (path[path.length - tail.length + i] !== tail[i]) return false;
    return true;
  };
  const within = (name: string) => path.includes(name);

  const finishEntry = (e: Entry, s: Stmt) => {
    const account = s.iban ?? s.other ?? '';
    let base: string;
    if (e.acctSvcrRef) base = `ref:${e.acctSvcrRef}`;
    else {
      const hash = createHash('sha256')
        .update(
          JSON.stringify([
            e.amt,
            e.creditDebit,
            e.bookingDate,
            e.valueDate,
            e.ntryRef,
            e.addtl,
            e.txs.map((t) => [t.amt, t.instd, t.txAmt, t.creditDebit, t.endToEnd, t.txRef, t.debtor, t.refs, t.ustrd]),
          ]),
        )
        .digest('hex')
        .slice(0, 32);
      const seen = (seenHashes.get(`${account}|${hash}`) ?? 0) + 1;
      seenHashes.set(`${account}|${hash}`, seen);
      base = `hash:${hash}:${seen}`;
    }
    // A pending or information entry is not the booked transaction the bank reports later with the
    // same reference: it gets a key of its own, so the booked one is never taken for a duplicate.
    if (e.status !== 'BOOK') base = `${base}:${e.status ?? 'none'}`;
    const entryCd = e.creditDebit === 'DBIT' ? 'DBIT' : 'CRDT';
    const txs = e.txs.length ? e.txs : [newTx()];
    const single = txs.length === 1;
    for (const [i, t] of txs.entries()) {
      const source = t.amt ?? t.instd ?? t.txAmt ?? (single ? e.amt : null);
      let minor: number | null = null;
      if (source) {
        minor = amountMinor(source.text);
        if (minor === null) {
          fail(new CamtError('amount', e.line, e.no, source.text.slice(0, 40)));
          continue;
        }
      }
      if (e.bookingDate !== null && !(DATE.test(e.bookingDate) && !Number.isNaN(Date.parse(e.bookingDate)))) {
        fail(new CamtError('date', e.line, e.no, e.bookingDate.slice(0, 40)));
        continue;
      }
      const remittance = [...t.ustrd, ...t.addtl, ...e.addtl].filter(Boolean).join(' ') || null;
      const line: StatementLine = {
        lineNo: ++lineNo,
        entryNo: e.no,
        entryKey: `${normaliseIban(account) ?? account}|${base}|${i + 1}`,
        entryReference: t.endToEnd ?? e.acctSvcrRef ?? e.ntryRef,
        entryStatus: e.status,
        amountMinor: minor,
        currency: source ? (source.ccy ?? null) : null,
        creditDebit: t.creditDebit === 'DBIT' ? 'DBIT' : t.creditDebit === 'CRDT' ? 'CRDT' : entryCd,
        bookingDate: e.bookingDate,
        reference: t.refs[0] ?? null,
        remittance: remittance?.slice(0, 2000) ?? null,
        debtorName: t.debtor,
      };
      for (const value of Object.values(line))
        if (typeof value === 'string' && !isStorableText(value)) fail(new CamtError('text', e.line, e.no));
      pending.push(line);
    }
  };

  parser.on('error', (error) => {
    fail(new CamtError('not_xml', parser.line, null, error.message.replace(/^.*?\d+:\d+: /, '').slice(0, 200)));
  });
  parser.on('opentag', (node) => {
    const name = node.local;
    if (path.length === 0) {
      const match = NAMESPACE.exec(node.uri);
      if (name !== 'Document' || !match || Number(match[1]) < 2)
        fail(new CamtError('not_camt053', parser.line, null, node.uri || name));
      else version = match[1]!;
    }
    path.push(name);
    text = '';
    const ccy = node.attributes.Ccy;
    attrCcy = ccy ? (typeof ccy === 'string' ? ccy : ccy.value) : null;
    if (at('BkToCstmrStmt', 'Stmt')) {
      stmt = { id: null, seq: null, iban: null, other: null, from: null, to: null };
      statements.push(stmt);
    } else if (stmt && at('Stmt', 'Ntry')) {
      entry = {
        no: ++entryNo,
        line: parser.line,
        amt: null,
        creditDebit: null,
        bookingDate: null,
        valueDate: null,
        acctSvcrRef: null,
        ntryRef: null,
        status: null,
        addtl: [],
        txs: [],
      };
    } else if (entry && at('NtryDtls', 'TxDtls')) {
      tx = newTx();
      entry.txs.push(tx);
    }
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('cdata', (t) => {
    text += t;
  });
  parser.on('closetag', (node) => {
    const value = text.trim();
    const amount = { text: value, ccy: attrCcy };
    if (tx && within('TxDtls')) {
      if (at('TxDtls', 'Amt')) tx.amt = amount;
      else if (at('AmtDtls', 'InstdAmt', 'Amt')) tx.instd = amount;
      else if (at('AmtDtls', 'TxAmt', 'Amt')) tx.txAmt = amount;
      else if (at('TxDtls', 'CdtDbtInd')) tx.creditDebit = value;
      else if (at('Refs', 'EndToEndId') && value !== 'NOTPROVIDED') tx.endToEnd = value;
      else if (at('Refs', 'AcctSvcrRef')) tx.txRef = value;
      else if (at('RltdPties', 'Dbtr', 'Nm') || at('RltdPties', 'Dbtr', 'Pty', 'Nm')) tx.debtor = value;
      else if (at('Strd', 'CdtrRefInf', 'Ref')) tx.refs.push(value);
      else if (at('RmtInf', 'Ustrd')) tx.ustrd.push(value);
      else if (at('TxDtls', 'AddtlTxInf')) tx.addtl.push(value);
      else if (at('NtryDtls', 'TxDtls')) tx = null;
    } else if (entry) {
      if (at('Stmt', 'Ntry', 'Amt')) entry.amt = amount;
      else if (at('Ntry', 'CdtDbtInd')) entry.creditDebit = value;
      else if (at('Ntry', 'BookgDt', 'Dt')) entry.bookingDate = value;
      else if (at('Ntry', 'BookgDt', 'DtTm')) entry.bookingDate = value.slice(0, 10);
      else if (at('Ntry', 'ValDt', 'Dt')) entry.valueDate = value;
      else if (at('Ntry', 'AcctSvcrRef')) entry.acctSvcrRef = value;
      else if (at('Ntry', 'NtryRef')) entry.ntryRef = value;
      // 001.02–.07 write the code itself, 001.08 and later wrap it in `Cd` (or a proprietary `Prtry`).
      else if ((at('Ntry', 'Sts') && value) || at('Ntry', 'Sts', 'Cd') || at('Ntry', 'Sts', 'Prtry'))
        entry.status = value.slice(0, 35);
      else if (at('Ntry', 'AddtlNtryInf')) entry.addtl.push(value);
      else if (at('Stmt', 'Ntry') && stmt) {
        finishEntry(entry, stmt);
        entry = null;
      }
    } else if (stmt) {
      if (at('Stmt', 'Id')) stmt.id = value;
      else if (at('Stmt', 'ElctrncSeqNb')) stmt.seq = value;
      else if (at('Stmt', 'Acct', 'Id', 'IBAN')) stmt.iban = normaliseIban(value);
      else if (at('Stmt', 'Acct', 'Id', 'Othr', 'Id')) stmt.other = value;
      else if (at('Stmt', 'FrToDt', 'FrDtTm')) stmt.from = value;
      else if (at('Stmt', 'FrToDt', 'ToDtTm')) stmt.to = value;
      else if (at('BkToCstmrStmt', 'Stmt')) stmt = null;
    }
    path.pop();
    text = '';
    void node;
  });

  const flush = async (all: boolean) => {
    while (pending.length >= batchSize || (all && pending.length)) {
      const batch = pending.slice(0, batchSize);
      pending = pending.slice(batch.length);
      if (options.onLines) await options.onLines(batch);
    }
  };

  for (let i = 0; i < bytes.length && !failure; i += CHUNK_BYTES) {
    const text = decoder.write(bytes.subarray(i, i + CHUNK_BYTES));
    if (encoding === 'utf8' && !holdsReplacement && text.includes('\ufffd')) {
      fail(new CamtError('encoding', parser.line, null, 'UTF-8'));
      break;
    }
    parser.write(text);
    if (failure) break;
    await flush(false);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const rest = failure ? '' : (decoder.end() ?? '');
  if (rest) parser.write(rest);
  if (!failure) parser.close();
  if (failure) throw failure;
  if (version === null || statements.length === 0)
    throw new CamtError('not_camt053', parser.line, null, 'Document/BkToCstmrStmt/Stmt');
  await flush(true);

  for (const s of statements)
    if (![s.id, s.iban, s.other, s.seq, s.from, s.to].every((v) => v === null || isStorableText(v)))
      throw new CamtError('text', 1);
  const identity = statements
    .map((s) => [s.iban ?? s.other ?? '', s.id ?? '', s.seq ?? '', s.from ?? '', s.to ?? ''].join('|'))
    .join('\n');
  return {
    statementId: statements[0]?.id ?? null,
    accountIban: statements[0]?.iban ?? null,
    accounts: statements.map((s) => ({ iban: s.iban, other: s.other })),
    identity: createHash('sha256').update(identity).digest('hex'),
    version: version as string,
    lines: lineNo,
    entries: entryNo,
  };
}

/** The whole statement in memory (tests, small files): its header and every line. */
export async function parseCamt053(bytes: Buffer | string) {
  const lines: StatementLine[] = [];
  const header = await readCamt053(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, {
    onLines: async (batch) => {
      lines.push(...batch);
    },
  });
  return { ...header, lines };
}
