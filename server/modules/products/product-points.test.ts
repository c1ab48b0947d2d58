import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MyProducts } from '../../../contracts/products.js';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, modelByCode } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';
import { complete, productsKit } from './products.fixtures.js';

const kit = productsKit();
const { nextSerial } = kit;
let rt: TestRuntime;
beforeAll(() => {
  rt = kit.rt;
});

describe('points from products', () => {
  it('invites the organisation once when it first reaches 500 points, not again after a dip', async () => {
    const { http, email } = await approvedOrganisation(rt, { locale: 'nl' });
    const r5 = await modelByCode(rt, 'EOS-R5');
    const r6 = await modelByCode(rt, 'EOS-R6-II');
    const res = await http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [
        { modelId: r5.id, serialNumber: nextSerial(), ...complete },
        { modelId: r6.id, serialNumber: nextSerial(), ...complete },
      ],
    });
    expect(res.json().summary).toMatchObject({ balance: 500, invited: true });
    const mails = (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === email);
    expect(mails.map((m) => m.template)).toEqual(['cps_invitation']);
    expect(mails[0]?.subject).toBe('U bent uitgenodigd om CPS-lid te worden');
    // Its button leads to the tiers: the membership page's tiers section.
    expect(mails[0]?.text).toMatch(/https?:\/\/[^\s]+\/portal\/membership#tiers/);
    expect(mails[0]?.text).not.toContain('/portal/products');

    const r6Id = res.json().items.find((p: { modelCode: string }) => p.modelCode === 'EOS-R6-II').id;
    const sold = await http.post(`/api/products/${r6Id}/end`, { reason: 'sold' });
    expect(sold.json().summary).toMatchObject({ balance: 300, invited: true });
    const again = await http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: r6.id, serialNumber: nextSerial(), ...complete }],
    });
    expect(again.json().summary.balance).toBe(500);
    expect((await rt.services.mailer.list(1000)).filter((m) => m.toAddress === email)).toHaveLength(1);
  });

  it('invites exactly once when parallel registrations cross the threshold together', async () => {
    const { http, email, organisationId } = await approvedOrganisation(rt);
    const model = await modelByCode(rt, 'EOS-R8');
    const register = () =>
      http.post('/api/products', {
        idempotencyKey: randomUUID(),
        items: [{ modelId: model.id, serialNumber: nextSerial(), ...complete }],
      });
    // 120 points each: the threshold of 500 is crossed by whichever of them commit fifth and later.
    const first = await Promise.all(Array.from({ length: 12 }, register));
    expect(first.every((r) => r.statusCode === 201)).toBe(true);
    const list = MyProducts.parse((await http.get('/api/products')).json());
    expect(list.summary).toMatchObject({ balance: 1440, invited: true });
    const [row] = await rt.database.db
      .select({ n: count() })
      .from(schema.cpsInvitations)
      .where(eq(schema.cpsInvitations.organisationId, organisationId));
    expect(Number(row?.n)).toBe(1);
    // Once invited, registrations take the short way (no lock) and invite no one again.
    const more = await Promise.all(Array.from({ length: 8 }, register));
    expect(more.every((r) => r.statusCode === 201)).toBe(true);
    expect(more.map((r) => r.json().summary.invited)).toEqual(Array(8).fill(true));
    expect((await http.get('/api/products')).json().summary.balance).toBe(2400);
    const mails = (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === email);
    expect(mails.map((m) => m.template)).toEqual(['cps_invitation']);
  });

  it('keeps what a product earned when the catalogue value changes later', async () => {
    const { http } = await approvedOrganisation(rt);
    const model = await modelByCode(rt, 'XF605');
    const first = await http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: nextSerial(), ...complete }],
    });
    expect(first.json().summary.balance).toBe(200);
    const admin = client(rt.app);
    await admin.post('/api/auth/login', { email: 'admin@example.test', password: 'Admin-password-123!' });
    expect((await admin.put(`/api/admin/catalogue/${model.id}/points`, { points: 260 })).json().points).toBe(260);
    const second = await http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: nextSerial(), ...complete }],
    });
    expect(second.json().summary.balance).toBe(460);
    expect(
      (await http.get('/api/products'))
        .json()
        .items.map((p: { points: number }) => p.points)
        .sort(),
    ).toEqual([200, 260]);
  });

  it('makes exactly one ledger entry when 50 requests complete the same product at once', async () => {
    const { http } = await approvedOrganisation(rt);
    const model = await modelByCode(rt, 'EOS-C70');
    const created = await http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: nextSerial(), purchaseDate: '2025-01-01', purchaseCountry: 'DE' }],
    });
    const id = created.json().items[0].id;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => http.patch(`/api/products/${id}`, { dealer: 'Calumet' })),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const [row] = await rt.database.db
      .select({ n: count() })
      .from(schema.pointsLedger)
      .where(eq(schema.pointsLedger.productId, id));
    expect(Number(row?.n)).toBe(1);
    expect((await http.get('/api/products')).json().summary.balance).toBe(300);
  });
});
