import { eq } from 'drizzle-orm';
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/passwords.js';
import { fixedClock } from '../../platform/clock.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, waitForMails } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

const PASSWORD = 'Validator-password-2026!';
const clock = fixedClock('2026-11-25T10:00:00Z');
let rt: TestRuntime;
let n = 0;

beforeAll(async () => {
  rt = await startTestRuntime({ clock, limits: { password: { max: 1000, timeWindow: 60_000 } } });
});
afterAll(() => clock.reset());

const codeAt = (secret: string, at: Date) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: at.getTime(),
  });

/** A staff member with a password (as after the admin's invitation and the set-password link). */
async function staffMember(
  runtime: TestRuntime,
  role: 'validator' | 'finance' = 'validator',
  locale: 'nl' | 'en' = 'en',
) {
  n++;
  const email = `staff${n}@example.test`;
  const [user] = await runtime.database.db
    .insert(schema.users)
    .values({
      email,
      firstName: 'Vera',
      lastName: `Staff ${n}`,
      role,
      locale,
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning({ id: schema.users.id });
  return { id: user!.id, email, http: client(runtime.app, locale) };
}

/** Logs in and sets up two-step verification; answers the secret and the recovery codes. */
async function withTwoStep(runtime: TestRuntime, member: Awaited<ReturnType<typeof staffMember>>) {
  expect((await member.http.post('/api/auth/login', { email: member.email, password: PASSWORD })).statusCode).toBe(200);
  const setup = await member.http.post('/api/auth/two-step/setup', {});
  expect(setup.statusCode).toBe(200);
  const { secret, uri, qrSvg } = setup.json() as { secret: string; uri: string; qrSvg: string };
  expect(uri).toContain(`secret=${secret}`);
  expect(uri).toContain('issuer=ProPass');
  expect(qrSvg).toContain('<svg');
  const confirm = await member.http.post('/api/auth/two-step/confirm', { code: codeAt(secret, clock.now()) });
  expect(confirm.statusCode).toBe(200);
  const body = confirm.json() as { recoveryCodes: string[]; user: { twoStep: string } };
  expect(body.user.twoStep).toBe('on');
  expect(body.recoveryCodes).toHaveLength(10);
  expect(new Set(body.recoveryCodes).size).toBe(10);
  void runtime;
  return { secret, recoveryCodes: body.recoveryCodes };
}

async function passwordStep(http: ReturnType<typeof client>, email: string) {
  const res = await http.post('/api/auth/login', { email, password: PASSWORD });
  expect(res.statusCode).toBe(200);
  const body = res.json() as { twoStep?: { challenge: string }; user?: unknown };
  expect(body.user).toBeUndefined();
  expect(res.headers['set-cookie']).toBeUndefined();
  return body.twoStep!.challenge;
}

describe('two-step verification for staff', () => {
  it('sets up with an authenticator app; then a log-in needs the code, and each code works once', async () => {
    const member = await staffMember(rt);
    clock.advance(60_000);
    const { secret } = await withTwoStep(rt, member);
    const secretRow = await rt.database.db
      .select()
      .from(schema.twoStepSecrets)
      .where(eq(schema.twoStepSecrets.userId, member.id));
    expect(secretRow[0]?.secret).not.toContain(secret); // sealed, not the plain secret

    clock.advance(60_000);
    const http = client(rt.app);
    const challenge = await passwordStep(http, member.email);
    expect((await http.get('/api/staff/cases')).statusCode).toBe(401); // no session yet

    const wrong = await http.post('/api/auth/login/two-step', { challenge, code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.code).toMatch(/not correct/);

    const code = codeAt(secret, clock.now());
    const ok = await http.post('/api/auth/login/two-step', { challenge, code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.twoStep).toBe('on');
    expect((await http.get('/api/staff/cases')).statusCode).toBe(200);

    // The same code again (seen over a shoulder, sent twice) does not get in.
    const other = client(rt.app);
    const again = await other.post('/api/auth/login/two-step', {
      challenge: await passwordStep(other, member.email),
      code,
    });
    expect(again.statusCode).toBe(400);
    // The challenge of a finished log-in is gone.
    expect((await http.post('/api/auth/login/two-step', { challenge, code })).statusCode).toBe(401);

    const audit = await rt.database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, member.id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.two_step_on', 'auth.login']));
  });

  it('takes each recovery code once, in Dutch explains a wrong code, and ends the challenge after 5 wrong codes', async () => {
    const member = await staffMember(rt, 'finance', 'nl');
    clock.advance(60_000);
    const { recoveryCodes } = await withTwoStep(rt, member);

    const nl = client(rt.app, 'nl');
    const first = await nl.post('/api/auth/login/two-step', {
      challenge: await passwordStep(nl, member.email),
      code: recoveryCodes[0]!.toUpperCase(),
    });
    expect(first.statusCode).toBe(200);
    const reuse = await nl.post('/api/auth/login/two-step', {
      challenge: await passwordStep(nl, member.email),
      code: recoveryCodes[0],
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.fields.code).toMatch(/niet juist/);

    const challenge = await passwordStep(nl, member.email);
    for (let i = 0; i < 5; i++) {
      expect((await nl.post('/api/auth/login/two-step', { challenge, code: `12345${i}` })).statusCode).toBe(400);
    }
    // Five wrong codes used the challenge up; even a right code now needs the password again.
    const used = await nl.post('/api/auth/login/two-step', { challenge, code: recoveryCodes[1] });
    expect(used.statusCode).toBe(401);
    expect(used.json().error.code).toBe('two_step_expired');
    expect(used.json().error.message).toMatch(/wachtwoord opnieuw/);
  });

  it('expires the challenge after 5 minutes', async () => {
    const member = await staffMember(rt);
    clock.advance(60_000);
    const { secret } = await withTwoStep(rt, member);
    clock.advance(60_000);
    const http = client(rt.app);
    const challenge = await passwordStep(http, member.email);
    clock.advance(5 * 60_000 + 1_000);
    const late = await http.post('/api/auth/login/two-step', { challenge, code: codeAt(secret, clock.now()) });
    expect(late.statusCode).toBe(401);
  });

  it('a password reset link does not get past the code', async () => {
    const member = await staffMember(rt);
    clock.advance(60_000);
    await withTwoStep(rt, member);
    const http = client(rt.app);
    const before = (await waitForMails(rt, member.email, 0)).length;
    expect((await http.post('/api/auth/forgot-password', { email: member.email })).statusCode).toBe(200);
    const mails = await waitForMails(rt, member.email, before + 1);
    const token = /set-password\?token=([\w-]+)/.exec(mails.at(-1)?.text ?? '')?.[1];
    expect(token).toBeTruthy();
    const res = await http.post('/api/auth/set-password', { token, password: 'Another-strong-password-2026' });
    expect(res.statusCode).toBe(200);
    expect(res.json().twoStep.challenge).toBeTruthy();
    expect(http.cookie).toBe('');
  });

  it('an admin resets it: the member is logged out, logs in with the password alone, and it shows on the staff list', async () => {
    const member = await staffMember(rt);
    clock.advance(60_000);
    await withTwoStep(rt, member);
    const admin = await adminClient(rt);
    const list = (await admin.get('/api/admin/staff')).json() as { items: { id: string; twoStep: boolean }[] };
    expect(list.items.find((m) => m.id === member.id)?.twoStep).toBe(true);

    expect((await member.http.delete(`/api/admin/staff/${member.id}/two-step`)).statusCode).toBe(403);
    expect((await admin.delete(`/api/admin/staff/${member.id}/two-step`)).statusCode).toBe(200);
    expect((await member.http.get('/api/staff/cases')).statusCode).toBe(401); // sessions ended
    const after = (await admin.get('/api/admin/staff')).json() as { items: { id: string; twoStep: boolean }[] };
    expect(after.items.find((m) => m.id === member.id)?.twoStep).toBe(false);

    const http = client(rt.app);
    const login = await http.post('/api/auth/login', { email: member.email, password: PASSWORD });
    expect(login.json().user.twoStep).toBe('off');
  });

  it('is for staff only: customers are never asked and cannot set it up', async () => {
    const { http } = await approvedOrganisation(rt);
    expect((await http.get('/api/auth/me')).json().user.twoStep).toBe('off');
    expect((await http.post('/api/auth/two-step/setup', {})).statusCode).toBe(403);
  });

  it('refuses a set-up confirmed with a wrong code and hands out the same secret on a repeated set-up', async () => {
    const member = await staffMember(rt);
    await member.http.post('/api/auth/login', { email: member.email, password: PASSWORD });
    const a = (await member.http.post('/api/auth/two-step/setup', {})).json() as { secret: string };
    const b = (await member.http.post('/api/auth/two-step/setup', {})).json() as { secret: string };
    expect(b.secret).toBe(a.secret);
    const wrong = await member.http.post('/api/auth/two-step/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect((await member.http.get('/api/auth/me')).json().user.twoStep).toBe('off');
    expect((await member.http.post('/api/auth/two-step/confirm', { code: 'abc' })).statusCode).toBe(400);
  });
});

describe('when the programme requires two-step verification of staff', () => {
  let strict: TestRuntime;
  beforeAll(async () => {
    strict = await startTestRuntime({
      clock,
      env: { STAFF_TWO_STEP: 'required' },
      limits: { password: { max: 1000, timeWindow: 60_000 } },
    });
  });

  it('lets staff without it only set it up, then everything', async () => {
    const member = await staffMember(strict);
    const login = await member.http.post('/api/auth/login', { email: member.email, password: PASSWORD });
    expect(login.json().user.twoStep).toBe('setup_required');
    const blocked = await member.http.get('/api/staff/cases');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('two_step_setup_required');
    expect((await member.http.get('/api/catalogue')).statusCode).toBe(403);

    clock.advance(60_000);
    const setup = (await member.http.post('/api/auth/two-step/setup', {})).json() as { secret: string };
    const confirm = await member.http.post('/api/auth/two-step/confirm', { code: codeAt(setup.secret, clock.now()) });
    expect(confirm.statusCode).toBe(200);
    expect((await member.http.get('/api/staff/cases')).statusCode).toBe(200);
  });

  it('does not ask it of customers', async () => {
    const { http } = await approvedOrganisation(strict);
    expect((await http.get('/api/auth/me')).json().user.twoStep).toBe('off');
    expect((await http.get('/api/products')).statusCode).toBe(200);
  });
});
