import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation } from '../../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

// The test clock starts on Wednesday 25 November 2026, 11:00 in Amsterdam (the programme's zone).
let rt: TestRuntime;
let organisationId: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  organisationId = (await approvedOrganisation(rt)).organisationId;
});

const entry = (at: string, delta: number) =>
  rt.database.db.insert(schema.pointsLedger).values({
    organisationId,
    delta,
    reason: 'correction',
    idempotencyKey: randomUUID(),
    at: new Date(at),
  });

/** The chart as the dashboard reads it (a new session each time: moving the clock expires one). */
async function chart(name: 'points' | 'migration', from: string, to: string) {
  const res = await (await adminClient(rt)).get(`/api/insights/${name}?from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { rows: Record<string, unknown>[] }).rows;
}

const rolledDays = async () =>
  rowsOf<{ day: string; awarded: number; revoked: number; rolledAt: string }>(
    await rt.database.db.execute(sql`
      select to_char(day, 'YYYY-MM-DD') as day, awarded::int as awarded, revoked::int as revoked,
        rolled_at::text as "rolledAt"
      from points_daily order by day`),
  );

describe('the points chart over its daily roll-up', () => {
  it('gives the same figures before and after the daily run, and counts entries after the roll-up live', async () => {
    await entry('2026-11-09T12:00:00Z', 40);
    await entry('2026-11-16T12:00:00Z', 100);
    // 23:30 UTC on Sunday the 22nd is Monday the 23rd in Amsterdam: the next week.
    await entry('2026-11-22T23:30:00Z', 7);
    await entry('2026-11-24T12:00:00Z', -30);
    await entry('2026-11-25T08:00:00Z', 5);
    const expected = [
      { week: '2026-11-09', awarded: 40, revoked: 0 },
      { week: '2026-11-16', awarded: 100, revoked: 0 },
      { week: '2026-11-23', awarded: 12, revoked: 30 },
    ];
    // A fresh install: nothing rolled up, every day summed from the ledger.
    expect(await chart('points', '2026-11-09', '2026-11-25')).toEqual(expected);

    await rt.runDaily();
    const rolled = await rolledDays();
    // Every completed day from the first entry on, zeros included; today is not complete.
    expect(rolled.map((r) => r.day)).toEqual(
      Array.from({ length: 16 }, (_, i) => `2026-11-${String(9 + i).padStart(2, '0')}`),
    );
    expect(rolled.find((r) => r.day === '2026-11-23')).toMatchObject({ awarded: 7, revoked: 0 });
    expect(rolled.find((r) => r.day === '2026-11-22')).toMatchObject({ awarded: 0, revoked: 0 });
    expect(rolled.find((r) => r.day === '2026-11-24')).toMatchObject({ awarded: 0, revoked: 30 });
    expect(await chart('points', '2026-11-09', '2026-11-25')).toEqual(expected);

    // Written after the run (today, past the last rolled day): on the chart at once.
    await entry('2026-11-25T09:00:00Z', 3);
    expect((await chart('points', '2026-11-23', '2026-11-25'))[0]).toEqual({
      week: '2026-11-23',
      awarded: 15,
      revoked: 30,
    });
    // A period ending before the last rolled day reads only rolled days.
    expect(await chart('points', '2026-11-16', '2026-11-22')).toEqual([
      { week: '2026-11-16', awarded: 100, revoked: 0 },
    ]);
  });

  it('changes nothing when the daily run runs twice', async () => {
    await rt.runDaily();
    const before = await rolledDays();
    expect(before.length).toBeGreaterThan(0);
    await rt.runDaily();
    expect(await rolledDays()).toEqual(before);
  });

  it('follows the clock across days and weeks, and a backdated entry reopens its rolled day', async () => {
    // Nine days later (Friday 4 December): the days in between are completed and rolled up.
    rt.clock.set('2026-12-04T10:00:00Z');
    try {
      await entry('2026-11-30T10:00:00Z', 20);
      await entry('2026-12-04T09:00:00Z', -4);
      await rt.runDaily();
      const rolled = await rolledDays();
      expect(rolled.at(-1)?.day).toBe('2026-12-03');
      expect(rolled.find((r) => r.day === '2026-11-30')).toMatchObject({ awarded: 20 });
      expect(rolled.find((r) => r.day === '2026-11-25')).toMatchObject({ awarded: 8, revoked: 0 });
      const expected = [
        { week: '2026-11-23', awarded: 15, revoked: 30 },
        { week: '2026-11-30', awarded: 20, revoked: 4 },
      ];
      expect(await chart('points', '2026-11-23', '2026-12-04')).toEqual(expected);

      // An entry dated into a rolled day (a correction backdated, or the clock moved back):
      // counted at once, and rolled up again by the next run.
      await entry('2026-11-26T10:00:00Z', 9);
      expect((await rolledDays()).some((r) => r.day === '2026-11-26')).toBe(false);
      expect((await chart('points', '2026-11-23', '2026-12-04'))[0]).toEqual({
        week: '2026-11-23',
        awarded: 24,
        revoked: 30,
      });
      await rt.runDaily();
      expect((await rolledDays()).find((r) => r.day === '2026-11-26')).toMatchObject({ awarded: 9 });
      expect((await chart('points', '2026-11-23', '2026-12-04'))[0]).toMatchObject({ awarded: 24 });
    } finally {
      rt.clock.reset();
    }
  });

  it('fills a gap in the roll-up (days never rolled up) on the next run, exact meanwhile', async () => {
    const before = await chart('points', '2026-11-09', '2026-11-25');
    const kept = (await rolledDays()).length;
    await rt.database.db.execute(sql`delete from points_daily where day between '2026-11-10' and '2026-11-18'`);
    expect(await chart('points', '2026-11-09', '2026-11-25')).toEqual(before);
    rt.clock.set('2026-12-04T10:00:00Z');
    try {
      await rt.runDaily();
    } finally {
      rt.clock.reset();
    }
    const rolled = await rolledDays();
    expect(rolled).toHaveLength(kept);
    expect(rolled.find((r) => r.day === '2026-11-16')).toMatchObject({ awarded: 100 });
    expect(await chart('points', '2026-11-09', '2026-11-25')).toEqual(before);
  });
});

describe('the migration chart over each old account’s first migration', () => {
  const firstMigrated = async (legacyId: string) =>
    rowsOf<{ at: string | null }>(
      await rt.database.db.execute(
        sql`select to_char(first_migrated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at from legacy_accounts where legacy_id = ${legacyId}`,
      ),
    )[0]?.at;
  const migrate = (legacyId: string, at: string | null) =>
    rt.database.db.execute(
      sql`update legacy_products set migrated_at = ${at}::timestamptz, migration_outcome = ${at ? 'migrated' : null}
        where legacy_id = ${legacyId}`,
    );

  it('keeps the first migration on the account with every write of its products, and counts weeks from it', async () => {
    await rt.database.db
      .insert(schema.legacyAccounts)
      .values(['M1', 'M2', 'M3'].map((legacyId) => ({ legacyId, email: `${legacyId}@old.test` })));
    await rt.database.db.insert(schema.legacyProducts).values([
      { legacyId: 'MP1', legacyAccountId: 'M1' },
      { legacyId: 'MP2', legacyAccountId: 'M1' },
      { legacyId: 'MP3', legacyAccountId: 'M2' },
      // Imported with its migration, before its account: the account starts with it.
      {
        legacyId: 'MP4',
        legacyAccountId: 'M4',
        migrationOutcome: 'migrated',
        migratedAt: new Date('2026-11-03T10:00:00Z'),
      },
    ]);
    await rt.database.db.insert(schema.legacyAccounts).values({ legacyId: 'M4', email: 'M4@old.test' });
    expect(await firstMigrated('M4')).toBe('2026-11-03T10:00');
    expect(await firstMigrated('M1')).toBeNull();

    await migrate('MP2', '2026-11-18T10:00:00Z');
    expect(await firstMigrated('M1')).toBe('2026-11-18T10:00');
    // A later migration of another product keeps the first; an earlier one moves it.
    await migrate('MP1', '2026-11-24T10:00:00Z');
    expect(await firstMigrated('M1')).toBe('2026-11-18T10:00');
    await migrate('MP1', '2026-11-10T10:00:00Z');
    expect(await firstMigrated('M1')).toBe('2026-11-10T10:00');
    // Sunday 22:30 UTC is Sunday 23:30 in Amsterdam: still the week of the 16th.
    await migrate('MP3', '2026-11-22T22:30:00Z');

    expect(await chart('migration', '2026-11-02', '2026-11-25')).toEqual([
      { week: '2026-11-02', migrated: 1, total: 4 },
      { week: '2026-11-09', migrated: 2, total: 4 },
      { week: '2026-11-16', migrated: 3, total: 4 },
      { week: '2026-11-23', migrated: 3, total: 4 },
    ]);
    // A period starting later counts the earlier migrations in its first week.
    expect(await chart('migration', '2026-11-16', '2026-11-25')).toEqual([
      { week: '2026-11-16', migrated: 3, total: 4 },
      { week: '2026-11-23', migrated: 3, total: 4 },
    ]);

    // A migration undone (or a product moved to another account) recomputes the accounts involved.
    await migrate('MP1', null);
    expect(await firstMigrated('M1')).toBe('2026-11-18T10:00');
    await rt.database.db.execute(sql`update legacy_products set legacy_account_id = 'M3' where legacy_id = 'MP2'`);
    expect(await firstMigrated('M1')).toBeNull();
    expect(await firstMigrated('M3')).toBe('2026-11-18T10:00');
    await rt.database.db.execute(sql`delete from legacy_products where legacy_id = 'MP4'`);
    expect(await firstMigrated('M4')).toBeNull();
  });

  it('moves weeks with the clock', async () => {
    rt.clock.set('2026-12-09T10:00:00Z');
    try {
      await migrate('MP1', '2026-12-08T10:00:00Z');
      expect(await chart('migration', '2026-11-23', '2026-12-09')).toEqual([
        { week: '2026-11-23', migrated: 2, total: 4 },
        { week: '2026-11-30', migrated: 2, total: 4 },
        { week: '2026-12-07', migrated: 3, total: 4 },
      ]);
    } finally {
      rt.clock.reset();
    }
  });
});
