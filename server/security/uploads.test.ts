import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { diskStorage } from '../platform/storage.js';
import { sweepStorage } from '../platform/storage-cleanup.js';
import { PDF } from '../test/http.js';
import { HARMLESS_DOCUMENTS, HOSTILE_DOCUMENTS, jpeg, png, ZIP } from './uploads-fixtures.js';
import { application, body, type Part, unique, uploadsTestbed } from './uploads-testbed.js';

// Hostile uploads to the document routes (registration, more information, tickets); the imports
// (CAMT statements, legacy and catalogue CSV) are in uploads-imports.test.ts.
const { ctx, send, snapshot, refused } = uploadsTestbed();
let ticketId: string;
let moreInfoToken: string;

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
    cookie: () => ctx.customer.http.cookie,
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
    cookie: () => ctx.customer.http.cookie,
  },
];

beforeAll(async () => {
  // An open ticket to reply to, and an application waiting for more information.
  const ticket = body([{ name: 'ticket', data: JSON.stringify(documentRoutes[2]!.json(0)) }]);
  const opened = await send('/api/support/tickets', ticket.payload, ticket.contentType, ctx.customer.http.cookie);
  expect(opened.statusCode, opened.body).toBe(201);
  ticketId = opened.json().id;
  const registration = body([
    { name: 'application', data: JSON.stringify(application(1)) },
    { name: 'documents', filename: 'extract.pdf', type: 'application/pdf', data: PDF },
  ]);
  const registered = await send('/api/registrations', registration.payload, registration.contentType);
  expect(registered.statusCode, registered.body).toBe(201);
  moreInfoToken = registered.json().statusToken;
  const cases = (await ctx.admin.get('/api/staff/cases?limit=200')).json().items;
  const id = cases.find((c: { reference: string }) => c.reference === registered.json().reference).id;
  const asked = await ctx.admin.post(`/api/staff/cases/${id}/decision`, {
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
      () => send(`/api/support/tickets/${randomUUID()}/messages`, b.payload, b.contentType, ctx.customer.http.cookie),
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
    const [doc] = await ctx.rt.database.db
      .select()
      .from(schema.applicationDocuments)
      .where(eq(schema.applicationDocuments.size, shared.length));
    const chunks: Buffer[] = [];
    for await (const chunk of (await import('../platform/storage.js'))
      .diskStorage(join(ctx.rt.dataDir, 'files'))
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
    await sweepStorage(diskStorage(join(ctx.rt.dataDir, 'files')), ctx.rt.database.sql, {
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
    const [row] = await ctx.rt.database.db
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
    const res = await ctx.rt.app.inject({
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
