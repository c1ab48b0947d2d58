import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { MyProducts, RegisterProductsResponse } from '../../../contracts/products.js';
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

describe('My products', () => {
  it('ships a labelled sample catalogue of at least 60 models, accessories and consumables at 0 points', async () => {
    const { http } = await approvedOrganisation(rt);
    const all = (await http.get('/api/catalogue?limit=500')).json().items;
    expect(all.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(all.map((m: { category: string }) => m.category));
    expect(categories.size).toBe(9);
    for (const m of all.filter((m: { category: string }) => ['accessory', 'consumable'].includes(m.category)))
      expect(m.points).toBe(0);
    const found = (await http.get('/api/catalogue?q=r5')).json().items.map((m: { name: string }) => m.name);
    expect(found).toEqual(expect.arrayContaining(['EOS R5', 'EOS R5 Mark II']));
  });

  it('registers several products at once: complete ones get a green check and points, the rest name what is missing', async () => {
    const { http } = await approvedOrganisation(rt);
    const r5 = await modelByCode(rt, 'EOS-R5');
    const lens = await modelByCode(rt, 'RF-24-70-28L');
    const grip = await modelByCode(rt, 'BG-R10');
    const res = await http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [
        { modelId: r5.id, serialNumber: nextSerial(), ...complete },
        { modelId: lens.id, serialNumber: nextSerial(), purchaseDate: '2024-02-10', purchaseCountry: 'BE' },
        { modelId: grip.id, serialNumber: nextSerial(), ...complete },
      ],
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    const byModel = Object.fromEntries(body.items.map((p: { modelCode: string }) => [p.modelCode, p]));
    expect(byModel['EOS-R5']).toMatchObject({ complete: true, points: 300, missing: [] });
    expect(byModel['RF-24-70-28L']).toMatchObject({ complete: false, missing: ['dealer'] });
    expect(byModel['BG-R10']).toMatchObject({ complete: true, points: 0 });
    expect(body.summary).toMatchObject({ balance: 300, invited: false, nextTier: { code: 'silver', pointsToGo: 200 } });

    // Complete the lens through View product: its points arrive then.
    const lensId = byModel['RF-24-70-28L'].id;
    const dealers = (await http.get('/api/products/dealers?q=konijn')).json().items;
    expect(dealers).toEqual(['Foto Konijnenberg']);
    const done = await http.patch(`/api/products/${lensId}`, { dealer: dealers[0] });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ complete: true, missing: [], summary: { balance: 450 } });
    expect(done.json().history.map((h: { action: string }) => h.action)).toEqual([
      'registered',
      'updated',
      'completed',
    ]);

    const list = MyProducts.parse((await http.get('/api/products')).json());
    expect(list.items).toHaveLength(3);
    expect(list).toMatchObject({ total: 3, nextCursor: null, summary: { balance: 450 } });
    // The list shows each product as the registration answered it (now completed for the lens).
    const registered = RegisterProductsResponse.parse(body).items;
    for (const item of registered) {
      const listed = list.items.find((p) => p.id === item.id);
      expect(listed).toEqual(
        item.id === lensId ? { ...item, dealer: 'Foto Konijnenberg', complete: true, missing: [] } : item,
      );
    }
  });

  it('pages My products beyond 2,000 products, newest first, each product once', async () => {
    const { http } = await approvedOrganisation(rt);
    const models = [await modelByCode(rt, 'EOS-R5'), await modelByCode(rt, 'RF-24-70-28L')];
    const batches = 41;
    for (let b = 0; b < batches; b++) {
      const res = await http.post('/api/products', {
        idempotencyKey: randomUUID(),
        items: Array.from({ length: 50 }, (_, i) => ({
          modelId: models[i % 2]!.id,
          serialNumber: nextSerial(),
          ...(i % 5 === 0 ? { purchaseDate: '2025-01-01' } : complete),
        })),
      });
      expect(res.statusCode).toBe(201);
      expect(() => RegisterProductsResponse.parse(res.json())).not.toThrow();
    }
    const all = batches * 50;
    const seen: string[] = [];
    const registeredAt: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await http.get(`/api/products?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = MyProducts.parse(res.json());
      expect(page.total).toBe(all);
      expect(page.summary.balance).toBe((all / 5) * 4 * ((300 + 150) / 2));
      seen.push(...page.items.map((p) => p.id));
      registeredAt.push(...page.items.map((p) => p.registeredAt));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(all / 500));
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    expect([...registeredAt].sort().reverse()).toEqual(registeredAt);

    // The default page, and a cursor that is not a product id.
    const first = MyProducts.parse((await http.get('/api/products')).json());
    expect(first.items.map((p) => p.id)).toEqual(seen.slice(0, first.items.length));
    expect(first.nextCursor).toBe(seen[first.items.length - 1]);
    expect((await http.get('/api/products?cursor=abc')).statusCode).toBe(400);
    expect((await http.get('/api/products?limit=0')).statusCode).toBe(400);
    // Another organisation's product as cursor shows nothing of either.
    const other = await approvedOrganisation(rt);
    expect((await other.http.get(`/api/products?cursor=${seen[10]}`)).json()).toMatchObject({ items: [], total: 0 });
  }, 120_000);

  it('registers a batch once when it is sent twice', async () => {
    const { http } = await approvedOrganisation(rt);
    const model = await modelByCode(rt, 'EOS-R8');
    const batch = {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: nextSerial(), ...complete }],
    };
    const [a, b] = await Promise.all([http.post('/api/products', batch), http.post('/api/products', batch)]);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(a.json().items[0].id).toBe(b.json().items[0].id);
    expect((await http.get('/api/products')).json()).toMatchObject({ items: [{}], summary: { balance: 120 } });
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const { http } = await approvedOrganisation(rt, { locale: 'nl' });
    const model = await modelByCode(rt, 'EOS-R7');
    const post = (item: Record<string, unknown>) =>
      http.post('/api/products', { idempotencyKey: randomUUID(), items: [item] });

    const unknown = await post({ modelId: randomUUID(), serialNumber: nextSerial() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields['items.0.modelId']).toBe('Kies een model uit de catalogus.');

    const future = await post({ modelId: model.id, serialNumber: nextSerial(), purchaseDate: '2027-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields['items.0.purchaseDate']).toBe('De aankoopdatum kan niet in de toekomst liggen.');

    const illegal = await post({ modelId: model.id, serialNumber: 'AB<1>' });
    expect(illegal.statusCode).toBe(400);
    expect(illegal.json().error.fields['items.0.serialNumber']).toMatch(/letters, cijfers/);

    const other = await approvedOrganisation(rt);
    const theirs = await other.http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: nextSerial() }],
    });
    const theirId = theirs.json().items[0].id;
    expect((await http.get(`/api/products/${theirId}`)).statusCode).toBe(404);
    expect((await http.patch(`/api/products/${theirId}`, { dealer: 'x' })).statusCode).toBe(404);
    expect((await http.post(`/api/products/${theirId}/end`, { reason: 'removed' })).statusCode).toBe(404);

    expect((await http.get('/api/products')).json().items).toHaveLength(0);
  });

  it('refuses a serial number active in another organisation, and staff see the conflict', async () => {
    const a = await approvedOrganisation(rt);
    const b = await approvedOrganisation(rt, { locale: 'en' });
    const model = await modelByCode(rt, 'EOS-R3');
    const sn = nextSerial();
    expect(
      (
        await a.http.post('/api/products', {
          idempotencyKey: randomUUID(),
          items: [{ modelId: model.id, serialNumber: sn }],
        })
      ).statusCode,
    ).toBe(201);
    const res = await b.http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: model.id, serialNumber: sn.toLowerCase(), ...complete }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('serial_taken');
    expect(res.json().error.message).toMatch(/CPS Priority support/);
    expect(res.json().error.fields['items.0.serialNumber']).toBeTruthy();
    expect((await b.http.get('/api/products')).json().items).toHaveLength(0);

    const admin = client(rt.app);
    await admin.post('/api/auth/login', { email: 'admin@example.test', password: 'Admin-password-123!' });
    const conflicts = (await admin.get('/api/staff/serial-conflicts')).json().items;
    expect(conflicts.find((c: { serialNumber: string }) => c.serialNumber === sn)).toMatchObject({
      modelName: 'EOS R3',
    });
    expect((await b.http.get('/api/staff/serial-conflicts')).statusCode).toBe(403);
  });
});

describe('catalogue CSV', () => {
  it('exports, and imports all-or-nothing with a report of row, column and problem', async () => {
    const admin = client(rt.app);
    await admin.post('/api/auth/login', { email: 'admin@example.test', password: 'Admin-password-123!' });
    const exported = await admin.get('/api/admin/catalogue/export');
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    expect(exported.body.split('\n')[0]).toBe('model_code,name,category,points,active,end_of_support');

    const bad =
      'model_code,name,category,points,active\nNEW-1,New body,camera_body,100,true\nNEW-2,,lens,abc,true\nNEW-3,Strap,accessory,5,true\n';
    const refused = await admin.post('/api/admin/catalogue/import', bad, { 'content-type': 'text/csv' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.problems).toEqual([
      { row: 3, column: 'name', problem: expect.any(String) },
      { row: 3, column: 'points', problem: expect.any(String) },
      { row: 4, column: 'points', problem: 'accessories and consumables are worth 0 points' },
    ]);
    expect((await admin.get('/api/admin/catalogue/export')).body).not.toContain('NEW-1');

    const good =
      'model_code,name,category,points,active\nNEW-1,New body,camera_body,100,true\nEOS-R8,EOS R8,camera_body,130,true\n';
    const applied = await admin.post('/api/admin/catalogue/import', good, { 'content-type': 'text/csv' });
    expect(applied.json()).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect((await admin.post('/api/admin/catalogue/import', good, { 'content-type': 'text/csv' })).json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });
});
