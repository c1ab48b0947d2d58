import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { engine, freshPostgresDatabase } from '../test/runtime.js';

/**
 * Tracing end to end: the real server process, exporting OTLP/HTTP (JSON) to a receiver started
 * here. A probe loaded before the server reports, when the process exits, how many OpenTelemetry
 * modules it loaded besides the API (prom-client loads `@opentelemetry/api` in any case; the SDK,
 * exporters and instrumentations are CommonJS, so the require cache lists them) and whether a
 * tracer provider was registered with the API.
 */
const ROOT = join(import.meta.dirname, '../..');
const PROBE = `data:text/javascript,${encodeURIComponent(
  `import { createRequire } from 'node:module';
   const cache = createRequire(process.cwd() + '/').cache;
   process.on('exit', () => {
     const loaded = Object.keys(cache).filter((p) => p.includes('/@opentelemetry/') && !p.includes('/@opentelemetry/api/'));
     const tracing = Boolean(globalThis[Symbol.for('opentelemetry.js.api.1')]?.trace);
     process.stderr.write('opentelemetry modules loaded: ' + loaded.length + ', tracer provider: ' + tracing + '\\n');
   });`,
)}`;
const SECRET = 'link-token-that-must-not-leave';

type OtlpSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
};
type Received = { bodies: string[]; spans: (OtlpSpan & { scope: string; service?: string })[] };

/** An OTLP/HTTP traces receiver (JSON), answering like a collector. */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received }> {
  const received: Received = { bodies: [], spans: [] };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.bodies.push(body);
      const payload = JSON.parse(body);
      for (const resourceSpans of payload.resourceSpans ?? []) {
        const service = resourceSpans.resource?.attributes?.find((a: { key: string }) => a.key === 'service.name')
          ?.value?.stringValue;
        for (const scopeSpans of resourceSpans.scopeSpans ?? [])
          for (const span of scopeSpans.spans ?? [])
            received.spans.push({ ...span, scope: scopeSpans.scope.name, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`, received };
}

const attribute = (span: OtlpSpan, key: string) => span.attributes.find((a) => a.key === key)?.value.stringValue;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A migrated database for one server process: a copy of the run's template on either engine. */
async function databaseEnv(dataDir: string): Promise<Record<string, string>> {
  if (engine === 'postgres') {
    const db = await freshPostgresDatabase('propass_test', inject('postgresTemplate'));
    cleanups.push(() => db.drop());
    return { DATABASE_URL: db.url };
  }
  // The migrated PGlite image is a tarball of a data directory: unpacked, the server opens it as its own.
  const template = inject('pgliteTemplate');
  if (!template) return {};
  mkdirSync(join(dataDir, 'pglite'));
  const tar = spawn('tar', ['-xf', template, '-C', join(dataDir, 'pglite')], { stdio: 'ignore' });
  await new Promise((done) => tar.on('exit', done));
  return {};
}

async function runServer(otel: Record<string, string>, requests: (base: string) => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'propass-otel-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const port = await new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });
  // Only what the test sets: an OTEL_* variable of the machine running the tests must not count.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('OTEL_')));
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', PROBE, 'server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      VAT_REGISTRY: 'off',
      LOG_LEVEL: 'info',
      SKIP_WEB_BUILD: '1',
      ...(await databaseEnv(dataDir)),
      ...otel,
    },
  });
  cleanups.push(() => void child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  const base = `http://127.0.0.1:${port}`;
  while (!(await fetch(`${base}/readyz`).catch(() => null))?.ok) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await requests(base);
  // A graceful stop exports the spans still buffered.
  child.kill('SIGTERM');
  expect(await exited, stderr).toBe(0);
  const probe = /opentelemetry modules loaded: (\d+), tracer provider: (\w+)/.exec(stderr);
  return { stdout, stderr, loaded: Number(probe?.[1]), tracerProvider: probe?.[2] === 'true' };
}

describe('tracing (OpenTelemetry)', () => {
  it('exports a span per request named after its route, on PostgreSQL its queries as children, and logs name the trace', async () => {
    const receiver = await startReceiver();
    cleanups.push(() => new Promise<void>((done) => receiver.server.close(() => done())));
    const { stdout, stderr, loaded, tracerProvider } = await runServer(
      {
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'propass-test',
      },
      async (base) => {
        expect((await fetch(`${base}/api/faq/no-such-article?token=${SECRET}`)).status).toBe(404);
        expect((await fetch(`${base}/api/faq?q=points`)).status).toBe(200);
        expect((await fetch(`${base}/readyz`)).status).toBe(200);
      },
    );
    expect(stdout).toContain(`Tracing on: spans of service propass-test are exported to ${receiver.url}`);
    expect(loaded, stderr).toBeGreaterThan(0);
    expect(tracerProvider).toBe(true);

    const servers = receiver.received.spans.filter((s) => s.scope === '@opentelemetry/instrumentation-http');
    const article = servers.find((s) => attribute(s, 'http.route') === '/api/faq/:key');
    expect(article, JSON.stringify(servers.map((s) => s.name))).toBeDefined();
    expect(article?.name).toBe('GET /api/faq/:key');
    expect(article?.service).toBe('propass-test');
    expect(servers.find((s) => attribute(s, 'http.route') === '/api/faq')?.name).toBe('GET /api/faq');
    // Health checks are not traced; a link's token never leaves the process (only parameter names do).
    expect(servers.some((s) => attribute(s, 'url.path') === '/readyz')).toBe(false);
    expect(attribute(article!, 'url.query')).toBe('token=REDACTED');
    expect(receiver.received.bodies.join('\n')).not.toContain(SECRET);

    // The request's log lines carry its trace and span.
    const logged = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .find((line) => line.msg === 'incoming request' && line.req?.url?.startsWith('/api/faq/no-such-article'));
    expect(logged).toMatchObject({ trace_id: article?.traceId, span_id: article?.spanId });

    const queries = receiver.received.spans.filter((s) => s.scope === '@opentelemetry/instrumentation-pg');
    if (engine === 'pglite') {
      // The embedded engine runs in the process: there is no pg client to trace.
      expect(queries).toEqual([]);
    } else {
      const query = queries.find((s) => s.parentSpanId === article?.spanId && s.name.startsWith('pg.query'));
      expect(query, JSON.stringify(queries.map((s) => [s.name, s.parentSpanId]))).toBeDefined();
      expect(query?.traceId).toBe(article?.traceId);
      expect(attribute(query!, 'db.query.text')).toContain('faq_articles');
      // Queries outside a request (pg-boss polling, start-up) make no traces of their own.
      expect(queries.every((s) => s.parentSpanId)).toBe(true);
    }
  }, 60_000);

  it('without an endpoint loads no OpenTelemetry module and exports nothing', async () => {
    const receiver = await startReceiver();
    cleanups.push(() => new Promise<void>((done) => receiver.server.close(() => done())));
    const { stdout, stderr, loaded, tracerProvider } = await runServer(
      // Protocol and service name alone switch nothing on.
      { OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json', OTEL_SERVICE_NAME: 'propass-test' },
      async (base) => {
        expect((await fetch(`${base}/api/faq?q=points`)).status).toBe(200);
      },
    );
    expect(loaded, stderr).toBe(0);
    expect(tracerProvider).toBe(false);
    expect(stdout).not.toContain('Tracing on');
    expect(stdout).not.toContain('trace_id');
    expect(receiver.received.bodies).toEqual([]);
  }, 60_000);
});
