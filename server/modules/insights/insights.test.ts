import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation } from '../../test/fixtures.js';
import type { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
let organisationId: string;
const invoiceBase = {
  locale: 'en' as const,
  seller: { name: 'Seller', street: 's', postcode: '1', city: 'c', country: 'NL', vatNumber: null },
  buyer: { name: 'Buyer', street: 's', postcode: '1', city: 'c', country: 'NL', vatNumber: null },
  lines: [],
  currency: 'EUR',
  vatRateBasisPoints: 2100,
  vatMinor: 0,
  vatTreatment: 'domestic' as const,
};

const application = (submittedAt: string, dueAt: string, decidedAt: string | null) => ({
  reference: `A-${randomUUID().slice(0, 8)}`,
  idempotencyKey: randomUUID(),
  status: decidedAt ? ('approved' as const) : ('received' as const),
  locale: 'en' as const,
  legalName: 'Studio',
  country: 'NL',
  street: 'Damrak',
  houseNumber: '1',
  postcode: '1012LG',
  city: 'Amsterdam',
  phone: '+31201234567',
  vatRegistered: false,
  contactFirstName: 'A',
  contactLastName: 'B',
  contactEmail: `${randomUUID()}@example.test`,
  declarationAt: new Date(submittedAt),
  declarationIp: '127.0.0.1',
  submittedAt: new Date(submittedAt),
  slaStartAt: new Date(submittedAt),
  slaDueAt: new Date(dueAt),
  decidedAt: decidedAt ? new Date(decidedAt) : null,
});

beforeAll(async () => {
  // The test clock: Wednesday 25 November 2026, 11:00 in Amsterdam.
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  organisationId = (await approvedOrganisation(rt)).organisationId;
  const db = rt.database.db;
  await db.insert(schema.applications).values([
    application('2026-11-20T09:00:00Z', '2026-11-24T09:00:00Z', '2026-11-23T15:00:00Z'),
    application('2026-11-20T10:00:00Z', '2026-11-24T10:00:00Z', '2026-11-25T08:00:00Z'),
    // 23:30 UTC on the 22nd is the 23rd in Amsterdam; open and past its SLA.
    application('2026-11-22T23:30:00Z', '2026-11-25T09:00:00Z', null),
    application('2026-11-25T08:00:00Z', '2026-11-27T08:00:00Z', null),
  ]);
  await db.insert(schema.invoices).values([
    {
      ...invoiceBase,
      kind: 'invoice',
      documentStatus: 'finalised',
      paymentStatus: 'paid',
      issueDate: '2026-10-05',
      dueDate: '2026-10-19',
      netMinor: 10000,
      totalMinor: 12100,
      paidMinor: 12100,
      paymentMethod: 'card',
      organisationId,
    },
    {
      ...invoiceBase,
      kind: 'invoice',
      documentStatus: 'finalised',
      paymentStatus: 'overdue',
      issueDate: '2026-10-10',
      dueDate: '2026-10-24',
      netMinor: 20000,
      totalMinor: 24200,
      paidMinor: 4200,
      paymentMethod: 'bank_transfer',
      organisationId,
    },
    {
      ...invoiceBase,
      kind: 'credit_note',
      documentStatus: 'finalised',
      paymentStatus: 'not_applicable',
      issueDate: '2026-10-20',
      dueDate: null,
      netMinor: 10000,
      totalMinor: 12100,
      paymentMethod: 'card',
      organisationId,
    },
    {
      ...invoiceBase,
      kind: 'invoice',
      documentStatus: 'finalised',
      paymentStatus: 'pending',
      issueDate: '2026-11-10',
      dueDate: '2026-11-24',
      netMinor: 5000,
      totalMinor: 6050,
      paymentMethod: 'sepa_debit',
      organisationId,
    },
    {
      ...invoiceBase,
      kind: 'invoice',
      documentStatus: 'draft',
      paymentStatus: 'pending',
      issueDate: null,
      dueDate: null,
      netMinor: 99999,
      totalMinor: 99999,
      paymentMethod: 'card',
      organisationId,
    },
  ]);
  await db.insert(schema.pointsLedger).values([
    {
      organisationId,
      delta: 100,
      reason: 'correction',
      idempotencyKey: randomUUID(),
      at: new Date('2026-11-16T12:00:00Z'),
    },
    {
      organisationId,
      delta: 50,
      reason: 'correction',
      idempotencyKey: randomUUID(),
      at: new Date('2026-11-22T12:00:00Z'),
    },
    {
      organisationId,
      delta: -30,
      reason: 'correction',
      idempotencyKey: randomUUID(),
      at: new Date('2026-11-24T12:00:00Z'),
    },
  ]);
  await db
    .insert(schema.legacyAccounts)
    .values(['L1', 'L2', 'L3', 'L4'].map((legacyId) => ({ legacyId, email: `${legacyId}@old.test` })));
  await db.insert(schema.legacyProducts).values([
    {
      legacyId: 'P1',
      legacyAccountId: 'L1',
      migrationOutcome: 'migrated',
      migratedAt: new Date('2026-11-10T10:00:00Z'),
    },
    {
      legacyId: 'P2',
      legacyAccountId: 'L1',
      migrationOutcome: 'migrated',
      migratedAt: new Date('2026-11-18T10:00:00Z'),
    },
    {
      legacyId: 'P3',
      legacyAccountId: 'L2',
      migrationOutcome: 'migrated',
      migratedAt: new Date('2026-11-24T10:00:00Z'),
    },
    { legacyId: 'P4', legacyAccountId: 'L3' },
  ]);
});

const chart = async (name: string, query: string, http = admin) => {
  const res = await http.get(`/api/insights/${name}?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { from: string; to: string; rows: Record<string, unknown>[] };
};

describe('the dashboard charts', () => {
  it('counts applications per local day and those decided within the SLA; the period changes the rows', async () => {
    const week = await chart('applications', 'from=2026-11-19&to=2026-11-25');
    expect(week.rows).toHaveLength(7);
    expect(week.rows.find((r) => r.day === '2026-11-20')).toEqual({
      day: '2026-11-20',
      submitted: 2,
      decided: 2,
      decidedInTime: 1,
    });
    expect(week.rows.find((r) => r.day === '2026-11-23')).toMatchObject({ submitted: 1, decided: 0 });
    expect(week.rows.find((r) => r.day === '2026-11-22')).toMatchObject({ submitted: 0 });
    const later = await chart('applications', 'from=2026-11-21&to=2026-11-25');
    expect(later.rows.map((r) => r.day)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(later.rows.reduce((n, r) => n + (r.submitted as number), 0)).toBe(2);
  });

  it('shows the open queue by age against the SLA', async () => {
    const queue = await chart('queue', 'from=2026-11-01&to=2026-11-25');
    expect(queue.rows).toEqual([
      { age: 'under_1', open: 1, overdue: 0 },
      { age: '1_to_2', open: 0, overdue: 0 },
      { age: '2_to_5', open: 1, overdue: 1 },
      { age: 'over_5', open: 0, overdue: 0 },
    ]);
    const today = await chart('queue', 'from=2026-11-25&to=2026-11-25');
    expect(today.rows.reduce((n, r) => n + (r.open as number), 0)).toBe(1);
  });

  it('sums revenue per month and payment method, credit notes subtracted, drafts left out', async () => {
    const revenue = await chart('revenue', 'from=2026-10-01&to=2026-11-30');
    expect(revenue.rows).toEqual([
      { month: '2026-10', method: 'bank_transfer', currency: 'EUR', netMinor: 20000 },
      { month: '2026-10', method: 'card', currency: 'EUR', netMinor: 0 },
      { month: '2026-11', method: 'sepa_debit', currency: 'EUR', netMinor: 5000 },
    ]);
    expect((await chart('revenue', 'from=2026-11-01&to=2026-11-30')).rows).toHaveLength(1);
  });

  it('buckets overdue invoices by days past due, with the amount still open', async () => {
    const overdue = await chart('overdue', 'from=2026-01-01&to=2026-11-25');
    expect(overdue.rows).toEqual([
      { age: '1_30', invoices: 1, openMinor: 6050 },
      { age: '31_60', invoices: 1, openMinor: 24200 - 4200 },
      { age: '61_90', invoices: 0, openMinor: 0 },
      { age: 'over_90', invoices: 0, openMinor: 0 },
    ]);
    // Moving the clock ages them (a new session: the old one expired meanwhile).
    rt.clock.set('2027-01-05T10:00:00Z');
    try {
      const later = await chart('overdue', 'from=2026-01-01&to=2026-11-25', await adminClient(rt));
      expect(later.rows.map((r) => r.invoices)).toEqual([0, 1, 1, 0]);
    } finally {
      rt.clock.reset();
    }
  });

  it('shows points per week and the migration progress as a running count', async () => {
    const points = await chart('points', 'from=2026-11-16&to=2026-11-25');
    expect(points.rows).toEqual([
      { week: '2026-11-16', awarded: 150, revoked: 0 },
      { week: '2026-11-23', awarded: 0, revoked: 30 },
    ]);
    const migration = await chart('migration', 'from=2026-11-16&to=2026-11-25');
    expect(migration.rows).toEqual([
      { week: '2026-11-16', migrated: 1, total: 4 },
      { week: '2026-11-23', migrated: 2, total: 4 },
    ]);
  });

  it('counts members per tier at each month end', async () => {
    const [tier] = await rt.database.db.select().from(schema.tierVersions).limit(1);
    await rt.database.db.insert(schema.memberships).values({
      organisationId,
      membershipNumber: '99000001',
      tierCode: tier!.code,
      tierVersionId: tier!.id,
      status: 'active',
      startsOn: '2026-10-15',
      endsOn: '2027-10-14',
    });
    const members = await chart('members', 'from=2026-09-01&to=2026-11-25');
    expect(members.rows).toEqual([
      { month: '2026-10', tier: tier!.code, members: 1 },
      { month: '2026-11', tier: tier!.code, members: 1 },
    ]);
  });

  it('covers the last 90 days by default and refuses reversed or too long periods, translated', async () => {
    const standard = await chart('points', '');
    expect(standard).toMatchObject({ from: '2026-08-28', to: '2026-11-25' });
    // 732 days (MAX_PERIOD_DAYS) is the longest period; one day more is refused.
    expect((await chart('points', 'from=2025-01-01&to=2027-01-02')).rows.length).toBeGreaterThan(100);
    const reversed = await admin.get('/api/insights/points?from=2026-11-25&to=2026-11-01', { 'accept-language': 'nl' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error).toMatchObject({ code: 'period_reversed', message: expect.stringMatching(/periode/) });
    const long = await admin.get('/api/insights/revenue?from=2025-01-01&to=2027-01-03');
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('period_too_long');
    expect((await admin.get('/api/insights/queue?from=yesterday')).statusCode).toBe(400);
  });

  it('is for finance and admins only', async () => {
    const { http } = await approvedOrganisation(rt);
    for (const name of ['applications', 'queue', 'members', 'revenue', 'overdue', 'migration', 'points'])
      expect((await http.get(`/api/insights/${name}`)).statusCode).toBe(403);
  });
});
