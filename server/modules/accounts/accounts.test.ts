import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, CUSTOMER_PASSWORD, TEST_ADMIN } from '../../test/fixtures.js';
import { client, ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

// Organisations with their Superuser, colleagues and their invitations, staff: what a Superuser and
// an admin rely on, through the API on a real database.
let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

const mailsTo = async (to: string) => (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to);
const linkToken = (text: string) => /set-password\?token=([\w-]+)/.exec(text)?.[1];
const person = (email: string) => ({ email, firstName: 'Iris', lastName: 'Bakker', locale: 'nl' as const });

describe('an organisation and its Superuser', () => {
  it('is created with the Superuser, who sees themself as the active Superuser', async () => {
    const org = await approvedOrganisation(rt);
    const res = await org.http.get('/api/org/colleagues');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: org.userId, email: org.email, role: 'superuser', status: 'active' }),
    ]);
    const [row] = await rt.database.db.select().from(schema.users).where(eq(schema.users.id, org.userId));
    expect(row).toMatchObject({ organisationId: org.organisationId, role: 'superuser' });
  });

  it('refuses a Superuser whose address already has an account, and creates nothing', async () => {
    const org = await approvedOrganisation(rt);
    const before = await rt.database.db.select().from(schema.organisations);
    const attempt = rt.database.db.transaction((tx) =>
      rt.services.accounts.createOrganisationWithSuperuser(
        tx,
        {
          legalName: 'Second B.V.',
          tradingName: null,
          country: 'NL',
          street: 'Damrak',
          houseNumber: '2',
          postcode: '1012LG',
          city: 'Amsterdam',
          phone: '+31201234567',
          vatNumber: null,
          tradeRegisterNumber: null,
          legacyEmail: null,
          applicationId: randomUUID(),
        },
        { email: org.email, firstName: 'Sam', lastName: 'Again', locale: 'en' },
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', fields: { 'contact.email': 'field.email_taken' } });
    expect(await rt.database.db.select().from(schema.organisations)).toHaveLength(before.length);
  });
});

describe('colleague invitations', () => {
  it('invites a colleague by e-mail; the link sets a password and the colleague becomes active', async () => {
    const org = await approvedOrganisation(rt);
    const email = `colleague-${Date.now()}@example.test`;
    const res = await org.http.post('/api/org/colleagues', person(email));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email, role: 'member', status: 'invited' });
    const [mail] = await mailsTo(email);
    expect(mail?.template).toBe('invitation');
    const token = linkToken(mail!.text);
    expect(token).toBeTruthy();

    const colleague = client(rt.app);
    const set = await colleague.post('/api/auth/set-password', { token, password: CUSTOMER_PASSWORD });
    expect(set.statusCode).toBe(200);
    const list = (await org.http.get('/api/org/colleagues')).json().items;
    expect(list).toContainEqual(expect.objectContaining({ email, status: 'active', role: 'member' }));
    // A member sees the colleagues but may not invite or remove anyone.
    expect((await colleague.get('/api/org/colleagues')).statusCode).toBe(200);
    expect((await colleague.post('/api/org/colleagues', person('x@example.test'))).statusCode).toBe(403);
    expect((await colleague.delete(`/api/org/colleagues/${org.userId}`)).statusCode).toBe(403);
  });

  it('answers the same colleague to a repeated invitation and sends one e-mail', async () => {
    const org = await approvedOrganisation(rt);
    const email = `twice-${Date.now()}@example.test`;
    const first = await org.http.post('/api/org/colleagues', person(email));
    const second = await org.http.post('/api/org/colleagues', person(email));
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('answers an address with an account elsewhere like a new one, moves nobody and tells its owner once a day', async () => {
    const elsewhere = await approvedOrganisation(rt);
    const a = await approvedOrganisation(rt);
    const b = await approvedOrganisation(rt);
    const res = await a.http.post('/api/org/colleagues', person(elsewhere.email));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: elsewhere.email, role: 'member', status: 'invited' });
    expect(res.json().id).not.toBe(elsewhere.userId);
    expect((await a.http.post('/api/org/colleagues', person(elsewhere.email))).json().id).toBe(res.json().id);
    await b.http.post('/api/org/colleagues', person(elsewhere.email));
    // Still in its own organisation, no invitation link; one "you already have an account" mail.
    const [user] = await rt.database.db.select().from(schema.users).where(eq(schema.users.id, elsewhere.userId));
    expect(user?.organisationId).toBe(elsewhere.organisationId);
    const mails = await mailsTo(elsewhere.email);
    expect(mails.map((m) => m.template)).toEqual(['invitation_existing_account']);
    // Pending in the inviter's list until withdrawn.
    const pending = (await a.http.get('/api/org/colleagues')).json().items;
    expect(pending).toContainEqual(expect.objectContaining({ email: elsewhere.email, status: 'invited' }));
    expect((await a.http.delete(`/api/org/colleagues/${res.json().id}`)).statusCode).toBe(200);
    const after = (await a.http.get('/api/org/colleagues')).json().items;
    expect(after.map((c: { email: string }) => c.email)).not.toContain(elsewhere.email);
  });

  it('removes a colleague, but not oneself nor another organisation’s user', async () => {
    const org = await approvedOrganisation(rt);
    const other = await approvedOrganisation(rt);
    const invited = (await org.http.post('/api/org/colleagues', person(`rm-${Date.now()}@example.test`))).json();
    expect((await org.http.delete(`/api/org/colleagues/${org.userId}`)).json().error.code).toBe('invalid_state');
    const foreign = await org.http.delete(`/api/org/colleagues/${other.userId}`);
    expect(foreign.statusCode).toBe(404);
    expect((await other.http.get('/api/org/colleagues')).json().items).toHaveLength(1);
    expect((await org.http.delete(`/api/org/colleagues/${invited.id}`)).statusCode).toBe(200);
    const ids = (await org.http.get('/api/org/colleagues')).json().items.map((c: { id: string }) => c.id);
    expect(ids).toEqual([org.userId]);
  });
});

