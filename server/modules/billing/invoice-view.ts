import type { InvoiceRow } from './billing.repository.js';

/** An invoice or credit note as the API shows it, to its customer and to finance alike. */
export const toInvoice = (r: InvoiceRow) => ({
  id: r.id,
  kind: r.kind,
  number: r.number,
  documentStatus: r.documentStatus,
  paymentStatus: r.paymentStatus,
  issueDate: r.issueDate,
  dueDate: r.dueDate,
  currency: r.currency,
  netMinor: r.netMinor,
  vatRateBasisPoints: r.vatRateBasisPoints,
  vatMinor: r.vatMinor,
  totalMinor: r.totalMinor,
  paidMinor: r.paidMinor,
  vatTreatment: r.vatTreatment,
  paymentMethod: r.paymentMethod,
  paymentReference: r.paymentReference,
  collectionDate: r.collectionDate,
  buyerName: r.buyer.name,
});
