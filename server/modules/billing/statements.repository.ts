import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { likePattern, schema } from '../../platform/db/index.js';

const { bankStatements, bankStatementLines } = schema;

/** An element that an array literal must quote: empty, NULL, or holding a delimiter, quote, backslash or space. */
const NEEDS_QUOTES = /^$|^null$|[{},"\\\s]/i;
/** A PostgreSQL array literal: one bind parameter for a whole column of a batch. */
function textArray(values: (string | null)[]) {
  return `{${values
    .map((v) => (v === null ? 'NULL' : NEEDS_QUOTES.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : v))
    .join(',')}}`;
}

/** Bank statements and their lines (SQL only). */
export const statementsRepository = {
  async statementByIdentity(tx: DbOrTx, identityKey: string) {
    const [row] = await tx.select().from(bankStatements).where(eq(bankStatements.identityKey, identityKey));
    return row;
  },
  async statement(tx: DbOrTx, id: string, lock = false) {
    const query = tx.select().from(bankStatements).where(eq(bankStatements.id, id));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },
  /** A new statement, or nothing when the same statement (identity) is already there. */
  insertStatement: async (tx: DbOrTx, values: typeof bankStatements.$inferInsert) =>
    (
      await tx
        .insert(bankStatements)
        .values(values)
        .onConflictDoNothing({ target: bankStatements.identityKey })
        .returning()
    )[0],
  updateStatement: (tx: DbOrTx, id: string, values: Partial<typeof bankStatements.$inferInsert>) =>
    tx.update(bankStatements).set(values).where(eq(bankStatements.id, id)),
  /** Adds to the statement's counters (one batch's outcome) and moves its checkpoint. */
  countStatement: (
    tx: DbOrTx,
    id: string,
    add: { read: number; matched: number; unmatched: number; duplicate: number },
  ) =>
    tx
      .update(bankStatements)
      .set({
        linesRead: sql`${bankStatements.linesRead} + ${add.read}`,
        linesMatched: sql`${bankStatements.linesMatched} + ${add.matched}`,
        linesUnmatched: sql`${bankStatements.linesUnmatched} + ${add.unmatched}`,
        linesDuplicate: sql`${bankStatements.linesDuplicate} + ${add.duplicate}`,
      })
      .where(eq(bankStatements.id, id)),
  /**
   * Inserts the lines of one batch; a line whose transaction is already booked (same entry key,
   * from this or another statement) or already inserted (same statement and line number, a resumed
   * batch) is left out. Answers the lines inserted.
   */
  async insertLines(tx: DbOrTx, values: (typeof bankStatementLines.$inferInsert)[]) {
    if (!values.length) return [];
    // One bind parameter per column (arrays, unnest): a batch is one short statement on PGlite too,
    // where a long VALUES list holds the event loop while it is parsed.
    const column = (pick: (v: (typeof values)[number]) => string | number | null | undefined) =>
      textArray(values.map((v) => ((pick(v) ?? null) === null ? null : String(pick(v)))));
    const result = await tx.execute(sql`
      insert into ${bankStatementLines} (statement_id, line_no, entry_key, entry_reference, amount_minor, currency,
        credit_debit, booking_date, reference, remittance, debtor_name, status, reason, matched_invoice_id, matched_by)
      select * from unnest(
        ${column((v) => v.statementId)}::uuid[], ${column((v) => v.lineNo)}::int[], ${column((v) => v.entryKey)}::text[],
        ${column((v) => v.entryReference)}::text[], ${column((v) => v.amountMinor)}::bigint[],
        ${column((v) => v.currency)}::text[], ${column((v) => v.creditDebit)}::text[],
        ${column((v) => v.bookingDate)}::date[], ${column((v) => v.reference)}::text[],
        ${column((v) => v.remittance)}::text[], ${column((v) => v.debtorName)}::text[],
        ${column((v) => v.status)}::text[], ${column((v) => v.reason)}::text[],
        ${column((v) => v.matchedInvoiceId)}::uuid[], ${column((v) => v.matchedBy)}::text[])
      on conflict do nothing
      returning id, status, matched_invoice_id, amount_minor`);
    return (
      result as unknown as {
        rows: { id: string; status: string; matched_invoice_id: string | null; amount_minor: string | number | null }[];
      }
    ).rows.map((r) => ({
      id: r.id,
      status: r.status as 'matched' | 'unmatched' | 'ignored' | 'not_booked',
      matchedInvoiceId: r.matched_invoice_id,
      amountMinor: r.amount_minor === null ? null : Number(r.amount_minor),
    }));
  },
  /** The entry keys among `keys` already booked from any statement. */
  async knownEntryKeys(tx: DbOrTx, keys: string[]) {
    if (!keys.length) return new Set<string>();
    const rows = await tx
      .select({ key: bankStatementLines.entryKey })
      .from(bankStatementLines)
      .where(inArray(bankStatementLines.entryKey, keys));
    return new Set(rows.map((r) => r.key!));
  },
  statementLines: (tx: DbOrTx, statementId: string) =>
    tx
      .select()
      .from(bankStatementLines)
      .where(eq(bankStatementLines.statementId, statementId))
      .orderBy(bankStatementLines.lineNo)
      .limit(1000),
  /** A page of unmatched lines, newest booking date first, with the filters the finance screen offers. */
  async unmatchedLines(
    tx: DbOrTx,
    filter: {
      statementId?: string;
      from?: string;
      to?: string;
      amountMinor?: number;
      q?: string;
      page: number;
      size: number;
    },
  ) {
    const conditions = [eq(bankStatementLines.status, 'unmatched')];
    if (filter.statementId) conditions.push(eq(bankStatementLines.statementId, filter.statementId));
    if (filter.from) conditions.push(gte(bankStatementLines.bookingDate, filter.from));
    if (filter.to) conditions.push(lte(bankStatementLines.bookingDate, filter.to));
    if (filter.amountMinor !== undefined) conditions.push(eq(bankStatementLines.amountMinor, filter.amountMinor));
    if (filter.q) {
      const like = likePattern(filter.q);
      conditions.push(
        sql`(${bankStatementLines.debtorName} ilike ${like} or ${bankStatementLines.reference} ilike ${like} or ${bankStatementLines.remittance} ilike ${like} or ${bankStatementLines.entryReference} ilike ${like})`,
      );
    }
    const where = and(...conditions);
    const [items, [count]] = await Promise.all([
      tx
        .select()
        .from(bankStatementLines)
        .where(where)
        .orderBy(sql`${bankStatementLines.bookingDate} desc nulls last`, desc(bankStatementLines.id))
        .limit(filter.size)
        .offset((filter.page - 1) * filter.size),
      tx.select({ n: sql<number>`count(*)::int` }).from(bankStatementLines).where(where),
    ]);
    return { items, total: count?.n ?? 0 };
  },
  async line(tx: DbOrTx, id: string) {
    const [row] = await tx.select().from(bankStatementLines).where(eq(bankStatementLines.id, id)).for('update');
    return row;
  },
  updateLine: (tx: DbOrTx, id: string, values: Partial<typeof bankStatementLines.$inferInsert>) =>
    tx.update(bankStatementLines).set(values).where(eq(bankStatementLines.id, id)),
  listStatements: (tx: DbOrTx) => tx.select().from(bankStatements).orderBy(desc(bankStatements.uploadedAt)).limit(100),
};
