import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../../platform/db/index.js';

/** A period of whole local days, and "today" for ages. */
export type Period = { from: string; to: string; today: string; timeZone: string };

// The period's first and last instants, as timestamptz in the programme's time zone.
const start = (p: Period) => sql`(${p.from}::date)::timestamp at time zone ${p.timeZone}`;
const end = (p: Period) => sql`(${p.to}::date + 1)::timestamp at time zone ${p.timeZone}`;
const localDay = (column: SQL) => (p: Period) => sql`(${column} at time zone ${p.timeZone})::date`;
// A local day's first instant (a `date` expression), as timestamptz.
const dayStart = (day: SQL, timeZone: string) => sql`(${day})::timestamp at time zone ${timeZone}`;

const run = async <T>(db: DbOrTx, query: SQL) => rowsOf<T>(await db.execute(query));

/**
 * The dashboard's aggregates: each chart is ONE statement, its buckets made by `generate_series`
 * so empty days, weeks and months are rows with zeros. Counts come back as int, amounts as bigint
 * cast to float8 (exact below 2^53 minor units).
 */
export const insightsRepository = {
  /** Through `applications_submitted_idx` (submitted_at). */
  applications: (db: DbOrTx, p: Period) =>
    run<{ day: string; submitted: number; decided: number; decidedInTime: number }>(
      db,
      sql`
      with per_day as (
        select ${localDay(sql`submitted_at`)(p)} as day, count(*)::int as submitted,
          count(decided_at)::int as decided,
          count(*) filter (where decided_at <= sla_due_at)::int as in_time
        from applications
        where submitted_at >= ${start(p)} and submitted_at < ${end(p)}
        group by 1
      )
      select to_char(d, 'YYYY-MM-DD') as day, coalesce(s.submitted, 0) as submitted,
        coalesce(s.decided, 0) as decided, coalesce(s.in_time, 0) as "decidedInTime"
      from generate_series(${p.from}::timestamp, ${p.to}::timestamp, interval '1 day') d
      left join per_day s on s.day = d::date
      order by d`,
    ),

  /** The open queue (`applications_open_queue_idx`): days waiting since the SLA started, and overdue. */
  queue: (db: DbOrTx, p: Period & { now: Date }) =>
    run<{ age: string; open: number; overdue: number }>(
      db,
      sql`
      with open_cases as (
        select extract(epoch from (${p.now.toISOString()}::timestamptz - sla_start_at)) / 86400 as days,
          sla_due_at < ${p.now.toISOString()}::timestamptz as late
        from applications
        where status in ('received', 'in_review') and submitted_at >= ${start(p)} and submitted_at < ${end(p)}
      ),
      aged as (
        select case when days < 1 then 'under_1' when days < 2 then '1_to_2' when days < 5 then '2_to_5'
          else 'over_5' end as age, late
        from open_cases
      )
      select b.age, count(a.age)::int as open, count(a.age) filter (where a.late)::int as overdue
      from unnest(array['under_1', '1_to_2', '2_to_5', 'over_5']) with ordinality as b(age, n)
      left join aged a on a.age = b.age
      group by b.age, b.n order by b.n`,
    ),

  /** Memberships running at each month's end (capped at the period's end), per tier. */
  members: (db: DbOrTx, p: Period) =>
    run<{ month: string; tier: string; members: number }>(
      db,
      sql`
      with months as (
        select least((date_trunc('month', m) + interval '1 month - 1 day')::date, ${p.to}::date) as at
        from generate_series(date_trunc('month', ${p.from}::timestamp), ${p.to}::timestamp, interval '1 month') m
      )
      select to_char(months.at, 'YYYY-MM') as month, ms.tier_code as tier, count(*)::int as members
      from months
      join memberships ms on ms.starts_on <= months.at and ms.ends_on >= months.at
      group by months.at, ms.tier_code
      order by months.at, ms.tier_code`,
    ),

  /** Finalised invoices minus credit notes, by month of issue and payment method (`invoices_issue_date_idx`). */
  revenue: (db: DbOrTx, p: Period) =>
    run<{ month: string; method: string; currency: string; netMinor: number }>(
      db,
      sql`
      select to_char(issue_date, 'YYYY-MM') as month, payment_method as method, currency,
        sum(case when kind = 'credit_note' then -net_minor else net_minor end)::float8 as "netMinor"
      from invoices
      where document_status = 'finalised' and issue_date >= ${p.from}::date and issue_date <= ${p.to}::date
      group by 1, 2, 3
      order by 1, 2, 3`,
    ),

  /** Unpaid invoices past due on `today`, due within the period, by days overdue. */
  overdue: (db: DbOrTx, p: Period) =>
    run<{ age: string; invoices: number; openMinor: number }>(
      db,
      sql`
      with late as (
        select ${p.today}::date - due_date as days, total_minor - paid_minor as open_minor
        from invoices
        where kind = 'invoice' and document_status = 'finalised'
          and payment_status in ('pending', 'partially_paid', 'overdue', 'failed')
          and due_date < ${p.today}::date and due_date >= ${p.from}::date and due_date <= ${p.to}::date
      ),
      aged as (
        select case when days <= 30 then '1_30' when days <= 60 then '31_60' when days <= 90 then '61_90'
          else 'over_90' end as age, open_minor
        from late
      )
      select b.age, count(a.age)::int as invoices, coalesce(sum(a.open_minor), 0)::float8 as "openMinor"
      from unnest(array['1_30', '31_60', '61_90', 'over_90']) with ordinality as b(age, n)
      left join aged a on a.age = b.age
      group by b.age, b.n order by b.n`,
    ),

  /**
   * Per week, the old-programme accounts with at least one product migrated by the week's end (a
   * running sum of each account's first migration, `legacy_accounts.first_migrated_at`, read from
   * `legacy_accounts_first_migrated_idx`), against all old-programme accounts. Old products are not
   * read: the cost follows the accounts, not their products.
   */
  migration: (db: DbOrTx, p: Period) =>
    run<{ week: string; migrated: number; total: number }>(
      db,
      sql`
      with weeks as (
        -- The first week also counts the accounts first migrated before it.
        select w::date as week,
          case when w = date_trunc('week', ${p.from}::timestamp) then '-infinity'::timestamptz
            else w at time zone ${p.timeZone} end as starts,
          least(w + interval '7 days', ${p.to}::date + 1) at time zone ${p.timeZone} as ends
        from generate_series(date_trunc('week', ${p.from}::timestamp), ${p.to}::timestamp, interval '7 days') w
      ),
      -- One index range count per week: no arithmetic per account.
      per_week as (
        select week, (
          select count(*) from legacy_accounts a
          where a.first_migrated_at >= weeks.starts and a.first_migrated_at < weeks.ends
        ) as n
        from weeks
      )
      select to_char(weeks.week, 'YYYY-MM-DD') as week,
        (sum(per_week.n) over (order by weeks.week))::int as migrated,
        (select count(*) from legacy_accounts)::int as total
      from weeks join per_week on per_week.week = weeks.week
      order by weeks.week`,
    ),

  /**
   * Points awarded and taken back per week: the days rolled up in `points_daily`, and for each day
   * of the period without a roll-up (today, a day the daily run has not reached, a day a late entry
   * reopened) the ledger of that day alone, through `points_ledger_at_idx`.
   */
  points: (db: DbOrTx, p: Period) =>
    run<{ week: string; awarded: number; revoked: number }>(
      db,
      sql`
      with days as (
        select d::date as day from generate_series(${p.from}::timestamp, ${p.to}::timestamp, interval '1 day') d
      ),
      rolled as (
        select day, awarded, revoked from points_daily
        where time_zone = ${p.timeZone} and day >= ${p.from}::date and day <= ${p.to}::date
      ),
      -- Per day without a roll-up, one range of points_ledger_at_idx (lateral: never a scan of the
      -- whole period, whatever the planner thinks of the days' count).
      live as (
        select days.day, x.awarded, x.revoked
        from days cross join lateral (
          select coalesce(sum(l.delta) filter (where l.delta > 0), 0) as awarded,
            coalesce(-sum(l.delta) filter (where l.delta < 0), 0) as revoked
          from points_ledger l
          where l.at >= ${dayStart(sql`days.day`, p.timeZone)} and l.at < ${dayStart(sql`days.day + 1`, p.timeZone)}
        ) x
        where not exists (select 1 from rolled where rolled.day = days.day)
      ),
      per_week as (
        select date_trunc('week', day)::date as week, sum(awarded) as awarded, sum(revoked) as revoked
        from (select * from rolled union all select * from live) d
        group by 1
      )
      select to_char(w, 'YYYY-MM-DD') as week, coalesce(s.awarded, 0)::float8 as awarded,
        coalesce(s.revoked, 0)::float8 as revoked
      from generate_series(date_trunc('week', ${p.from}::timestamp), ${p.to}::timestamp, interval '7 days') w
      left join per_week s on s.week = w::date
      order by w`,
    ),

  /**
   * Rolls up every completed day (before `today`) from the ledger's first entry on that has no
   * row yet, zeros included, in one statement. Days already rolled are left as they are, so a
   * second run writes nothing, and a run after missed ones fills the whole gap.
   */
  async rollUpPoints(db: DbOrTx, today: string, timeZone: string) {
    const rows = rowsOf<{ day: string }>(
      await db.execute(sql`
      with first as (select (min(at) at time zone ${timeZone})::date as day from points_ledger),
      missing as (
        select d::date as day
        from first, generate_series(first.day::timestamp, (${today}::date - 1)::timestamp, interval '1 day') d
        where not exists (
          select 1 from points_daily r where r.day = d::date and r.time_zone = ${timeZone}
        )
      )
      insert into points_daily (time_zone, day, awarded, revoked)
      select ${timeZone}, m.day, x.awarded, x.revoked
      from missing m cross join lateral (
        select coalesce(sum(l.delta) filter (where l.delta > 0), 0) as awarded,
          coalesce(-sum(l.delta) filter (where l.delta < 0), 0) as revoked
        from points_ledger l
        where l.at >= ${dayStart(sql`m.day`, timeZone)} and l.at < ${dayStart(sql`m.day + 1`, timeZone)}
      ) x
      on conflict (day, time_zone) do nothing
      returning to_char(day, 'YYYY-MM-DD') as day`),
    );
    return rows.length;
  },
};
