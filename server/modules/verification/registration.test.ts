import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { waitForMails } from '../../test/fixtures.js';
import { client, multipart, PDF } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
const ADMIN = { email: 'validator@example.test', password: 'Admin-password-123!' };

beforeAll(async () => {
  rt = await startTestRuntime();
  await rt.services.accounts.ensureFirstAdmin(ADMIN);
});

let seq = 0;
function application(
  overrides: { email?: string; vat?: string | null; locale?: 'nl' | 'en'; kinds?: string[]; legacy?: string } = {},
) {
  seq++;
  const vat = overrides.vat === undefined ? null : overrides.vat;
  return {
    idempotencyKey: randomUUID(),
    source: 'itcg',
    organisation: {
      legalName: `Studio ${seq} B.V.`,
      tradingName: `Studio ${seq}`,
      country: 'NL',
      street: 'Keizersgracht',
      houseNumber: '1',
      postcode: '1015 CJ',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
    },
    company: {
      vatRegistered: vat !== null,
      ...(vat ? { vatNumber: vat } : {}),
      legacyEmail: overrides.legacy ?? '',
    },
    contact: {
      firstName: 'Anna',
      lastName: `de Vries ${seq}`,
      email: overrides.email ?? `anna${seq}@example.test`,
      locale: overrides.locale ?? 'nl',
    },
    documents: (overrides.kinds ?? [vat ? 'vat_certificate' : 'chamber_extract']).map((kind) => ({ kind })),
    declaration: true,
  };
}

async function register(
  app: ReturnType<typeof application>,
  files: { name: string; data: Buffer }[] = [{ name: 'proof.pdf', data: PDF }],
  locale = 'en',
) {
  const body = multipart(
    { application: JSON.stringify(app) },
    files.map((f) => ({ field: 'documents', name: f.name, type: 'application/pdf', data: f.data })),
  );
  return rt.app.inject({
    method: 'POST',
    url: '/api/registrations',
    headers: { ...body.headers, 'accept-language': locale },
    payload: body.payload,
  });
}

const outbox = async (to: string) =>
  (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to).sort((a, b) => +a.createdAt - +b.createdAt);
const linkIn = (text: string, path: string) =>
  new RegExp(`http://propass.test${path}\\?token=([\\w-]+)`).exec(text)?.[1];

async function staff() {
  const c = client(rt.app);
  expect((await c.post('/api/auth/login', ADMIN)).statusCode).toBe(200);
  return c;
}

/** The id of an application in the validation queue. */
async function caseId(validator: Awaited<ReturnType<typeof staff>>, reference: string): Promise<string> {
  return (await validator.get('/api/staff/cases?limit=200'))
    .json()
    .items.find((i: { reference: string }) => i.reference === reference).id;
}

/** A registered, approved applicant who has set a password, and the validator who approved it. */
async function approvedCustomer() {
  const a = application({ locale: 'en' });
  const { reference } = (await register(a)).json();
  const validator = await staff();
  await validator.post(`/api/staff/cases/${await caseId(validator, reference)}/decision`, { type: 'approve' });
  const token = linkIn(
    (await outbox(a.contact.email)).find((m) => m.template === 'account_ready')!.text,
    '/set-password',
  )!;
  const customer = client(rt.app);
  await customer.post('/api/auth/set-password', { token, password: 'Zomer-fiets-2026-lamp' });
  return { validator, customer };
}

