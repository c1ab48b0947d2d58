import { z } from 'zod';

export const Invoice = z.object({
  id: z.uuid(),
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string().nullable(),
  documentStatus: z.enum(['draft', 'finalised', 'void']),
  paymentStatus: z.enum(['pending', 'partially_paid', 'paid', 'overdue', 'failed', 'not_applicable']),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  currency: z.string(),
  netMinor: z.number(),
  vatRateBasisPoints: z.number(),
  vatMinor: z.number(),
  totalMinor: z.number(),
  paidMinor: z.number(),
  vatTreatment: z.enum(['domestic', 'reverse_charge', 'outside_scope']),
  paymentMethod: z.enum(['card', 'bank_transfer', 'sepa_debit']),
  paymentReference: z.string().nullable(),
  /** Direct debit: the collection date announced in the pre-notification (null until then). */
  collectionDate: z.string().nullable(),
  buyerName: z.string(),
});
export type Invoice = z.infer<typeof Invoice>;
export const InvoiceList = z.object({ items: z.array(Invoice) });
export const FinanceInvoiceQuery = z.object({
  paymentStatus: Invoice.shape.paymentStatus.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const FinanceInvoiceList = InvoiceList.extend({
  totals: z.object({ netMinor: z.number(), vatMinor: z.number(), totalMinor: z.number(), paidMinor: z.number() }),
});
export const StatementLine = z.object({
  id: z.uuid(),
  statementId: z.uuid(),
  lineNo: z.number(),
  /** Null when the statement gives this transaction no amount of its own (never booked). */
  amountMinor: z.number().nullable(),
  currency: z.string().nullable(),
  creditDebit: z.enum(['CRDT', 'DBIT']),
  bookingDate: z.string().nullable(),
  reference: z.string().nullable(),
  remittance: z.string().nullable(),
  debtorName: z.string().nullable(),
  /** `not_booked`: the bank has not booked the entry (pending, information): never matched, never paid. */
  status: z.enum(['matched', 'unmatched', 'ignored', 'not_booked']),
  /**
   * Why a line is unmatched (no invoice found, another currency than the invoice's, no amount of its
   * own) or not booked (the entry is pending, information only, for a future date, or has no known status).
   */
  reason: z.enum(['no_match', 'currency', 'no_amount', 'pending', 'info', 'future', 'status_unknown']).nullable(),
  matchedInvoiceId: z.uuid().nullable(),
  matchedBy: z.string().nullable(),
});
/** A statement import: queued by the upload, booked by a job; its counters show the progress. */
export const StatementImport = z.object({
  id: z.uuid(),
  statementId: z.string().nullable(),
  accountIban: z.string().nullable(),
  fileName: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  entriesTotal: z.number().int(),
  linesTotal: z.number().int(),
  linesRead: z.number().int(),
  linesMatched: z.number().int(),
  linesUnmatched: z.number().int(),
  linesDuplicate: z.number().int(),
  error: z.string().nullable(),
  uploadedAt: z.string(),
  finishedAt: z.string().nullable(),
});
/** The upload's answer: the import (202), or the earlier import of the same statement (200, `duplicate`). */
export const StatementUpload = z.object({ statement: StatementImport, duplicate: z.boolean() });
export const StatementImportDetail = StatementImport.extend({ lines: z.array(StatementLine) });
export const StatementImportList = z.object({ items: z.array(StatementImport) });
export const UnmatchedQuery = z.object({
  statementId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  amountMinor: z.coerce.number().int().min(0).max(1e14).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  size: z.coerce.number().int().min(1).max(200).default(50),
});
export const StatementLinePage = z.object({
  items: z.array(StatementLine),
  total: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
});
export const MatchLineInput = z.object({ invoiceId: z.uuid() });
export const CardCheckout = z.object({ url: z.string(), testMode: z.boolean() });
/** My invoices: the invoices, and how many orders still wait for theirs (the page refreshes until 0). */
export const CustomerInvoiceList = InvoiceList.extend({ awaiting: z.number().int() });
/** What became of an order's card payment: its confirmation page refreshes while it is pending. */
export const OrderPayment = z.object({
  orderId: z.uuid(),
  state: z.enum(['paid', 'pending', 'failed']),
  paymentMethod: z.enum(['card', 'bank_transfer', 'sepa_debit']),
  invoiceId: z.uuid().nullable(),
  invoiceNumber: z.string().nullable(),
  totalMinor: z.number(),
  currency: z.string(),
});

export const CollectionRun = z.object({
  id: z.uuid(),
  collectionDate: z.string(),
  status: z.enum(['created', 'submitted', 'settled']),
  messageId: z.string(),
  createdAt: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      invoiceId: z.uuid(),
      sequenceType: z.enum(['FRST', 'RCUR']),
      mandateReference: z.string(),
      amountMinor: z.number(),
      status: z.enum(['pending', 'settled', 'returned']),
    }),
  ),
});
export const CollectionRunList = z.object({ items: z.array(CollectionRun) });
export const CollectionRunInput = z.object({ collectionDate: z.iso.date() });
export const ReturnInput = z.object({ reason: z.string().trim().min(2).max(200) });

export const PAYMENT_SOURCES = ['card', 'bank_statement', 'direct_debit', 'manual'] as const;
export const Payment = z.object({
  id: z.uuid(),
  invoiceId: z.uuid(),
  invoiceNumber: z.string().nullable(),
  buyerName: z.string(),
  amountMinor: z.number(),
  currency: z.string(),
  source: z.enum(PAYMENT_SOURCES),
  externalId: z.string(),
  receivedAt: z.string(),
});
export const PaymentQuery = z.object({
  source: z.enum(PAYMENT_SOURCES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const PaymentList = z.object({ items: z.array(Payment), totalMinor: z.number() });
