import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  FinanceInvoiceList,
  FinanceInvoiceQuery,
  Invoice,
  PaymentList,
  PaymentQuery,
} from '../../../contracts/billing.js';
import { IdParam } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { toCsv } from '../../platform/csv.js';
import type { BillingService } from './billing.service.js';
import { toInvoice } from './invoice-view.js';

/** Finance's invoices: the list with its totals and CSV export, the payments, and credit notes. */
export const financeInvoiceRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    const finance = requireUser('finance');

    app.get(
      '/api/finance/invoices',
      {
        preHandler: finance,
        schema: { tags: ['finance'], querystring: FinanceInvoiceQuery, response: { 200: FinanceInvoiceList } },
      },
      async (request) => {
        const { items, totals } = await service.list(request.query);
        return { items: items.map(toInvoice), totals };
      },
    );
    app.get(
      '/api/finance/payments',
      {
        preHandler: finance,
        schema: { tags: ['finance'], querystring: PaymentQuery, response: { 200: PaymentList } },
      },
      (request) => service.payments(request.query),
    );
    app.get(
      '/api/finance/invoices.csv',
      { preHandler: finance, schema: { tags: ['finance'], querystring: FinanceInvoiceQuery } },
      async (request, reply) => {
        const { items } = await service.list(request.query);
        const csv = toCsv([
          [
            'number',
            'kind',
            'issue_date',
            'due_date',
            'customer',
            'currency',
            'net',
            'vat',
            'total',
            'paid',
            'document_status',
            'payment_status',
          ],
          ...items.map((r) => [
            r.number,
            r.kind,
            r.issueDate,
            r.dueDate,
            r.buyer.name,
            r.currency,
            r.netMinor / 100,
            r.vatMinor / 100,
            r.totalMinor / 100,
            r.paidMinor / 100,
            r.documentStatus,
            r.paymentStatus,
          ]),
        ]);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="invoices.csv"')
          .send(csv);
      },
    );
    app.post(
      '/api/finance/invoices/:id/credit-note',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam, response: { 200: Invoice } } },
      async (request) => toInvoice(await service.creditNote(currentUser(request), request.params.id)),
    );
  };
