import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CardCheckout, CustomerInvoiceList, OrderPayment } from '../../../contracts/billing.js';
import { IdParam } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { BillingService } from './billing.service.js';
import { toInvoice } from './invoice-view.js';

/** The customer's side: their invoices and documents, and paying an invoice or an order by card. */
export const customerBillingRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    const customer = requireUser('superuser', 'member');
    const tags = ['billing'];

    app.get(
      '/api/billing/invoices',
      { preHandler: customer, schema: { tags, response: { 200: CustomerInvoiceList } } },
      async (request) => ({
        items: (await service.forCustomer(currentUser(request))).map(toInvoice),
        awaiting: await service.awaitingInvoices(currentUser(request)),
      }),
    );
    for (const which of ['pdf', 'ubl'] as const) {
      app.get(
        `/api/billing/invoices/:id/${which}`,
        { preHandler: requireUser(), schema: { tags, params: IdParam } },
        async (request, reply) => {
          const { invoice, stream } = await service.document(currentUser(request), request.params.id, which);
          return reply
            .header('content-type', which === 'pdf' ? 'application/pdf' : 'application/xml')
            .header(
              'content-disposition',
              `${which === 'pdf' ? 'inline' : 'attachment'}; filename="${invoice.number}.${which === 'pdf' ? 'pdf' : 'xml'}"`,
            )
            .header('cache-control', 'private, no-store')
            .send(stream);
        },
      );
    }
    app.post(
      '/api/billing/invoices/:id/pay',
      { preHandler: customer, schema: { tags, params: IdParam, response: { 200: CardCheckout } } },
      (request) => service.startCardPayment(currentUser(request), request.params.id),
    );

    app.post(
      '/api/billing/orders/:id/pay',
      { preHandler: requireUser('superuser'), schema: { tags, params: IdParam, response: { 200: CardCheckout } } },
      (request) => service.payOrder(currentUser(request), request.params.id),
    );
    app.get(
      '/api/billing/orders/:id/payment',
      { preHandler: customer, schema: { tags, params: IdParam, response: { 200: OrderPayment } } },
      (request) => service.orderPayment(currentUser(request), request.params.id),
    );
  };
