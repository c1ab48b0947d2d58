import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { csvCell } from '../../platform/csv.js';
import type { Db } from '../../platform/db/index.js';
import {
  type InvoiceFilter,
  type MemberFilter,
  type PageReader,
  type PaymentFilter,
  type ProductFilter,
  exportsRepository as repo,
} from './exports.repository.js';

export type ExportsDeps = { db: Db; timeZone: string; pageSize?: number };

/** A column: its header and how a row's value is written (amounts in minor units become decimals). */
type Column = readonly [header: string, value: (row: Record<string, unknown>) => unknown];
const text = (key: string): Column => [key, (r) => r[key] ?? ''];
const amount = (header: string, key: string): Column => [
  header,
  // bigint arrives as text on node-postgres; a decimal with a point, never a formatted number.
  (r) => (r[key] === null || r[key] === undefined ? '' : Number(r[key]) / 100),
];
const integer = (key: string): Column => [key, (r) => (r[key] === null ? '' : Number(r[key]))];

const COLUMNS = {
  invoices: [
    text('number'),
    text('kind'),
    text('issue_date'),
    text('due_date'),
    text('customer'),
    text('country'),
    text('currency'),
    amount('net', 'net_minor'),
    amount('vat', 'vat_minor'),
    amount('total', 'total_minor'),
    amount('paid', 'paid_minor'),
    text('payment_method'),
    text('document_status'),
    text('payment_status'),
  ],
  payments: [
    text('received_at'),
    text('invoice_number'),
    text('customer'),
    text('source'),
    text('external_id'),
    text('currency'),
    amount('amount', 'amount_minor'),
  ],
  members: [
    text('membership_number'),
    text('organisation'),
    text('country'),
    text('vat_number'),
    text('tier_code'),
    text('status'),
    text('starts_on'),
    text('ends_on'),
  ],
  products: [
    text('id'),
    text('organisation_id'),
    text('organisation'),
    text('model_code'),
    text('model_name'),
    text('serial_number'),
    text('purchase_date'),
    text('purchase_country'),
    text('dealer'),
    text('source'),
    text('status'),
    integer('points'),
    text('completed_at'),
    text('created_at'),
  ],
} satisfies Record<string, readonly Column[]>;
export type ExportKind = keyof typeof COLUMNS;

const line = (cells: unknown[]) => stringify([cells.map(csvCell)]);

/**
 * Streams a CSV export page by page: one keyset page of `pageSize` rows in memory at a time, the
 * next read only when the response has taken the previous one (the stream's backpressure), so a
 * million rows take the memory of one page. Every cell goes through `csvCell` (formula-safe).
 */
async function* csvPages(db: Db, columns: readonly Column[], read: PageReader, pageSize: number) {
  yield line(columns.map(([header]) => header));
  let after: string | null = null;
  for (;;) {
    const rows = await read(db, after, pageSize);
    if (rows.length === 0) return;
    yield stringify(rows.map((row) => columns.map(([, value]) => csvCell(value(row)))));
    if (rows.length < pageSize) return;
    after = String(rows.at(-1)?.id);
  }
}

export function createExportsService(deps: ExportsDeps) {
  const pageSize = deps.pageSize ?? 2000;
  const stream = (kind: ExportKind, read: PageReader) =>
    Readable.from(csvPages(deps.db, COLUMNS[kind], read, pageSize), { objectMode: false });
  return {
    invoices: (filter: InvoiceFilter) => stream('invoices', repo.invoices(filter)),
    payments: (filter: PaymentFilter) => stream('payments', repo.payments(filter)),
    members: (filter: MemberFilter) => stream('members', repo.members(filter)),
    products: (filter: ProductFilter) => stream('products', repo.products(filter, deps.timeZone)),
  };
}
export type ExportsService = ReturnType<typeof createExportsService>;
