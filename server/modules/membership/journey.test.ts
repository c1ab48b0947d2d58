import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { DEFAULT_TIERS } from './tier-defaults.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

type Customer = Awaited<ReturnType<typeof approvedOrganisation>>;

async function member(points = 600) {
  const org = await approvedOrganisation(rt);
  if (points) await givePoints(rt, org.organisationId, points);
  return org;
}

const purchase = (org: Customer, idempotencyKey: string, paymentMethod = 'card', extra: object = {}) =>
  org.http.post('/api/membership/purchase', {
    idempotencyKey,
    tierCode: 'silver',
    paymentMethod,
    acceptTerms: true,
    ...extra,
  });

/** The customer's choice on the test provider's hosted page; answers where it sends the browser back. */
async function onProviderPage(org: Customer, url: string, outcome: 'paid' | 'failed') {
  const page = new URL(url);
  const shown = await org.http.get(`${page.pathname}${page.search}`);
  expect(shown.statusCode).toBe(200);
  expect(shown.body).toContain('TEST MODE');
  const back = /name="return" value="([^"]+)"/.exec(shown.body)?.[1];
  const res = await rt.app.inject({
    method: 'POST',
    url: page.pathname,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: org.http.cookie, origin: ORIGIN },
    payload: new URLSearchParams({ outcome, ...(back ? { return: back } : {}) }).toString(),
  });
  expect(res.statusCode).toBe(303);
  return new URL(String(res.headers.location));
}

const checkoutsOf = async (orderId: string) => {
  const [inv] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
  if (!inv) return [];
  return rt.database.db.select().from(schema.cardCheckouts).where(eq(schema.cardCheckouts.invoiceId, inv.id));
};

describe('the tiers before the invitation', () => {
  it('shows every tier with its price and the points still missing at 0 points, none of them purchasable', async () => {
    const org = await member(0);
    const page = (await org.http.get('/api/membership')).json();
    expect(page.balance).toBe(0);
    expect(page.tiers.map((t: { code: string }) => t.code)).toEqual(['silver', 'gold', 'platinum', 'corporate']);
    for (const tier of page.tiers) {
      expect(tier.priceMinor).toBeGreaterThan(0);
      expect(tier.eligible).toBe(false);
      expect(tier.pointsToGo).toBe(tier.minPoints);
    }
    const res = await purchase(org, randomUUID());
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('not_eligible');
  });
});

describe('card at checkout', () => {
  it('answers the hosted checkout once per idempotency key: one order, one checkout, also for parallel requests', async () => {
    const org = await member();
    const key = randomUUID();
    const [a, b] = await Promise.all([purchase(org, key), purchase(org, key)]);
    expect(a.statusCode, a.body).toBe(200);
    expect(b.statusCode, b.body).toBe(200);
    const again = await purchase(org, key);
    const [first, second, third] = [a.json(), b.json(), again.json()];
    expect(first.checkout.testMode).toBe(true);
    expect(first.checkout.url).toMatch(/\/api\/billing\/test-provider\/test_/);
    expect(second.orderId).toBe(first.orderId);
    expect(third.orderId).toBe(first.orderId);
    expect(second.checkout.url).toBe(first.checkout.url);
    expect(third.checkout.url).toBe(first.checkout.url);
    const orders = await rt.database.db
      .select()
      .from(schema.orders)
      .where(eq(schema.orders.organisationId, org.organisationId));
    expect(orders).toHaveLength(1);
    expect(await checkoutsOf(first.orderId)).toHaveLength(1);
    // The invoice is made at once (the job later finds it made) and is what the checkout charges.
    const invoices = (await org.http.get('/api/billing/invoices')).json();
    expect(invoices.items).toHaveLength(1);
    expect(invoices.awaiting).toBe(0);
  });

  it('comes back to the confirmation page, which shows the payment paid; a paid order offers no checkout', async () => {
    const org = await member();
    const key = randomUUID();
    const bought = (await purchase(org, key)).json();
    const pending = (await org.http.get(`/api/billing/orders/${bought.orderId}/payment`)).json();
    expect(pending).toMatchObject({ state: 'pending', paymentMethod: 'card' });
    const back = await onProviderPage(org, bought.checkout.url, 'paid');
    expect(`${back.pathname}${back.search}`).toBe(`/portal/membership/checkout?order=${bought.orderId}`);
    const paid = (await org.http.get(`/api/billing/orders/${bought.orderId}/payment`)).json();
    expect(paid).toMatchObject({ state: 'paid', totalMinor: 12100 });
    expect(paid.invoiceNumber).toMatch(/^\d{4}-\d{6}$/);
    expect((await purchase(org, key)).json().checkout).toBeNull();
    const retry = await org.http.post(`/api/billing/orders/${bought.orderId}/pay`);
    expect(retry.statusCode).toBe(409);
  });

  it('after a declined card the retry makes a new checkout (once, also when clicked twice) that then pays', async () => {
    const org = await member();
    const bought = (await purchase(org, randomUUID())).json();
    const back = await onProviderPage(org, bought.checkout.url, 'failed');
    expect(back.searchParams.get('order')).toBe(bought.orderId);
    expect(back.searchParams.get('failed')).toBe('1');
    expect((await org.http.get(`/api/billing/orders/${bought.orderId}/payment`)).json().state).toBe('failed');

    const [r1, r2] = await Promise.all([
      org.http.post(`/api/billing/orders/${bought.orderId}/pay`),
      org.http.post(`/api/billing/orders/${bought.orderId}/pay`),
    ]);
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r2.json().url).toBe(r1.json().url);
    expect(r1.json().url).not.toBe(bought.checkout.url);
    expect(await checkoutsOf(bought.orderId)).toHaveLength(2);
    expect((await org.http.get(`/api/billing/orders/${bought.orderId}/payment`)).json().state).toBe('pending');
    await onProviderPage(org, r1.json().url, 'paid');
    expect((await org.http.get(`/api/billing/orders/${bought.orderId}/payment`)).json().state).toBe('paid');
  });

  it("refuses another organisation's order", async () => {
    const org = await member();
    const other = await member();
    const bought = (await purchase(org, randomUUID())).json();
    expect((await other.http.get(`/api/billing/orders/${bought.orderId}/payment`)).statusCode).toBe(404);
    expect((await other.http.post(`/api/billing/orders/${bought.orderId}/pay`)).statusCode).toBe(404);
  });

  it('sends the test page back to portal paths of this site only', async () => {
    const org = await member();
    const bought = (await purchase(org, randomUUID())).json();
    const page = new URL(bought.checkout.url);
    for (const evil of ['https://evil.example/x', '//evil.example/portal/', '/portal//evil.example']) {
      const res = await rt.app.inject({
        method: 'POST',
        url: page.pathname,
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: org.http.cookie, origin: ORIGIN },
        payload: new URLSearchParams({ outcome: 'failed', return: evil }).toString(),
      });
      expect(new URL(String(res.headers.location)).origin).toBe(ORIGIN);
      expect(String(res.headers.location)).toContain('/portal/invoices?paid=');
    }
  });
});

