import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.js';
import { schema } from '../../platform/db/index.js';
import type { Actor } from '../../security/support/actors.js';
import { customerActor } from '../../security/support/actors.js';
import { type OwnedData, ownedData } from '../../security/support/world.js';
import { adminClient, CUSTOMER_PASSWORD, registrationInput } from '../../test/fixtures.js';
import { client, multipart, ORIGIN, PDF } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: Awaited<ReturnType<typeof adminClient>>;

/** The person: registered, approved, logged in, with a ticket that names them, a product and an invoice. */
const FIRST = 'Zebedeus';
const LAST = "Quaxleton-O'Brom";
let person: {
  email: string;
  userId: string;
  organisationId: string;
  applicationId: string;
  http: ReturnType<typeof client>;
};
let mine: OwnedData;
/** What the database-wide search looks for: the address, the names, and the name another organisation typed. */
const NEEDLES = () => [person.email, FIRST, 'Quaxleton', "O'Brom", 'Zebby'];
let theirs: OwnedData & { email: string };

async function registeredPerson() {
  const input = registrationInput({ email: `zq-${randomUUID().slice(0, 8)}@example.test`, lastName: LAST });
  input.contact.firstName = FIRST;
  const body = multipart({ application: JSON.stringify(input) }, [
    { field: 'documents', name: 'kvk extract.pdf', type: 'application/pdf', data: PDF },
  ]);
  const registered = await rt.app.inject({
    method: 'POST',
    url: '/api/registrations',
    headers: body.headers,
    payload: body.payload,
  });
  expect(registered.statusCode).toBe(201);
  const [application] = await rt.database.db
    .select()
    .from(schema.applications)
    .where(eq(schema.applications.idempotencyKey, input.idempotencyKey));
  await admin.post(`/api/staff/cases/${application!.id}/claim`);
  const approved = await admin.post(`/api/staff/cases/${application!.id}/decision`, { type: 'approve' });
  expect(approved.statusCode).toBe(200);
  const [user] = await rt.database.db.select().from(schema.users).where(eq(schema.users.email, input.contact.email));
  await rt.database.db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(CUSTOMER_PASSWORD) })
    .where(eq(schema.users.id, user!.id));
  const http = client(rt.app);
  expect((await http.post('/api/auth/login', { email: user!.email, password: CUSTOMER_PASSWORD })).statusCode).toBe(
    200,
  );
  return {
    email: user!.email,
    userId: user!.id,
    organisationId: user!.organisationId!,
    applicationId: application!.id,
    http,
  };
}

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
  person = await registeredPerson();
  const actor = { ...person, name: 'customer', role: 'superuser', relogin: async () => {} } as unknown as Actor;
  mine = await ownedData(rt, actor);
  // The person writes their own name and address into a message.
  const reply = multipart(
    {
      reply: JSON.stringify({ message: `This is ${FIRST} ${LAST}, reach me at ${person.email}.`, attachments: [] }),
    },
    [],
  );
  const replied = await rt.app.inject({
    method: 'POST',
    url: `/api/support/tickets/${mine.ticketId}/messages`,
    headers: { ...reply.headers, cookie: person.http.cookie, origin: ORIGIN },
    payload: reply.payload,
  });
  expect(replied.statusCode).toBeLessThan(300);
  // Staff answer by first name only.
  const answer = multipart(
    { reply: JSON.stringify({ message: `Dear ${FIRST}, we are looking into it.`, attachments: [] }) },
    [],
  );
  const answered = await rt.app.inject({
    method: 'POST',
    url: `/api/support/tickets/${mine.ticketId}/messages`,
    headers: { ...answer.headers, cookie: admin.cookie, origin: ORIGIN },
    payload: answer.payload,
  });
  expect(answered.statusCode).toBeLessThan(300);
  const other = await customerActor(rt);
  theirs = { ...(await ownedData(rt, other)), email: other.email };
  // Another organisation tries to invite the person, under a name of its own choosing.
  const invited = await other.http.post('/api/org/colleagues', {
    email: person.email,
    firstName: 'Zebby',
    lastName: 'Qx',
    locale: 'en',
  });
  expect(invited.statusCode).toBe(201);
}, 180_000);

