import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/**
 * The Stripe adapter through Stripe's own SDK. Stripe cannot be reached from a test, so its API
 * address points at a local HTTP listener that records what the SDK sends and answers like the
 * Checkout Sessions endpoint; webhooks are signed with the SDK's own test-header function.
 */
const WEBHOOK_SECRET = 'whsec_propasstestsecret';
const requests: { method: string; path: string; auth: string; form: URLSearchParams }[] = [];
let stripeApi: Server;
let rt: TestRuntime;

beforeAll(async () => {
  stripeApi = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      requests.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization ?? '', form });
      // A retrieve (GET /v1/checkout/sessions/<id>) answers that session; a create a new one.
      const retrieved = /^\/v1\/checkout\/sessions\/(cs_test_\w+)/.exec(req.url ?? '')?.[1];
      const id = retrieved ?? `cs_test_${randomUUID().replaceAll('-', '')}`;
      res.setHeader('content-type', 'application/json');
      res.setHeader('request-id', `req_${id}`);
      res.end(
        JSON.stringify({
          id,
          object: 'checkout.session',
          url: `https://checkout.stripe.test/c/pay/${id}`,
          amount_total: Number(form.get('line_items[0][price_data][unit_amount]')),
          payment_status: 'unpaid',
          status: 'open',
        }),
      );
    });
  });
  await new Promise<void>((resolve) => stripeApi.listen(0, '127.0.0.1', resolve));
  const { port } = stripeApi.address() as AddressInfo;
  rt = await startTestRuntime({
    env: {
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_propass',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: `http://127.0.0.1:${port}`,
    },
  });
});
afterAll(() => new Promise<void>((resolve) => stripeApi.close(() => resolve())));

async function cardInvoice() {
  const org = await approvedOrganisation(rt);
  await givePoints(rt, org.organisationId, 600);
  const { orderId, checkout } = (
    await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod: 'card',
      acceptTerms: true,
    })
  ).json() as { orderId: string; checkout: { url: string } };
  const invoice = (await rt.services.billing.invoiceOrder(orderId))!;
  return { ...org, invoice, orderId, checkout };
}

function webhook(event: object, signature?: string) {
  const payload = JSON.stringify(event);
  return rt.app.inject({
    method: 'POST',
    url: '/api/billing/webhooks/stripe',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': signature ?? Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
    },
    payload,
  });
}
const sessionEvent = (type: string, session: object) => ({
  id: `evt_${randomUUID().replaceAll('-', '')}`,
  object: 'event',
  type,
  data: { object: { object: 'checkout.session', ...session } },
});

describe('the Stripe payment provider', () => {
  it('creates a hosted Checkout Session for the open amount and is paid once by the signed webhook', async () => {
    const { http, invoice, orderId, checkout: atPurchase } = await cardInvoice();
    // The purchase made the Checkout Session; paying from My invoices resumes it while it is open.
    const sent = requests.filter((r) => r.method === 'POST').at(-1)!;
    const checkout = await http.post(`/api/billing/invoices/${invoice.id}/pay`);
    expect(checkout.statusCode, checkout.body).toBe(200);
    const { url, testMode } = checkout.json();
    expect(testMode).toBe(true);
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    expect(url).toBe(atPurchase.url);
    expect(requests.at(-1)).toMatchObject({ method: 'GET', path: `/v1/checkout/sessions/${url.split('/').at(-1)}` });

    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/v1/checkout/sessions');
    expect(sent.auth).toBe('Bearer sk_test_propass');
    expect(sent.form.get('mode')).toBe('payment');
    expect(sent.form.get('client_reference_id')).toBe(invoice.number);
    expect(sent.form.get('line_items[0][price_data][currency]')).toBe('eur');
    expect(sent.form.get('line_items[0][price_data][unit_amount]')).toBe(String(invoice.totalMinor));
    expect(sent.form.get('success_url')).toBe(`http://propass.test/portal/membership/checkout?order=${orderId}`);
    expect(sent.form.get('cancel_url')).toContain('cancelled=1');

    const sessionId = url.split('/').at(-1);
    const paid = sessionEvent('checkout.session.completed', {
      id: sessionId,
      payment_status: 'paid',
      amount_total: invoice.totalMinor,
    });
    expect((await webhook(paid)).statusCode).toBe(200);
    // Stripe delivers an event at least once: the same event again changes nothing.
    expect((await webhook(paid)).statusCode).toBe(200);
    const [after] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, invoice.id));
    expect(after).toMatchObject({ paymentStatus: 'paid', paidMinor: invoice.totalMinor });
    const payments = await rt.database.db
      .select()
      .from(schema.payments)
      .where(eq(schema.payments.invoiceId, invoice.id));
    expect(payments).toEqual([expect.objectContaining({ source: 'card', externalId: `stripe:${paid.id}` })]);
  });

  it('refuses a forged or altered webhook, marks an expired session failed, and ignores other events', async () => {
    const { http, invoice } = await cardInvoice();
    const { url } = (await http.post(`/api/billing/invoices/${invoice.id}/pay`)).json();
    const sessionId = url.split('/').at(-1);
    const paid = sessionEvent('checkout.session.completed', {
      id: sessionId,
      payment_status: 'paid',
      amount_total: invoice.totalMinor,
    });
    const signedForOther = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify({ ...paid, id: 'evt_other' }),
      secret: WEBHOOK_SECRET,
    });
    expect((await webhook(paid, signedForOther)).statusCode).toBe(403);
    expect((await webhook(paid, 't=1,v1=00')).statusCode).toBe(403);
    const wrongSecret = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify(paid),
      secret: 'whsec_somebodyelse',
    });
    expect((await webhook(paid, wrongSecret)).statusCode).toBe(403);

    expect((await webhook(sessionEvent('checkout.session.expired', { id: sessionId }))).statusCode).toBe(200);
    const [checkout] = await rt.database.db
      .select()
      .from(schema.cardCheckouts)
      .where(eq(schema.cardCheckouts.providerSessionId, sessionId));
    expect(checkout?.status).toBe('failed');
    expect(
      (await webhook({ id: 'evt_customer', object: 'event', type: 'customer.created', data: { object: {} } }))
        .statusCode,
    ).toBe(200);
    const [still] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, invoice.id));
    expect(still?.paymentStatus).toBe('pending');
  });
});
