import type { IncomingMessage } from 'node:http';
import { register } from 'node:module';
import type { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import type { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import type { FastifyInstance } from 'fastify';
import type { TelemetryConfig } from './config-telemetry.js';

/**
 * Optional OpenTelemetry tracing: HTTP requests (incoming, and outgoing ones made while serving one)
 * and, on PostgreSQL, the queries a request makes, exported over OTLP. Without an endpoint nothing of
 * OpenTelemetry is loaded: every import below is dynamic, and the functions other code calls do nothing.
 *
 * The instrumentations patch `http` and `pg` when those are loaded, so the entry point starts this
 * before it imports the runtime (Fastify, pg, pg-boss). The server is ESM: the `pg` it imports is
 * hooked by import-in-the-middle's loader, registered here for `pg` and `pg-pool` only.
 */
export type Telemetry = {
  /** Exports the spans still buffered and stops (graceful shutdown). */
  shutdown(): Promise<void>;
};

type Api = typeof import('@opentelemetry/api');
let api: Api | undefined;

/** Health checks and metric scrapes would be most of the spans and tell nothing. */
const UNTRACED = new Set(['/readyz', '/metrics']);

export async function startTelemetry(
  config: TelemetryConfig | undefined,
  options: { postgres: boolean },
): Promise<Telemetry | undefined> {
  if (!config) return undefined;
  if (options.postgres)
    register('@opentelemetry/instrumentation/hook.mjs', import.meta.url, { data: { include: ['pg', 'pg-pool'] } });
  const [otel, { NodeSDK }, http] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
  ]);
  const instrumentations: (HttpInstrumentation | PgInstrumentation)[] = [
    new http.HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => UNTRACED.has(request.url?.split('?')[0] ?? ''),
      // Jobs are not traced: an HTTP call a job makes (VIES, S3, Stripe) would be a trace of its own.
      requireParentforOutgoingSpans: true,
      startIncomingSpanHook: (request) => queryNamesOnly(request as IncomingMessage),
    }),
  ];
  if (options.postgres) {
    const pg = await import('@opentelemetry/instrumentation-pg');
    // Only queries made while serving a request: pg-boss polls every few seconds.
    instrumentations.push(new pg.PgInstrumentation({ requireParentSpan: true }));
  }
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    instrumentations,
    // Traces only: metrics are Prometheus' (/metrics) and logs go to standard output.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  api = otel;
  return {
    async shutdown() {
      api = undefined;
      await sdk.shutdown();
    },
  };
}

/**
 * Links carry one-time tokens (`?token=`) and filters carry e-mail addresses: a span keeps the
 * query's parameter names, never their values.
 */
function queryNamesOnly(request: IncomingMessage): Record<string, string> {
  const query = request.url?.split('?')[1];
  if (!query) return {};
  const names = [...new URLSearchParams(query).keys()];
  return { 'url.query': names.map((name) => `${encodeURIComponent(name)}=REDACTED`).join('&') };
}

/**
 * Adds to a log line's fields (pino's `mixin`) the trace and span it was written in, under the names
 * the OpenTelemetry specification gives them in JSON logs, so a log line leads to its trace and back.
 */
export function withTraceFields(fields: () => Record<string, string>): () => Record<string, string> {
  return () => {
    const span = api?.trace.getActiveSpan()?.spanContext();
    if (!span || !api?.isSpanContextValid(span)) return fields();
    const flags = `0${span.traceFlags.toString(16)}`.slice(-2);
    return { ...fields(), trace_id: span.traceId, span_id: span.spanId, trace_flags: flags };
  };
}

/** Names each request's span after its route pattern (`GET /api/faq/:key`), as Prometheus does. */
export function traceRoutes(app: FastifyInstance): void {
  if (!api) return;
  const { trace } = api;
  app.addHook('onRequest', (request, _reply, done) => {
    const route = request.routeOptions.url;
    const span = trace.getActiveSpan();
    if (route && span) {
      span.setAttribute('http.route', route);
      span.updateName(`${request.method} ${route}`);
    }
    done();
  });
}
