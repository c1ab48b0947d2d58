import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { CONNECT_TIMEOUT_MS, isDatabaseUnavailable, openDatabase } from '../platform/db/index.js';
import { messages } from '../platform/i18n/messages.js';
import { type Runtime, startRuntime } from '../platform/runtime.js';
import { TEST_ADMIN } from '../test/fixtures.js';
import { engine } from '../test/runtime.js';

/**
 * PostgreSQL going away and coming back, with the app in between: a TCP relay between the app and
 * the server is cut (new connections refused, reset or left unanswered; open ones destroyed) while
 * requests run. Every answer is then a translated 503 with Retry-After in the one error shape —
 * never a 500, never a hang — and once the relay is back the same process serves again.
 */

describe('which errors mean "the database is unavailable"', () => {
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  it.each([
    ['connection refused', coded('ECONNREFUSED'), true],
    ['connection reset', coded('ECONNRESET'), true],
    ['host not found', coded('ENOTFOUND'), true],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect'), true],
    ['connection timeout', new Error('Connection terminated due to connection timeout'), true],
    ['connection lost mid-query', new Error('Connection terminated unexpectedly'), true],
    ['08006 connection failure', coded('08006'), true],
    ['57P01 admin shutdown', coded('57P01', 'terminating connection due to administrator command'), true],
    ['57P03 cannot connect now', coded('57P03', 'the database system is starting up'), true],
    ['53300 too many connections', coded('53300'), true],
    [
      'wrapped by the query builder',
      Object.assign(new Error('Failed query: select 1'), { cause: coded('ECONNREFUSED') }),
      true,
    ],
    ['every address refused', new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')]), true],
    ['unique violation', coded('23505', 'duplicate key value'), false],
    ['NUL in text', coded('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), false],
    ['query canceled', coded('57014'), false],
    ['a programming error', new TypeError('x is undefined'), false],
    ['not an error', 'ECONNREFUSED', false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
  it('does not loop on an error that is its own cause', () => {
    const e = new Error('x') as Error & { cause?: unknown };
    e.cause = e;
    expect(isDatabaseUnavailable(e)).toBe(false);
  });
});

type Mode = 'open' | 'refuse' | 'reset' | 'silent';

/** A TCP relay to PostgreSQL that can be cut and restored. */
async function relayTo(target: { host: string; port: number }) {
  let mode: Mode = 'open';
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === 'reset') return void client.resetAndDestroy();
    if (mode === 'silent') return; // accepted, never answered: only the connect timeout ends the wait
    const upstream = tcpConnect(target.port, target.host);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const destroyAll = () => {
    for (const s of sockets) s.destroy();
  };
  return {
    port,
    /** Cuts the way to the database: open connections die, new ones are refused, reset or ignored. */
    async cut(how: Exclude<Mode, 'open'>) {
      mode = how;
      destroyAll();
      if (how === 'refuse' && server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async restore() {
      destroyAll();
      mode = 'open';
      if (!server.listening) await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      destroyAll();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe.skipIf(engine === 'pglite')(
  'PostgreSQL unreachable (PostgreSQL only: PGlite runs in-process and cannot lose its connection)',
  () => {
    let relay: Awaited<ReturnType<typeof relayTo>>;
    let rt: Runtime;
    let cookie = '';
    let dataDir = '';
    const base = process.env.TEST_DATABASE_URL ?? '';
    const name = `propass_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const target = new URL(base);
      relay = await relayTo({ host: target.hostname, port: Number(target.port || 5432) });
      const viaRelay = new URL(base);
      viaRelay.hostname = '127.0.0.1';
      viaRelay.port = String(relay.port);
      viaRelay.pathname = `/${name}`;
      dataDir = mkdtempSync(join(tmpdir(), 'propass-outage-'));
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        DATABASE_URL: viaRelay.toString(),
        PUBLIC_URL: 'http://propass.test',
        SESSION_SECRET: 'test-secret-test-secret-test-secret-000',
        LOG_LEVEL: 'silent',
      });
      rt = await startRuntime(config, {
        database: await openDatabase({ databaseUrl: viaRelay.toString(), poolSize: 10 }),
        clock: fixedClock('2026-11-25T10:00:00Z'),
        logger: false,
      });
      await rt.services.accounts.ensureFirstAdmin(TEST_ADMIN);
      const login = await rt.app.inject({ method: 'POST', url: '/api/auth/login', payload: TEST_ADMIN });
      expect(login.statusCode).toBe(200);
      cookie = String(login.headers['set-cookie']).split(';')[0]!;
    });

    afterAll(async () => {
      await relay?.restore();
      await rt?.stop().catch(() => {});
      await relay?.close();
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    /** Public, logged-in (the session lookup runs first) and readiness requests, timed. */
    const requests = () => [
      { url: '/api/faq?q=account', cookie: '' },
      { url: '/api/faq', cookie: '' },
      { url: '/api/auth/me', cookie },
      { url: '/api/admin/audit', cookie },
      { url: '/readyz', cookie: '' },
    ];
    async function timed(url: string, withCookie: string, locale = 'nl') {
      const started = Date.now();
      const res = await rt.app.inject({
        url,
        headers: { 'accept-language': locale, ...(withCookie ? { cookie: withCookie } : {}) },
      });
      return { url, res, ms: Date.now() - started };
    }
    const isOk = (r: Awaited<ReturnType<typeof timed>>) => r.res.statusCode === 200;

    function expectUnavailable(r: Awaited<ReturnType<typeof timed>>) {
      expect(r.res.statusCode, `${r.url}: ${r.res.body}`).toBe(503);
      expect(r.res.headers['retry-after']).toBe('5');
      expect(r.res.json()).toEqual({
        error: { code: 'unavailable', message: messages.nl['error.unavailable'] },
      });
    }

    async function serves() {
      for (const { url, cookie: c } of requests()) {
        const r = await timed(url, c);
        expect(r.res.statusCode, `${url}: ${r.res.body}`).toBe(200);
      }
    }

    /** Cut while requests run, then more requests; then restore and wait until it serves again. */
    async function outage(how: 'refuse' | 'reset' | 'silent', bound: number) {
      await serves();
      const during = Array.from({ length: 4 }, () => requests().map((r) => timed(r.url, r.cookie))).flat();
      await relay.cut(how);
      const after = requests().map((r) => timed(r.url, r.cookie));
      const answers = await Promise.all([...during, ...after]);
      for (const r of answers) {
        // In flight when cut: finished (200) or unavailable; never a 500, never longer than the bound.
        if (!isOk(r)) expectUnavailable(r);
        expect(r.ms, r.url).toBeLessThan(bound);
      }
      for (const r of answers.slice(during.length)) expectUnavailable(r);
      // Still down: still 503, still within the bound.
      for (const r of await Promise.all(requests().map((q) => timed(q.url, q.cookie)))) {
        expectUnavailable(r);
        expect(r.ms, r.url).toBeLessThan(bound);
      }
      await relay.restore();
      const back = Date.now();
      for (;;) {
        const r = await timed('/api/auth/me', cookie);
        if (isOk(r)) break;
        expectUnavailable(r);
        expect(Date.now() - back, 'recovery').toBeLessThan(10_000);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await serves();
    }

    it('refused connections: 503 with Retry-After at once, served again after it is back', async () => {
      await outage('refuse', 3_000);
    }, 60_000);

    it('connections reset on connect: 503 with Retry-After, served again after it is back', async () => {
      await outage('reset', 3_000);
    }, 60_000);

    it('connections ended by the server (57P01: an administrator, a restart, a fail-over): 503, then served at once', async () => {
      await serves();
      // Logged-in requests wait behind a lock on the sessions, so they are certainly in flight
      // (in the session lookup every request starts with) when their connections end.
      const locker = new pg.Client({ connectionString: `${base.replace(/\/[^/]*$/, '')}/${name}` });
      const observer = new pg.Client({ connectionString: base });
      await locker.connect();
      await observer.connect();
      try {
        await locker.query('begin');
        await locker.query('lock table sessions in access exclusive mode');
        const waiting = Array.from({ length: 3 }, () => timed('/api/auth/me', cookie));
        for (let i = 0; ; i++) {
          const { rows } = await observer.query(
            "select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'",
            [name],
          );
          if (rows[0].n >= 3) break;
          expect(i, 'requests waiting on the lock').toBeLessThan(100);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await observer.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> $2',
          [name, (locker as unknown as { processID: number }).processID],
        );
        for (const r of await Promise.all(waiting)) expectUnavailable(r);
      } finally {
        await locker.query('rollback').catch(() => {});
        await locker.end();
        await observer.end();
      }
      // The pool drops the dead connections and opens new ones: no restart needed.
      await serves();
    }, 60_000);

    it('a database that accepts but never answers: 503 after the connect timeout, not a hang', async () => {
      await outage('silent', CONNECT_TIMEOUT_MS + 3_000);
    }, 90_000);
  },
);
