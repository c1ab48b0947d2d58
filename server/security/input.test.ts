import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogueCsv } from '../modules/catalogue/index.js';
import { streamLegacyCsv } from '../modules/legacy/index.js';
import { schema } from '../platform/db/index.js';
import { messages } from '../platform/i18n/messages.js';
import { adminClient, approvedOrganisation, registrationInput } from '../test/fixtures.js';
import { type client, multipart, ORIGIN, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

/**
 * Hostile input that needs no log-in (and some that does) is answered with a 4xx in the one error
 * shape, translated, without echoing what was sent — never a 500, and nothing reaches the database.
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

type Who = 'public' | 'customer' | 'admin';
type Case = {
  name: string;
  who: Who;
  method?: 'GET' | 'POST' | 'PUT';
  url: string | (() => string);
  /** A JSON body (sent as given when a string). */
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** The field the answer names. */
  field?: string;
  /** Text of the request that must not come back. */
  secret?: string;
};

const NUL = '\u0000';
const LONE = '\ud800';
const deep = (n: number) => `{"email":${'['.repeat(n)}${']'.repeat(n)},"password":"x"}`;
const long = 'x'.repeat(1024 * 1024);

const CASES: Case[] = [
  // NUL in path, query and body: refused before any handler, naming the field.
  {
    name: 'FAQ search, %00 in the query',
    who: 'public',
    url: '/api/faq?q=a%00b',
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'FAQ article, %00 in the path',
    who: 'public',
    url: '/api/faq/a%00b',
    status: 400,
    code: 'validation_failed',
    field: 'key',
  },
  {
    name: 'FAQ search, %00 as a query key',
    who: 'public',
    url: '/api/faq?a%00=1',
    status: 400,
    code: 'validation_failed',
    field: '_',
  },
  {
    name: 'application status, %00 in the token',
    who: 'public',
    url: '/api/registrations/status?token=abc%00def',
    status: 400,
    code: 'validation_failed',
    field: 'token',
  },
  {
    name: 'contact form, NUL in a JSON field',
    who: 'public',
    method: 'POST',
    url: '/api/support/contact',
    body: {
      name: `An${NUL}na`,
      email: 'anna@example.test',
      category: 'other',
      subject: 'Hello',
      message: 'A question',
      locale: 'en',
    },
    status: 400,
    code: 'validation_failed',
    field: 'name',
  },
  {
    name: 'log-in, NUL in the password',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: { email: 'anna@example.test', password: `pass${NUL}word-12345` },
    status: 400,
    code: 'validation_failed',
    field: 'password',
  },
  {
    name: 'catalogue search, %00',
    who: 'customer',
    url: '/api/catalogue?q=EOS%00',
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'dealer suggestions, %00',
    who: 'customer',
    url: '/api/products/dealers?q=Foto%00',
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  {
    name: 'decision note, NUL',
    who: 'admin',
    method: 'POST',
    url: () => `/api/staff/cases/${caseId}/decision`,
    body: { type: 'approve', note: `looks fine${NUL}` },
    status: 400,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'finance invoice filter, %00',
    who: 'admin',
    url: '/api/finance/invoices?paymentStatus=paid%00',
    status: 400,
    code: 'validation_failed',
    field: 'paymentStatus',
  },
  {
    name: 'finance payments filter, %00',
    who: 'admin',
    url: '/api/finance/payments?from=2026-01-01%00',
    status: 400,
    code: 'validation_failed',
    field: 'from',
  },
  {
    name: 'audit log filter, %00',
    who: 'admin',
    url: '/api/admin/audit?actor=adm%00in',
    status: 400,
    code: 'validation_failed',
    field: 'actor',
  },
  {
    name: 'case id, %00 in the path',
    who: 'admin',
    url: '/api/staff/cases/%00',
    status: 400,
    code: 'validation_failed',
    field: 'id',
  },
  // Lone UTF-16 surrogates (PostgreSQL refuses them in jsonb, and they are no text).
  {
    name: 'decision note, lone surrogate',
    who: 'admin',
    method: 'POST',
    url: () => `/api/staff/cases/${caseId}/decision`,
    body: `{"type":"approve","note":"ok \\ud800"}`,
    status: 400,
    code: 'validation_failed',
    field: 'note',
  },
  {
    name: 'contact form, lone low surrogate in a nested key',
    who: 'public',
    method: 'POST',
    url: '/api/support/contact',
    body: `{"name":"Anna","extra":{"\\udc00":1}}`,
    status: 400,
    code: 'validation_failed',
    field: 'extra',
  },
  {
    name: 'log-in, lone surrogate',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: { email: 'anna@example.test', password: `x${LONE}y-long-enough` },
    status: 400,
    code: 'validation_failed',
    field: 'password',
  },
  // Huge numbers, deep nesting, huge strings.
  {
    name: 'catalogue limit 1e400',
    who: 'customer',
    url: '/api/catalogue?limit=1e400',
    status: 400,
    code: 'validation_failed',
    field: 'limit',
  },
  {
    name: 'catalogue limit of 30 digits',
    who: 'customer',
    url: `/api/catalogue?limit=${'9'.repeat(30)}`,
    status: 400,
    code: 'validation_failed',
    field: 'limit',
  },
  {
    name: 'catalogue points 1e308',
    who: 'admin',
    method: 'PUT',
    url: () => `/api/admin/catalogue/${randomUUID()}/points`,
    body: '{"points":1e308}',
    status: 400,
    code: 'validation_failed',
    field: 'points',
  },
  {
    // Valid for the schema, too big for the column: refused by the database as data, answered 400.
    name: 'tier threshold of 3 billion points',
    who: 'admin',
    method: 'POST',
    url: '/api/admin/tiers',
    body: {
      code: 'huge',
      category: 'individual',
      minPoints: 3_000_000_000,
      prices: { EUR: 1000 },
      names: { nl: 'Groot', en: 'Huge' },
      benefits: { nl: [], en: [] },
      rank: 9,
      active: false,
    },
    status: 400,
    code: 'bad_request',
  },
  {
    name: 'JSON nested 50 deep',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: deep(50),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'JSON nested 100,000 deep',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: deep(100_000),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: '1 MB JSON string',
    who: 'public',
    method: 'POST',
    url: '/api/support/contact',
    body: { name: long },
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: '1 MB query string',
    who: 'public',
    url: `/api/faq?q=${long}`,
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  // Content types.
  {
    name: 'XML body',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: '<login/>',
    headers: { 'content-type': 'application/xml' },
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'malformed content-type',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: '{}',
    headers: { 'content-type': '/;;' },
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'JSON body labelled text/plain',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: '{"email":"a@example.test","password":"x"}',
    headers: { 'content-type': 'text/plain' },
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'broken JSON',
    who: 'public',
    method: 'POST',
    url: '/api/auth/login',
    body: '{"email":"a@example.test",',
    status: 400,
    code: 'invalid_json',
  },
  {
    name: 'malformed accept and accept-version headers',
    who: 'public',
    url: '/api/faq?q=a%00b',
    headers: { accept: '/;q=x, text/*;;', 'accept-version': '%%%' },
    status: 400,
    code: 'validation_failed',
    field: 'q',
  },
  // Fastify's router: undecodable URLs and over-long parameters, without echoing the URL.
  {
    name: 'undecodable %-sequence in the path',
    who: 'public',
    url: '/api/faq/%E0%A4%A',
    status: 400,
    code: 'invalid_url',
    secret: 'E0%A4%A',
  },
  {
    name: 'a lone surrogate %-encoded in the path',
    who: 'public',
    url: '/api/faq/a%ED%A0%80b',
    status: 400,
    code: 'invalid_url',
    secret: 'ED%A0%80',
  },
  {
    name: 'undecodable URL on a logged-in route',
    who: 'customer',
    url: '/api/products/%E0%A4%A',
    status: 400,
    code: 'invalid_url',
    secret: 'E0%A4%A',
  },
  {
    name: 'path parameter over its length limit',
    who: 'public',
    url: `/api/faq/${'k'.repeat(500)}`,
    status: 414,
    code: 'url_too_long',
    secret: 'kkkkkkkkkk',
  },
  {
    name: 'over-long parameter, logged in',
    who: 'admin',
    url: `/api/staff/cases/${'c'.repeat(500)}`,
    status: 414,
    code: 'url_too_long',
    secret: 'cccccccccc',
  },
];

async function send(c: Case, locale: string) {
  const cookie = c.who === 'customer' ? customer.cookie : c.who === 'admin' ? admin.cookie : '';
  const method = c.method ?? 'GET';
  return rt.app.inject({
    method,
    url: typeof c.url === 'function' ? c.url() : c.url,
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
      const url = typeof c.url === 'function' ? c.url() : c.url;
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

describe('imported files with NUL bytes', () => {
  it('catalogue CSV: refused whole as not text through the upload; the parser reports the row and column', async () => {
    const csv =
      'model_code,name,category,points,active\nNUL-1,Bad\u0000name,camera_body,10,true\nNUL-2,Good name,camera_body,10,true\n';
    const before = await rt.database.db.select().from(schema.catalogueModels);
    const res = await admin.post('/api/admin/catalogue/import', csv, { 'content-type': 'text/csv' });
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json().error.code).toBe('csv_not_text');
    expect(await rt.database.db.select().from(schema.catalogueModels)).toEqual(before);
    // The parser itself never passes such a cell on, whoever calls it.
    expect(parseCatalogueCsv(csv).problems).toEqual([
      { row: 2, column: 'name', problem: expect.stringMatching(/not allowed/) },
    ]);
  });

  it('legacy CSV: refused whole as not text through the upload; the command-line reader reports the rows and imports the rest', async () => {
    const prefix = `N${randomUUID().slice(0, 6)}`;
    const csv = [
      'legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer',
      `${prefix}-1,${prefix}-A,EOS-R5,EOS R5,S1,2022-05-01,NL,Foto\u0000Koch`,
      `${prefix}-2,${prefix}-A,EOS-R5,EOS R5\u0000,S2,2022-05-01,NL,`,
      `${prefix}-3,${prefix}-A,EOS-R5,EOS R5,S3,2022-05-01,NL,Cameraland`,
    ].join('\n');
    const imports = await rt.database.db.select().from(schema.legacyImports);
    const body = multipart({}, [
      { field: 'file', name: 'products.csv', type: 'text/csv', data: Buffer.from(`${csv}\n`) },
    ]);
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/admin/legacy-imports?kind=products',
      headers: { ...body.headers, cookie: admin.cookie, origin: ORIGIN },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json().error.code).toBe('csv_not_text');
    expect(await rt.database.db.select().from(schema.legacyImports)).toEqual(imports);

    // The command line reads files without the upload's check: its reader reports the rows.
    const handed: unknown[] = [];
    let problems: unknown[] = [];
    await streamLegacyCsv(Readable.from([Buffer.from(`${csv}\n`)]), 'products', {
      skipRows: 0,
      onBatch: async (records, progress) => {
        handed.push(...records);
        problems = progress.problems;
      },
    });
    expect(handed).toHaveLength(1);
    expect(problems).toEqual([
      { row: 2, column: 'dealer', problem: expect.stringMatching(/not allowed/) },
      { row: 3, column: 'model_name', problem: expect.stringMatching(/not allowed/) },
    ]);
  });

  it('CAMT.053: NUL in a text element or an amount that is no number is a 400, nothing is stored', async () => {
    const statement = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M-${randomUUID()}</MsgId></GrpHdr>
<Stmt><Id>STMT-NUL</Id><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>${inner}</Stmt></BkToCstmrStmt></Document>`;
    const entry = (amount: string, name: string, date = '2026-11-26') =>
      `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>${date}</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${name}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>x</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
    const before = await rt.database.db.select().from(schema.bankStatements);
    // Each answer names the line (and the entry) and the reason.
    for (const [xml, field] of [
      [statement(entry('10.00', 'Foto\u0000Koch')), 'Line 3: the file is not well-formed XML (disallowed character.).'],
      [
        statement(entry('abc', 'Foto Koch')),
        'Line 3, entry 1: “abc” is not an amount (digits with a point as decimal separator, such as 12.50).',
      ],
      [
        statement(entry(`1${'0'.repeat(400)}`, 'Foto Koch')),
        `Line 3, entry 1: “1${'0'.repeat(39)}” is not an amount (digits with a point as decimal separator, such as 12.50).`,
      ],
      [statement(entry('10.00', 'Foto Koch', 'yesterday')), 'Line 3, entry 1: “yesterday” is not a date.'],
    ] as const) {
      const body = multipart({}, [
        { field: 'file', name: 'statement.xml', type: 'application/xml', data: Buffer.from(xml) },
      ]);
      const res = await rt.app.inject({
        method: 'POST',
        url: '/api/finance/statements',
        headers: { ...body.headers, cookie: admin.cookie, origin: ORIGIN, 'accept-language': 'en' },
        payload: body.payload,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toEqual({
        error: {
          code: 'validation_failed',
          message: messages.en['error.validation_failed'],
          fields: { file: field },
        },
      });
    }
    expect(await rt.database.db.select().from(schema.bankStatements)).toEqual(before);
  });
});
