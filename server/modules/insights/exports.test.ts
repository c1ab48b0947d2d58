import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
let organisationId: string;
const PRODUCTS = 4_321; // more than two export pages

const party = (name: string) => ({ name, street: 's', postcode: '1', city: 'c', country: 'NL', vatNumber: null });

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  organisationId = (await approvedOrganisation(rt)).organisationId;
  const db = rt.database.db;
  await db.execute(sql`
    insert into products (organisation_id, legacy_model_name, serial_number, dealer, source, status, points, created_at)
    select ${organisationId}::uuid, 'Old model', 'SN' || g, case when g = 7 then '=HYPERLINK("http://x")' else 'Dealer' end,
      'registered', case when g % 10 = 0 then 'removed' else 'active' end, 10,
      timestamptz '2026-11-01T10:00:00Z' + (g % 20) * interval '1 day'
    from generate_series(1, ${PRODUCTS}) g`);
  const [inv1, inv2] = await db
    .insert(schema.invoices)
    .values(
      (['paid', 'overdue'] as const).map((paymentStatus, i) => ({
        kind: 'invoice' as const,
        number: `2026-00${i + 1}`,
        organisationId,
        documentStatus: 'finalised' as const,
        paymentStatus,
        issueDate: i === 0 ? '2026-10-05' : '2026-11-05',
        dueDate: '2026-11-19',
        locale: 'en' as const,
        seller: party('Seller'),
        buyer: party(i === 0 ? '@SUM(A1:A2)' : 'Fotostudio'),
        lines: [],
        currency: 'EUR',
        netMinor: 10000,
        vatRateBasisPoints: 2100,
        vatMinor: 2100,
        totalMinor: 12100,
        paidMinor: i === 0 ? 12100 : 0,
        vatTreatment: 'domestic' as const,
        paymentMethod: 'card' as const,
      })),
    )
    .returning();
  await db.insert(schema.payments).values([
    {
      invoiceId: inv1!.id,
      amountMinor: 12100,
      source: 'card',
      externalId: `evt-${randomUUID()}`,
      receivedAt: new Date('2026-10-06T09:00:00Z'),
    },
    {
      invoiceId: inv2!.id,
      amountMinor: 500,
      source: 'manual',
      externalId: '-500 by hand',
      receivedAt: new Date('2026-11-06T09:00:00Z'),
    },
  ]);
});

const csv = async (path: string, http = admin) => {
  const res = await http.get(path);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="\w+\.csv"$/);
  return parse(res.body, { columns: true }) as Record<string, string>[];
};

describe('CSV exports', () => {
  it('streams every product across pages, each once, with formula-safe cells and ISO times', async () => {
    const rows = await csv('/api/exports/products.csv');
    expect(rows).toHaveLength(PRODUCTS);
    expect(new Set(rows.map((r) => r.id)).size).toBe(PRODUCTS);
    const risky = rows.find((r) => r.serial_number === 'SN7');
    expect(risky?.dealer).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[0]?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(rows[0]?.points).toBe('10');
  });

  it('takes the filters of the screens', async () => {
    const removed = await csv('/api/exports/products.csv?status=removed');
    expect(removed).toHaveLength(Math.floor(PRODUCTS / 10));
    expect(removed.every((r) => r.status === 'removed')).toBe(true);
    const oneDay = await csv('/api/exports/products.csv?from=2026-11-03&to=2026-11-03');
    expect(oneDay.length).toBeGreaterThan(0);
    expect(oneDay.every((r) => r.created_at?.startsWith('2026-11-03'))).toBe(true);

    const overdue = await csv('/api/exports/invoices.csv?paymentStatus=overdue');
    expect(overdue).toEqual([
      expect.objectContaining({ number: '2026-002', total: '121', paid: '0', due_date: '2026-11-19' }),
    ]);
    const october = await csv('/api/exports/invoices.csv?from=2026-10-01&to=2026-10-31');
    expect(october.map((r) => r.customer)).toEqual(["'@SUM(A1:A2)"]);

    const manual = await csv('/api/exports/payments.csv?source=manual');
    expect(manual).toEqual([
      expect.objectContaining({ amount: '5', external_id: "'-500 by hand", received_at: '2026-11-06T09:00:00Z' }),
    ]);
    expect(await csv('/api/exports/payments.csv?from=2026-12-01')).toEqual([]);
  });

  it('exports members with their tier and filters by status', async () => {
    const [tier] = await rt.database.db.select().from(schema.tierVersions).limit(1);
    await rt.database.db.insert(schema.memberships).values({
      organisationId,
      membershipNumber: '99000002',
      tierCode: tier!.code,
      tierVersionId: tier!.id,
      status: 'active',
      startsOn: '2026-10-15',
      endsOn: '2027-10-14',
    });
    expect(await csv('/api/exports/members.csv?status=active')).toEqual([
      expect.objectContaining({ membership_number: '99000002', tier_code: tier!.code, starts_on: '2026-10-15' }),
    ]);
    expect(await csv('/api/exports/members.csv?status=cancelled')).toEqual([]);
    expect((await admin.get('/api/exports/members.csv?status=gone')).statusCode).toBe(400);
  });

  it('is for finance and admins: customers get 403, nobody logged in 401', async () => {
    const { http } = await approvedOrganisation(rt);
    for (const kind of ['members', 'invoices', 'payments', 'products']) {
      expect((await http.get(`/api/exports/${kind}.csv`)).statusCode).toBe(403);
      expect((await client(rt.app).get(`/api/exports/${kind}.csv`)).statusCode).toBe(401);
    }
  });
});
