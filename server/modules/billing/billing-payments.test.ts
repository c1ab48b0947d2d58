import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { ORIGIN } from '../../test/http.js';
import { billingTestbed, camt } from './billing.fixtures.js';

// Payments (bank statements, card), credit notes and SEPA direct debits of issued invoices.
const { ctx, buyer, invoiceOf, imported, upload } = billingTestbed();

describe('payments', () => {
  it('reconciles a CAMT.053 statement: by reference, partial, by amount and name, unmatched; twice changes nothing', async () => {
    const a = await buyer();
    const b = await buyer();
    const c = await buyer();
    const [ia, ib, ic] = [await invoiceOf(a.orderId), await invoiceOf(b.orderId), await invoiceOf(c.orderId)];
    const xml = camt([
      { amount: '121.00', ref: ia.paymentReference!, name: 'Someone' },
      { amount: '50.00', ustrd: `Invoice ${ib.number} ${ib.paymentReference}`, name: 'Someone else' },
      { amount: '121.00', ustrd: 'membership', name: ic.buyer.name },
      { amount: '77.77', ustrd: 'unknown', name: 'Nobody' },
      { amount: '3.50', ustrd: 'bank costs', name: 'Bank', cd: 'DBIT' },
    ]);
    const first = await upload(xml);
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json().duplicate).toBe(false);
    const done = await imported(first.json().statement.id);
    expect(done.lines.map((l: { status: string; matchedBy: string | null }) => [l.status, l.matchedBy])).toEqual([
      ['matched', 'reference'],
      ['matched', 'reference'],
      ['matched', 'amount_and_name'],
      ['unmatched', null],
      ['ignored', null],
    ]);
    const status = async (id: string) =>
      (await ctx.rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, id)))[0]!;
    expect((await status(ia.id)).paymentStatus).toBe('paid');
    expect(await status(ib.id)).toMatchObject({ paymentStatus: 'partially_paid', paidMinor: 5000 });
    expect((await status(ic.id)).paymentStatus).toBe('paid');
    const again = await upload(xml);
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    expect((await status(ib.id)).paidMinor).toBe(5000);

    const unmatched = (await ctx.finance.get('/api/finance/statement-lines/unmatched')).json().items;
    const line = unmatched.find((l: { amountMinor: number }) => l.amountMinor === 7777);
    expect(
      (await ctx.finance.post(`/api/finance/statement-lines/${line.id}/match`, { invoiceId: ib.id })).statusCode,
    ).toBe(200);
    expect((await status(ib.id)).paidMinor).toBe(5000 + 7777);
    const [order] = await ctx.rt.database.db.select().from(schema.orders).where(eq(schema.orders.id, a.orderId));
    expect(order?.paidAt).not.toBeNull();
  });

  it('takes a card payment through the test provider’s hosted page and signed webhook, once', async () => {
    const { http, orderId } = await buyer('NL', null, 'card');
    const inv = await invoiceOf(orderId);
    const checkout = (await http.post(`/api/billing/invoices/${inv.id}/pay`)).json();
    expect(checkout.testMode).toBe(true);
    const path = new URL(checkout.url).pathname;
    const page = await http.get(path);
    expect(page.body).toContain('TEST MODE');
    const paid = await ctx.rt.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: http.cookie, origin: ORIGIN },
      payload: 'outcome=paid',
    });
    expect(paid.statusCode).toBe(303);
    expect(paid.headers.location).toContain('/portal/invoices?paid=');
    const after = (await http.get('/api/billing/invoices')).json().items[0];
    expect(after).toMatchObject({ paymentStatus: 'paid', paidMinor: 12100 });
    // The provider retrying the same event changes nothing; a forged one is refused.
    await ctx.rt.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      payload: 'outcome=paid',
    });
    expect((await http.get('/api/billing/invoices')).json().items[0].paidMinor).toBe(12100);
    const forged = await ctx.rt.app.inject({
      method: 'POST',
      url: '/api/billing/webhooks/test',
      headers: { 'content-type': 'application/json', 'x-propass-test-signature': 'f'.repeat(64) },
      payload: JSON.stringify({ eventId: 'x', sessionId: 'y', type: 'checkout.paid', amountMinor: 1 }),
    });
    expect(forged.statusCode).toBe(403);

    // Finance sees the payment once, with its route and the invoice it paid.
    const payments = (await ctx.finance.get('/api/finance/payments?source=card')).json();
    expect(payments.items.filter((p: { invoiceId: string }) => p.invoiceId === inv.id)).toEqual([
      expect.objectContaining({ invoiceNumber: inv.number, amountMinor: 12100, source: 'card', currency: 'EUR' }),
    ]);
    expect((await ctx.finance.get('/api/finance/payments?source=bank_statement')).json().items).not.toContainEqual(
      expect.objectContaining({ invoiceId: inv.id }),
    );
    expect((await ctx.finance.get('/api/finance/payments?source=cash')).statusCode).toBe(400);
    expect((await http.get('/api/finance/payments')).statusCode).toBe(403);
  });

  it('voids an invoice with a credit note in its own series', async () => {
    const { orderId, email } = await buyer();
    const inv = await invoiceOf(orderId);
    const credit = (await ctx.finance.post(`/api/finance/invoices/${inv.id}/credit-note`)).json();
    expect(credit).toMatchObject({
      kind: 'credit_note',
      number: expect.stringMatching(/^CN-2026-\d{6}$/),
      totalMinor: 12100,
    });
    expect((await ctx.finance.post(`/api/finance/invoices/${inv.id}/credit-note`)).json().number).toBe(credit.number);
    const [original] = await ctx.rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, inv.id));
    expect(original).toMatchObject({ documentStatus: 'void', number: inv.number });
    expect(
      (await ctx.rt.services.mailer.list(1000)).some((m) => m.toAddress === email && m.template === 'credit_note'),
    ).toBe(true);
    const listed = (await ctx.finance.get('/api/finance/invoices')).json();
    expect(listed.totals.totalMinor).toBeGreaterThanOrEqual(0);
  });
});