/** Every text and JSON column of every table (all schemas) whose value contains one of `needles`. */
async function databaseSearch(needles: string[]) {
  const { rows: columns } = (await rt.database.sql.executeSql(
    `select c.table_schema, c.table_name, c.column_name
     from information_schema.columns c
     join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
       and c.data_type in ('text', 'character varying', 'jsonb', 'json')`,
  )) as { rows: { table_schema: string; table_name: string; column_name: string }[] };
  expect(columns.length).toBeGreaterThan(100);
  const found: string[] = [];
  for (const c of columns) {
    const target = `"${c.table_schema}"."${c.table_name}"`;
    for (const needle of needles) {
      const { rows } = (await rt.database.sql.executeSql(
        `select count(*)::int as n from ${target} where "${c.column_name}"::text ilike $1`,
        [`%${needle}%`],
      )) as { rows: { n: number }[] };
      if (Number(rows[0]!.n) > 0) found.push(`${c.table_name}.${c.column_name} holds ${needle}`);
    }
  }
  return found;
}

describe('the organisation export', () => {
  it("streams a zip with the organisation's data and files, nothing of another organisation, and is audited", async () => {
    const res = await person.http.get('/api/org/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    // Streamed as it is made: no length known up front.
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="propass-export-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files);
    const json = strFromU8(files['organisation.json']!);
    const data = JSON.parse(json);

    expect(data.organisation.id).toBe(person.organisationId);
    expect(data.users.map((u: { id: string }) => u.id)).toContain(person.userId);
    expect(json).not.toMatch(/passwordHash|password_hash|argon2/);
    expect(data.application.id).toBe(person.applicationId);
    expect(data.application.events.length).toBeGreaterThan(0);
    expect(data.products.map((p: { id: string }) => p.id)).toEqual([mine.productId]);
    expect(data.pointsLedger.length).toBeGreaterThan(0);
    expect(data.orders.map((o: { id: string }) => o.id)).toEqual([mine.orderId]);
    expect(data.invoices.map((i: { id: string }) => i.id)).toEqual([mine.invoiceId]);
    expect(data.tickets.map((t: { id: string }) => t.id)).toEqual([mine.ticketId]);
    expect(data.tickets[0].messages.length).toBeGreaterThanOrEqual(2);

    // The stored files: the application's document, the ticket attachment, the invoice PDF and UBL.
    const [invoice] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, mine.invoiceId));
    expect(names).toContain(`invoices/${invoice!.number}.pdf`);
    expect(names).toContain(`invoices/${invoice!.number}.xml`);
    expect(strFromU8(files[`invoices/${invoice!.number}.pdf`]!.subarray(0, 5))).toBe('%PDF-');
    expect(strFromU8(files[`invoices/${invoice!.number}.xml`]!)).toContain(invoice!.number!);
    const documents = names.filter((n) => n.startsWith('application/'));
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatch(/kvk extract\.pdf$/);
    expect(Buffer.from(files[documents[0]!]!).equals(PDF)).toBe(true);
    expect(names.filter((n) => n.startsWith('tickets/') && n.endsWith('receipt.pdf'))).toHaveLength(1);
    expect(data.files.missing).toEqual([]);

    // Nothing of the other organisation: its ids, its user, its invoice number.
    const [theirInvoice] = await rt.database.db
      .select()
      .from(schema.invoices)
      .where(eq(schema.invoices.id, theirs.invoiceId));
    const zipText = names.join('\n') + json;
    for (const foreign of [
      theirs.organisationId,
      theirs.productId,
      theirs.ticketId,
      theirs.orderId,
      theirs.invoiceId,
      theirs.email,
      theirInvoice!.number!,
    ])
      expect(zipText).not.toContain(foreign);

    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'organisation.exported'));
    expect(audit).toMatchObject([{ actorUserId: person.userId, entityId: person.organisationId }]);
  });

  it('is for the Superuser only', async () => {
    expect((await admin.get('/api/org/export')).statusCode).toBe(403);
    expect((await client(rt.app).get('/api/org/export')).statusCode).toBe(401);
  });
});

