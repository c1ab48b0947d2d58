import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { type InvoiceRow, billingRepository as repo } from './billing.repository.js';
import type { StatementLine } from './camt.js';

/** Records a payment on an invoice once per external id (the billing service's, shared with cards and debits). */
export type ApplyPayment = (
  tx: DbOrTx,
  afterCommit: AfterCommit,
  inv: InvoiceRow,
  amountMinor: number,
  source: 'bank_statement',
  externalId: string,
  actorId: string | null,
) => Promise<boolean>;

type Open = { invoice: InvoiceRow; organisationName: string };
type Match = { invoice: InvoiceRow; by: 'reference' | 'amount_and_name' };
type Outcome =
  | { status: 'ignored' }
  | { status: 'matched'; match: Match }
  | { status: 'unmatched'; reason: 'no_match' | 'currency' | 'no_amount' }
  | { status: 'not_booked'; reason: NotBookedReason };
type NotBookedReason = 'pending' | 'info' | 'future' | 'status_unknown';

/** Why an entry is not (yet) money received, by its status code; a missing or unknown code is not booked either. */
const NOT_BOOKED: Record<string, NotBookedReason> = { PDNG: 'pending', INFO: 'info', FUTR: 'future' };

/** Spaces and case do not matter in a reference: `rf18 5390 0754 7034` is `RF18539007547034`. */
export const normaliseReference = (v: string) => v.replace(/\s+/g, '').toUpperCase();

/** ISO 11649 references are at most 25 characters: `RF`, two check digits and up to 21 more. */
const RF = /RF\d{2}/g;

/**
 * The open invoice a line's references name: its structured reference, or an RF reference anywhere
 * in its texts (unstructured remittance, additional transaction or entry information such as ABN
 * AMRO's `/REMI/…/`), typed in any grouping — looked up, longest first, among the open references.
 */
function byReference(line: StatementLine, refs: Map<string, Open>): Open | undefined {
  if (line.reference) {
    const hit = refs.get(normaliseReference(line.reference));
    if (hit) return hit;
  }
  const squashed = normaliseReference(`${line.reference ?? ''} ${line.remittance ?? ''}`);
  for (const m of squashed.matchAll(RF)) {
    for (let end = Math.min(squashed.length, m.index + 25); end > m.index + 4; end--) {
      const hit = refs.get(squashed.slice(m.index, end));
      if (hit) return hit;
    }
  }
  return undefined;
}

/**
 * Matching statement lines to open invoices and booking them. Only an amount read for that very
 * transaction of a booked entry, in the invoice's currency, settles an invoice; anything else stays unmatched with
 * its reason for finance to look at.
 */
