import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AdjustableClock } from '../platform/clock.js';
import { loopbackOnly } from '../platform/http/security.js';
import type { Jobs } from '../platform/jobs.js';

/** The programme's one daily job: billing, then the membership, in that order, every morning. */
export const DAILY_RUN_QUEUE = 'programme.daily-run';
/** The separate schedules of earlier versions (billing 06:00, membership 06:15), removed at start. */
const RETIRED_QUEUES = ['billing.daily', 'membership.daily'];

/**
 * The daily run across modules, in order: billing first (overdue states, reminders,
 * pre-notifications, direct-debit collection runs), then the end of support of catalogue models
 * (advance notices, points removed), then the membership (expiry, renewal reminders, suspension
 * and cancellation by the overdue policy), then the dashboard's roll-ups of the days just
 * completed (after every step that writes points). Each step is idempotent.
 */
export function dailyRunFlow<B>(deps: {
  billing: { runDaily(): Promise<B> };
  endOfSupport: { runDaily(): Promise<unknown> };
  membership: { runDaily(): Promise<void> };
  insights: { runDaily(): Promise<unknown> };
}) {
  return async () => {
    const billing = await deps.billing.runDaily();
    await deps.endOfSupport.runDaily();
    await deps.membership.runDaily();
    await deps.insights.runDaily();
    return billing;
  };
}

/**
 * Schedules the ordered daily run (06:00 in the programme's time zone). One job runs both steps in
 * order, so the membership's suspensions always see the overdue states billing set that morning,
 * rather than relying on a 15-minute offset between two schedules. pg-boss runs each scheduled job
 * once across all instances.
 */
export async function startDailyRun(jobs: Jobs, runDaily: () => Promise<unknown>) {
  for (const queue of RETIRED_QUEUES) await jobs.unschedule(queue);
  await jobs.work(DAILY_RUN_QUEUE, async () => {
    await runDaily();
  });
  await jobs.schedule(DAILY_RUN_QUEUE, '0 6 * * *');
}

const ClockState = z.object({ now: z.string(), offsetDays: z.number() });
const ClockChange = z.union([
  z.object({ advanceDays: z.number().int().min(-3650).max(3650) }),
  z.object({ reset: z.literal(true) }),
]);
const DAY = 86_400_000;

/**
 * Development tools (never registered in production): move the clock to see a due date arrive,
 * and run the daily jobs now instead of at night. Loopback clients only: a stranger moving the
 * clock could expire links, memberships and invoices at will.
 */
export const devToolsRoutes =
  (clock: AdjustableClock, runDaily: () => Promise<unknown>): FastifyPluginAsyncZod =>
  async (app) => {
    loopbackOnly(app);
    const state = () => ({ now: clock.now().toISOString(), offsetDays: clock.offsetMs() / DAY });
    app.get('/api/dev/clock', { schema: { tags: ['dev'], response: { 200: ClockState } } }, async () => state());
    app.post(
      '/api/dev/clock',
      { schema: { tags: ['dev'], body: ClockChange, response: { 200: ClockState } } },
      async (request) => {
        if ('reset' in request.body) clock.reset();
        else clock.advance(request.body.advanceDays * DAY);
        return state();
      },
    );
    app.post(
      '/api/dev/daily-run',
      { schema: { tags: ['dev'], response: { 200: z.object({ now: z.string(), result: z.unknown() }) } } },
      async () => ({ now: clock.now().toISOString(), result: await runDaily() }),
    );
  };
