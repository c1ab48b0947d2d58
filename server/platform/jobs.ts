import PgBoss from 'pg-boss';
import type { Database } from './db/index.js';

export type JobHandler<T> = (data: T) => Promise<void>;
export type SendOptions = {
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  startAfter?: Date | number;
};

export type Jobs = {
  start(): Promise<void>;
  stop(): Promise<void>;
  send<T extends object>(queue: string, data: T, options?: SendOptions): Promise<string | null>;
  work<T extends object>(
    queue: string,
    handler: JobHandler<T>,
    options?: { pollingIntervalSeconds?: number; batchSize?: number },
  ): Promise<void>;
  /** Like `work`, but the handler gets the whole batch at once (for work that is cheaper in bulk). */
  workBatch<T extends object>(
    queue: string,
    handler: (batch: T[]) => Promise<void>,
    options?: { pollingIntervalSeconds?: number; batchSize?: number },
  ): Promise<void>;
  /** Cron schedule (in the programme's time zone) that sends `data` to `queue`. */
  schedule(queue: string, cron: string, data?: object): Promise<void>;
};

export type JobsOptions = {
  database: Database;
  timeZone: string;
  onError: (error: unknown) => void;
  /** Off in request-only tools (CLI); the server runs workers and the scheduler. */
  workers?: boolean;
};

/**
 * pg-boss on both engines. On PostgreSQL it has its own pool from the same URL; on PGlite it runs
 * in-process through the database's SQL port, so queued jobs live in the same data directory and
 * survive a restart.
 */
export function createJobs({ database, timeZone, onError, workers = true }: JobsOptions): Jobs {
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
      return boss.send(queue, data, {
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
          for (const job of jobs) await handler(job.data as never);
        },
      );
    },
    async workBatch(queue, handler, options = {}) {
      await ensureQueue(queue);
      await boss.work(
        queue,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5, batchSize: options.batchSize ?? 20 },
        async (jobs) => {
          await handler(jobs.map((job) => job.data as never));
        },
      );
    },
    async schedule(queue, cron, data = {}) {
      await ensureQueue(queue);
      await boss.schedule(queue, cron, data, { tz: timeZone });
    },
  };
}