describe('SEPA direct debit', () => {
  it('collects on the due date: the pain.008 file holds the invoice (FRST, then RCUR on the same mandate); settling pays it; a return reopens it', async () => {
    const org = await approvedOrganisation(ctx.rt);
    await givePoints(ctx.rt, org.organisationId, 600);
    const sepa = { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Test', consent: true };
    const first = (
      await org.http.post('/api/membership/purchase', {
        idempotencyKey: randomUUID(),
        tierCode: 'silver',
        paymentMethod: 'sepa_debit',
        sepa,
        acceptTerms: true,
      })
    ).json();
    const inv = await invoiceOf(first.orderId);
    expect(inv.mandateReference).toMatch(/^PP-/);

    // Before the due date nothing is collected (and an empty run writes no file); due on Christmas
    // Day, it is collected on the next TARGET2 business day, Monday 28 December.
    const earlyRes = await ctx.finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-24' });
    expect(earlyRes.statusCode, earlyRes.body).toBe(422);
    expect(earlyRes.json().error.code).toBe('nothing_to_collect');
    const run = (await ctx.finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
    const item = run.items.find((i: { invoiceId: string }) => i.invoiceId === inv.id);
    expect(item).toMatchObject({ sequenceType: 'FRST', mandateReference: inv.mandateReference, amountMinor: 12100 });
    const file = (await ctx.finance.get(`/api/finance/collection-runs/${run.id}/pain008`)).body;
    expect(file).toContain('urn:iso:std:iso:20022:tech:xsd:pain.008.001.02');
    expect(file).toContain(`<EndToEndId>${inv.number}</EndToEndId>`);
    expect(file).toContain('<SeqTp>FRST</SeqTp>');
    expect(file).toContain('<ReqdColltnDt>2026-12-28</ReqdColltnDt>');
    expect(file).toContain(`<MndtId>${inv.mandateReference}</MndtId>`);
    // The same invoice is not collected twice: nothing is left to collect.
    expect(
      (await ctx.finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-29' })).json().error.code,
    ).toBe('nothing_to_collect');

    expect((await ctx.finance.post(`/api/finance/collection-runs/${run.id}/submitted`)).json().status).toBe(
      'submitted',
    );
    expect((await ctx.finance.post(`/api/finance/collection-runs/${run.id}/settled`)).json().status).toBe('settled');
    const paid = (await org.http.get('/api/billing/invoices'))
      .json()
      .items.find((i: { id: string }) => i.id === inv.id);
    expect(paid.paymentStatus).toBe('paid');

    // A renewal from the same account collects under the same mandate, now RCUR.
    const renewal = (
      await org.http.post('/api/membership/purchase', {
        idempotencyKey: randomUUID(),
        tierCode: 'silver',
        kind: 'renewal',
        paymentMethod: 'sepa_debit',
        sepa,
        acceptTerms: true,
      })
    ).json();
    const second = await invoiceOf(renewal.orderId);
    expect(second.mandateReference).toBe(inv.mandateReference);
    expect(second.dueDate).toBe('2026-12-25');
    const run2 = (await ctx.finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
    expect(run2.items.find((i: { invoiceId: string }) => i.invoiceId === second.id)?.sequenceType).toBe('RCUR');

    // The bank returns the first collection: the invoice is open again and the customer is told.
    expect(
      (await ctx.finance.post(`/api/finance/collection-items/${item.id}/returned`, { reason: 'MD06 refund request' }))
        .statusCode,
    ).toBe(200);
    const reopened = (await org.http.get('/api/billing/invoices'))
      .json()
      .items.find((i: { id: string }) => i.id === inv.id);
    expect(reopened).toMatchObject({ paidMinor: 0 });
    expect(reopened.paymentStatus).toBe('failed');
    expect(
      (await ctx.rt.services.mailer.list(1000)).some(
        (m) => m.toAddress === org.email && m.template === 'direct_debit_returned',
      ),
    ).toBe(true);
  });
});