describe('an erasure request', () => {
  it('erases the name and address everywhere but the invoices, ends the sessions, and is idempotent', async () => {
    const invoicesBefore = await rt.database.db
      .select()
      .from(schema.invoices)
      .where(eq(schema.invoices.organisationId, person.organisationId));
    // Before: the name and address are in many places (the search finds them).
    const before = await databaseSearch(NEEDLES());
    expect(before.length).toBeGreaterThan(5);

    const res = await admin.post('/api/admin/erasures', {
      email: person.email.toUpperCase(),
      reason: `Asked by ${FIRST} ${LAST} by phone`,
    });
    expect(res.statusCode).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ erased: { users: 1, applications: 1, tickets: 1 }, kept: { invoices: 1 } });
    expect(result.erased.mails).toBeGreaterThan(0);

    expect(await databaseSearch(NEEDLES())).toEqual([]);

    // The invoices are untouched (legal retention).
    const invoicesAfter = await rt.database.db
      .select()
      .from(schema.invoices)
      .where(eq(schema.invoices.organisationId, person.organisationId));
    expect(invoicesAfter).toEqual(invoicesBefore);

    const [user] = await rt.database.db.select().from(schema.users).where(eq(schema.users.id, person.userId));
    expect(user).toMatchObject({ firstName: 'Erased', lastName: 'user', email: `erased-${person.userId}@invalid` });
    // Logged out, and the old password no longer logs in.
    expect((await person.http.get('/api/auth/me')).json().user).toBeNull();
    const login = await client(rt.app).post('/api/auth/login', { email: person.email, password: CUSTOMER_PASSWORD });
    expect(login.statusCode).toBe(401);

    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'person.erased'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.detail)).not.toMatch(new RegExp(`${FIRST}|${LAST}|${person.email}`, 'i'));

    // A second request answers the same and changes nothing.
    const auditCount = (await rt.database.db.select().from(schema.auditLog)).length;
    const again = await admin.post('/api/admin/erasures', { email: person.email, reason: 'Second request' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(result);
    expect((await rt.database.db.select().from(schema.auditLog)).length).toBe(auditCount);

    // The other organisation is untouched: its Superuser still logs in.
    const them = client(rt.app);
    expect((await them.post('/api/auth/login', { email: theirs.email, password: CUSTOMER_PASSWORD })).statusCode).toBe(
      200,
    );
  });

  it('erases a colleague once when two requests come at the same time, and leaves the rest of the organisation', async () => {
    const [colleague] = await rt.database.db.select().from(schema.users).where(eq(schema.users.id, theirs.colleagueId));
    const [owner] = await rt.database.db.select().from(schema.users).where(eq(schema.users.email, theirs.email));
    const [a, b] = await Promise.all([
      admin.post('/api/admin/erasures', { email: colleague!.email, reason: 'Request by letter' }),
      admin.post('/api/admin/erasures', { email: colleague!.email, reason: 'Request by letter' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json()).toEqual(b.json());
    expect(a.json()).toMatchObject({ erased: { users: 1 }, kept: { invoices: 1 } });
    const audit = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'person.erased'));
    expect(audit).toHaveLength(2);
    expect(await databaseSearch([colleague!.email])).toEqual([]);
    const [after] = await rt.database.db.select().from(schema.users).where(eq(schema.users.id, owner!.id));
    expect(after).toEqual(owner);
  });

  it('answers 404 for an address nobody holds, and refuses a customer', async () => {
    const res = await admin.post('/api/admin/erasures', { email: 'nobody@example.test', reason: 'test' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    const other = await customerActor(rt);
    expect((await other.http.post('/api/admin/erasures', { email: theirs.email, reason: 'x' })).statusCode).toBe(403);
    expect((await admin.post('/api/admin/erasures', { email: 'not-an-address', reason: 'x' })).statusCode).toBe(400);
  });
});
