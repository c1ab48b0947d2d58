import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerOverview } from '../../contracts/overview.js';
import { schema } from '../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints, modelByCode } from '../test/fixtures.js';
import { multipart, ORIGIN } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

type Customer = Awaited<ReturnType<typeof approvedOrganisation>>;
const complete = { purchaseDate: '2025-06-01', purchaseCountry: 'NL', dealer: 'Foto Konijnenberg' };
const serial = () => `HOME${randomUUID().slice(0, 12).toUpperCase()}`;

async function overview(org: Customer): Promise<CustomerOverview> {
  const res = await org.http.get('/api/overview');
  expect(res.statusCode, res.body).toBe(200);
  // The answer is what the contract promises (the web app relies on it).
  return CustomerOverview.parse(res.json());
}

/** EOS R5 (300 points each); `incomplete` of them without a dealer. */
async function registerR5(org: Customer, completeCount: number, incomplete = 0) {
  const r5 = await modelByCode(rt, 'EOS-R5');
  const items = [
    ...Array.from({ length: completeCount }, () => ({ modelId: r5.id, serialNumber: serial(), ...complete })),
    ...Array.from({ length: incomplete }, () => ({
      modelId: r5.id,
      serialNumber: serial(),
      purchaseDate: '2025-01-01',
    })),
  ];
  const res = await org.http.post('/api/products', { idempotencyKey: randomUUID(), items });
  expect(res.statusCode, res.body).toBe(201);
}

