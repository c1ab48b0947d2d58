import { join } from 'node:path';
import { type AppDeps, buildApp } from '../app.js';
import { startDailyRun } from '../flows/daily-run.js';
import { adjustableClock, type Clock, systemClock } from './clock.js';
import { type Config, ConfigError } from './config.js';
import { type Database, migrateDatabase, openDatabase } from './db/index.js';
import { createJobs } from './jobs.js';
import { createMetrics } from './metrics.js';
import { purgeRateLimitCounters } from './rate-limit-store.js';
import { diskStorage, type Storage } from './storage.js';
import { sweepStorage } from './storage-cleanup.js';
import { traceRoutes } from './telemetry.js';

export type Runtime = Awaited<ReturnType<typeof startRuntime>>;

/**
 * Opens the database (locking a PGlite directory), migrates, starts jobs and builds the app.
 * Shared by the server, the tests and the benchmarks so all run the same wiring.
 */
export async function startRuntime(
  config: Config,
  options: {
    clock?: Clock;
    database?: Database;
    logger?: AppDeps['logger'];
    limits?: AppDeps['limits'];
    workers?: boolean;
  } = {},
) {
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDir: config.databaseUrl ? undefined : config.dataDir,
    }));
  try {
    await migrateDatabase(database);
    const clock = options.clock ?? (config.devTools ? adjustableClock(systemClock) : systemClock);
    const metrics = createMetrics();
    const jobs = createJobs({
      database,
      observer: metrics.jobObserver,
      timeZone: config.timeZone,
      workers: options.workers ?? true,
      onError: (error) => built?.app.log.error({ err: error }, 'job queue error'),
      onJobFailed: (error) => built?.app.log.warn({ err: error }, 'job failed'),
    });
    const storage = await openStorage(config);
    let built: Awaited<ReturnType<typeof buildApp>> | undefined;
    built = await buildApp({
      config,
      database,
      jobs,
      clock,
      storage,
      logger: options.logger,
      limits: options.limits,
      metrics,
    });
    traceRoutes(built.app);
    await built.services.programme.seedDefaults();
    await built.services.catalogue.seedSampleIfEmpty();
    await built.services.membership.seedDefaults();
    await built.services.support.seedFaq();
    await jobs.start();
    if (options.workers ?? true) {
      await built.services.mailer.startWorkers();
      await built.services.legacy.startWorkers();
      await built.services.billing.startWorkers();
      await startDailyRun(jobs, built.runDaily);
      await built.services.forgotPassword.startWorkers();
      await built.services.documentRetention.startWorkers();
      await built.services.vatRegistry?.startWorkers();
      await built.services.documentEvidence.startWorkers();
      // Expired sessions are deleted hourly (they are refused at once; this only keeps the table small).
      const services = built.services;
      await jobs.work('auth.purge-sessions', async () => {
        await services.auth.purgeExpiredSessions();
      });
      await jobs.schedule('auth.purge-sessions', '17 * * * *');
      // Rate-limit counters whose window ended (a returning client starts a new row anyway).
      await jobs.work('rate-limits.purge', async () => {
        await purgeRateLimitCounters(database.sql);
      });
      await jobs.schedule('rate-limits.purge', '23 * * * *');
      // Files of interrupted or rejected writes: at start and hourly, only past the grace period
      // (file times are wall-clock, so the sweep uses the system clock, not the app's).
      const tracked = built.storage;
      const sweep = async () => {
        const result = await sweepStorage(tracked, database.sql, { now: new Date() });
        if (result.tempRemoved || result.blobsRemoved) built?.app.log.info(result, 'storage clean-up');
      };
      await sweep().catch((error) => built?.app.log.warn({ err: error }, 'storage clean-up failed'));
      await jobs.work('storage.sweep', sweep);
      await jobs.schedule('storage.sweep', '41 * * * *');
    }
    const { app, services, runDaily } = built;
    let stopped = false;
    return {
      app,
      services,
      /** The daily jobs (billing, then membership) now, at the clock's date. */
      runDaily,
      /** The storage as the app uses it. */
      storage: built.storage,
      database,
      jobs,
      clock,
      /** Graceful stop: in-flight requests finish, jobs stop, the database closes. */
      async stop() {
        if (stopped) return;
        stopped = true;
        await app.close();
        await jobs.stop();
        await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

/** The document storage of STORAGE: a bucket must answer at start, or the start fails naming it. */
async function openStorage(config: Config): Promise<Storage> {
  if (config.storage.kind === 'disk') return diskStorage(join(config.dataDir, 'files'));
  const { s3 } = config.storage;
  // Loaded only when chosen: the AWS SDK is a second or more of start-up for a disk installation.
  const { s3Storage } = await import('./storage-s3.js');
  const storage = s3Storage(s3);
  try {
    await storage.ping();
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const reason =
      status === 404
        ? 'no such bucket'
        : status === 403
          ? 'access denied'
          : (error as Error).message || (error as Error).name;
    throw new ConfigError([
      `S3_BUCKET: bucket "${s3.bucket}" cannot be reached at ${s3.endpoint ?? `AWS ${s3.region}`} (${reason})`,
    ]);
  }
  return storage;
}
