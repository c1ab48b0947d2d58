import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { escapeHtml } from '../../platform/html.js';
import { money } from '../../platform/i18n/format.js';
import { languageOf, translate } from '../../platform/i18n/index.js';
import type { BillingService } from './billing.service.js';
import { TEST_SIGNATURE_HEADER, testProvider, testReturnPath } from './provider.js';

/** The built-in test provider's hosted page: clearly test mode, no card data (registered only with that provider). */
export const testPaymentPageRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
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
