import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProductDetail } from '../../../contracts/products.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, CUSTOMER_PASSWORD, givePoints, modelByCode } from '../../test/fixtures.js';
import type { TestRuntime } from '../../test/runtime.js';
import { complete, productsKit } from './products.fixtures.js';

const kit = productsKit();
let rt: TestRuntime;
beforeAll(() => {
  rt = kit.rt;
});

type Customer = Awaited<ReturnType<typeof approvedOrganisation>>;

/** Moves the test clock; sessions expire as it moves, so each customer logs in again. */
async function at(iso: string, ...customers: Customer[]) {
  rt.clock.set(iso);
  for (const c of customers) await c.http.post('/api/auth/login', { email: c.email, password: CUSTOMER_PASSWORD });
}

async function register(c: Customer, modelId: string, n: number): Promise<string[]> {
  const res = await c.http.post('/api/products', {
    idempotencyKey: randomUUID(),
    items: Array.from({ length: n }, () => ({ modelId, serialNumber: kit.nextSerial(), ...complete })),
  });
  expect(res.statusCode).toBe(201);
  return res.json().items.map((p: { id: string }) => p.id);
}

const balance = async (c: Customer) => (await c.http.get('/api/products')).json().summary.balance as number;
const mailsTo = async (email: string) =>
  (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === email && m.template === 'product_end_of_support');
const removals = (organisationId: string) =>
  rt.database.db
    .select()
    .from(schema.pointsLedger)
    .where(
      and(eq(schema.pointsLedger.organisationId, organisationId), eq(schema.pointsLedger.reason, 'end_of_support')),
    );

