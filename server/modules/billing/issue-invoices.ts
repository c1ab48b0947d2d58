import type { Locale } from '../../../contracts/common.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { speaker, tierNameIn } from '../../platform/i18n/index.js';
import type { BillingPorts } from './billing.ports.js';
import { type InvoiceRow, billingRepository as repo } from './billing.repository.js';
import type { DocumentPublisher } from './publish-documents.js';
import { creditorReference, formatDocumentNumber } from './rules.js';

/** Invoicing orders: numbered in the gapless yearly series, then published; the sweep catches what a crash left. */
export function createInvoiceIssuer(deps: {
  db: Db;
  clock: Clock;
  ports: Pick<BillingPorts, 'settings' | 'superusersOf' | 'tierNames'>;
  today: () => string;
  publishAll: DocumentPublisher['publishAll'];
}) {
  const { db, clock, ports, today, publishAll } = deps;

  /**
   * Makes the invoices of orders (each once): numbers them in the gapless yearly series in one
   * short transaction, then renders the PDFs and UBL files and e-mails the PDFs (publishAll).
   * The job workers pass a batch of orders; an invoice run of thousands goes through here.
   */
  async function invoiceOrders(orderIds: string[]): Promise<InvoiceRow[]> {
    if (!orderIds.length) return [];
    const fresh = await withTransaction(db, async (tx) => {
      const locked = await repo.lockOrders(tx, [...new Set(orderIds)]);
      const done = await repo.invoicedOrders(
        tx,
        locked.map((o) => o.id),
      );
      const todo = locked.filter((o) => !done.has(o.id));
      if (!todo.length) return [];
      const orgIds = [...new Set(todo.map((o) => o.organisationId))];
      // One after another: a transaction is one connection.
      const orgs = await repo.organisations(tx, orgIds);
      const recipients = await ports.superusersOf(tx, orgIds);
      const settings = await ports.settings(tx);
      const tierNames = await ports.tierNames(
        tx,
        todo.map((o) => o.tierVersionId),
      );
      const orgById = new Map(orgs.map((o) => [o.id, o]));
      const billable = todo.filter((o) => orgById.has(o.organisationId));
      if (!billable.length) return [];
      const issueDate = today();
      const year = Number(issueDate.slice(0, 4));
      const first = await repo.nextNumbers(tx, 'invoice', year, billable.length);
      return repo.insertInvoices(
        tx,
        billable.map((order, i) => {
          const org = orgById.get(order.organisationId)!;
          const locale: Locale = recipients.find((r) => r.organisationId === org.id)?.locale ?? 'en';
          const number = formatDocumentNumber('invoice', year, first + i);
          const tier = tierNameIn(tierNames.get(order.tierVersionId), order.tierCode, locale);
          const what = speaker(locale).t(
            order.kind === 'upgrade' ? 'documents:invoice.lineUpgrade' : 'documents:invoice.lineMembership',
            { tier },
          );
          return {
            kind: 'invoice' as const,
            number,
            orderId: order.id,
            organisationId: org.id,
            documentStatus: 'finalised' as const,
            paymentStatus: order.paidAt ? ('paid' as const) : ('pending' as const),
            issueDate,
            dueDate: order.dueOn,
            locale,
            seller: settings.seller,
            buyer: {
              name: org.legalName,
              street: `${org.street} ${org.houseNumber}`,
              postcode: org.postcode,
              city: org.city,
              country: org.country,
              vatNumber: org.vatNumber,
              registrationNumber: org.tradeRegisterNumber,
              electronicAddress: org.electronicAddress,
            },
            lines: [{ description: what, quantity: 1, unitPriceMinor: order.netMinor, netMinor: order.netMinor }],
            currency: order.currency,
            netMinor: order.netMinor,
            vatRateBasisPoints: order.vatRateBasisPoints,
            vatMinor: order.vatMinor,
            totalMinor: order.totalMinor,
            vatTreatment: order.vatTreatment,
            paymentMethod: order.paymentMethod,
            paymentReference:
              order.paymentMethod === 'bank_transfer' ? creditorReference(number.replace('-', '')) : null,
            mandateReference: order.sepaMandateReference,
            paidMinor: order.paidAt ? order.totalMinor : 0,
            finalisedAt: clock.now(),
          };
        }),
      );
    });
    // Invoices made earlier whose files are missing (a crash between the two steps) are published too.
    const earlier = await Promise.all(
      orderIds.filter((id) => !fresh.some((f) => f.orderId === id)).map((id) => repo.invoiceForOrder(db, id)),
    );
    const all = [...fresh, ...earlier.filter((inv): inv is InvoiceRow => Boolean(inv))];
    return publishAll(all.map((inv) => ({ inv, creditedNumber: null })));
  }

  const invoiceOrder = async (orderId: string): Promise<InvoiceRow | undefined> =>
    (await invoiceOrders([orderId])).find((inv) => inv.orderId === orderId);

  /** Invoices orders whose job was lost (e.g. a crash between commit and queueing), and publishes numbered documents left without files. */
  async function sweep() {
    const cutoff = new Date(clock.now().getTime() - 60_000);
    const ids = (await repo.ordersWithoutInvoice(db, cutoff)).map((o) => o.id);
    for (let i = 0; i < ids.length; i += 50) await invoiceOrders(ids.slice(i, i + 50));
    // Numbered documents whose files were never stored (a crash between the two steps).
    const stale = await repo.unpublished(db, cutoff);
    const docs = await Promise.all(
      stale.map(async (inv) => ({
        inv,
        creditedNumber: inv.creditsInvoiceId ? ((await repo.invoice(db, inv.creditsInvoiceId))?.number ?? null) : null,
      })),
    );
    for (let i = 0; i < docs.length; i += 50) await publishAll(docs.slice(i, i + 50));
  }

  return { invoiceOrders, invoiceOrder, sweep };
}
