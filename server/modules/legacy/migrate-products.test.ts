import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, modelByCode } from '../../test/fixtures.js';
import { legacyKit } from './legacy.fixtures.js';

const kit = legacyKit();

describe('MIGRATE PRODUCTS', () => {
  it('previews, migrates once, awards the points of complete products and keeps the old membership number', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await kit.seedLegacy(old, 'M1');
    const { http } = await approvedOrganisation(kit.rt, { legacyEmail: old });
    const state = (await http.get('/api/migration')).json();
    expect(state).toMatchObject({
      available: true,
      legacyEmail: old,
      reason: null,
      previousMembershipNumber: 'CPS-M1-0042',
    });
    expect(state.preview).toEqual([
      {
        legacyId: 'M1-P1',
        modelName: 'EOS R5',
        serialNumber: 'M1001',
        points: 300,
        missing: [],
        serialConflict: false,
      },
      {
        legacyId: 'M1-P2',
        modelName: 'RF 24-70mm F2.8L IS USM',
        serialNumber: 'M1002',
        points: 150,
        missing: ['dealer'],
        serialConflict: false,
      },
      {
        legacyId: 'M1-P3',
        modelName: 'EOS 10D (old)',
        serialNumber: 'M1003',
        points: 0,
        missing: ['model'],
        serialConflict: false,
      },
    ]);
    const result = (await http.post('/api/migration')).json();
    expect(result).toEqual({ migrated: 3, complete: 1, incomplete: 2, conflicts: [], pointsAwarded: 300 });
    expect((await http.post('/api/migration')).json()).toEqual({
      migrated: 0,
      complete: 0,
      incomplete: 0,
      conflicts: [],
      pointsAwarded: 0,
    });
    const after = (await http.get('/api/migration')).json();
    expect(after).toMatchObject({ available: false, reason: 'nothing_to_migrate', migratedCount: 3 });

    const products = (await http.get('/api/products')).json();
    expect(products.summary.balance).toBe(300);
    const lens = products.items.find((p: { modelCode: string }) => p.modelCode === 'RF-24-70-28L');
    expect(lens).toMatchObject({ source: 'migrated', complete: false, missing: ['dealer'] });
    expect((await http.patch(`/api/products/${lens.id}`, { dealer: 'Cameraland' })).json().summary.balance).toBe(450);
    const unmapped = products.items.find((p: { modelName: string }) => p.modelName === 'EOS 10D (old)');
    expect(unmapped).toMatchObject({ modelId: null, complete: false, missing: ['model'] });
    const mapped = await modelByCode(kit.rt, 'EOS-R6');
    expect((await http.patch(`/api/products/${unmapped.id}`, { modelId: mapped.id })).json()).toMatchObject({
      complete: true,
      summary: { balance: 630 },
    });

    const legacyRow = await kit.rt.database.db
      .select()
      .from(schema.legacyProducts)
      .where(eq(schema.legacyProducts.legacyId, 'M1-P1'));
    expect(legacyRow[0]).toMatchObject({ migrationOutcome: 'migrated', migratedProductId: expect.any(String) });
  });

  it('migrates once under 50 concurrent attempts', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await kit.seedLegacy(old, 'M2');
    const { http, organisationId } = await approvedOrganisation(kit.rt, { legacyEmail: old });
    const results = await Promise.all(Array.from({ length: 50 }, () => http.post('/api/migration')));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(results.reduce((n, r) => n + r.json().migrated, 0)).toBe(3);
    const [row] = await kit.rt.database.db
      .select({ n: count() })
      .from(schema.products)
      .where(eq(schema.products.organisationId, organisationId));
    expect(Number(row?.n)).toBe(3);
    const [ledger] = await kit.rt.database.db
      .select({ n: count() })
      .from(schema.pointsLedger)
      .where(eq(schema.pointsLedger.organisationId, organisationId));
    expect(Number(ledger?.n)).toBe(1);
  });

  it('reports a product registered by another organisation and migrates the rest', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await kit.seedLegacy(old, 'M3');
    const other = await approvedOrganisation(kit.rt);
    const r5 = await modelByCode(kit.rt, 'EOS-R5');
    await other.http.post('/api/products', {
      idempotencyKey: randomUUID(),
      items: [{ modelId: r5.id, serialNumber: 'M3001' }],
    });
    const { http } = await approvedOrganisation(kit.rt, { legacyEmail: old });
    const preview = (await http.get('/api/migration')).json().preview;
    expect(preview.find((p: { legacyId: string }) => p.legacyId === 'M3-P1').serialConflict).toBe(true);
    const result = (await http.post('/api/migration')).json();
    expect(result).toMatchObject({
      migrated: 2,
      conflicts: [{ legacyId: 'M3-P1', modelName: 'EOS R5', serialNumber: 'M3001' }],
      pointsAwarded: 0,
    });
  });
});
