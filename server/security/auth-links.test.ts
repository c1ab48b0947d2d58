import { beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../test/fixtures.js';
import { client } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

// Set-password links (e-mailed on approval and invitation): each works once and for 72 hours.

let rt: TestRuntime;
let owner: Awaited<ReturnType<typeof approvedOrganisation>>;
beforeAll(async () => {
  rt = await startTestRuntime();
  owner = await approvedOrganisation(rt);
});

const HOUR = 3_600_000;
const EXPIRED = {
  en: 'This link is no longer valid. It may have been used already or have expired.',
  nl: 'Deze link is niet meer geldig. Misschien is hij al gebruikt of verlopen.',
};
let n = 0;

/** Invites a colleague and returns the token of the set-password link in the invitation. */
async function invitationToken() {
  const email = `colleague${++n}@example.test`;
  const invite = await owner.http.post('/api/org/colleagues', {
    email,
    firstName: 'Bram',
    lastName: 'Bakker',
    locale: 'nl',
  });
  expect(invite.statusCode).toBe(201);
  const mail = (await rt.services.mailer.list(1000)).find((m) => m.toAddress === email)!;
  const token = /\/set-password\?token=([\w-]+)/.exec(mail.text)?.[1];
  expect(token).toBeTruthy();
  return { email, token: token! };
}

const setPassword = (token: string, password: string, locale: 'en' | 'nl') =>
  client(rt.app, locale).post('/api/auth/set-password', { token, password });

describe('set-password links', () => {
  it('work once: the second use is refused, translated, and the first password stays', async () => {
    const { email, token } = await invitationToken();
    expect((await setPassword(token, 'Herfst-bladeren-2026', 'en')).statusCode).toBe(200);
    for (const locale of ['en', 'nl'] as const) {
      const again = await setPassword(token, 'Lente-tulpen-2027-xyz', locale);
      expect(again.statusCode).toBe(410);
      expect(again.json()).toEqual({ error: { code: 'token_invalid', message: EXPIRED[locale] } });
      const check = await client(rt.app, locale).get(`/api/auth/token?token=${token}`);
      expect(check.json()).toMatchObject({ valid: false });
    }
    const login = (password: string) => client(rt.app).post('/api/auth/login', { email, password });
    expect((await login('Herfst-bladeren-2026')).statusCode).toBe(200);
    expect((await login('Lente-tulpen-2027-xyz')).statusCode).toBe(401);
  });

  it('expire after 72 hours, refused and translated, and set no password', async () => {
    const early = await invitationToken();
    const late = await invitationToken();
    try {
      rt.clock.advance(72 * HOUR - 60_000);
      expect((await setPassword(early.token, 'Herfst-bladeren-2026', 'nl')).statusCode).toBe(200);
      rt.clock.advance(2 * 60_000);
      for (const locale of ['en', 'nl'] as const) {
        const res = await setPassword(late.token, 'Herfst-bladeren-2026', locale);
        expect(res.statusCode).toBe(410);
        expect(res.json()).toEqual({ error: { code: 'token_invalid', message: EXPIRED[locale] } });
      }
      const login = await client(rt.app).post('/api/auth/login', {
        email: late.email,
        password: 'Herfst-bladeren-2026',
      });
      expect(login.statusCode).toBe(401);
    } finally {
      rt.clock.reset();
    }
  });
});
