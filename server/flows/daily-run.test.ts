import { describe, expect, it } from 'vitest';
import { startTestRuntime } from '../test/runtime.js';
import { DAILY_RUN_QUEUE, dailyRunFlow, startDailyRun } from './daily-run.js';

/** The pg-boss schedules in the database, by queue name. */
async function schedules(rt: Awaited<ReturnType<typeof startTestRuntime>>) {
  const { rows } = await rt.database.sql.executeSql('select name, cron from pgboss.schedule order by name');
  return new Map((rows as { name: string; cron: string }[]).map((r) => [r.name, r.cron]));
}

describe('the daily run', () => {
  it('runs billing, then end of support, then the membership, then the roll-ups, each after the one before finished', async () => {
    const steps: string[] = [];
    let releaseBilling = () => {};
    const run = dailyRunFlow({
      billing: {
        runDaily: () =>
          new Promise((resolve) => {
            steps.push('billing started');
            releaseBilling = () => {
              steps.push('billing done');
              resolve({ overdue: 1 });
            };
          }),
      },
      endOfSupport: {
        runDaily: async () => {
          steps.push('end of support');
        },
      },
      membership: {
        runDaily: async () => {
          steps.push('membership');
        },
      },
      insights: {
        runDaily: async () => {
          steps.push('roll-ups');
        },
      },
    });
    const running = run();
    await new Promise((r) => setTimeout(r, 20));
    expect(steps).toEqual(['billing started']);
    releaseBilling();
    expect(await running).toEqual({ overdue: 1 });
    expect(steps).toEqual(['billing started', 'billing done', 'end of support', 'membership', 'roll-ups']);
  });

  it('is one scheduled job in production, and the separate schedules of earlier versions are removed', async () => {
    const rt = await startTestRuntime();
    const started = await schedules(rt);
    expect(started.get(DAILY_RUN_QUEUE)).toBe('0 6 * * *');
    expect(started.has('billing.daily')).toBe(false);
    expect(started.has('membership.daily')).toBe(false);

    // A database an earlier version scheduled: billing at 06:00 and the membership at 06:15.
    await rt.jobs.schedule('billing.daily', '0 6 * * *');
    await rt.jobs.schedule('membership.daily', '15 6 * * *');
    expect((await schedules(rt)).has('membership.daily')).toBe(true);
    await startDailyRun(rt.jobs, async () => {});
    const after = await schedules(rt);
    expect([...after.keys()].filter((name) => name.endsWith('.daily'))).toEqual([]);
    expect(after.get(DAILY_RUN_QUEUE)).toBe('0 6 * * *');
  });
});
