import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, waitForMails } from '../test/fixtures.js';
import { ORIGIN } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

// Development tools (dev mailbox, clock, daily run) answer clients on this machine only: the
// mailbox holds every set-password link, so a stranger reading it owns every account.

let rt: TestRuntime;
let mailId: string;
const STRANGER = '203.0.113.7';

type Call = { method: 'GET' | 'POST'; url: string; payload?: unknown };

/** Every development route of the OpenAPI document, with real parameters: a new one is covered without editing this test. */
function devRoutes(): Call[] {
  const doc = rt.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const calls: Call[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/dev/')) continue;
    const url = path.replace('{id}', mailId).replace('{index}', '0');
    for (const method of Object.keys(methods)) {
      const m = method.toUpperCase() as Call['method'];
      calls.push({
        method: m,
        url,
        ...(m === 'POST' && url === '/api/dev/clock' ? { payload: { advanceDays: 30 } } : {}),
      });
    }
  }
  return calls;
}

const send = (call: Call, headers: Record<string, string> = {}, remoteAddress?: string) =>
  rt.app.inject({
    method: call.method,
    url: call.url,
    headers: { 'accept-language': 'nl', ...(call.method === 'POST' ? { origin: ORIGIN } : {}), ...headers },
    ...(call.payload !== undefined ? { payload: call.payload as object } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
  });

beforeAll(async () => {
  rt = await startTestRuntime();
  await rt.app.ready();
  await rt.services.accounts.ensureFirstAdmin(TEST_ADMIN);
  // A message with an attachment-free body is enough for the routes; ask for one through the API.
  await rt.app.inject({ method: 'POST', url: '/api/auth/forgot-password', payload: { email: TEST_ADMIN.email } });
  const [mail] = await waitForMails(rt, TEST_ADMIN.email);
  mailId = mail!.id;
});

describe('development tools', () => {
  it('covers the mailbox, its attachments, the clock and the daily run', () => {
    const routes = devRoutes().map((c) => `${c.method} ${c.url.replace(mailId, ':id')}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/dev/mailbox',
        'GET /api/dev/mailbox/:id',
        'GET /api/dev/mailbox/:id/attachments/0',
        'GET /api/dev/clock',
        'POST /api/dev/clock',
        'POST /api/dev/daily-run',
      ]),
    );
  });

  it('answers a stranger, or anyone through a proxy, with the 404 of an unknown route and changes nothing', async () => {
    const unknown = await send({ method: 'GET', url: '/api/dev/no-such-tool' }, {}, STRANGER);
    expect(unknown.statusCode).toBe(404);
    const before = rt.clock.now().toISOString();
    const strangers: [string, Record<string, string>, string | undefined][] = [
      ['a remote address', {}, STRANGER],
      ['an IPv6 remote address', {}, '2001:db8::7'],
      ['loopback behind a proxy (X-Forwarded-For)', { 'x-forwarded-for': STRANGER }, undefined],
      ['loopback claiming to be itself through X-Forwarded-For', { 'x-forwarded-for': '127.0.0.1' }, undefined],
      ['loopback behind a proxy (Forwarded)', { forwarded: `for=${STRANGER};proto=http` }, undefined],
      ['loopback behind a proxy (X-Real-IP)', { 'x-real-ip': STRANGER }, undefined],
    ];
    for (const [who, headers, address] of strangers) {
      for (const call of devRoutes()) {
        const res = await send(call, headers, address);
        expect(res.statusCode, `${who}: ${call.method} ${call.url}`).toBe(404);
        expect(res.json(), `${who}: ${call.method} ${call.url}`).toEqual(unknown.json());
        expect(res.body).not.toContain(TEST_ADMIN.email);
      }
    }
    expect(rt.clock.now().toISOString()).toBe(before);
  });

  it('works for a client on this machine', async () => {
    for (const call of devRoutes()) {
      const res = await send(call);
      // The reset e-mail has no attachment: its route answers the mailbox's own 404, not the unknown route's.
      const expected = call.url.includes('/attachments/') ? 404 : 200;
      expect(res.statusCode, `${call.method} ${call.url}`).toBe(expected);
      if (expected === 404) expect(res.json().error.code).toBe('not_found');
    }
    expect((await send({ method: 'GET', url: '/api/dev/clock' }, {}, '::1')).statusCode).toBe(200);
    expect((await send({ method: 'GET', url: '/api/dev/clock' }, {}, '::ffff:127.0.0.1')).statusCode).toBe(200);
    await send({ method: 'POST', url: '/api/dev/clock', payload: { reset: true } });
  });

  it('offers the dev mailbox in /api/meta only to a client that may use it', async () => {
    const meta = async (headers: Record<string, string>, remoteAddress?: string) =>
      (await send({ method: 'GET', url: '/api/meta' }, headers, remoteAddress)).json().devMailbox;
    expect(await meta({})).toBe(true);
    expect(await meta({}, STRANGER)).toBe(false);
    expect(await meta({ 'x-forwarded-for': STRANGER })).toBe(false);
  });

  it('stops the account takeover: forgot password, link from the mailbox, new password', async () => {
    const forgot = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { email: TEST_ADMIN.email },
      remoteAddress: STRANGER,
    });
    expect(forgot.statusCode).toBe(200);

    // The stranger cannot list or read the mail carrying the link …
    const list = await send({ method: 'GET', url: '/api/dev/mailbox' }, {}, STRANGER);
    expect(list.statusCode).toBe(404);
    const [latest] = await rt.services.mailer.list(1);
    const read = await send({ method: 'GET', url: `/api/dev/mailbox/${latest!.id}` }, {}, STRANGER);
    expect(read.statusCode).toBe(404);
    expect(read.body).not.toMatch(/token=/);

    // … while the link is there for the developer at the machine, so the chain would have worked.
    const local = (await send({ method: 'GET', url: `/api/dev/mailbox/${latest!.id}` })).json();
    expect(local.to).toBe(TEST_ADMIN.email);
    expect(local.links.some((l: string) => l.includes('token='))).toBe(true);

    // The admin's password is still the old one.
    const login = await rt.app.inject({ method: 'POST', url: '/api/auth/login', payload: TEST_ADMIN });
    expect(login.statusCode).toBe(200);
  });
});