describe('end of support of a catalogue model', () => {
  it('tells the customer 30 days before, once, then removes the points of that model’s products once', async () => {
    rt.clock.set('2026-11-25T10:00:00Z');
    const admin = await adminClient(rt);
    const [ending, other] = [await modelByCode(rt, 'EOS-5D-IV'), await modelByCode(rt, 'EOS-R5')];
    const a = await approvedOrganisation(rt, { locale: 'nl' });
    const b = await approvedOrganisation(rt);
    const endingIds = await register(a, ending.id, 2); // 2 × 250
    await register(a, other.id, 1); // 300
    await register(b, other.id, 1); // 300, another model only
    expect(await balance(a)).toBe(800);

    const set = await admin.put(`/api/admin/catalogue/${ending.id}/end-of-support`, { endOfSupportOn: '2027-01-31' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ modelCode: 'EOS-5D-IV', endOfSupportOn: '2027-01-31' });
    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'catalogue.end_of_support_set'));
    expect(audit.map((e) => e.detail)).toEqual([{ from: null, to: '2027-01-31' }]);

    // View product shows the date before it comes.
    const detail = ProductDetail.parse((await a.http.get(`/api/products/${endingIds[0]}`)).json());
    expect(detail.endOfSupport).toEqual({ on: '2027-01-31', pointsRemoved: false });
    const otherDetail = (await b.http.get('/api/products')).json().items[0];
    expect(ProductDetail.parse((await b.http.get(`/api/products/${otherDetail.id}`)).json()).endOfSupport).toBeNull();

    // 31 days before: nothing yet; 30 days before: one e-mail in the user's language, not again.
    await at('2026-12-31T22:59:00Z', a, b); // 23:59 on 31 December in Amsterdam: 31 days before
    await rt.services.endOfSupport.runDaily();
    expect(await mailsTo(a.email)).toHaveLength(0);
    await at('2027-01-01T08:00:00Z', a, b);
    await Promise.all([rt.services.endOfSupport.runDaily(), rt.services.endOfSupport.runDaily()]);
    await rt.services.endOfSupport.runDaily();
    const notices = await mailsTo(a.email);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe('EOS 5D Mark IV: einde ondersteuning op 31 januari 2027');
    expect(await mailsTo(b.email)).toHaveLength(0);
    expect(await balance(a)).toBe(800);

    // The day before: points kept. On the date: removed once, even by two runs at once and a third.
    await at('2027-01-30T10:00:00Z', a, b);
    await rt.services.endOfSupport.runDaily();
    expect(await removals(a.organisationId)).toHaveLength(0);
    await at('2027-01-31T10:00:00Z', a, b);
    await Promise.all([rt.services.endOfSupport.runDaily(), rt.services.endOfSupport.runDaily()]);
    await rt.services.endOfSupport.runDaily();
    const entries = await removals(a.organisationId);
    expect(entries.map((e) => [e.productId, e.delta]).sort()).toEqual(endingIds.map((id) => [id, -250]).sort());
    expect(await balance(a)).toBe(300);
    expect(await balance(b)).toBe(300);
    expect(await removals(b.organisationId)).toHaveLength(0);
    expect(ProductDetail.parse((await a.http.get(`/api/products/${endingIds[0]}`)).json()).endOfSupport).toEqual({
      on: '2027-01-31',
      pointsRemoved: true,
    });

    // Selling such a product later removes nothing more: its points are already gone.
    expect((await a.http.post(`/api/products/${endingIds[0]}/end`, { reason: 'sold' })).statusCode).toBe(200);
    expect(await balance(a)).toBe(300);
    expect(await mailsTo(a.email)).toHaveLength(1);
  });

  it('catches up on a date passed while the job did not run, without an e-mail after the date', async () => {
    rt.clock.set('2026-11-25T10:00:00Z');
    const admin = await adminClient(rt);
    const model = await modelByCode(rt, 'EOS-R7');
    const c = await approvedOrganisation(rt);
    await register(c, model.id, 1);
    await admin.put(`/api/admin/catalogue/${model.id}/end-of-support`, { endOfSupportOn: '2026-12-01' });
    await at('2026-12-20T10:00:00Z', c);
    await rt.services.endOfSupport.runDaily();
    expect(await balance(c)).toBe(0);
    expect(await mailsTo(c.email)).toHaveLength(0);
  });

  it('judges the tier at renewal by the balance after the removal', async () => {
    rt.clock.set('2026-11-25T10:00:00Z');
    const admin = await adminClient(rt);
    const model = await modelByCode(rt, 'EOS-R6');
    const c = await approvedOrganisation(rt);
    await register(c, model.id, 3); // 3 × 180 = 540
    await givePoints(rt, c.organisationId, 500); // 1040: Gold (≥ 1000)
    const bought = await c.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'gold',
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
    });
    expect(bought.statusCode).toBe(200);
    const quote = (tierCode: string) => c.http.get(`/api/membership/quote?tierCode=${tierCode}&kind=renewal`);
    expect((await quote('gold')).statusCode).toBe(200);

    await admin.put(`/api/admin/catalogue/${model.id}/end-of-support`, { endOfSupportOn: '2026-12-10' });
    await at('2026-12-10T10:00:00Z', c);
    await rt.services.endOfSupport.runDaily();
    expect(await balance(c)).toBe(500);
    const refused = await quote('gold');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('not_eligible');
    expect((await quote('silver')).json()).toMatchObject({ tierCode: 'silver', kind: 'renewal' });
  });

  it('refuses a date that does not exist, and changes nothing', async () => {
    const admin = await adminClient(rt);
    const model = await modelByCode(rt, 'EOS-R100');
    const res = await admin.put(`/api/admin/catalogue/${model.id}/end-of-support`, { endOfSupportOn: '2027-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect((await modelByCode(rt, 'EOS-R100')).endOfSupportOn).toBeNull();
  });

  it('imports the date from the catalogue CSV and exports it; a bad date refuses the file with its row', async () => {
    const admin = await adminClient(rt);
    const csv = (date: string) =>
      `model_code,name,category,points,active,end_of_support\nPRO-300,imagePROGRAF PRO-300,printer,80,true,${date}\n`;
    const bad = await admin.post('/api/admin/catalogue/import', csv('2027-13-01'), { 'content-type': 'text/csv' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.problems).toEqual([{ row: 2, column: 'end_of_support', problem: expect.any(String) }]);
    expect((await modelByCode(rt, 'PRO-300')).endOfSupportOn).toBeNull();
    const good = await admin.post('/api/admin/catalogue/import', csv('2027-06-30'), { 'content-type': 'text/csv' });
    expect(good.json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await modelByCode(rt, 'PRO-300')).endOfSupportOn).toBe('2027-06-30');
    const exported = (await admin.get('/api/admin/catalogue/export')).body.split(/\r?\n/);
    expect(exported.find((line) => line.startsWith('PRO-300,'))).toBe(
      'PRO-300,imagePROGRAF PRO-300,printer,80,true,2027-06-30',
    );
    // A file without the column leaves the date alone.
    const without = 'model_code,name,category,points\nPRO-300,imagePROGRAF PRO-300,printer,80\n';
    expect((await admin.post('/api/admin/catalogue/import', without, { 'content-type': 'text/csv' })).json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect((await modelByCode(rt, 'PRO-300')).endOfSupportOn).toBe('2027-06-30');
  });
});
