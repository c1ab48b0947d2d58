import { AsyncLocalStorage } from 'node:async_hooks';
import PgBoss from 'pg-boss';
import type { Database } from './db/index.js';

/**
 * Every job's data may carry the id of the HTTP request that queued it, so one request can be
 * followed through the jobs it caused (and the jobs those queued) in the logs.
 */
export type Traced = { requestId?: string };
export type JobHandler<T> = (data: T & Traced) => Promise<void>;

/** What the code running now works for: a request, or a job (with the request that queued it). */
type TraceContext = { requestId?: string; job?: { queue: string; id?: string } };
const trace = new AsyncLocalStorage<TraceContext>();

/** Runs `fn` (and all it causes) on behalf of a request: jobs it queues carry the request's id. */
export function runForRequest<R>(requestId: string, fn: () => R): R {
  return trace.run({ requestId }, fn);
}

/**
 * The fields a log line written inside a job gets (pino's `mixin`): the queue, the job id and
 * the request id under the same key Fastify uses for request log lines (`reqId`). Request log
 * lines already carry it, so nothing is added there.
 */
export function jobLogFields(): Record<string, string> {
  const context = trace.getStore();
  if (!context?.job) return {};
  return {
    queue: context.job.queue,
    ...(context.job.id ? { jobId: context.job.id } : {}),
    ...(context.requestId ? { reqId: context.requestId } : {}),
  };
}

/** Counts and times handler runs; `metrics.ts` implements it, so jobs need no metrics library. */
export type JobObserver = {
  /** One handler run: `jobs` jobs (one, or a batch's size) in `seconds`, succeeded or not. */
  ran(queue: string, jobs: number, seconds: number, ok: boolean): void;
};
export type SendOptions = {
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  startAfter?: Date | number;
};

export type Jobs = {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Queues a job; queued while serving a request (or running a job), its data carries `requestId`. */
  send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string | null>;
  work<T extends object>(
    queue: string,
    handler: JobHandler<T>,
    options?: { pollingIntervalSeconds?: number; batchSize?: number },
  ): Promise<void>;
  /** Like `work`, but the handler gets the whole batch at once (for work that is cheaper in bulk). */
  workBatch<T extends object>(
    queue: string,
    handler: (batch: (T & Traced)[]) => Promise<void>,
    options?: { pollingIntervalSeconds?: number; batchSize?: number },
  ): Promise<void>;
  /** Cron schedule (in the programme's time zone) that sends `data` to `queue`. */
  schedule(queue: string, cron: string, data?: object): Promise<void>;
  /** Removes a queue's schedule (kept in the database by earlier versions); nothing when there is none. */
  unschedule(queue: string): Promise<void>;
};

export type JobsOptions = {
  database: Database;
  timeZone: string;
  onError: (error: unknown) => void;
  /** Off in request-only tools (CLI); the server runs workers and the scheduler. */
  workers?: boolean;
  /** Told of every handler run (metrics). */
  observer?: JobObserver;
  /**
   * A handler failed (pg-boss retries the job with back-off, then marks it failed). Called inside
   * the job's context, so a log line written here names the queue, the job and the request.
   */
  onJobFailed?: (error: unknown) => void;
};

/**
 * pg-boss on both engines. On PostgreSQL it has its own pool from the same URL; on PGlite it runs
 * in-process through the database's SQL port, so queued jobs live in the same data directory and
 * survive a restart.
 */
export function createJobs({ database, timeZone, onError, workers = true, observer, onJobFailed }: JobsOptions): Jobs {
  const boss = new PgBoss({
    ...(database.connectionString
      ? { connectionString: database.connectionString, max: 4 }
      : { db: database.sql as unknown as PgBoss.Db }),
    schema: 'pgboss',
    supervise: workers,
    schedule: workers,
    migrate: true,
  });
  boss.on('error', onError);
  const queues = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (queues.has(name)) return;
    await boss.createQueue(name);
    queues.add(name);
  };
  /** Runs a handler in its job's trace context and reports the run to the observer. */
  const observed = async (queue: string, count: number, context: TraceContext, run: () => Promise<void>) => {
    const start = process.hrtime.bigint();
    let ok = false;
    try {
      await trace.run(context, async () => {
        try {
          await run();
        } catch (error) {
          onJobFailed?.(error);
          throw error;
        }
      });
      ok = true;
    } finally {
      observer?.ran(queue, count, Number(process.hrtime.bigint() - start) / 1e9, ok);
    }
  };
  let started = false;
  return {
    async start() {
      if (started) return;
      await boss.start();
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
    },
    async send(queue, data, options = {}) {
      await ensureQueue(queue);
      const requestId = trace.getStore()?.requestId;
      const traced = requestId && !('requestId' in data) ? { ...data, requestId } : data;
      return boss.send(queue, traced, {
        retryLimit: options.retryLimit ?? 5,
        retryDelay: options.retryDelay ?? 2,
        retryBackoff: options.retryBackoff ?? true,
        ...(options.startAfter !== undefined ? { startAfter: options.startAfter as Date } : {}),
      });
    },
    async work(queue, handler, options = {}) {
      await ensureQueue(queue);
      // pg-boss fetches one batch per polling interval, so the batch size bounds the throughput
      // (batch / interval). A batch's jobs run one after another; a failure fails the batch, and
      // the idempotent handlers make its retry harmless.
      await boss.work(
        queue,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, batchSize: options.batchSize ?? 20 },
        async (jobs) => {
          for (const job of jobs) {
            const data = job.data as Traced;
            const requestId = typeof data?.requestId === 'string' ? data.requestId : undefined;
            await observed(queue, 1, { requestId, job: { queue, id: job.id } }, () => handler(job.data as never));
          }
        },
      );
    },
    async workBatch(queue, handler, options = {}) {
      await ensureQueue(queue);
      await boss.work(
        queue,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, batchSize: options.batchSize ?? 20 },
        async (jobs) => {
          // A batch may hold jobs of several requests: its log lines name the queue only.
          await observed(queue, jobs.length, { job: { queue } }, () => handler(jobs.map((job) => job.data as never)));
        },
      );
    },
    async schedule(queue, cron, data = {}) {
      await ensureQueue(queue);
      await boss.schedule(queue, cron, data, { tz: timeZone });
    },
    async unschedule(queue) {
      if ((await boss.getSchedules()).some((s) => s.name === queue)) await boss.unschedule(queue);
    },
  };
}
