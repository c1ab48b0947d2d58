import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { client, PDF } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';
import { registrationKit } from './registration.fixtures.js';

const kit = registrationKit();
const { application, register, outbox, linkIn, staff } = kit;
let rt: TestRuntime;
beforeAll(() => {
  rt = kit.rt;
});

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
});
