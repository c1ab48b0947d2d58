import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { approvedOrganisation } from '../../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

// The append-only points ledger: entries, the balance as their sum, recording once per key, the
// next tier, and the one-time CPS invitation at the threshold (500 points by default).
let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

const entry = (organisationId: string, delta: number, idempotencyKey = `test:${randomUUID()}`) => ({
  organisationId,
  delta,
  reason: 'correction' as const,
  idempotencyKey,
  actorUserId: null,
});
const record = (organisationId: string, delta: number, key?: string) =>
  rt.services.points.recordMany(rt.database.db, () => {}, [entry(organisationId, delta, key)]);
const ledger = (organisationId: string) =>
  rt.database.db.select().from(schema.pointsLedger).where(eq(schema.pointsLedger.organisationId, organisationId));
const invitationMails = async (to: string) =>
  (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to && m.template === 'cps_invitation');

describe('points ledger', () => {
  it('keeps every entry and answers the balance as their sum, removals as compensating entries', async () => {
    const org = await approvedOrganisation(rt);
    expect((await record(org.organisationId, 150)).summary?.balance).toBe(150);
    expect((await record(org.organisationId, 120)).summary?.balance).toBe(270);
    expect((await record(org.organisationId, -150)).summary?.balance).toBe(120);
    expect((await ledger(org.organisationId)).map((e) => e.delta).sort()).toEqual([-150, 120, 150].sort());
    expect((await rt.services.points.summary(org.organisationId)).balance).toBe(120);
    // The customer sees the same balance with their products.
    expect((await org.http.get('/api/products')).json().summary.balance).toBe(120);
  });

  it('records an entry once per idempotency key, also when the same key comes again in parallel', async () => {
    const org = await approvedOrganisation(rt);
    const key = `test:${randomUUID()}`;
    expect((await record(org.organisationId, 80, key)).inserted).toBe(1);
    const again = await record(org.organisationId, 80, key);
    expect(again.inserted).toBe(0);
    expect(again.summary?.balance).toBe(80);
    const other = `test:${randomUUID()}`;
    const parallel = await Promise.all([1, 2, 3].map(() => record(org.organisationId, 40, other)));
    expect(parallel.map((r) => r.inserted).sort()).toEqual([0, 0, 1]);
    expect(await ledger(org.organisationId)).toHaveLength(2);
    expect(await rt.services.points.record(rt.database.db, () => {}, entry(org.organisationId, 5, key))).toBe(false);
    expect(await rt.services.points.hasEntry(rt.database.db, key)).toBe(true);
  });

  it('names the next tier and the points to go, and none above the highest', async () => {
    const org = await approvedOrganisation(rt);
    const start = await rt.services.points.summary(org.organisationId);
    expect(start).toMatchObject({ balance: 0, invitationThreshold: 500, invited: false });
    expect(start.nextTier).toMatchObject({ code: 'silver', minPoints: 500, pointsToGo: 500 });
    expect((await record(org.organisationId, 600)).summary?.nextTier).toMatchObject({ code: 'gold', pointsToGo: 400 });
    expect((await record(org.organisationId, 1000)).summary?.nextTier).toMatchObject({
      code: 'corporate',
      pointsToGo: 901,
    });
    expect((await record(org.organisationId, 901)).summary?.nextTier).toBeNull();
  });
});

describe('the CPS invitation', () => {
  it('invites once when the balance first reaches the threshold, not again after a dip', async () => {
    const org = await approvedOrganisation(rt);
    expect((await record(org.organisationId, 499)).summary?.invited).toBe(false);
    expect(await invitationMails(org.email)).toHaveLength(0);
    expect((await record(org.organisationId, 1)).summary?.invited).toBe(true);
    await record(org.organisationId, -100);
    await record(org.organisationId, 300);
    const mails = await invitationMails(org.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('/portal/membership#tiers');
    const invitations = await rt.database.db
      .select()
      .from(schema.cpsInvitations)
      .where(eq(schema.cpsInvitations.organisationId, org.organisationId));
    expect(invitations).toHaveLength(1);
  });

  it('is not missed when two writers cross the threshold together', async () => {
    const org = await approvedOrganisation(rt);
    const results = await Promise.all([record(org.organisationId, 300), record(org.organisationId, 300)]);
    expect(results.map((r) => r.inserted)).toEqual([1, 1]);
    expect((await rt.services.points.summary(org.organisationId)).invited).toBe(true);
    expect(await invitationMails(org.email)).toHaveLength(1);
  });

  it('inside the caller’s transaction: nothing stays, nothing is mailed when it rolls back', async () => {
    const org = await approvedOrganisation(rt);
    await expect(
      withTransaction(rt.database.db, async (tx, afterCommit) => {
        await rt.services.points.recordMany(tx, afterCommit, [entry(org.organisationId, 700)]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await ledger(org.organisationId)).toHaveLength(0);
    expect(await invitationMails(org.email)).toHaveLength(0);
    expect((await rt.services.points.summary(org.organisationId)).invited).toBe(false);
  });
});
