import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { waitForMails } from '../../test/fixtures.js';
import { client, multipart, PDF } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';
import { ADMIN, registrationKit } from './registration.fixtures.js';

const kit = registrationKit();
const { application, register, outbox, linkIn, staff, caseId } = kit;
let rt: TestRuntime;
beforeAll(() => {
  rt = kit.rt;
});

describe('the applicant after submitting: status, more information, rejection, forgot password', () => {
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
});
