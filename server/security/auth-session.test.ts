import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { approvedOrganisation, CUSTOMER_PASSWORD } from '../test/fixtures.js';
import { ORIGIN } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

// The session cookie: how it is set, that a log-in always starts a new one, that a log-out ends it
// on the server, and that another site cannot use it to write.

let rt: TestRuntime;
let secure: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
  secure = await startTestRuntime({ env: { PUBLIC_URL: 'https://propass.example' } });
});

const sessionCookie = (setCookie: string | string[] | undefined) =>
  (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).find((c) => c.startsWith('pp_session=')) ?? '';
const attributes = (cookie: string) =>
  cookie
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());

/** A log-in as a browser on this site sends it (with its Origin). */
async function logIn(app: TestRuntime['app'], email: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: ORIGIN, ...headers },
    payload: { email, password: CUSTOMER_PASSWORD },
  });
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, on Path=/ and not Secure over plain http', async () => {
    const { email } = await approvedOrganisation(rt);
    const cookie = sessionCookie((await logIn(rt.app, email)).headers['set-cookie']);
    expect(cookie).toMatch(/^pp_session=[\w-]{40,};/);
    const attrs = attributes(cookie);
    expect(attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attrs).not.toContain('secure');
  });

  it('is Secure when PUBLIC_URL is https, and cleared on the same path at log-out', async () => {
    const { email } = await approvedOrganisation(secure);
    const login = await logIn(secure.app, email, { origin: 'https://propass.example' });
    expect(login.statusCode).toBe(200);
    const cookie = sessionCookie(login.headers['set-cookie']);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'secure']));

    const logout = await secure.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: cookie.split(';')[0]!, origin: 'https://propass.example' },
    });
    expect(logout.statusCode).toBe(200);
    const cleared = sessionCookie(logout.headers['set-cookie']);
    expect(cleared).toMatch(/^pp_session=;/);
    expect(attributes(cleared)).toEqual(expect.arrayContaining(['path=/']));
  });

  it('is never the one sent before the log-in (no session fixation)', async () => {
    const { email } = await approvedOrganisation(rt);
    // A value planted by an attacker, and a session of someone else that is still valid.
    const planted = 'pp_session=attacker-chosen-value-0123456789abcdefghijklmnop';
    const plantedLogin = await logIn(rt.app, email, { cookie: planted });
    expect(plantedLogin.statusCode).toBe(200);
    const fresh = sessionCookie(plantedLogin.headers['set-cookie']).split(';')[0]!;
    expect(fresh).not.toBe(planted);
    const planter = await rt.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: planted } });
    expect(planter.json().user).toBeNull();

    const first = sessionCookie((await logIn(rt.app, email)).headers['set-cookie']).split(';')[0]!;
    const second = sessionCookie((await logIn(rt.app, email, { cookie: first })).headers['set-cookie']).split(';')[0]!;
    expect(second).not.toBe(first);
  });

  it('ends on the server at log-out: the old cookie replayed opens nothing', async () => {
    const { email, userId } = await approvedOrganisation(rt);
    const cookie = sessionCookie((await logIn(rt.app, email)).headers['set-cookie']).split(';')[0]!;
    expect((await rt.app.inject({ method: 'GET', url: '/api/org/colleagues', headers: { cookie } })).statusCode).toBe(
      200,
    );
    const sessionsBefore = await rt.database.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, userId));

    await rt.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: ORIGIN } });

    const replay = await rt.app.inject({ method: 'GET', url: '/api/org/colleagues', headers: { cookie } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    const sessionsAfter = await rt.database.db.select().from(schema.sessions).where(eq(schema.sessions.userId, userId));
    // One session fewer for this user (the fixture's own session stays).
    expect(sessionsAfter.length).toBe(sessionsBefore.length - 1);
  });
});

describe('cross-site requests with the session cookie (CSRF)', () => {
  it('refuses a write from another Origin, or with neither Origin nor Referer, in the error shape and changes nothing', async () => {
    const owner = await approvedOrganisation(rt);
    const cookie = owner.http.cookie;
    const invite = (email: string, headers: Record<string, string>) =>
      rt.app.inject({
        method: 'POST',
        url: '/api/org/colleagues',
        headers: { cookie, 'accept-language': 'nl', ...headers },
        payload: { email, firstName: 'Eve', lastName: 'Forged', locale: 'en' },
      });
    const refused: [string, Record<string, string>][] = [
      ['another Origin', { origin: 'https://evil.example' }],
      ['a look-alike Origin', { origin: 'http://propass.test.evil.example' }],
      ['the null Origin of a sandboxed page', { origin: 'null' }],
      ['another site in Referer', { referer: 'https://evil.example/page' }],
      ['no Origin and no Referer', {}],
    ];
    for (const [what, headers] of refused) {
      const res = await invite(`eve-${what.replaceAll(' ', '-')}@example.test`, headers);
      expect(res.statusCode, what).toBe(403);
      expect(res.json(), what).toEqual({
        error: { code: 'csrf_rejected', message: 'Dit verzoek kwam niet van de ProPass-site en is geweigerd.' },
      });
    }
    const password = await rt.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { currentPassword: CUSTOMER_PASSWORD, newPassword: 'Herfst-bladeren-2026-x' },
    });
    expect(password.statusCode).toBe(403);

    // Nothing changed: no colleague invited, the password is the old one.
    const colleagues = (await owner.http.get('/api/org/colleagues')).json().items as { email: string }[];
    expect(colleagues.some((c) => c.email.startsWith('eve-'))).toBe(false);
    expect((await logIn(rt.app, owner.email)).statusCode).toBe(200);

    // The same write from this site works, by Origin or by Referer.
    expect((await invite('friend1@example.test', { origin: ORIGIN })).statusCode).toBe(201);
    expect((await invite('friend2@example.test', { referer: `${ORIGIN}/colleagues` })).statusCode).toBe(201);
  });
});
