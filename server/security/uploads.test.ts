import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { diskStorage } from '../platform/storage.js';
import { sweepStorage } from '../platform/storage-cleanup.js';
import { adminClient, approvedOrganisation, registrationInput } from '../test/fixtures.js';
import { type client, ORIGIN, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';
import { HARMLESS_DOCUMENTS, HOSTILE_DOCUMENTS, jpeg, pdf, png, ZIP } from './uploads-fixtures.js';

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
let customer: Awaited<ReturnType<typeof approvedOrganisation>>;
let ticketId: string;
let moreInfoToken: string;

/** One multipart part: a field (no file name) or a file; `disposition` replaces the header when given. */
type Part = { name: string; filename?: string; type?: string; data: Buffer | string; disposition?: string };

function body(parts: Part[]) {
  const boundary = `----hostile${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition =
      p.disposition ?? `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`),
      Buffer.from(p.type ? `Content-Type: ${p.type}\r\n\r\n` : '\r\n'),
      Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A valid PDF with its own bytes (a comment inside it, not after %%EOF). */
const unique = (tag: string) => pdf('', [Buffer.from(`%${tag}\n`)]);

const application = (files: number) => registrationInput({ documents: files });

/** The document routes: each takes a JSON part and then files. */
type DocumentRoute = {
  label: string;
  url: () => string;
  field: string;
  fileField: string;
  json: (files: number) => unknown;
  cookie: () => string | undefined;
};
const documentRoutes: DocumentRoute[] = [
  {
    label: 'registration',
    url: () => '/api/registrations',
    field: 'application',
    fileField: 'documents',
    json: application,
    cookie: () => undefined,
  },
  {
    label: 'more-information upload',
    url: () => '/api/registrations/more-info',
    field: 'data',
    fileField: 'documents',
    json: (files) => ({
      token: moreInfoToken,
      documents: Array.from({ length: files }, () => ({ kind: 'chamber_extract' })),
    }),
    cookie: () => undefined,
  },
  {
    label: 'new ticket',
    url: () => '/api/support/tickets',
    field: 'ticket',
    fileField: 'attachments',
    json: (files) => ({
      idempotencyKey: randomUUID(),
      category: 'other',
      subject: 'Hostile upload',
      message: 'See the attachment.',
      attachments: Array.from({ length: files }, (_, i) => ({ name: `file${i}` })),
    }),
    cookie: () => customer.http.cookie,
  },
  {
    label: 'ticket reply',
    url: () => `/api/support/tickets/${ticketId}/messages`,
    field: 'reply',
    fileField: 'attachments',
    json: (files) => ({
      message: 'More.',
      attachments: Array.from({ length: files }, (_, i) => ({ name: `file${i}` })),
    }),
    cookie: () => customer.http.cookie,
  },
];

async function send(url: string, payload: Buffer | string, contentType: string, cookie?: string) {
  return rt.app.inject({
    method: 'POST',
    url,
    headers: {
      'content-type': contentType,
      'accept-language': 'en',
      origin: ORIGIN,
      ...(cookie ? { cookie } : {}),
    },
    payload,
  });
}

/** Every file under DATA_DIR/files (tmp included) and the row counts of the tables uploads write. */
async function snapshot() {
  const root = join(rt.dataDir, 'files');
  const files: string[] = [];
  const walk = (dir: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path));
    }
  };
  walk(root);
  const tables = {
    applications: schema.applications,
    applicationDocuments: schema.applicationDocuments,
    applicationEvents: schema.applicationEvents,
    tickets: schema.tickets,
    ticketMessages: schema.ticketMessages,
    ticketAttachments: schema.ticketAttachments,
    bankStatements: schema.bankStatements,
    bankStatementLines: schema.bankStatementLines,
    legacyImports: schema.legacyImports,
    catalogueModels: schema.catalogueModels,
    mailOutbox: schema.mailOutbox,
  };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await rt.database.db.select({ n: count() }).from(table);
    counts[name] = Number(row!.n);
  }
  return { files: files.sort(), counts };
}

/** Sends a hostile request and checks the answer is a clear 4xx in the error shape and nothing changed. */
async function refused(
  send: () => Promise<{ statusCode: number; json(): unknown; body: string }>,
  expected?: { status?: number; code?: string },
) {
  const before = await snapshot();
  const res = await send();
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  if (expected?.status) expect(res.statusCode, res.body).toBe(expected.status);
  const error = (res.json() as { error: { code: string; message: string } }).error;
  expect(error.message).toEqual(expect.any(String));
  expect(error.message).not.toMatch(/\{\w+\}/); // every placeholder filled in
  if (expected?.code) expect(error.code, res.body).toBe(expected.code);
  expect(await snapshot()).toEqual(before);
  return error;
}

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  customer = await approvedOrganisation(rt);
  // An open ticket to reply to, and an application waiting for more information.
  const ticket = body([{ name: 'ticket', data: JSON.stringify(documentRoutes[2]!.json(0)) }]);
  const opened = await send('/api/support/tickets', ticket.payload, ticket.contentType, customer.http.cookie);
  expect(opened.statusCode, opened.body).toBe(201);
  ticketId = opened.json().id;
  const registration = body([
    { name: 'application', data: JSON.stringify(application(1)) },
    { name: 'documents', filename: 'extract.pdf', type: 'application/pdf', data: PDF },
  ]);
  const registered = await send('/api/registrations', registration.payload, registration.contentType);
  expect(registered.statusCode, registered.body).toBe(201);
  moreInfoToken = registered.json().statusToken;
  const cases = (await admin.get('/api/staff/cases?limit=200')).json().items;
  const id = cases.find((c: { reference: string }) => c.reference === registered.json().reference).id;
  const asked = await admin.post(`/api/staff/cases/${id}/decision`, {
    type: 'request_info',
    documents: ['chamber_extract'],
    note: 'Please send a recent extract.',
  });
  expect(asked.statusCode, asked.body).toBe(200);
});

describe.each(documentRoutes)('hostile uploads: $label', (route) => {
  const post = (parts: Part[]) => {
    const b = body(parts);
    return send(route.url(), b.payload, b.contentType, route.cookie());
  };
  const json = (files: number): Part => ({ name: route.field, data: JSON.stringify(route.json(files)) });
  const file = (filename: string | undefined, data: Buffer = PDF): Part => ({
    name: route.fileField,
    filename,
    type: 'application/pdf',
    data,
  });

  it('refuses a file part without a file name, or with an empty one', async () => {
    await refused(() => post([json(1), file(undefined)]), { status: 400, code: 'document_name' });
    await refused(() => post([json(1), file('')]), { status: 400, code: 'document_name' });
    await refused(() => post([json(1), file(' \u0000\u0007 ')]), { status: 400, code: 'document_name' });
  });

  it('refuses every multipart oddity with a 4xx', async () => {
    await refused(() => post([file('early.pdf'), json(1)]), { status: 400 }); // file before the JSON part
    await refused(() => post([json(1), { name: 'extra', data: 'x' }, file('a.pdf')]), { status: 400 }); // unknown field
    await refused(() => post([json(1), { name: 'other', filename: 'a.pdf', type: 'application/pdf', data: PDF }]), {
      status: 400,
    }); // a file under another name
    await refused(() => post([json(1), json(1), file('a.pdf')]), { status: 400 }); // the JSON twice
    await refused(() => post([json(1), file('a.pdf'), file('b.pdf', unique('b'))]), {
      code: 'document_count',
    }); // more files than announced
    await refused(() => post([json(3), file('1.pdf'), file('2.pdf'), file('3.pdf'), file('4.pdf')])); // past the limit
    await refused(() => post([json(2), file('only-one.pdf')]), { code: 'document_count' });
    await refused(() => post([{ name: route.field, type: 'application/json', data: '{"broken' }, file('a.pdf')]), {
      status: 400,
    });
    await refused(() => post([{ name: route.field, data: 'not json' }, file('a.pdf')]), { code: 'invalid_json' });
    await refused(() => post([file('a.pdf')]), { status: 400 }); // no JSON at all
    await refused(() => send(route.url(), '{}', 'application/json', route.cookie()), { status: 415 });
    await refused(() => send(route.url(), PDF, 'multipart/form-data', route.cookie()), { status: 400 }); // no boundary
    await refused(() =>
      send(route.url(), Buffer.from('--x\r\nContent-Dispo'), 'multipart/form-data; boundary=x', route.cookie()),
    );
  });

  it('refuses wrong, empty and partly bad files and keeps none of them', async () => {
    await refused(() => post([json(1), file('tool.pdf', Buffer.from('MZ an exe renamed to .pdf'))]), {
      code: 'document_type',
    });
    await refused(() => post([json(1), file('empty.pdf', Buffer.alloc(0))]), { code: 'document_empty' });
    // A good file first, then a bad one: the good one is not kept either.
    const good = unique(randomUUID());
    await refused(() => post([json(2), file('good.pdf', good), file('bad.pdf', ZIP)]), { code: 'document_type' });
  });

  it('refuses an oversize file whole (413 naming the limit) and keeps nothing', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const error = await refused(() => post([json(1), file('big.pdf', big)]), {
      status: 413,
      code: 'document_too_large',
    });
    expect(error.message).toBe('The file "big.pdf" is larger than 10 MB.');
  });

  it('refuses active content and pixel bombs with a translated reason', async () => {
    for (const hostile of HOSTILE_DOCUMENTS) {
      const error = await refused(
        () =>
          post([
            json(1),
            { name: route.fileField, filename: hostile.name, type: 'application/pdf', data: hostile.data },
          ]),
        { status: 422, code: hostile.code },
      );
      expect(error.message, hostile.name).toContain(hostile.name);
    }
  });
});

describe('a request the service refuses after its files are stored', () => {
  it('keeps nothing from a reply to a ticket that does not exist', async () => {
    const b = body([
      { name: 'reply', data: JSON.stringify({ message: 'Hi', attachments: [{ name: 'x' }] }) },
      { name: 'attachments', filename: 'x.pdf', type: 'application/pdf', data: unique('404') },
    ]);
    await refused(
      () => send(`/api/support/tickets/${randomUUID()}/messages`, b.payload, b.contentType, customer.http.cookie),
      {
        status: 404,
      },
    );
  });

  it('keeps nothing from a more-information upload without a valid link', async () => {
    const b = body([
      { name: 'data', data: JSON.stringify({ token: 'x'.repeat(43), documents: [{ kind: 'chamber_extract' }] }) },
      { name: 'documents', filename: 'x.pdf', type: 'application/pdf', data: unique('410') },
    ]);
    await refused(() => send('/api/registrations/more-info', b.payload, b.contentType));
  });

  it('keeps the bytes a committed row shares with a refused request', async () => {
    const shared = unique(`shared ${randomUUID()}`);
    const first = body([
      { name: 'application', data: JSON.stringify(application(1)) },
      { name: 'documents', filename: 'shared.pdf', type: 'application/pdf', data: shared },
    ]);
    expect((await send('/api/registrations', first.payload, first.contentType)).statusCode).toBe(201);
    const second = body([
      { name: 'application', data: JSON.stringify(application(2)) },
      { name: 'documents', filename: 'shared.pdf', type: 'application/pdf', data: shared },
      { name: 'documents', filename: 'bad.pdf', type: 'application/pdf', data: ZIP },
    ]);
    await refused(() => send('/api/registrations', second.payload, second.contentType), { code: 'document_type' });
    // The committed application's document is still readable.
    const [doc] = await rt.database.db
      .select()
      .from(schema.applicationDocuments)
      .where(eq(schema.applicationDocuments.size, shared.length));
    const chunks: Buffer[] = [];
    for await (const chunk of (await import('../platform/storage.js'))
      .diskStorage(join(rt.dataDir, 'files'))
      .read(doc!.storageKey))
      chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(shared)).toBe(true);
  });

  it('keeps nothing new from a replayed registration (same idempotency key, other bytes)', async () => {
    const app = application(1);
    const first = body([
      { name: 'application', data: JSON.stringify(app) },
      { name: 'documents', filename: 'a.pdf', type: 'application/pdf', data: PDF },
    ]);
    expect((await send('/api/registrations', first.payload, first.contentType)).statusCode).toBe(201);
    const before = await snapshot();
    const replay = body([
      { name: 'application', data: JSON.stringify(app) },
      { name: 'documents', filename: 'a.pdf', type: 'application/pdf', data: unique(randomUUID()) },
    ]);
    const res = await send('/api/registrations', replay.payload, replay.contentType);
    expect(res.statusCode, res.body).toBeLessThan(300);
    // No row took the replay's bytes: the sweep removes them once past the grace period.
    await sweepStorage(diskStorage(join(rt.dataDir, 'files')), rt.database.sql, {
      now: new Date(Date.now() + 2 * 3_600_000),
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('file names', () => {
  it('removes NUL and other control characters from a file name before it reaches the database', async () => {
    const app = application(1);
    const b = body([
      { name: 'application', data: JSON.stringify(app) },
      {
        name: 'documents',
        disposition: `form-data; name="documents"; filename="ex\u0000tr\u0007act\u202e.pdf"`,
        type: 'application/pdf',
        data: unique(randomUUID()),
      },
    ]);
    const res = await send('/api/registrations', b.payload, b.contentType);
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await rt.database.db
      .select({ name: schema.applicationDocuments.originalName })
      .from(schema.applicationDocuments)
      .innerJoin(schema.applications, eq(schema.applications.id, schema.applicationDocuments.applicationId))
      .where(eq(schema.applications.reference, res.json().reference));
    expect(row!.name).toBe('extract.pdf');
  });
});

describe('harmless documents stay accepted', () => {
  it.each(HARMLESS_DOCUMENTS)('accepts $name', async (doc) => {
    const b = body([
      { name: 'application', data: JSON.stringify(application(1)) },
      { name: 'documents', filename: doc.name, type: 'application/pdf', data: doc.data },
    ]);
    const res = await send('/api/registrations', b.payload, b.contentType);
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers in Dutch too', async () => {
    const b = body([
      { name: 'application', data: JSON.stringify(application(1)) },
      { name: 'documents', filename: 'groot.png', type: 'image/png', data: png(20_000, 20_000) },
    ]);
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/registrations',
      headers: { 'content-type': b.contentType, 'accept-language': 'nl' },
      payload: b.payload,
    });
    expect(res.json().error.message).toContain('De afbeelding "groot.png" is te groot');
    const j = body([
      { name: 'application', data: JSON.stringify(application(1)) },
      { name: 'documents', filename: 'j.jpg', type: 'image/jpeg', data: jpeg(100, 100) },
    ]);
    expect((await send('/api/registrations', j.payload, j.contentType)).statusCode).toBe(201);
  });
});

describe('hostile uploads: CAMT statement', () => {
  const post = (parts: Part[]) => {
    const b = body(parts);
    return send('/api/finance/statements', b.payload, b.contentType, admin.cookie);
  };
  const xml = (name?: string, data: Buffer | string = '<Document/>'): Part => ({
    name: 'file',
    filename: name,
    type: 'application/xml',
    data,
  });

  it('refuses every multipart oddity, garbage and oversize with a 4xx and keeps nothing', async () => {
    await refused(() => post([xml(undefined)]), { status: 400, code: 'document_name' });
    await refused(() => post([xml('')]), { status: 400, code: 'document_name' });
    await refused(() => post([{ name: 'note', data: 'x' }, xml('s.xml')]), { status: 400 });
    await refused(() => post([xml('a.xml'), xml('b.xml')]), { status: 400 });
    await refused(() => post([xml('a.xml'), xml('b.xml'), xml('c.xml')]));
    await refused(() => post([{ name: 'other', filename: 's.xml', type: 'application/xml', data: '<x/>' }]), {
      status: 400,
    });
    await refused(() => post([]));
    await refused(() => post([xml('empty.xml', '')]), { code: 'document_empty' });
    await refused(() => post([xml('s.xml', ZIP)]), { status: 400 });
    await refused(() => post([xml('s.xml', PDF)]), { status: 400 });
    await refused(() => send('/api/finance/statements', '<Document/>', 'application/json', admin.cookie));
    const error = await refused(() => post([xml('big.xml', Buffer.alloc(20 * 1024 * 1024 + 1, 0x20))]), {
      status: 413,
      code: 'document_too_large',
    });
    expect(error.message).toBe('The file "big.xml" is larger than 20 MB.');
  });
});

describe('hostile uploads: legacy import', () => {
  const post = (parts: Part[]) => {
    const b = body(parts);
    return send('/api/admin/legacy-imports?kind=accounts', b.payload, b.contentType, admin.cookie);
  };
  const csv = (name: string | undefined, data: Buffer | string): Part => ({
    name: 'file',
    filename: name,
    type: 'text/csv',
    data,
  });

  it('accepts only a text CSV and keeps nothing from a refused one', async () => {
    await refused(() => post([csv(undefined, 'a,b\n')]), { status: 400, code: 'document_name' });
    await refused(() => post([csv('a.csv', 'a,b\n'), csv('b.csv', 'c,d\n')]), { status: 400 });
    await refused(() => post([{ name: 'note', data: 'x' }, csv('a.csv', 'a,b\n')]), { status: 400 });
    await refused(() => post([]));
    await refused(() => post([csv('empty.csv', '')]), { code: 'document_empty' });
    await refused(() => post([csv('zip.csv', ZIP)]), { status: 415, code: 'csv_not_text' });
    await refused(() => post([csv('pdf.csv', PDF)]), { status: 415, code: 'csv_not_text' });
    await refused(() => post([csv('nul.csv', 'legacy_id,email\n1,a\u0000@example.test\n')]), { code: 'csv_not_text' });
    await refused(() => post([csv('latin1.csv', Buffer.from([0x61, 0x2c, 0xe9, 0x0a]))]), { code: 'csv_not_text' });
    // Invalid UTF-8 far into the file (past the first chunk) is found too.
    const late = Buffer.concat([Buffer.from(`id,name\n${'1,abc\n'.repeat(50_000)}`), Buffer.from([0xc3, 0x28, 0x0a])]);
    await refused(() => post([csv('late.csv', late)]), { code: 'csv_not_text' });
    await refused(() => send('/api/admin/legacy-imports?kind=accounts', 'a,b', 'text/csv', admin.cookie));
  });
});

describe('hostile uploads: catalogue CSV', () => {
  it('refuses a binary or non-UTF-8 body with a 4xx and changes nothing', async () => {
    const post = (data: Buffer) => () =>
      admin.post('/api/admin/catalogue/import', data, { 'content-type': 'text/csv' });
    await refused(post(ZIP), { status: 415, code: 'csv_not_text' });
    await refused(post(PDF), { status: 415, code: 'csv_not_text' });
    await refused(post(Buffer.from('model_code,name\nX1,Came\u0000ra\n')), { code: 'csv_not_text' });
    await refused(post(Buffer.from([0x61, 0x2c, 0xff, 0x0a])), { code: 'csv_not_text' });
  });
});
