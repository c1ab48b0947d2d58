import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORGOT_PASSWORD_QUEUE } from '../flows/forgot-password.js';
import { registrationInput, TEST_ADMIN } from '../test/fixtures.js';
import { client, multipart, PDF } from '../test/http.js';
import { engine, startTestRuntime, testDatabase } from '../test/runtime.js';
import { fixedClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { DELIVER_QUEUE } from './mail/outbox.js';
import { type Runtime, startRuntime } from './runtime.js';

const TOKEN = 'metrics-token-0123456789-0123456789-abcdef';
const logLines: Record<string, unknown>[] = [];
let rt: Runtime;
let stopAll: () => Promise<void>;

/** The app with a metrics token and a logger whose JSON lines the test reads. */
beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'propass-metrics-'));
  const { database, drop } = await testDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://propass.test',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-000',
    METRICS_TOKEN: TOKEN,
  });
  rt = await startRuntime(config, {
    database,
    clock: fixedClock('2026-11-25T10:00:00Z'),
    logger: {
      level: 'info',
      stream: {
        write(line: string) {
          logLines.push(JSON.parse(line));
        },
      },
    },
  });
  await rt.services.accounts.ensureFirstAdmin(TEST_ADMIN);
  stopAll = async () => {
    await rt.stop().catch(() => {});
    await drop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterAll(async () => stopAll?.());

const scrape = (headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
  rt.app.inject({ method: 'GET', url: '/metrics', headers });

/** The value of one series (name with its labels exactly as exposed), or undefined. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

async function until<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const jobData = async (queue: string) =>
  (
    await rt.database.sql.executeSql('select data from pgboss.job where name = $1 order by created_on', [queue])
  ).rows.map((row) => (row as { data: Record<string, unknown> }).data);

describe('GET /metrics', () => {
  it('serves request, job, outbox, queue and runtime series to the token holder', async () => {
    const http = client(rt.app);
    for (let i = 0; i < 3; i++) expect((await http.get('/api/meta')).statusCode).toBe(200);
    // A route with a parameter is counted under its pattern, never under the address asked.
    expect((await http.get('/api/faq/no-such-article-4711')).statusCode).toBe(404);
    // A job runs: forgot-password, then the delivery of the e-mail it writes.
    expect((await http.post('/api/auth/forgot-password', { email: TEST_ADMIN.email })).statusCode).toBe(200);
    await until('the e-mail', async () =>
      (await rt.services.mailer.list()).find((m) => m.toAddress === TEST_ADMIN.email),
    );
    // Backlog the gauges must count: an e-mail that failed once and waits, a job no worker takes.
    await rt.database.sql.executeSql(
      `insert into mail_outbox (id, message_id, to_address, template, locale, subject, html, text, attachments, last_error)
       values ($1, $2, 'stuck@example.test', 'test', 'en', 'Stuck', '<p>x</p>', 'x', '[]', 'connection refused')`,
      [randomUUID(), `<${randomUUID()}@propass.test>`],
    );
    await rt.jobs.send('test.nobody-works-here', { n: 1 });

    const text = await until('the delivery job counted', async () => {
      const res = await scrape();
      const delivered = sample(res.body, `propass_jobs_processed_total{queue="${DELIVER_QUEUE}",outcome="success"}`);
      return delivered && delivered >= 1 ? res.body : undefined;
    });

    expect(sample(text, 'http_request_duration_seconds_count{route="/api/meta",method="GET",status="2xx"}')).toBe(3);
    expect(text).toContain(
      'http_request_duration_seconds_bucket{le="0.005",route="/api/meta",method="GET",status="2xx"}',
    );
    expect(sample(text, 'http_request_duration_seconds_count{route="/api/faq/:key",method="GET",status="4xx"}')).toBe(
      1,
    );
    expect(text).not.toContain('no-such-article-4711');
    expect(
      sample(text, `propass_jobs_processed_total{queue="${FORGOT_PASSWORD_QUEUE}",outcome="success"}`),
    ).toBeGreaterThanOrEqual(1);
    expect(text).toContain(`propass_job_duration_seconds_count{queue="${FORGOT_PASSWORD_QUEUE}",outcome="success"}`);
    expect(sample(text, 'propass_mail_outbox_messages{state="unsent"}')).toBe(1);
    expect(sample(text, 'propass_mail_outbox_messages{state="failing"}')).toBe(1);
    expect(sample(text, 'propass_job_queue_depth{queue="test.nobody-works-here",state="created"}')).toBe(1);
    expect(text).toContain('nodejs_eventloop_lag_p99_seconds');
    if (engine === 'postgres') {
      expect(sample(text, 'propass_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'propass_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      expect(text).not.toContain('propass_db_pool_connections');
    }
  });

  it('counts a failing job as a failure', async () => {
    await rt.jobs.work('test.always-fails', async () => {
      throw new Error('boom');
    });
    await rt.jobs.send('test.always-fails', {}, { retryLimit: 0 });
    await until('the failure counted', async () => {
      const v = sample(
        (await scrape()).body,
        'propass_jobs_processed_total{queue="test.always-fails",outcome="failure"}',
      );
      return v === 1 ? v : undefined;
    });
    // The operator reads why in the log: the queue, the job and the error.
    expect(logLines.find((l) => l.msg === 'job failed' && l.queue === 'test.always-fails')).toMatchObject({
      level: 40,
      jobId: expect.any(String),
      err: expect.objectContaining({ message: 'boom' }),
    });
  });

  it('counts every job of a batch worker, and times its batches', async () => {
    const seen: unknown[] = [];
    for (let n = 0; n < 3; n++) await rt.jobs.send('test.batched', { n });
    await rt.jobs.workBatch('test.batched', async (batch) => {
      seen.push(...batch);
    });
    const text = await until('the batch counted', async () => {
      const body = (await scrape()).body;
      return sample(body, 'propass_jobs_processed_total{queue="test.batched",outcome="success"}') === 3
        ? body
        : undefined;
    });
    expect(seen).toHaveLength(3);
    const batches = sample(text, 'propass_job_duration_seconds_count{queue="test.batched",outcome="success"}');
    expect(batches).toBeGreaterThanOrEqual(1);
    expect(batches).toBeLessThanOrEqual(3);
  });

  it('answers 401 in the error shape without the token or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` },
      { authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const res = await scrape({ 'accept-language': 'nl', ...headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Log eerst in.' } });
      expect(res.body).not.toContain('http_request_duration_seconds');
    }
  });
});

describe('request ids across jobs', () => {
  it('carries the request id into the jobs it queues, their follow-up jobs and their log lines', async () => {
    const requestId = `trace-${randomUUID()}`;
    // Over a real socket, the body in two parts a moment apart: it is read in the socket's
    // callbacks, after the request's first hooks ran.
    const address = await rt.app.listen({ host: '127.0.0.1', port: 0 });
    const body = JSON.stringify({ email: TEST_ADMIN.email });
    const res = await fetch(`${address}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { 'x-request-id': requestId, origin: 'http://propass.test', 'content-type': 'application/json' },
      body: new ReadableStream({
        async start(controller) {
          controller.enqueue(new TextEncoder().encode(body.slice(0, 5)));
          await new Promise((r) => setTimeout(r, 50));
          controller.enqueue(new TextEncoder().encode(body.slice(5)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    // The request's job, and the e-mail delivery that job queued, name the request.
    const forgot = await until('the forgot-password job', async () =>
      (await jobData(FORGOT_PASSWORD_QUEUE)).find((d) => d.requestId === requestId),
    );
    expect(forgot).toEqual({ email: TEST_ADMIN.email, requestId });
    await until('the delivery job', async () => (await jobData(DELIVER_QUEUE)).find((d) => d.requestId === requestId));
    // The worker's log line about the delivery carries the id under the request log's key.
    const delivered = await until('the delivery log line', async () =>
      logLines.find((l) => l.msg === 'mail delivered' && l.reqId === requestId),
    );
    expect(delivered).toMatchObject({ queue: DELIVER_QUEUE, reqId: requestId });
    expect(logLines.some((l) => l.reqId === requestId && l.msg === 'request completed')).toBe(true);
  });

  it('carries the request id of a registration into its VAT registry check', async () => {
    const requestId = `trace-${randomUUID()}`;
    const input = registrationInput();
    const body = multipart(
      {
        application: JSON.stringify({
          ...input,
          company: { vatRegistered: true, vatNumber: 'NL100000009B01', legacyEmail: '' },
          documents: [{ kind: 'vat_certificate' }],
        }),
      },
      [{ field: 'documents', name: 'certificate.pdf', type: 'application/pdf', data: PDF }],
    );
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: { ...body.headers, 'x-request-id': requestId },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const check = await until('the VAT check job', async () =>
      (await jobData('vat-registry.check')).find((d) => d.requestId === requestId),
    );
    expect(check).toEqual({ vatNumber: 'NL100000009B01', requestId });
  });

  it('queues jobs outside a request without one', async () => {
    await rt.jobs.send('test.untraced', { n: 2 });
    expect(await jobData('test.untraced')).toEqual([{ n: 2 }]);
  });
});

describe('without METRICS_TOKEN', () => {
  it('does not serve /metrics: 404 in the error shape, with or without a token', async () => {
    const plain = await startTestRuntime();
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }, { authorization: 'Bearer ' }]) {
      const res = await plain.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'route_not_found' } });
    }
  });
});

describe('METRICS_TOKEN', () => {
  const production = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://propass.example',
    SESSION_SECRET: 'x'.repeat(40),
    SMTP_URL: 'smtp://mail.example:25',
    PAYMENT_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: 'sk_live_abc123',
    STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
  };
  const dataDir = () => mkdtempSync(join(tmpdir(), 'propass-config-'));

  it('is optional: unset (or blank) means /metrics is not served', () => {
    expect(loadConfig({ ...production, DATA_DIR: dataDir() }).metricsToken).toBeUndefined();
    expect(loadConfig({ ...production, DATA_DIR: dataDir(), METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
  });

  it('needs at least 32 characters in production, and no spaces or control characters anywhere', () => {
    const short = 'a'.repeat(31);
    expect(() => loadConfig({ ...production, DATA_DIR: dataDir(), METRICS_TOKEN: short })).toThrow(
      /METRICS_TOKEN: must be at least 32 characters in production/,
    );
    expect(loadConfig({ ...production, DATA_DIR: dataDir(), METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
    expect(loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: short }).metricsToken).toBe(short);
    for (const bad of ['two words here', 'tab\there', 'ümlaut-token']) {
      expect(() => loadConfig({ DATA_DIR: dataDir(), METRICS_TOKEN: bad })).toThrow(ConfigError);
    }
  });
});
