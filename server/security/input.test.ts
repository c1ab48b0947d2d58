import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { messages } from '../platform/i18n/messages.js';
import { adminClient, approvedOrganisation, registrationInput } from '../test/fixtures.js';
import { type client, multipart, ORIGIN, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';
import { REQUEST_CASES } from './input.request-cases.js';
import { type Case, TEXT_CASES, urlOf } from './input.text-cases.js';

/**
 * Hostile input that needs no log-in (and some that does) is answered with a 4xx in the one error
 * shape, translated, without echoing what was sent — never a 500, and nothing reaches the database.
 * The cases are in input.text-cases.ts and input.request-cases.ts; imported files (CSV, CAMT.053)
 * with NUL bytes in input-imports.test.ts.
 */

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
let customer: ReturnType<typeof client>;
let caseId: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  customer = (await approvedOrganisation(rt)).http;
  // An open application, so a decision note really reaches the database.
  const body = multipart(
    {
      application: JSON.stringify(registrationInput({ legalName: 'Hostile Input B.V.' })),
    },
    [{ field: 'documents', name: 'proof.pdf', type: 'application/pdf', data: PDF }],
  );
  const registered = await rt.app.inject({ method: 'POST', url: '/api/registrations', ...body });
  expect(registered.statusCode, registered.body).toBe(201);
  const [application] = await rt.database.db
    .select({ id: schema.applications.id })
    .from(schema.applications)
    .where(eq(schema.applications.reference, registered.json().reference));
  caseId = application!.id;
});

const CASES: Case[] = [...TEXT_CASES, ...REQUEST_CASES];

async function send(c: Case, locale: string) {
  const cookie = c.who === 'customer' ? customer.cookie : c.who === 'admin' ? admin.cookie : '';
  const method = c.method ?? 'GET';
  return rt.app.inject({
    method,
    url: urlOf(c, { caseId }),
    headers: {
      'accept-language': locale,
      ...(cookie ? { cookie } : {}),
      ...(method !== 'GET' ? { origin: ORIGIN } : {}),
      ...(c.body !== undefined && !c.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}),
      ...c.headers,
    },
    ...(c.body !== undefined ? { payload: typeof c.body === 'string' ? c.body : JSON.stringify(c.body) } : {}),
  });
}

describe('hostile input', () => {
  it.each(CASES)('$name → $status $code', async (c) => {
    for (const locale of ['en', 'nl'] as const) {
      const res = await send(c, locale);
      expect(res.statusCode, res.body).toBe(c.status);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json();
      // The one error shape: error.code, error.message, optionally error.fields; nothing else.
      expect(Object.keys(body)).toEqual(['error']);
      expect(Object.keys(body.error).filter((k) => !['code', 'message', 'fields'].includes(k))).toEqual([]);
      expect(body.error.code).toBe(c.code);
      expect(body.error.message).toBe(messages[locale][`error.${c.code}` as keyof (typeof messages)['en']]);
      if (c.field) {
        expect(Object.keys(body.error.fields ?? {})).toContain(c.field);
        expect(Object.values(body.error.fields).every((m) => typeof m === 'string' && !m.startsWith('field.'))).toBe(
          true,
        );
      }
      // Nothing of the request comes back: not the URL, not the value.
      const url = urlOf(c, { caseId });
      expect(res.body).not.toContain(url.split('?')[0]);
      if (c.secret) expect(res.body).not.toContain(c.secret);
      expect(res.body).not.toContain('\\u0000');
      expect(res.body).not.toMatch(/FST_|at .*\.[jt]s:\d+/);
    }
  });

  it('names a NUL in the field that holds it, translated', async () => {
    const res = await send(CASES.find((c) => c.name === 'decision note, NUL')!, 'nl');
    expect(res.json().error.fields).toEqual({ note: messages.nl['field.invalid_characters'] });
  });

  it('changes nothing: a refused decision leaves the case open', async () => {
    await send(CASES.find((c) => c.name === 'decision note, NUL')!, 'en');
    const [row] = await rt.database.db
      .select({ status: schema.applications.status })
      .from(schema.applications)
      .where(eq(schema.applications.id, caseId));
    expect(row!.status).toBe('received');
  });

  it('still accepts text with ordinary non-ASCII characters and emoji (surrogate pairs)', async () => {
    const res = await rt.app.inject({ url: `/api/faq?q=${encodeURIComponent('café 📷 Ü')}` });
    expect(res.statusCode, res.body).toBe(200);
    const login = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: 'wachtwoord-📷-café' },
    });
    expect(login.statusCode).toBe(401);
  });
});

describe('over real HTTP (what app.inject cannot send)', () => {
  let port: number;
  beforeAll(async () => {
    await rt.app.listen({ port: 0, host: '127.0.0.1' });
    port = (rt.app.server.address() as AddressInfo).port;
  });
  async function raw(text: string) {
    return new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(text));
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk;
      });
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
      socket.setTimeout(5000, () => socket.destroy());
    });
  }

  it('answers a malformed request line and oversized headers in the one error shape', async () => {
    const bad = await raw('GET /api/faq HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(bad.slice(bad.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'bad_request', message: messages.en['error.bad_request'] },
    });
    const big = await raw(`GET /api/faq HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4)).error.code).toBe('headers_too_large');
  });

  it('answers an undecodable URL over real HTTP without echoing it', async () => {
    const answer = await new Promise<{ status: number; body: string; retry?: string }>((resolve, reject) => {
      const req = httpRequest(
        { port, host: '127.0.0.1', path: '/api/faq/%E0%A4%A', headers: { 'accept-language': 'nl' } },
        (res) => {
          let body = '';
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'invalid_url', message: messages.nl['error.invalid_url'] },
    });
  });
});
