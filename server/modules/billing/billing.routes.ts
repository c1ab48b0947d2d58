import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CardCheckout,
  CollectionRun,
  CollectionRunInput,
  CollectionRunList,
  CustomerInvoiceList,
  FinanceInvoiceList,
  FinanceInvoiceQuery,
  Invoice,
  MatchLineInput,
  OrderPayment,
  PaymentList,
  PaymentQuery,
  ReturnInput,
  StatementImportDetail,
  StatementImportList,
  StatementLinePage,
  StatementUpload,
  UnmatchedQuery,
} from '../../../contracts/billing.js';
import { IdParam, Ok } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { toCsv } from '../../platform/csv.js';
import { AppError } from '../../platform/errors.js';
import { escapeHtml } from '../../platform/html.js';
import { readSingleFile } from '../../platform/http/uploads.js';
import { money } from '../../platform/i18n/format.js';
import { languageOf, translate } from '../../platform/i18n/index.js';
import type { InvoiceRow } from './billing.repository.js';
import type { BillingService } from './billing.service.js';
import { MAX_STATEMENT_BYTES } from './camt.js';
import { TEST_SIGNATURE_HEADER, testProvider, testReturnPath } from './provider.js';

const toInvoice = (r: InvoiceRow) => ({
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

export const billingRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    const customer = requireUser('superuser', 'member');
    const finance = requireUser('finance');
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

    // The built-in test provider's hosted page: clearly test mode, no card data.
    if (service.provider.name === 'test') {
      app.get(
        '/api/billing/test-provider/:sessionId',
        {
          schema: {
            hide: true,
            params: z.object({ sessionId: z.string().max(100) }),
            querystring: z.object({ return: z.string().max(300).optional() }),
          },
        },
        async (request, reply) => {
          const { invoice, checkout } = await service.testCheckout(request.params.sessionId);
          const back = testReturnPath(request.query.return);
          const returnInput = back ? `<input type="hidden" name="return" value="${escapeHtml(back)}">` : '';
          // In the customer's language (server/locales/<language>/documents.json `testPayment.*`),
          // escaped like any text that comes from a file others edit.
          const locale = languageOf(request.user?.locale ?? request.locale);
          const text = (key: string, params?: Record<string, string>) =>
            escapeHtml(translate(locale, `documents:testPayment.${key}`, params));
          const amount = money(locale, checkout.amountMinor, invoice.currency);
          const action = `/api/billing/test-provider/${encodeURIComponent(request.params.sessionId)}`;
          // The forms post back to this site: with the default no-referrer policy Chromium would send
          // "Origin: null" and the CSRF check would refuse the (cookie-carrying) post.
          return reply
            .type('text/html; charset=utf-8')
            .header('referrer-policy', 'same-origin')
            .send(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${text('title')}</title></head>
<body style="font-family:Arial,sans-serif;max-width:520px;margin:40px auto">
<p style="background:#fff3bf;padding:12px;border:1px solid #e0b000"><strong>${text('mode')}</strong> — ${text('banner')}</p>
<h1>${text('heading', { number: invoice.number ?? '' })}</h1><p>${text('amount')}: <strong>${escapeHtml(amount)}</strong></p>
<form method="post" action="${action}"><input type="hidden" name="outcome" value="paid">${returnInput}<button type="submit" style="padding:10px 20px">${text('pay', { amount })}</button></form>
<form method="post" action="${action}" style="margin-top:12px"><input type="hidden" name="outcome" value="failed">${returnInput}<button type="submit">${text('decline')}</button></form>
</body></html>`);
        },
      );
    }

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
    app.post(
      '/api/finance/statements',
      {
        preHandler: finance,
        schema: {
          tags: ['finance'],
          consumes: ['multipart/form-data'],
          description:
            'A CAMT.053 XML file under "file" (at most 20 MB). Checked at once (400 naming the line, 422 for another account), then booked by a job: 202 with the import; poll GET /api/finance/statements/:id. The same statement again answers 200 with the earlier import and `duplicate`.',
          response: { 200: StatementUpload, 202: StatementUpload },
        },
      },
      async (request, reply) => {
        const file = await readSingleFile(request, { field: 'file', maxBytes: MAX_STATEMENT_BYTES });
        const result = await service.statements.upload(currentUser(request), file.name, file.bytes);
        return reply.status(result.duplicate ? 200 : 202).send(result);
      },
    );
    app.get(
      '/api/finance/statements',
      { preHandler: finance, schema: { tags: ['finance'], response: { 200: StatementImportList } } },
      async () => ({ items: await service.statements.list() }),
    );
    app.get(
      '/api/finance/statements/:id',
      {
        preHandler: finance,
        schema: { tags: ['finance'], params: IdParam, response: { 200: StatementImportDetail } },
      },
      (request) => service.statements.get(request.params.id),
    );
    app.post(
      '/api/finance/collection-runs',
      {
        preHandler: finance,
        schema: { tags: ['finance'], body: CollectionRunInput, response: { 200: CollectionRun } },
      },
      (request) => service.createCollectionRun(currentUser(request), request.body.collectionDate),
    );
    app.get(
      '/api/finance/collection-runs',
      { preHandler: finance, schema: { tags: ['finance'], response: { 200: CollectionRunList } } },
      async () => ({
        items: await service.collectionRuns(),
      }),
    );
    app.get(
      '/api/finance/collection-runs/:id',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam, response: { 200: CollectionRun } } },
      (request) => service.collectionRun(request.params.id),
    );
    app.get(
      '/api/finance/collection-runs/:id/pain008',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam } },
      async (request, reply) => {
        const { run, stream } = await service.collectionFile(request.params.id);
        return reply
          .header('content-type', 'application/xml')
          .header('content-disposition', `attachment; filename="${run.messageId}.xml"`)
          .send(stream);
      },
    );
    for (const status of ['submitted', 'settled'] as const) {
      app.post(
        `/api/finance/collection-runs/:id/${status}`,
        { preHandler: finance, schema: { tags: ['finance'], params: IdParam, response: { 200: CollectionRun } } },
        (request) => service.markRun(currentUser(request), request.params.id, status),
      );
    }
    app.post(
      '/api/finance/collection-items/:id/returned',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam, body: ReturnInput, response: { 200: Ok } } },
      async (request) => {
        await service.returnCollection(currentUser(request), request.params.id, request.body.reason);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/finance/statement-lines/unmatched',
      {
        preHandler: finance,
        schema: { tags: ['finance'], querystring: UnmatchedQuery, response: { 200: StatementLinePage } },
      },
      async (request) => {
        const page = await service.statements.unmatched(request.query);
        return { ...page, page: request.query.page, size: request.query.size };
      },
    );
    app.post(
      '/api/finance/statement-lines/:id/match',
      {
        preHandler: finance,
        schema: { tags: ['finance'], params: IdParam, body: MatchLineInput, response: { 200: Ok } },
      },
      async (request) => {
        await service.matchLine(currentUser(request), request.params.id, request.body.invoiceId);
        return { ok: true as const };
      },
    );
  };

/**
 * The provider's webhook, in its own scope so it gets the raw body its signature covers. The test
 * provider's page posts its outcome here through the same signed path a real provider uses.
 */
export const billingWebhookRoutes =
  (service: BillingService, options: { testSecret: string; publicUrl: string }): FastifyPluginAsync =>
  async (app) => {
    app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) =>
      done(null, body),
    );
    app.post(`/api/billing/webhooks/${service.provider.name}`, { schema: { hide: true } }, async (request) => {
      let event: ReturnType<BillingService['provider']['verifyWebhook']>;
      try {
        event = service.provider.verifyWebhook(String(request.body), request.headers);
      } catch {
        throw new AppError('forbidden');
      }
      await service.handleProviderEvent(event);
      return { ok: true };
    });
    if (service.provider.name !== 'test') return;
    const test = testProvider({ secret: options.testSecret, publicUrl: options.publicUrl });
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4 * 1024 },
      (_request, body, done) => done(null, body),
    );
    app.post('/api/billing/test-provider/:sessionId', { schema: { hide: true } }, async (request, reply) => {
      const sessionId = (request.params as { sessionId: string }).sessionId;
      const form = new URLSearchParams(String(request.body));
      const outcome = form.get('outcome') === 'failed' ? 'checkout.failed' : 'checkout.paid';
      const { checkout, returnUrl: invoicesReturn } = await service.testCheckout(sessionId);
      // Back where the checkout was started (a portal path of this site only), as a real provider does.
      const back = testReturnPath(form.get('return'));
      const returnUrl = new URL(back ? `${options.publicUrl}${back}` : invoicesReturn);
      const body = JSON.stringify({
        eventId: `evt_${sessionId}_${outcome}`,
        sessionId,
        type: outcome,
        amountMinor: checkout.amountMinor,
      });
      const delivered = await app.inject({
        method: 'POST',
        url: '/api/billing/webhooks/test',
        headers: { 'content-type': 'application/json', [TEST_SIGNATURE_HEADER]: test.sign(body) },
        payload: body,
      });
      if (delivered.statusCode !== 200) throw new AppError('internal');
      if (outcome === 'checkout.failed') returnUrl.searchParams.set('failed', '1');
      return reply.redirect(returnUrl.toString(), 303);
    });
  };