export function createPaymentMatcher(deps: { db: Db; applyPayment: ApplyPayment }) {
  const { db, applyPayment } = deps;

  function classify(line: StatementLine, open: Open[], refs: Map<string, Open>): Outcome {
    // Only what the bank has booked settles an invoice: a pending entry may still be reversed, an
    // information entry is no transaction of this account at all.
    if (line.entryStatus !== 'BOOK')
      return { status: 'not_booked', reason: NOT_BOOKED[line.entryStatus ?? ''] ?? 'status_unknown' };
    if (line.creditDebit === 'DBIT') return { status: 'ignored' };
    if (line.amountMinor === null || line.currency === null) return { status: 'unmatched', reason: 'no_amount' };
    const ref = byReference(line, refs);
    if (ref) {
      if (ref.invoice.currency !== line.currency) return { status: 'unmatched', reason: 'currency' };
      return { status: 'matched', match: { invoice: ref.invoice, by: 'reference' } };
    }
    const name = (line.debtorName ?? '').toLowerCase();
    if (name.length <= 2) return { status: 'unmatched', reason: 'no_match' };
    const candidates = open.filter(
      (o) =>
        o.invoice.currency === line.currency &&
        o.invoice.totalMinor - o.invoice.paidMinor === line.amountMinor &&
        (name.includes(o.organisationName.toLowerCase()) || o.organisationName.toLowerCase().includes(name)),
    );
    if (candidates.length === 1)
      return { status: 'matched', match: { invoice: candidates[0]!.invoice, by: 'amount_and_name' } };
    return { status: 'unmatched', reason: 'no_match' };
  }

  return {
    /**
     * Books one batch of a statement's lines in the caller's transaction. Lines whose transaction is
     * already booked (the same entry key, from this or any other statement) are left out and counted
     * as duplicates; the rest are stored, matched and paid.
     */
    async bookLines(
      tx: DbOrTx,
      afterCommit: AfterCommit,
      statementId: string,
      lines: StatementLine[],
      actorId: string | null,
    ) {
      const known = await repo.knownEntryKeys(
        tx,
        lines.map((l) => l.entryKey),
      );
      const fresh = lines.filter((l) => !known.has(l.entryKey));
      const open = (await repo.openInvoices(tx)) as Open[];
      const refs = new Map(
        open.filter((o) => o.invoice.paymentReference).map((o) => [normaliseReference(o.invoice.paymentReference!), o]),
      );
      const outcomes = fresh.map((line) => {
        const outcome = classify(line, open, refs);
        // The next line of the same batch sees what this one paid (amount and name compare the rest due).
        if (outcome.status === 'matched') {
          const entry = open.find((o) => o.invoice.id === outcome.match.invoice.id)!;
          entry.invoice = { ...entry.invoice, paidMinor: entry.invoice.paidMinor + line.amountMinor! };
        }
        return outcome;
      });
      const inserted = await repo.insertLines(
        tx,
        fresh.map((line, i) => {
          const outcome = outcomes[i]!;
          return {
            statementId,
            lineNo: line.lineNo,
            entryKey: line.entryKey,
            entryReference: line.entryReference,
            amountMinor: line.amountMinor,
            currency: line.currency,
            creditDebit: line.creditDebit,
            bookingDate: line.bookingDate,
            reference: line.reference,
            remittance: line.remittance,
            debtorName: line.debtorName,
            status: outcome.status,
            reason: outcome.status === 'unmatched' || outcome.status === 'not_booked' ? outcome.reason : null,
            matchedInvoiceId: outcome.status === 'matched' ? outcome.match.invoice.id : null,
            matchedBy: outcome.status === 'matched' ? outcome.match.by : null,
          };
        }),
      );
      let matched = 0;
      let unmatched = 0;
      for (const row of inserted) {
        if (row.status === 'unmatched') unmatched++;
        if (row.status !== 'matched' || !row.matchedInvoiceId || row.amountMinor === null) continue;
        const current = (await repo.invoice(tx, row.matchedInvoiceId, true))!;
        await applyPayment(tx, afterCommit, current, row.amountMinor, 'bank_statement', `camt:${row.id}`, actorId);
        matched++;
      }
      return { matched, unmatched, duplicate: lines.length - inserted.length };
    },

    /** Finance matches an unmatched line by hand: same currency only, and only a line with its own amount. */
    async matchLine(actor: SessionUser, lineId: string, invoiceId: string) {
      await withTransaction(db, async (tx, afterCommit) => {
        const line = await repo.line(tx, lineId);
        if (!line) throw new AppError('not_found');
        if (line.status !== 'unmatched' || line.amountMinor === null || line.currency === null)
          throw new AppError('invalid_state');
        const inv = await repo.invoice(tx, invoiceId, true);
        if (inv?.kind !== 'invoice') throw new AppError('not_found');
        if (inv.currency !== line.currency)
          throw new AppError('currency_mismatch', undefined, {
            lineCurrency: line.currency,
            invoiceCurrency: inv.currency,
          });
        await repo.updateLine(tx, lineId, {
          status: 'matched',
          reason: null,
          matchedInvoiceId: inv.id,
          matchedBy: 'manual',
        });
        await applyPayment(tx, afterCommit, inv, line.amountMinor, 'bank_statement', `camt:${line.id}`, actor.id);
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'statement_line.matched',
          entityType: 'bank_statement_line',
          entityId: lineId,
          detail: { invoiceId },
        });
      });
    },
  };
}

export type PaymentMatcher = ReturnType<typeof createPaymentMatcher>;
