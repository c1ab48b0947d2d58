import { sql } from 'drizzle-orm';
import type { Database } from '../../server/platform/db/index.js';

/**
 * The points and migration charts' queries before the roll-ups (every ledger row of the period;
 * old products grouped per account), run on the same data so the gain is measured at the same
 * load as the queries that replaced them.
 */
export function previousQueries(database: Database, period: { from: string; to: string }, timeZone: string) {
  const start = sql`(${period.from}::date)::timestamp at time zone ${timeZone}`;
  const end = sql`(${period.to}::date + 1)::timestamp at time zone ${timeZone}`;
  return {
    migration: () =>
      database.db.execute(sql`
      with weeks as (
        select w::date as week
        from generate_series(date_trunc('week', ${period.from}::timestamp), ${period.to}::timestamp, interval '7 days') w
      ),
      firsts as (
        select greatest(date_trunc('week', min(migrated_at) at time zone ${timeZone})::date,
          (select min(week) from weeks)) as week
        from legacy_products
        where migrated_at is not null and migrated_at < ${end}
        group by legacy_account_id
      ),
      per_week as (select week, count(*) as n from firsts group by week)
      select to_char(weeks.week, 'YYYY-MM-DD') as week,
        (sum(coalesce(per_week.n, 0)) over (order by weeks.week))::int as migrated,
        (select count(*) from legacy_accounts)::int as total
      from weeks left join per_week on per_week.week = weeks.week
      order by weeks.week`),
    points: () =>
      database.db.execute(sql`
      with per_week as (
        select date_trunc('week', at at time zone ${timeZone})::date as week,
          coalesce(sum(delta) filter (where delta > 0), 0)::float8 as awarded,
          coalesce(-sum(delta) filter (where delta < 0), 0)::float8 as revoked
        from points_ledger
        where at >= ${start} and at < ${end}
        group by 1
      )
      select to_char(w, 'YYYY-MM-DD') as week, coalesce(s.awarded, 0)::float8 as awarded,
        coalesce(s.revoked, 0)::float8 as revoked
      from generate_series(date_trunc('week', ${period.from}::timestamp), ${period.to}::timestamp, interval '7 days') w
      left join per_week s on s.week = w::date
      order by w`),
  };
}