describe('staff', () => {
  it('an admin invites staff (a repeat is the same member), a customer may not', async () => {
    const admin = await adminClient(rt);
    const input = { ...person(`validator-${Date.now()}@example.test`), role: 'validator' as const };
    const res = await admin.post('/api/admin/staff', input);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: input.email, role: 'validator', status: 'invited', twoStep: false });
    expect((await admin.post('/api/admin/staff', input)).json().id).toBe(res.json().id);
    expect((await mailsTo(input.email)).map((m) => m.template)).toEqual(['staff_invitation']);
    // The same address in another role, or a customer's address, is taken.
    const other = await admin.post('/api/admin/staff', { ...input, role: 'finance' });
    expect(other.statusCode).toBe(409);
    const org = await approvedOrganisation(rt);
    expect((await admin.post('/api/admin/staff', { ...input, email: org.email })).statusCode).toBe(409);
    expect((await org.http.post('/api/admin/staff', input)).statusCode).toBe(403);
    const list = (await admin.get('/api/admin/staff')).json().items;
    expect(list).toContainEqual(expect.objectContaining({ id: res.json().id, role: 'validator' }));
    expect(list.map((s: { email: string }) => s.email)).not.toContain(org.email);
  });

  it('an admin removes a staff member, but not themself', async () => {
    const admin = await adminClient(rt);
    const staff = (
      await admin.post('/api/admin/staff', { ...person(`support-${Date.now()}@example.test`), role: 'support' })
    ).json();
    const me = (await admin.get('/api/auth/me')).json().user;
    expect((await admin.delete(`/api/admin/staff/${me.id}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/admin/staff/${staff.id}`)).statusCode).toBe(200);
    expect((await admin.delete(`/api/admin/staff/${staff.id}`)).statusCode).toBe(404);
    const ids = (await admin.get('/api/admin/staff')).json().items.map((s: { id: string }) => s.id);
    expect(ids).not.toContain(staff.id);
  });

  it('the first admin is created once', async () => {
    await adminClient(rt);
    expect(await rt.services.accounts.ensureFirstAdmin({ email: 'second@example.test' })).toBeNull();
    const admins = await rt.database.db.select().from(schema.users).where(eq(schema.users.role, 'admin'));
    expect(admins.map((a) => a.email)).toEqual([TEST_ADMIN.email]);
  });
});

// Its own runtime: the limit also holds per IP address, which the other tests share.
describe('the invitation limit', () => {
  let limited: TestRuntime;
  beforeAll(async () => {
    limited = await startTestRuntime({ env: { INVITATIONS_PER_HOUR: '3' } });
  });

  it('limits invitations per Superuser per hour, across addresses', async () => {
    const org = await approvedOrganisation(limited);
    const invite = (i: number, ip: string) =>
      limited.app.inject({
        method: 'POST',
        url: '/api/org/colleagues',
        remoteAddress: ip,
        headers: { origin: ORIGIN, cookie: org.http.cookie, 'accept-language': 'en' },
        payload: person(`limit-${i}-${Date.now()}@example.test`),
      });
    for (let i = 0; i < 3; i++) expect((await invite(i, `10.0.0.${i + 1}`)).statusCode).toBe(201);
    const refused = await invite(3, '10.0.0.9');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    const users = await limited.database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.organisationId, org.organisationId));
    expect(users).toHaveLength(4);
  });
});
