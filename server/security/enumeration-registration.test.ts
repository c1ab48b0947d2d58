import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, approvedOrganisation, registrationInput, waitForMails } from '../test/fixtures.js';
import { client, multipart, PDF } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

const application = (email: string) => registrationInput({ email });
async function register(app: ReturnType<typeof application>) {
  const body = multipart({ application: JSON.stringify(app) }, [
    { field: 'documents', name: 'proof.pdf', type: 'application/pdf', data: PDF },
  ]);
  return rt.app.inject({ method: 'POST', url: '/api/registrations', headers: body.headers, payload: body.payload });
}

describe('registration does not tell who has an account', () => {
  it('answers a new, a known and a pending address alike, and tells the owner by e-mail', async () => {
    const owner = await approvedOrganisation(rt);
    const pendingEmail = `pending-${randomUUID().slice(0, 6)}@example.test`;
    expect((await register(application(pendingEmail))).statusCode).toBe(201);

    const fresh = await register(application(`new-${randomUUID().slice(0, 6)}@example.test`));
    const knownApp = application(owner.email);
    const known = await register(knownApp);
    const pending = await register(application(pendingEmail));
    for (const res of [fresh, known, pending]) {
      expect(res.statusCode).toBe(201);
      expect(Object.keys(res.json()).sort()).toEqual(['expectedDecisionDate', 'reference', 'statusToken']);
      expect(res.json().expectedDecisionDate).toBe(fresh.json().expectedDecisionDate);
      expect(res.json().reference).toMatch(/^[A-Z0-9-]+$/);
      expect(res.json().reference.length).toBe(fresh.json().reference.length);
      // The reference and its status link are real for all three: nothing to check elsewhere.
      const status = await client(rt.app).get(`/api/registrations/status?token=${res.json().statusToken}`);
      expect(status.statusCode).toBe(200);
      expect(status.json()).toMatchObject({ reference: res.json().reference, status: 'received' });
    }
    // A retry of the known address's submission answers the same (idempotent).
    const retry = (await register(knownApp)).json();
    expect(retry.reference).toBe(known.json().reference);
    expect(retry.expectedDecisionDate).toBe(known.json().expectedDecisionDate);

    // The owner of the account is told, not sent a "received" e-mail; likewise the applicant.
    const toOwner = await waitForMails(rt, owner.email);
    expect(toOwner.map((m) => m.template)).toEqual(['registration_duplicate']);
    expect(toOwner[0]?.text).toContain('already belongs to a Business account');
    expect(toOwner[0]?.text).toContain('/forgot-password');
    const toPending = await waitForMails(rt, pendingEmail, 2);
    expect(toPending.map((m) => m.template).sort()).toEqual(['application_received', 'registration_duplicate']);
    expect(toPending.find((m) => m.template === 'registration_duplicate')?.text).toContain(
      '/application/status?token=',
    );

    // The validator sees why the known address's application cannot be approved.
    const staff = await adminClient(rt);
    const cases = (await staff.get('/api/staff/cases?limit=200')).json().items as { id: string; reference: string }[];
    const id = cases.find((c) => c.reference === known.json().reference)!.id;
    const detail = (await staff.get(`/api/staff/cases/${id}`)).json();
    expect(detail.duplicates).toContainEqual({ field: 'email', reference: '—', kind: 'organisation' });
  });
});