describe('registration and validation', () => {
  it('walks the seed: register with a PDF → received e-mail → validator approves → set password → portal', async () => {
    const app = application({ vat: 'NL004495445B01', legacy: 'old-cps@example.test' });
    const res = await register(app);
    expect(res.statusCode).toBe(201);
    const { reference, expectedDecisionDate, statusToken } = res.json();
    expect(reference).toMatch(/^PP-[0-9A-Z]{8}$/);
    // Wednesday 25 Nov 2026 + 2 working days.
    expect(expectedDecisionDate).toBe('2026-11-27');

    const [received] = await outbox(app.contact.email);
    expect(received?.template).toBe('application_received');
    expect(received?.subject).toContain(reference);
    expect(received?.subject).toMatch(/Aanvraag ontvangen/);
    expect(received?.text).toContain('27 november 2026');
    const statusFromMail = linkIn(received!.text, '/application/status');
    expect(statusFromMail).toBeTruthy();

    const status = await rt.app.inject({ url: `/api/registrations/status?token=${statusFromMail}` });
    expect(status.json()).toMatchObject({ reference, status: 'received', expectedDecisionDate: '2026-11-27' });
    expect((await rt.app.inject({ url: `/api/registrations/status?token=${statusToken}` })).statusCode).toBe(200);

    // The document is stored under its content hash.
    const files = readdirSync(join(rt.dataDir, 'files'), { recursive: true }).map(String);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(PDF).digest('hex');
    expect(files.some((f) => f.endsWith(hash))).toBe(true);

    const validator = await staff();
    const queue = (await validator.get('/api/staff/cases')).json();
    const item = queue.items.find((i: { reference: string }) => i.reference === reference);
    expect(item).toMatchObject({ status: 'received', country: 'NL', overdue: false });

    const detail = (await validator.get(`/api/staff/cases/${item.id}`)).json();
    expect(detail.company).toMatchObject({
      vatNumber: 'NL004495445B01',
      vatFormatValid: true,
      legacyEmail: 'old-cps@example.test',
    });
    expect(detail.source).toBe('itcg');
    expect(detail.declaration).toMatchObject({ ip: '127.0.0.1', name: `Anna ${app.contact.lastName}` });
    const doc = detail.documents[0];
    const file = await validator.get(`/api/staff/cases/${item.id}/documents/${doc.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^inline/);
    expect(file.rawPayload.equals(PDF)).toBe(true);

    expect((await validator.post(`/api/staff/cases/${item.id}/claim`)).json().status).toBe('in_review');
    expect((await rt.app.inject({ url: `/api/registrations/status?token=${statusToken}` })).json().status).toBe(
      'in_review',
    );
    const approved = await validator.post(`/api/staff/cases/${item.id}/decision`, { type: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect(approved.json().events.map((e: { action: string }) => e.action)).toEqual([
      'submitted',
      'claimed',
      'approved',
    ]);

    const mails = await outbox(app.contact.email);
    const ready = mails.find((m) => m.template === 'account_ready');
    expect(ready?.subject).toBe('Uw Business-account is klaar: stel uw wachtwoord in');
    const token = linkIn(ready!.text, '/set-password')!;

    const applicant = client(rt.app, 'nl');
    expect((await applicant.get(`/api/auth/token?token=${token}`)).json()).toEqual({
      valid: true,
      purpose: 'set_password',
      email: app.contact.email,
      passwordWords: [app.contact.email, app.contact.firstName, app.contact.lastName, app.organisation.legalName],
    });
    const weak = await applicant.post('/api/auth/set-password', { token, password: 'password1234' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields.password).toMatch(/wachtwoord/i);
    const set = await applicant.post('/api/auth/set-password', { token, password: 'Zomer-fiets-2026-lamp' });
    expect(set.statusCode).toBe(200);
    expect(set.json().user).toMatchObject({
      role: 'superuser',
      organisationName: app.organisation.legalName,
      locale: 'nl',
    });
    expect((await applicant.get('/api/auth/me')).json().user.email).toBe(app.contact.email);

    // The link works once.
    const again = await client(rt.app).post('/api/auth/set-password', { token, password: 'Another-good-pass-77' });
    expect(again.statusCode).toBe(410);

    // The organisation keeps the old CPS e-mail for migration.
    const [org] = await rt.database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.vatNumber, 'NL004495445B01'));
    expect(org?.legacyEmail).toBe('old-cps@example.test');
  });

  it('is idempotent: the same submission twice makes one application', async () => {
    const app = application();
    const [a, b] = await Promise.all([register(app), register(app)]);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(a.json().reference).toBe(b.json().reference);
    const [row] = await rt.database.db
      .select({ n: count() })
      .from(schema.applications)
      .where(eq(schema.applications.idempotencyKey, app.idempotencyKey));
    expect(Number(row?.n)).toBe(1);
    expect((await outbox(app.contact.email)).filter((m) => m.template === 'application_received')).toHaveLength(1);
  });

  it('refuses a known VAT number whatever the e-mail, and answers an e-mail with an open application as a new one', async () => {
    const first = application({ vat: 'BE0411905847', kinds: ['company_invoice'] });
    first.organisation.country = 'NL';
    first.company.vatNumber = 'NL820646660B01';
    expect((await register(first)).statusCode).toBe(201);

    // Same e-mail, other organisation: accepted like any new one; the owner hears about it.
    const sameEmail = application({ email: first.contact.email });
    const r1 = await register(sameEmail);
    expect(r1.statusCode).toBe(201);
    // Same VAT number: refused, the same whether the e-mail is known or not.
    const sameVat = application({ vat: 'NL 8206.46660.B01' });
    const r2 = await register(sameVat);
    expect(r2.statusCode).toBe(409);
    const sameVatKnownEmail = application({ vat: 'NL 8206.46660.B01', email: first.contact.email });
    const r3 = await register(sameVatKnownEmail);
    expect(r3.statusCode).toBe(409);
    expect(r3.json()).toEqual(r2.json());
    expect(r2.json().error.message).not.toContain(first.organisation.legalName);

    const toFirst = await outbox(first.contact.email);
    expect(toFirst.map((m) => m.template)).toEqual([
      'application_received',
      'registration_duplicate',
      'registration_duplicate',
    ]);
    expect(toFirst[1]?.text).toContain('/application/status?token=');
    const toSecond = await outbox(sameVat.contact.email);
    expect(toSecond.map((m) => m.template)).toEqual(['registration_duplicate']);
    expect(toSecond[0]?.text).not.toContain(first.organisation.legalName);
  });

  it('refuses bad documents with a clear translated message and stores no application', async () => {
    const before = (await rt.database.db.select({ n: count() }).from(schema.applications))[0]?.n;
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
      'hex',
    );
    const cases: [Buffer, string, number, string][] = [
      [Buffer.from('MZ this is an exe renamed to .pdf'), 'tool.pdf', 422, 'document_type'],
      [Buffer.alloc(0), 'empty.pdf', 422, 'document_empty'],
      [Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]), 'big.pdf', 413, 'document_too_large'],
    ];
    for (const [data, name, status, code] of cases) {
      const res = await register(application(), [{ name, data }], 'nl');
      expect(res.statusCode, code).toBe(status);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toContain(name);
    }
    // A PNG named .pdf is accepted as what it really is.
    const ok = await register(application(), [{ name: 'scan.pdf', data: png }]);
    expect(ok.statusCode).toBe(201);
    const after = (await rt.database.db.select({ n: count() }).from(schema.applications))[0]?.n;
    expect(Number(after)).toBe(Number(before) + 1);
  });

  it('checks VAT, postcode, document kinds and the declaration per field', async () => {
    const app = application({ vat: 'NL123', kinds: ['business_licence'] });
    app.organisation.postcode = '99';
    const res = await register(app, undefined, 'nl');
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields['company.vatNumber']).toBe('Dit is geen geldig btw-nummer voor het gekozen land.');
    expect(fields['organisation.postcode']).toBe('Deze postcode is niet geldig voor het gekozen land.');
    expect(fields.documents).toBeTruthy();

    const undeclared = { ...application(), declaration: false };
    const r2 = await register(undeclared as never);
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.fields.declaration).toBeTruthy();
  });

  it('shows only the steps an application went through: no "more information needed" it never needed', async () => {
    const steps = async (token: string) =>
      (await rt.app.inject({ url: `/api/registrations/status?token=${token}` }))
        .json()
        .steps.map((s: { status: string }) => s.status);
    const validator = await staff();

    const direct = (await register(application())).json();
    expect(await steps(direct.statusToken)).toEqual(['received']);
    const directId = await caseId(validator, direct.reference);
    expect((await validator.post(`/api/staff/cases/${directId}/decision`, { type: 'approve' })).statusCode).toBe(200);
    expect(await steps(direct.statusToken)).toEqual(['received', 'approved']);

    const reviewed = (await register(application())).json();
    const reviewedId = await caseId(validator, reviewed.reference);
    await validator.post(`/api/staff/cases/${reviewedId}/claim`);
    expect(await steps(reviewed.statusToken)).toEqual(['received', 'in_review']);
    await validator.post(`/api/staff/cases/${reviewedId}/decision`, { type: 'reject', reason: 'not_professional' });
    expect(await steps(reviewed.statusToken)).toEqual(['received', 'in_review', 'rejected']);
  });

  it('runs the more-information loop with a re-upload and a fresh SLA', async () => {
    const app = application({ locale: 'en' });
    const { statusToken, reference } = (await register(app)).json();
    const validator = await staff();
    const id = await caseId(validator, reference);
    const asked = await validator.post(`/api/staff/cases/${id}/decision`, {
      type: 'request_info',
      documents: ['chamber_extract'],
      note: 'The extract is older than a year.',
    });
    expect(asked.json()).toMatchObject({
      status: 'more_info_needed',
      requestedDocuments: ['chamber_extract'],
      slaDueAt: null,
    });
    const mail = (await outbox(app.contact.email)).find((m) => m.template === 'more_info_requested')!;
    expect(mail.text).toContain('Chamber of Commerce extract');
    expect(mail.text).toContain('older than a year');
    const token = linkIn(mail.text, '/application/status')!;
    const status = (await rt.app.inject({ url: `/api/registrations/status?token=${token}` })).json();
    expect(status).toMatchObject({ status: 'more_info_needed', requestedDocuments: ['chamber_extract'] });

    // Approving is not possible while waiting for the applicant.
    expect((await validator.post(`/api/staff/cases/${id}/decision`, { type: 'approve' })).statusCode).toBe(409);

    rt.clock.set('2026-11-27T09:00:00Z');
    const upload = multipart(
      { data: JSON.stringify({ token: statusToken, documents: [{ kind: 'chamber_extract' }] }) },
      [
        {
          field: 'documents',
          name: 'extract-2026.pdf',
          type: 'application/pdf',
          data: Buffer.from(PDF.toString('latin1').replace('trailer', '% new\ntrailer'), 'latin1'),
        },
      ],
    );
    const re = await rt.app.inject({
      method: 'POST',
      url: '/api/registrations/more-info',
      headers: upload.headers,
      payload: upload.payload,
    });
    expect(re.statusCode).toBe(200);
    // Friday 27 Nov → Tuesday 1 Dec.
    expect(re.json()).toMatchObject({ status: 'received', expectedDecisionDate: '2026-12-01' });
    // The status page walks the loop as it happened: asked for more, then back in the queue.
    expect(re.json().steps.map((s: { status: string }) => s.status)).toEqual([
      'received',
      'more_info_needed',
      'received',
    ]);
    expect(re.json().steps.at(-1).at).toBe('2026-11-27T09:00:00.000Z');
    const detail = (await (await staff()).get(`/api/staff/cases/${id}`)).json();
    expect(detail.documents.map((d: { current: boolean }) => d.current)).toEqual([false, true]);
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual([
      'submitted',
      'more_info_requested',
      'documents_uploaded',
    ]);
    rt.clock.set('2026-11-25T10:00:00Z');
  });

  it('rejects with a reason from the catalogue, tells the applicant, and keeps the trail', async () => {
    const app = application({ locale: 'en' });
    const { reference, statusToken } = (await register(app)).json();
    const validator = await staff();
    const id = await caseId(validator, reference);
    const res = await validator.post(`/api/staff/cases/${id}/decision`, {
      type: 'reject',
      reason: 'document_mismatch',
      note: 'Name differs.',
    });
    expect(res.json().status).toBe('rejected');
    const mail = (await outbox(app.contact.email)).find((m) => m.template === 'application_rejected')!;
    expect(mail.text).toContain('do not show the organisation name');
    const status = (await rt.app.inject({ url: `/api/registrations/status?token=${statusToken}` })).json();
    expect(status.status).toBe('rejected');
    expect(status.message).toMatch(/do not show/);
    const audit = await rt.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['application.reject']);
    // A decision is final.
    expect((await validator.post(`/api/staff/cases/${id}/decision`, { type: 'approve' })).statusCode).toBe(409);
  });

  it('answers forgot-password the same way for unknown, pending and known addresses, and e-mails accordingly', async () => {
    const app = application({ locale: 'en' });
    await register(app);
    const ask = (email: string) => client(rt.app).post('/api/auth/forgot-password', { email });
    const unknown = await ask('stranger@example.test');
    const pending = await ask(app.contact.email);
    const known = await ask(ADMIN.email);
    expect(pending.json()).toEqual(unknown.json());
    expect(known.json()).toEqual(unknown.json());
    // The e-mails are written by a job after the answer.
    await waitForMails(rt, ADMIN.email);
    await waitForMails(rt, app.contact.email, 2);
    expect(await outbox('stranger@example.test')).toHaveLength(0);
    const notice = (await outbox(app.contact.email)).find((m) => m.template === 'still_validating')!;
    expect(notice.text).toContain('still being checked');
    expect(notice.text).toContain('/application/status?token=');
    expect((await outbox(ADMIN.email)).map((m) => m.template)).toEqual(['reset_password']);
  });

  it('never shows an application or its documents to a customer', async () => {
    const { validator, customer } = await approvedCustomer();

    const other = (await validator.get('/api/staff/cases?limit=200')).json().items[0];
    const detail = (await validator.get(`/api/staff/cases/${other.id}`)).json();
    for (const url of [
      '/api/staff/cases',
      `/api/staff/cases/${other.id}`,
      `/api/staff/cases/${other.id}/documents/${detail.documents[0].id}`,
    ]) {
      expect((await customer.get(url)).statusCode, url).toBe(403);
      expect((await client(rt.app).get(url)).statusCode, url).toBe(401);
    }
  });

  it('lets a Superuser invite and remove colleagues, and not another organisation’s users', async () => {
    const { customer: superuser } = await approvedCustomer();

    const invite = { email: `colleague${seq}@example.test`, firstName: 'Bram', lastName: 'Bakker', locale: 'nl' };
    const [i1, i2] = [
      await superuser.post('/api/org/colleagues', invite),
      await superuser.post('/api/org/colleagues', invite),
    ];
    expect(i1.statusCode).toBe(201);
    expect(i2.json().id).toBe(i1.json().id);
    expect((await outbox(invite.email)).map((m) => m.template)).toEqual(['invitation']);
    const list = (await superuser.get('/api/org/colleagues')).json().items;
    expect(list.map((c: { status: string }) => c.status).sort()).toEqual(['active', 'invited']);

    const colleagueToken = linkIn((await outbox(invite.email))[0]!.text, '/set-password')!;
    const colleague = client(rt.app);
    expect(
      (
        await colleague.post('/api/auth/set-password', { token: colleagueToken, password: 'Herfst-bladeren-2026' })
      ).json().user.role,
    ).toBe('member');
    expect((await colleague.post('/api/org/colleagues', { ...invite, email: 'x@example.test' })).statusCode).toBe(403);

    const adminId = (await (await staff()).get('/api/auth/me')).json().user.id;
    expect((await superuser.delete(`/api/org/colleagues/${adminId}`)).statusCode).toBe(404);
    expect((await superuser.delete(`/api/org/colleagues/${i1.json().id}`)).statusCode).toBe(200);
    expect((await colleague.get('/api/auth/me')).json().user).toBeNull();
  });
});

describe('staff', () => {
  it('an admin invites a validator, who sets a password and works the queue but cannot manage staff', async () => {
    const admin = await staff();
    const invite = {
      email: 'val@example.test',
      firstName: 'Vera',
      lastName: 'Validator',
      locale: 'en',
      role: 'validator',
    };
    const res = await admin.post('/api/admin/staff', invite);
    expect(res.statusCode).toBe(201);
    expect((await admin.post('/api/admin/staff', invite)).json().id).toBe(res.json().id);
    const token = linkIn((await outbox(invite.email))[0]!.text, '/set-password')!;
    const validator = client(rt.app);
    expect(
      (await validator.post('/api/auth/set-password', { token, password: 'Herfst-bladeren-2026' })).json().user.role,
    ).toBe('validator');
    expect((await validator.get('/api/staff/cases')).statusCode).toBe(200);
    expect((await validator.get('/api/admin/staff')).statusCode).toBe(403);
    expect((await admin.get('/api/admin/staff')).json().items.map((s: { email: string }) => s.email)).toContain(
      invite.email,
    );
  });

  it('resends the set-password e-mail for an approved application', async () => {
    const a = application({ locale: 'en' });
    const { reference } = (await register(a)).json();
    const validator = await staff();
    const id = await caseId(validator, reference);
    expect((await validator.post(`/api/staff/cases/${id}/resend-set-password`)).statusCode).toBe(409);
    await validator.post(`/api/staff/cases/${id}/decision`, { type: 'approve' });
    const first = linkIn(
      (await outbox(a.contact.email)).find((m) => m.template === 'account_ready')!.text,
      '/set-password',
    )!;
    expect((await validator.post(`/api/staff/cases/${id}/resend-set-password`)).statusCode).toBe(200);
    const ready = (await outbox(a.contact.email)).filter((m) => m.template === 'account_ready');
    expect(ready).toHaveLength(2);
    // The newest link works; the earlier one has been ended.
    expect((await client(rt.app).get(`/api/auth/token?token=${first}`)).json().valid).toBe(false);
    const second = linkIn(ready[1]!.text, '/set-password')!;
    expect((await client(rt.app).get(`/api/auth/token?token=${second}`)).json().valid).toBe(true);
  });
});
