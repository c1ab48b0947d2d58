import { type InsightChart, type InsightsPeriod, MAX_PERIOD_DAYS } from '../../../contracts/insights.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { addDays, daysBetween, localDate } from '../../platform/working-days.js';
import { insightsRepository as repo } from './insights.repository.js';

export type InsightsDeps = { db: Db; clock: Clock; timeZone: string };

/** The default period: the last 90 days up to today. */
const DEFAULT_DAYS = 90;

/** The dashboard's figures: one aggregate statement per chart, over a checked period. */
export function createInsightsService(deps: InsightsDeps) {
  const { db, clock, timeZone } = deps;

  /** The period asked for, or the last 90 days; refused when reversed or longer than a chart covers. */
  function period(query: InsightsPeriod) {
    const today = localDate(clock.now(), timeZone);
    const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_DAYS - 1) : today);
    const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    if (from > to) throw new AppError('period_reversed', { to: 'error.period_reversed' });
    if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS)
      throw new AppError('period_too_long', { from: 'error.period_too_long' }, { days: MAX_PERIOD_DAYS });
    return { from, to, today, timeZone };
  }

  const charts = {
    applications: (p) => repo.applications(db, p),
    queue: (p) => repo.queue(db, { ...p, now: clock.now() }),
    members: (p) => repo.members(db, p),
    revenue: (p) => repo.revenue(db, p),
    overdue: (p) => repo.overdue(db, p),
    migration: (p) => repo.migration(db, p),
    points: (p) => repo.points(db, p),
  } satisfies Record<InsightChart, (p: ReturnType<typeof period>) => Promise<unknown[]>>;

  return {
    period,
    /**
     * The daily run's step: rolls the points ledger up per completed local day (see
     * `points_daily`). A roll-up table filled by this idempotent step rather than counters written
     * with each ledger entry: a per-day counter row would be updated by every concurrent point
     * write of the day and serialise them on its row lock.
     */
    async runDaily() {
      const pointsDays = await repo.rollUpPoints(db, localDate(clock.now(), timeZone), timeZone);
      return { pointsDays };
    },
    async chart<C extends InsightChart>(name: C, query: InsightsPeriod) {
      const p = period(query);
      const rows = (await charts[name](p)) as Awaited<ReturnType<(typeof charts)[C]>>;
      return { from: p.from, to: p.to, rows };
    },
  };
}
export type InsightsService = ReturnType<typeof createInsightsService>;
