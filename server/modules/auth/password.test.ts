import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, CUSTOMER_PASSWORD } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

const NEW_PASSWORD = 'Nieuwe-sluitertijd-lens-2026';
let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ limits: { password: { max: 1000, timeWindow: 60_000 } } });
});

const mailsTo = async (to: string, template: string) =>
  (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to && m.template === template);

describe('changing the password while logged in', () => {
  it('needs the current password, keeps this session, ends the others, tells the user by e-mail', async () => {
    const { http, email, userId } = await approvedOrganisation(rt, { locale: 'nl' });
    const other = client(rt.app, 'nl');
    expect((await other.post('/api/auth/login', { email, password: CUSTOMER_PASSWORD })).statusCode).toBe(200);

    const wrong = await http.post('/api/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBe('Dit is niet uw huidige wachtwoord.');

    const weak = await http.post('/api/auth/password', {
      currentPassword: CUSTOMER_PASSWORD,
      newPassword: 'password1234',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields.newPassword).toMatch(/komt te vaak voor|te makkelijk/);
    const short = await http.post('/api/auth/password', { currentPassword: CUSTOMER_PASSWORD, newPassword: 'kort' });
    expect(short.statusCode).toBe(400);
    expect((await mailsTo(email, 'password_changed')).length).toBe(0);

    const ok = await http.post('/api/auth/password', { currentPassword: CUSTOMER_PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ ok: true, otherSessionsEnded: 1 });
    expect((await http.get('/api/auth/me')).json().user.email).toBe(email);
    expect((await other.get('/api/auth/me')).json().user).toBeNull();

    // The same request again (a double click, a retry) changes nothing and answers the same.
    const again = await http.post('/api/auth/password', {
      currentPassword: CUSTOMER_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(again.statusCode).toBe(200);
    const mails = await mailsTo(email, 'password_changed');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Uw ProPass-wachtwoord is gewijzigd');
    expect(mails[0]?.text).toContain('/forgot-password');

    const fresh = client(rt.app);
    expect((await fresh.post('/api/auth/login', { email, password: CUSTOMER_PASSWORD })).statusCode).toBe(401);
    expect((await fresh.post('/api/auth/login', { email, password: NEW_PASSWORD })).statusCode).toBe(200);

    const audit = await rt.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, userId));
    expect(audit.filter((a) => a.action === 'auth.password_changed')).toHaveLength(1);
  });

  it('two changes at once change it once', async () => {
    const { http, email } = await approvedOrganisation(rt);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        http.post('/api/auth/password', { currentPassword: CUSTOMER_PASSWORD, newPassword: NEW_PASSWORD }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(await mailsTo(email, 'password_changed')).toHaveLength(1);
  });

  it('refuses the current password as the new one, and anyone not logged in', async () => {
    const { http } = await approvedOrganisation(rt);
    const same = await http.post('/api/auth/password', {
      currentPassword: CUSTOMER_PASSWORD,
      newPassword: CUSTOMER_PASSWORD,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields.newPassword).toMatch(/differs from the current one/);
    const anonymous = client(rt.app);
    expect(
      (await anonymous.post('/api/auth/password', { currentPassword: 'x', newPassword: NEW_PASSWORD })).statusCode,
    ).toBe(401);
  });
});
