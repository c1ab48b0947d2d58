import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from './db/index.js';
import { AppError } from './errors.js';
import type { JobObserver } from './jobs.js';

export type Metrics = ReturnType<typeof createMetrics>;

/** Seconds: from a quick API answer to a slow upload or export. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: jobs range from a row update to a VIES call with retries or a legacy import. */
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300];

/**
 * The app's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * several apps in one process (tests) each count their own. The default metrics (event-loop lag,
 * heap, CPU, handles) are in it too.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status class',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const jobsProcessed = new Counter({
    name: 'propass_jobs_processed_total',
    help: 'Jobs run by a worker, by queue and outcome (a failed job is retried with back-off)',
    labelNames: ['queue', 'outcome'] as const,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'propass_job_duration_seconds',
    help: 'Job handler runs (one job, or one batch for batch workers), by queue and outcome',
    labelNames: ['queue', 'outcome'] as const,
    buckets: JOB_BUCKETS,
    registers: [registry],
  });

  const jobObserver: JobObserver = {
    ran(queue, jobs, seconds, ok) {
      const outcome = ok ? 'success' : 'failure';
      jobsProcessed.inc({ queue, outcome }, jobs);
      jobDuration.observe({ queue, outcome }, seconds);
    },
  };

  return {
    registry,
    jobObserver,
    /** Times every answer under its route pattern (never the raw URL: ids would make endless series). */
    observeRequests(app: FastifyInstance) {
      app.addHook('onResponse', async (request, reply) => {
        httpDuration.observe(
          {
            route: request.routeOptions.url ?? 'unmatched',
            method: request.method,
            status: `${Math.floor(reply.statusCode / 100)}xx`,
          },
          reply.elapsedTime / 1000,
        );
      });
    },
    /**
     * Gauges read from the database at scrape time, one cheap query each. A failing query leaves
     * its gauge empty for that scrape (and is logged); the other series are still served.
     */
    observeDatabase(database: Database, log: { warn(obj: object, msg: string): void }) {
      const safely = async (gauge: Gauge, what: string, read: () => Promise<void>) => {
        gauge.reset();
        try {
          await read();
        } catch (error) {
          log.warn({ err: error, metric: what }, 'metric not collected');
        }
      };
      const count = (value: unknown) => Number(value ?? 0);
      // PGlite is one in-process connection: there is no pool to wait for (its queries queue
      // inside the engine and show as request latency and event-loop lag instead). Registered
      // first: it is read before the queries below join the pool's queue for a tick, so a
      // scrape does not count itself as waiting.
      const pool = database.pool;
      if (pool) {
        new Gauge({
          name: 'propass_db_pool_connections',
          help: "The app's PostgreSQL pool: open connections (total), unused (idle), and requests waiting for one (waiting)",
          labelNames: ['state'] as const,
          registers: [registry],
          collect() {
            const stats = pool();
            this.set({ state: 'total' }, stats.total);
            this.set({ state: 'idle' }, stats.idle);
            this.set({ state: 'waiting' }, stats.waiting);
          },
        });
      }
      new Gauge({
        name: 'propass_mail_outbox_messages',
        help: 'Outbox e-mails not sent yet (unsent), of which failed at least once (failing), and given up (failed)',
        labelNames: ['state'] as const,
        registers: [registry],
        async collect() {
          await safely(this, 'mail outbox', async () => {
            const { rows } = await database.sql.executeSql(
              `select count(*) filter (where status = 'pending') as unsent,
                      count(*) filter (where status = 'pending' and last_error is not null) as failing,
                      count(*) filter (where status = 'failed') as failed
                 from mail_outbox where status in ('pending', 'failed')`,
            );
            const row = (rows[0] ?? {}) as Record<string, unknown>;
            for (const state of ['unsent', 'failing', 'failed'] as const) this.set({ state }, count(row[state]));
          });
        },
      });
      new Gauge({
        name: 'propass_job_queue_depth',
        help: 'Jobs waiting (created), waiting for a retry (retry) and running (active), by queue',
        labelNames: ['queue', 'state'] as const,
        registers: [registry],
        async collect() {
          await safely(this, 'job queue depth', async () => {
            const { rows } = await database.sql.executeSql(
              `select name, state::text as state, count(*) as jobs from pgboss.job
                where state in ('created', 'retry', 'active') group by name, state`,
            );
            for (const row of rows as { name: string; state: string; jobs: unknown }[]) {
              this.set({ queue: row.name, state: row.state }, count(row.jobs));
            }
          });
        },
      });
    },
  };
}

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
function hasBearer(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header.trim()) : null;
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `GET /metrics` for Prometheus, behind a bearer token. Without METRICS_TOKEN the route answers
 * 404 to everyone (the same as an unknown address): one rule in every environment, no exception
 * for loopback clients that a local reverse proxy would turn into an open door.
 */
export function metricsRoutes(metrics: Metrics, options: { token: string | undefined }) {
  return async (app: FastifyInstance) => {
    app.get('/metrics', { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
      if (!options.token) throw new AppError('route_not_found');
      if (!hasBearer(request, options.token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw new AppError('unauthenticated');
      }
      const body = await metrics.registry.metrics();
      return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(body);
    });
  };
}
