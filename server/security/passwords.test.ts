import { beforeAll, describe, expect, it } from 'vitest';
import { checkPasswordStrength } from '../platform/auth/passwords.js';
import { approvedOrganisation, CUSTOMER_PASSWORD } from '../test/fixtures.js';
import { client } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

// The fixture's Superuser: Sam Owner <n>, of "Fotostudio <n> B.V.".
const USER = ['sam.owner@fotostudio.example', 'Sam', 'Owner', 'Fotostudio Jansen B.V.'];

const WEAK: [string, string][] = [
  ['Summer2026!!', 'password_guessable'],
  ['ProPass2026!!', 'password_guessable'],
  ['propass-propass', 'password_guessable'],
  ['Zomer2026!!!!', 'password_guessable'],
  ['Herfst-2025!!', 'password_guessable'],
  ['Sommer2024###', 'password_guessable'],
  ['Janvier-2026!', 'password_guessable'],
  ['Dezember1990##', 'password_guessable'],
  ['CPS-Winter-2025!', 'password_guessable'],
  ['qwertz123456!', 'password_guessable'],
  ['azertyuiop123', 'password_guessable'],
  ['Sam.Owner2026!', 'password_personal'],
  ['Fotostudio-2026!', 'password_personal'],
  ['Jansen-Owner-2026', 'password_personal'],
  ['password1234', 'password_weak'],
  ['kort', 'password_too_short'],
];
const STRONG = [
  'Zomer-fiets-2026-lamp',
  'Kast-Blauw-Tram-88',
  'correct horse battery staple',
  'Moderne-Lamp-42!',
  'Nieuwe-sluitertijd-lens-2026',
];

describe('the password rule', () => {
  it.each(WEAK)('refuses %j (%s)', async (password, problem) => {
    expect(await checkPasswordStrength(password, USER)).toBe(problem);
  });
  it.each(STRONG)('accepts %j', async (password) => {
    expect(await checkPasswordStrength(password, USER)).toBeNull();
  });
});

describe('the password rule at every door', () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startTestRuntime();
  });

  it('change-password refuses a season and a year, and the organisation name, saying why (nl, en)', async () => {
    const { http } = await approvedOrganisation(rt, { locale: 'nl' });
    const season = await http.post('/api/auth/password', {
      currentPassword: CUSTOMER_PASSWORD,
      newPassword: 'Summer2026!!',
    });
    expect(season.statusCode).toBe(422);
    expect(season.json().error.code).toBe('weak_password');
    expect(season.json().error.fields.newPassword).toContain('seizoen');
    const own = await http.post(
      '/api/auth/password',
      { currentPassword: CUSTOMER_PASSWORD, newPassword: 'Fotostudio-2026!' },
      { 'accept-language': 'en' },
    );
    expect(own.statusCode).toBe(422);
    expect(own.json().error.fields.newPassword).toContain('organisation');
    expect(
      (await http.post('/api/auth/password', { currentPassword: CUSTOMER_PASSWORD, newPassword: STRONG[2] }))
        .statusCode,
    ).toBe(200);
  });

  it('set-password from an invitation refuses the same passwords, and the token check gives the meter the same words', async () => {
    const { http } = await approvedOrganisation(rt);
    const email = `kim-${Date.now()}@example.test`;
    expect(
      (await http.post('/api/org/colleagues', { email, firstName: 'Kim', lastName: 'Visser', locale: 'en' }))
        .statusCode,
    ).toBe(201);
    const mail = (await rt.services.mailer.list(1000)).find((m) => m.toAddress === email)!;
    const token = /set-password\?token=([\w-]+)/.exec(mail.text)![1]!;
    const check = (await client(rt.app).get(`/api/auth/token?token=${token}`)).json();
    expect(check.passwordWords).toEqual(expect.arrayContaining(['Kim', 'Visser']));
    const anon = client(rt.app);
    for (const [password, problem] of [
      ['ProPass2026!!', 'guessable'],
      ['propass-propass', 'guessable'],
      ['Kim-Visser-2026', 'personal'],
    ] as const) {
      const res = await anon.post('/api/auth/set-password', { token, password });
      expect(res.statusCode, password).toBe(422);
      expect(res.json().error.fields.password, password).toBe(
        problem === 'personal'
          ? 'This password leans on your name, e-mail address or organisation, which are easy to guess. Add words of your own.'
          : 'A season, month, year, keyboard pattern or the name ProPass or CPS is easy to guess. Add words of your own.',
      );
    }
    expect((await anon.post('/api/auth/set-password', { token, password: STRONG[1] })).statusCode).toBe(200);
  });
});
