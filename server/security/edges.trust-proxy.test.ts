import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { registrationInput, TEST_ADMIN } from '../test/fixtures.js';
import { multipart, PDF } from '../test/http.js';
import { startTestRuntime } from '../test/runtime.js';

// A real reverse proxy (its own process) in front of a listening server; clients come from
// different loopback addresses (Linux routes all of 127/8 to lo), as people behind a proxy would.

/** A minimal reverse proxy, as nginx's `proxy_add_x_forwarded_for` does it: appends its peer's address. */
const PROXY = `
const http = require('node:http');
const target = Number(process.env.TARGET_PORT);
const server = http.createServer((req, res) => {
  const peer = req.socket.remoteAddress.replace(/^::ffff:/, '');
  const given = req.headers['x-forwarded-for'];
  const headers = { ...req.headers, 'x-forwarded-for': given ? given + ', ' + peer : peer };
  const upstream = http.request({ host: '127.0.0.1', port: target, agent: false, method: req.method, path: req.url, headers }, (up) => {
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => { res.writeHead(502); res.end(); });
  req.pipe(upstream);
});
server.listen(0, '127.0.0.1', () => console.log(String(server.address().port)));
`;

const LIMIT = 20;

const application = (email: string) => registrationInput({ legalName: 'Studio Proxy B.V.', email, locale: 'nl' });

// Registered here, at collection time: an afterAll() registered while beforeAll() runs is never called.
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function proxiedServer(env: Record<string, string>) {
  const rt = await startTestRuntime({
    env,
    limits: { password: { max: LIMIT, timeWindow: 60_000 }, registration: { max: 1000, timeWindow: 60_000 } },
  });
  await rt.services.accounts.ensureFirstAdmin(TEST_ADMIN);
  await rt.app.listen({ host: '127.0.0.1', port: 0 });
  const target = (rt.app.server.address() as AddressInfo).port;
  const proxy: ChildProcess = spawn(process.execPath, ['-e', PROXY], {
    env: { ...process.env, TARGET_PORT: String(target) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    proxy.stdout!.once('data', (d) => resolve(Number(String(d).trim())));
    proxy.once('exit', () => reject(new Error('the proxy did not start')));
  });
  cleanups.push(async () => {
    const exited = new Promise((resolve) => proxy.once('exit', resolve));
    proxy.kill();
    await exited;
    await rt.stop();
  });
  /** A request from `from` (a loopback address) through the proxy. */
  const call = (from: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; json: { error?: { code: string } } }>((resolve, reject) => {
      const payload = Buffer.isBuffer(body) ? body : JSON.stringify(body);
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          localAddress: from,
          agent: false,
          method: 'POST',
          path,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => {
            text += d;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : {} }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  let n = 0;
  // A different unknown address each time: only the per-IP limit is at work, never an account lockout.
  const badLogin = (from: string, headers?: Record<string, string>) =>
    call(from, '/api/auth/login', { email: `nobody${++n}@example.test`, password: 'wrong-password' }, headers);
  /** The addresses the audit log holds for log-ins. */
  const loginIps = async () =>
    (
      await rt.database.db
        .select({ ip: schema.auditLog.actorIp })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.action, 'auth.login'))
    ).map((row) => row.ip);
  /** A registration (multipart, with a document) sent from `from`; answers the IP of its declaration. */
  const registrationIp = async (from: string) => {
    const email = `applicant-${randomUUID()}@example.test`;
    const form = multipart({ application: JSON.stringify(application(email)) }, [
      { field: 'documents', name: 'extract.pdf', type: 'application/pdf', data: PDF },
    ]);
    const res = await call(from, '/api/registrations', form.payload, {
      ...form.headers,
      'x-forwarded-for': '10.9.9.9',
    });
    expect(res.status).toBe(201);
    const [row] = await rt.database.db
      .select({ ip: schema.applications.declarationIp })
      .from(schema.applications)
      .where(eq(schema.applications.contactEmail, email));
    return row?.ip;
  };
  return { rt, call, badLogin, loginIps, registrationIp };
}

let trusted: Awaited<ReturnType<typeof proxiedServer>>;
let plain: Awaited<ReturnType<typeof proxiedServer>>;
// Started at the file's level, where startTestRuntime() registers its clean-up.
beforeAll(async () => {
  trusted = await proxiedServer({ TRUST_PROXY: '1' });
  plain = await proxiedServer({});
});

describe('behind a reverse proxy with TRUST_PROXY=1', () => {
  it('limits each client on its own address', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await trusted.badLogin('127.0.0.2')).status).toBe(401);
    const limited = await trusted.badLogin('127.0.0.2');
    expect(limited.status).toBe(429);
    expect(limited.json.error?.code).toBe('rate_limited');
    // Another person behind the same proxy is not punished for it.
    expect((await trusted.badLogin('127.0.0.3')).status).toBe(401);
  });

  it('ignores an address the client forges in X-Forwarded-For', async () => {
    // The limited client cannot escape by naming another address …
    expect((await trusted.badLogin('127.0.0.2', { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);
    // … nor lock out someone else by naming theirs.
    for (let i = 0; i < LIMIT + 2; i++) await trusted.badLogin('127.0.0.4', { 'x-forwarded-for': '127.0.0.5' });
    expect((await trusted.badLogin('127.0.0.5')).status).toBe(401);
  });

  it("records the client's address, not the proxy's, in the audit log", async () => {
    expect(
      (await trusted.call('127.0.0.6', '/api/auth/login', TEST_ADMIN, { 'x-forwarded-for': '10.9.9.9' })).status,
    ).toBe(200);
    expect(await trusted.loginIps()).toEqual(['127.0.0.6']);
  });

  it("records the applicant's address with the registration's declaration", async () => {
    expect(await trusted.registrationIp('127.0.0.7')).toBe('127.0.0.7');
  });
});

describe('behind a reverse proxy without TRUST_PROXY', () => {
  it("records the proxy's address for everyone", async () => {
    expect((await plain.call('127.0.0.6', '/api/auth/login', TEST_ADMIN)).status).toBe(200);
    expect(await plain.loginIps()).toEqual(['127.0.0.1']);
    expect(await plain.registrationIp('127.0.0.7')).toBe('127.0.0.1');
  });

  it('sees only the proxy: every client shares its limit and its address (the reason for the setting)', async () => {
    // (the log-in above was one of the proxy's requests too)
    let attempts = 0;
    while ((await plain.badLogin('127.0.0.2')).status === 401) attempts++;
    expect(attempts).toBeLessThan(LIMIT);
    expect((await plain.badLogin('127.0.0.3')).status).toBe(429);
  });

  it('does not believe X-Forwarded-For at all', async () => {
    const direct = await plain.rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: TEST_ADMIN,
      remoteAddress: '203.0.113.7',
      headers: { 'x-forwarded-for': '10.9.9.9' },
    });
    expect(direct.statusCode).toBe(200);
    expect(await plain.loginIps()).toContain('203.0.113.7');
    expect(await plain.loginIps()).not.toContain('10.9.9.9');
  });
});
