import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES } from '../../../../contracts/common.js';
import { organisations, users } from './identity.js';
import { orders } from './membership.js';

/** Gapless yearly number series (invoices, credit notes): the row lock makes numbering serial. */
export const documentCounters = pgTable(
  'document_counters',
  {
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.year] })],
);

export type Party = {
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  vatNumber: string | null;
  registrationNumber?: string | null;
  /** `<EAS scheme>:<identifier>` (UBL EndpointID); documents without it derive one from the VAT or register number. */
  electronicAddress?: string | null;
};
export type InvoiceLine = { description: string; quantity: number; unitPriceMinor: number; netMinor: number };

export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['invoice', 'credit_note'] }).notNull(),
    /** Assigned when the document is finalised; never reset or reused. */
    number: text('number'),
    orderId: uuid('order_id').references(() => orders.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** For a credit note: the invoice it voids. */
    creditsInvoiceId: uuid('credits_invoice_id'),
    documentStatus: text('document_status', { enum: ['draft', 'finalised', 'void'] }).notNull(),
    paymentStatus: text('payment_status', {
      enum: ['pending', 'partially_paid', 'paid', 'overdue', 'failed', 'not_applicable'],
    }).notNull(),
    issueDate: date('issue_date', { mode: 'string' }),
    dueDate: date('due_date', { mode: 'string' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    seller: jsonb('seller').$type<Party>().notNull(),
    buyer: jsonb('buyer').$type<Party>().notNull(),
    lines: jsonb('lines').$type<InvoiceLine[]>().notNull(),
    currency: text('currency').notNull(),
    netMinor: bigint('net_minor', { mode: 'number' }).notNull(),
    vatRateBasisPoints: integer('vat_rate_bp').notNull(),
    vatMinor: bigint('vat_minor', { mode: 'number' }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    vatTreatment: text('vat_treatment', { enum: ['domestic', 'reverse_charge', 'outside_scope'] }).notNull(),
    paymentMethod: text('payment_method', { enum: ['card', 'bank_transfer', 'sepa_debit'] }).notNull(),
    /** ISO 11649 structured creditor reference (RF…) for bank transfers. */
    paymentReference: text('payment_reference'),
    mandateReference: text('mandate_reference'),
    /** Direct debit: the date announced in the pre-notification; the collection run uses it. */
    collectionDate: date('collection_date', { mode: 'string' }),
    paidMinor: bigint('paid_minor', { mode: 'number' }).notNull().default(0),
    pdfKey: text('pdf_key'),
    ublKey: text('ubl_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('invoices_number_key').on(t.number),
    uniqueIndex('invoices_order_key').on(t.orderId).where(sql`${t.kind} = 'invoice'`),
    uniqueIndex('invoices_credit_key').on(t.creditsInvoiceId),
    uniqueIndex('invoices_payment_reference_key').on(t.paymentReference),
    index('invoices_organisation_idx').on(t.organisationId, t.createdAt),
    // The dashboard's revenue per month.
    index('invoices_issue_date_idx').on(t.issueDate),
  ],
);

/** Money received: each external id (provider event, statement line) is recorded once. */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    source: text('source', { enum: ['card', 'bank_statement', 'direct_debit', 'manual'] }).notNull(),
    externalId: text('external_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('payments_external_key').on(t.externalId), index('payments_invoice_idx').on(t.invoiceId)],
);

export const bankStatements = pgTable(
  'bank_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The file's hash, for the record; a statement is recognised by `identityKey`, not by its bytes. */
    sha256: text('sha256').notNull(),
    /**
     * Account, `Stmt/Id`, `ElctrncSeqNb` and period of each statement in the file (hashed): the same
     * statement re-exported with a new creation time is the same statement, uploaded once.
     */
    identityKey: text('identity_key').notNull(),
    statementId: text('statement_id'),
    accountIban: text('account_iban'),
    fileName: text('file_name').notNull(),
    /** The uploaded file, read by the import job. */
    storageKey: text('storage_key'),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('done'),
    entriesTotal: integer('entries_total').notNull().default(0),
    linesTotal: integer('lines_total').notNull().default(0),
    /** Lines handled so far (the job's checkpoint), and what became of them. */
    linesRead: integer('lines_read').notNull().default(0),
    linesMatched: integer('lines_matched').notNull().default(0),
    linesUnmatched: integer('lines_unmatched').notNull().default(0),
    /** Transactions already booked from another statement (the same entry is booked once). */
    linesDuplicate: integer('lines_duplicate').notNull().default(0),
    error: text('error'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('bank_statements_identity_key').on(t.identityKey)],
);

export const bankStatementLines = pgTable(
  'bank_statement_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => bankStatements.id),
    lineNo: integer('line_no').notNull(),
    /** The same transaction wherever it appears (bank reference or content hash): booked once. */
    entryKey: text('entry_key'),
    entryReference: text('entry_reference'),
    /** Null when the statement gives no amount of its own for this transaction. */
    amountMinor: bigint('amount_minor', { mode: 'number' }),
    currency: text('currency'),
    creditDebit: text('credit_debit', { enum: ['CRDT', 'DBIT'] }).notNull(),
    bookingDate: date('booking_date', { mode: 'string' }),
    reference: text('reference'),
    remittance: text('remittance'),
    debtorName: text('debtor_name'),
    status: text('status', { enum: ['matched', 'unmatched', 'ignored', 'not_booked'] }).notNull(),
    /**
     * Why a line is unmatched (no invoice found, another currency, no amount of its own) or not
     * booked (the entry's status: pending, information, future, missing or unknown).
     */
    reason: text('reason', {
      enum: ['no_match', 'currency', 'no_amount', 'pending', 'info', 'future', 'status_unknown'],
    }),
    matchedInvoiceId: uuid('matched_invoice_id').references(() => invoices.id),
    matchedBy: text('matched_by', { enum: ['reference', 'amount_and_name', 'manual'] }),
  },
  (t) => [
    uniqueIndex('bank_statement_lines_key').on(t.statementId, t.lineNo),
    uniqueIndex('bank_statement_lines_entry_key').on(t.entryKey),
    index('bank_statement_lines_status_idx').on(t.status),
    // The unmatched list, newest first.
    index('bank_statement_lines_unmatched_idx')
      .on(t.bookingDate.desc().nullsLast(), t.id)
      .where(sql`${t.status} = 'unmatched'`),
  ],
);

/** Card checkout sessions at the payment provider (the provider's id and our invoice). */
export const cardCheckouts = pgTable(
  'card_checkouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    provider: text('provider').notNull(),
    providerSessionId: text('provider_session_id').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['open', 'paid', 'failed', 'expired'] })
      .notNull()
      .default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('card_checkouts_session_key').on(t.provider, t.providerSessionId)],
);

/** A SEPA direct-debit collection run: the pain.008 file finance submits to the bank. */
export const collectionRuns = pgTable('collection_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  collectionDate: date('collection_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['created', 'submitted', 'settled'] })
    .notNull()
    .default('created'),
  messageId: text('message_id').notNull(),
  fileKey: text('file_key'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const collectionItems = pgTable(
  'collection_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => collectionRuns.id),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    sequenceType: text('sequence_type', { enum: ['FRST', 'RCUR'] }).notNull(),
    mandateReference: text('mandate_reference').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['pending', 'settled', 'returned'] })
      .notNull()
      .default('pending'),
    returnReason: text('return_reason'),
  },
  (t) => [
    // An invoice is in at most one live collection; after a return it may be collected again.
    uniqueIndex('collection_items_live_key').on(t.invoiceId).where(sql`${t.status} <> 'returned'`),
    index('collection_items_run_idx').on(t.runId),
  ],
);

/** Notices sent about an invoice (reminders by the overdue policy, pre-notifications): each key once. */
export const invoiceNotices = pgTable(
  'invoice_notices',
  {
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    key: text('key').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.invoiceId, t.key] })],
);
