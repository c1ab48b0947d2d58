import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerHttp } from './composition/http.js';
import { composeModules } from './composition/modules.js';
import { registerRoutes } from './composition/routes.js';
import type { Clock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/index.js';
import {
  clientErrorHandler,
  frameworkErrors,
  registerErrorHandling,
  sendError,
} from './platform/http/error-handler.js';
import { registerTextCheck } from './platform/http/text-check.js';
import { isAppPage, registerWebApp } from './platform/http/web-app.js';
import { type Jobs, jobLogFields, runForRequest } from './platform/jobs.js';
import { createMetrics, type Metrics } from './platform/metrics.js';
import type { Storage } from './platform/storage.js';
import { createUploadTracker } from './platform/storage-cleanup.js';
import { withTraceFields } from './platform/telemetry.js';

export type AppDeps = {
  config: Config;
  database: Database;
  jobs: Jobs;
  storage: Storage;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Rate limits, lowered or raised by tests and benchmarks. */
  limits?: { password?: { max: number; timeWindow: number }; registration?: { max: number; timeWindow: number } };
  webRoot?: string;
  /** The metrics the jobs report to as well (the runtime shares one); else the app's own. */
  metrics?: Metrics;
};

export const WEB_ROOT = resolve(import.meta.dirname, '../dist/web');
/** Builds the HTTP app and its services from the platform parts. Starts nothing. */
export async function buildApp(deps: AppDeps) {
  const { config, database, jobs, clock } = deps;
  const db = database.db;
  // Whatever a request stores and no committed row takes is deleted when the request ends.
  const uploads = createUploadTracker(deps.storage, database.sql);
  const storage = uploads.storage;
  const metrics = deps.metrics ?? createMetrics();
  const logger = deps.logger ?? { level: config.logLevel };
  const app = Fastify({
    // Log lines written inside a job name its queue, its id and the request that queued it (and the trace, when on).
    logger: typeof logger === 'object' ? { mixin: withTraceFields(jobLogFields), ...logger } : logger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Body limit, and whose X-Forwarded-For is believed for request.ip (rate limits, audit log, declarations).
    ...config.http,
    return503OnClosing: true,
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerTextCheck(app);
  uploads.register(app);
  // Jobs queued while serving a request carry its id: the rest of the request runs inside this
  // hook's context (Fastify binds body parsing to it as well).
  app.addHook('onRequest', (request, _reply, done) => runForRequest(request.id, done));
  metrics.observeRequests(app);
  metrics.observeDatabase(database, app.log);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // API answers are personal (or errors about a person's request): no shared or browser cache
    // keeps them, unless a route chose its own policy.
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  // The modules (composition/modules.ts), then the plugins and hooks, then the routes.
  const modules = await composeModules({
    config,
    database,
    jobs,
    clock,
    storage,
    log: app.log,
    onClose: (close) => app.addHook('onClose', close),
  });
  await registerHttp(app, {
    config,
    database,
    storage: deps.storage,
    metrics,
    auth: modules.services.auth,
    documentsReadiness: modules.services.documentEvidence.readiness,
  });
  await registerRoutes(app, {
    config,
    db,
    clock,
    storage,
    modules,
    limits: deps.limits,
  });

  const webRoot = deps.webRoot ?? WEB_ROOT;
  const hasWeb = await registerWebApp(app, webRoot);
  app.setNotFoundHandler((request, reply) => {
    // Every other GET (or HEAD) outside the API is a page of the single-page app.
    if (hasWeb && isAppPage(request)) return reply.sendFile('index.html');
    return sendError(request, reply, 'route_not_found');
  });

  return {
    app: app as FastifyInstance,
    services: modules.services,
    runDaily: modules.runDaily,
    /** The storage as the app uses it (requests' keys counted in flight), for the clean-up job. */
    storage,
  };
}
