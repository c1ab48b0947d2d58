import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { createDomainEvents } from '../platform/events.js';
import { adminClient, approvedOrganisation, givePoints } from '../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';
import { orderSettlementFlow } from './order-settlement.js';

describe('order settlement: billing announces, the membership follows', () => {
  it('hands each fact to the membership once, awaiting it', async () => {
    const events = createDomainEvents<{ orderPaid: { orderId: string }; orderUnpaid: { orderId: string } }>();
    const heard: string[] = [];
    orderSettlementFlow({
      billing: { subscribe: events.subscribe },
      membership: {
        orderPaid: async (actor, orderId) => {
          await new Promise((r) => setTimeout(r, 5));
          heard.push(`paid ${orderId} by ${actor ?? 'billing'}`);
        },
        orderUnpaid: async (orderId) => {
          heard.push(`unpaid ${orderId}`);
        },
      },
    });
    await events.publish('orderPaid', { orderId: 'o-1' });
    expect(heard).toEqual(['paid o-1 by billing']);
    await events.publish('orderUnpaid', { orderId: 'o-1' });
    expect(heard).toEqual(['paid o-1 by billing', 'unpaid o-1']);
  });

  describe('in the composed app', () => {
    let rt: TestRuntime;
    beforeAll(async () => {
      rt = await startTestRuntime();
    });

    const orderOf = async (orderId: string) =>
      (await rt.database.db.select().from(schema.orders).where(eq(schema.orders.id, orderId)))[0]!;

    /** The invoice job runs in the background: wait for it. */
    async function invoiceOf(orderId: string) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
        if (row?.pdfKey) return row;
        if (Date.now() > deadline) throw new Error(`no invoice for order ${orderId}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    it('a settled direct debit marks the order paid; the bank returning it makes the order unpaid again', async () => {
      const finance = await adminClient(rt);
      const org = await approvedOrganisation(rt);
      await givePoints(rt, org.organisationId, 600);
      const { orderId } = (
        await org.http.post('/api/membership/purchase', {
          idempotencyKey: randomUUID(),
          tierCode: 'silver',
          paymentMethod: 'sepa_debit',
          sepa: { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Test', consent: true },
          acceptTerms: true,
        })
      ).json();
      const invoice = await invoiceOf(orderId);
      expect((await orderOf(orderId)).paidAt).toBeNull();

      const run = (await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
      const item = run.items.find((i: { invoiceId: string }) => i.invoiceId === invoice.id);
      expect(item).toBeDefined();
      await finance.post(`/api/finance/collection-runs/${run.id}/submitted`);
      expect((await finance.post(`/api/finance/collection-runs/${run.id}/settled`)).statusCode).toBe(200);
      expect((await orderOf(orderId)).paidAt).not.toBeNull();

      const returned = await finance.post(`/api/finance/collection-items/${item.id}/returned`, { reason: 'MD06' });
      expect(returned.statusCode).toBe(200);
      expect((await orderOf(orderId)).paidAt).toBeNull();
    });
  });
});
