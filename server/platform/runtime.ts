import { join } from 'node:path';
import { type AppDeps, buildApp } from '../app.js';
import { adjustableClock, type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { type Database, migrateDatabase, openDatabase } from './db/index.js';
import { createJobs } from './jobs.js';
import { createMetrics } from './metrics.js';
import { diskStorage } from './storage.js';
import { sweepStorage } from './storage-cleanup.js';

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
    let built: Awaited<ReturnType<typeof buildApp>> | undefined;
    built = await buildApp({
      config,
      database,
      jobs,
      clock,
      storage: diskStorage(join(config.dataDir, 'files')),
      logger: options.logger,
      limits: options.limits,
      metrics,
    });
    await built.services.programme.seedDefaults();
    await built.services.catalogue.seedSampleIfEmpty();
    await built.services.membership.seedDefaults();
    await built.services.support.seedFaq();
    await jobs.start();
    if (options.workers ?? true) {
      await built.services.mailer.startWorkers();
      await built.services.legacy.startWorkers();
      await built.services.membership.startWorkers();
      await built.services.billing.startWorkers();
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
      // Files of interrupted or rejected writes: at start and hourly, only past the grace period
      // (file times are wall-clock, so the sweep uses the system clock, not the app's).
      const storage = built.storage;
      const sweep = async () => {
        const result = await sweepStorage(storage, database.sql, { now: new Date() });
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