describe('no invitation once joined', () => {
  it('the points summary stops inviting once the organisation holds a membership', async () => {
    const org = await member();
    expect((await org.http.get('/api/products')).json().summary.invited).toBe(true);
    expect((await purchase(org, randomUUID(), 'bank_transfer')).statusCode).toBe(200);
    expect((await org.http.get('/api/products')).json().summary.invited).toBe(false);
  });
});

describe('the direct-debit collection date at checkout', () => {
  it('is the date the pre-notification later announces, moved off a weekend, and said so from the start', async () => {
    // Bought on Thursday 3 Dec 2026: due 30 days later on Saturday 2 Jan 2027.
    rt.clock.set('2026-12-03T10:00:00Z');
    const org = await member();
    const quote = (await org.http.get('/api/membership/quote?tierCode=silver')).json();
    expect(quote).toMatchObject({
      dueOn: '2027-01-02',
      collectionOn: '2027-01-04',
      collectionReason: 'not_a_business_day',
    });
    const res = await purchase(org, randomUUID(), 'sepa_debit', {
      sepa: { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Test', consent: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const bought = res.json();
    expect(bought.checkout).toBeNull();
    expect(bought.quote).toMatchObject({ dueOn: '2027-01-02', collectionOn: '2027-01-04' });
    const welcome = (await rt.services.mailer.list(1000)).find(
      (m) => m.toAddress === org.email && m.template === 'membership_welcome',
    );
    expect(welcome?.text).toContain('4 January 2027');
    await rt.services.billing.invoiceOrder(bought.orderId);
    const invoiceMail = (await rt.services.mailer.list(1000)).find(
      (m) => m.toAddress === org.email && m.template === 'invoice',
    );
    expect(invoiceMail?.text).toContain('collected by direct debit on 4 January 2027');

    // The nights pass until the pre-notification: it announces the same date.
    let announced: string | null = null;
    for (let day = 4; day <= 31 && !announced; day++) {
      rt.clock.set(`2026-12-${String(day).padStart(2, '0')}T06:00:00Z`);
      await rt.runDaily();
      const [inv] = await rt.database.db
        .select()
        .from(schema.invoices)
        .where(eq(schema.invoices.orderId, bought.orderId));
      announced = inv?.collectionDate ?? null;
    }
    expect(announced).toBe('2027-01-04');
    rt.clock.set('2026-11-25T10:00:00Z');
  });
});

describe('one source of tier names', () => {
  it('names a renamed tier the same on My products and on the invoice, in each language', async () => {
    const admin = await adminClient(rt);
    const silver = DEFAULT_TIERS.find((t) => t.code === 'silver')!;
    const saved = await admin.post('/api/admin/tiers', { ...silver, names: { nl: 'Zilver Pro', en: 'Silver Pro' } });
    expect(saved.statusCode, saved.body).toBe(200);

    const newcomer = await member(0);
    const summary = (await newcomer.http.get('/api/products')).json().summary;
    expect(summary.nextTier).toMatchObject({ code: 'silver', names: { nl: 'Zilver Pro', en: 'Silver Pro' } });

    const org = await member();
    const bought = (await purchase(org, randomUUID(), 'bank_transfer')).json();
    const inv = await rt.services.billing.invoiceOrder(bought.orderId);
    expect(inv?.lines[0]?.description).toContain(inv?.locale === 'nl' ? 'Zilver Pro' : 'Silver Pro');
  });
});