async function openTicket(org: Customer, subject: string) {
  const body = multipart(
    {
      ticket: JSON.stringify({
        idempotencyKey: randomUUID(),
        category: 'membership',
        subject,
        message: 'Where do I find my membership card?',
        attachments: [],
      }),
    },
    [],
  );
  const res = await rt.app.inject({
    method: 'POST',
    url: '/api/support/tickets',
    headers: { ...body.headers, cookie: org.http.cookie, origin: ORIGIN },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** An agent answers a ticket; without a status it then waits for the customer. */
async function agentReply(id: string, status?: 'resolved') {
  const admin = await adminClient(rt);
  const body = multipart(
    { reply: JSON.stringify({ message: 'Under My account.', ...(status ? { status } : {}) }) },
    [],
  );
  const res = await rt.app.inject({
    method: 'POST',
    url: `/api/support/tickets/${id}/messages`,
    headers: { ...body.headers, cookie: admin.cookie, origin: ORIGIN },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

/** Buys Silver; the invoice is made at once (the job would do it within a minute). */
async function buySilver(org: Customer, paymentMethod: 'bank_transfer' | 'card') {
  const res = await org.http.post('/api/membership/purchase', {
    idempotencyKey: randomUUID(),
    tierCode: 'silver',
    paymentMethod,
    acceptTerms: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  const bought = res.json();
  const invoice = await rt.services.billing.invoiceOrder(bought.orderId);
  return { ...bought, invoice: invoice! };
}

/** Pays a card order on the test provider's hosted page. */
async function payByCard(org: Customer, checkoutUrl: string) {
  const page = new URL(checkoutUrl);
  const shown = await org.http.get(`${page.pathname}${page.search}`);
  const back = /name="return" value="([^"]+)"/.exec(shown.body)?.[1];
  const res = await rt.app.inject({
    method: 'POST',
    url: page.pathname,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: org.http.cookie, origin: ORIGIN },
    payload: new URLSearchParams({ outcome: 'paid', ...(back ? { return: back } : {}) }).toString(),
  });
  expect(res.statusCode).toBe(303);
}

describe('the customer overview, stage by stage', () => {
  it('new: no products, 0 points, Silver 500 points away, and the one step is to register products', async () => {
    const org = await approvedOrganisation(rt);
    const home = await overview(org);
    expect(home.steps).toEqual([{ kind: 'register_products' }]);
    expect(home.points).toMatchObject({ balance: 0, nextTier: { code: 'silver', minPoints: 500, pointsToGo: 500 } });
    expect(home.products).toEqual({ total: 0, incomplete: 0 });
    expect(home.membership).toBeNull();
    expect(home.invoices).toEqual({ open: [], awaiting: 0 });
    expect(home.support).toEqual({ open: 0, waitingForCustomer: 0 });
  });

  it('new with a linked old programme account: MIGRATE PRODUCTS first, counting what is still to migrate', async () => {
    const legacyEmail = `old-${randomUUID().slice(0, 8)}@cps.example`;
    const org = await approvedOrganisation(rt, { legacyEmail });
    const account = `LA-${randomUUID().slice(0, 8)}`;
    await rt.database.db.insert(schema.legacyAccounts).values({ legacyId: account, email: legacyEmail });
    await rt.database.db.insert(schema.legacyProducts).values(
      ['a', 'b', 'c'].map((x) => ({
        legacyId: `${account}-${x}`,
        legacyAccountId: account,
        modelCode: 'EOS-R5',
        serialNumber: serial(),
        ...(x === 'c' ? { migrationOutcome: 'migrated' as const } : {}),
      })),
    );
    expect((await overview(org)).steps).toEqual([{ kind: 'migrate_products', count: 2 }]);

    // Without a linked e-mail (or with nothing left) it is registering products again.
    const other = await approvedOrganisation(rt, { legacyEmail: `none-${randomUUID().slice(0, 8)}@cps.example` });
    expect((await overview(other)).steps).toEqual([{ kind: 'register_products' }]);
  });

  it('products incomplete: the step says how many miss a detail; complete ones earn points toward the next tier', async () => {
    const org = await approvedOrganisation(rt);
    await registerR5(org, 1, 2);
    const home = await overview(org);
    expect(home.products).toEqual({ total: 3, incomplete: 2 });
    expect(home.steps).toEqual([{ kind: 'complete_products', count: 2 }]);
    expect(home.points).toMatchObject({ balance: 300, nextTier: { code: 'silver', pointsToGo: 200 } });
  });

  it('all products complete but short of the invitation: registering more products is the step, never "all set"', async () => {
    const org = await approvedOrganisation(rt);
    await registerR5(org, 1);
    const home = await overview(org);
    expect(home.products).toEqual({ total: 1, incomplete: 0 });
    expect(home.steps).toEqual([{ kind: 'register_products' }]);
  });

  it('invited: enough points and not a member, the step is to join CPS', async () => {
    const org = await approvedOrganisation(rt);
    await registerR5(org, 2);
    const home = await overview(org);
    expect(home.points).toMatchObject({ balance: 600, nextTier: { code: 'gold', pointsToGo: 400 } });
    expect(home.steps).toEqual([{ kind: 'join_cps' }]);
    expect(home.membership).toBeNull();
  });

  it('member with an open invoice: paying it comes first, with its amount and due date; membership, tier and number show', async () => {
    const org = await approvedOrganisation(rt);
    await registerR5(org, 2, 1);
    const bought = await buySilver(org, 'bank_transfer');
    const home = await overview(org);
    expect(home.membership).toMatchObject({
      status: 'active',
      tierCode: 'silver',
      tierName: 'Silver',
      membershipNumber: bought.membership.membershipNumber,
    });
    expect(home.steps[0]).toEqual({
      kind: 'pay_invoice',
      invoice: {
        id: bought.invoice.id,
        number: bought.invoice.number,
        openMinor: bought.invoice.totalMinor,
        currency: 'EUR',
        dueDate: bought.invoice.dueDate,
        paymentStatus: 'pending',
        paymentMethod: 'bank_transfer',
        collectionDate: null,
      },
    });
    expect(bought.invoice.totalMinor).toBeGreaterThan(0);
    // The incomplete product still asks for its details; joining is no longer a step.
    expect(home.steps.slice(1)).toEqual([{ kind: 'complete_products', count: 1 }]);
    expect(home.invoices.open).toHaveLength(1);
  });

  it('paid: nothing to pay and nothing left to do; the tier name follows the language', async () => {
    const org = await approvedOrganisation(rt, { locale: 'nl' });
    await givePoints(rt, org.organisationId, 1100);
    await registerR5(org, 1);
    const bought = await buySilver(org, 'card');
    expect((await overview(org)).steps.map((s) => s.kind)).toEqual(['pay_invoice']);
    await payByCard(org, bought.checkout.url);
    const home = await overview(org);
    expect(home.steps).toEqual([]);
    expect(home.invoices.open).toEqual([]);
    expect(home.membership).toMatchObject({ status: 'active', tierName: 'Zilver' });
    expect(home.points).toMatchObject({ balance: 1400, nextTier: { code: 'platinum', pointsToGo: 200 } });
  });

  it('open support tickets are counted, those waiting for the customer apart; resolved ones are not', async () => {
    const org = await approvedOrganisation(rt);
    await openTicket(org, 'Membership card');
    const answered = await openTicket(org, 'Second question');
    const solved = await openTicket(org, 'Third question');
    expect((await overview(org)).support).toEqual({ open: 3, waitingForCustomer: 0 });
    await agentReply(answered);
    await agentReply(solved, 'resolved');
    expect((await overview(org)).support).toEqual({ open: 2, waitingForCustomer: 1 });
  });
});

describe('whose data the overview shows', () => {
  it("never another organisation's products, points, invoices, tickets or old-programme products", async () => {
    const legacyEmail = `busy-${randomUUID().slice(0, 8)}@cps.example`;
    const busy = await approvedOrganisation(rt, { legacyEmail });
    await rt.database.db.insert(schema.legacyAccounts).values({ legacyId: `LB-${legacyEmail}`, email: legacyEmail });
    await rt.database.db
      .insert(schema.legacyProducts)
      .values({ legacyId: `LB-${legacyEmail}-1`, legacyAccountId: `LB-${legacyEmail}`, modelCode: 'EOS-R5' });
    await registerR5(busy, 2, 1);
    await buySilver(busy, 'bank_transfer');
    await openTicket(busy, 'Busy question');

    const quiet = await approvedOrganisation(rt);
    const home = await overview(quiet);
    expect(home.points.balance).toBe(0);
    expect(home.products).toEqual({ total: 0, incomplete: 0 });
    expect(home.membership).toBeNull();
    expect(home.invoices).toEqual({ open: [], awaiting: 0 });
    expect(home.support).toEqual({ open: 0, waitingForCustomer: 0 });
    expect(home.steps).toEqual([{ kind: 'register_products' }]);
    // And the busy organisation sees its own.
    const own = await overview(busy);
    expect(own.products.total).toBe(3);
    expect(own.support.open).toBe(1);
    expect(own.steps.map((s) => s.kind)).toEqual(['pay_invoice', 'migrate_products', 'complete_products']);
  });

  it('is for customers only: staff get 403, a visitor 401', async () => {
    const admin = await adminClient(rt);
    const staff = await admin.get('/api/overview');
    expect(staff.statusCode).toBe(403);
    expect(staff.json().error.code).toBe('forbidden');
    const visitor = await rt.app.inject({ method: 'GET', url: '/api/overview' });
    expect(visitor.statusCode).toBe(401);
  });
});
