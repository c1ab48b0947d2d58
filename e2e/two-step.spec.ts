import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, startServer } from './global-setup.js';
import {
  appText,
  invitedStaff,
  type Lang,
  passwordField,
  type StaffAccount,
  staffLogin,
  waitForMail,
} from './support.js';

/** The server's message for a wrong or used code, in the user's language. */
const WRONG_CODE: Record<Lang, RegExp> = {
  nl: /Deze code is niet juist\. Voer de actuele 6-cijferige code uit uw authenticator-app in, of een ongebruikte herstelcode\./,
  en: /This code is not correct\. Enter the current 6-digit code from your authenticator app, or an unused recovery code\./,
};

/** The server's message when the code step has run out (five wrong codes, or five minutes). */
const EXPIRED: Record<Lang, string> = {
  nl: 'Het inloggen duurde te lang of er zijn te veel onjuiste codes ingevoerd. Voer uw wachtwoord opnieuw in.',
  en: 'Signing in took too long or too many codes were wrong. Enter your password again.',
};

const PERIOD_MS = 30_000;
const stepAt = (ms: number) => Math.floor(ms / PERIOD_MS);
const totp = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });

/** The app's code now, and the 30-second step it belongs to. */
function appCode(secret: string): { code: string; step: number } {
  const now = Date.now();
  return { code: totp(secret).generate({ timestamp: now }), step: stepAt(now) };
}

/**
 * An app code the server has not seen yet: each 30-second step's code works once, so when `usedStep`
 * is still the current step, this waits for the next one.
 */
async function freshAppCode(page: Page, secret: string, usedStep: number): Promise<string> {
  const wait = (usedStep + 1) * PERIOD_MS - Date.now();
  if (wait > 0) await page.waitForTimeout(wait + 250);
  return appCode(secret).code;
}

/** A 6-digit code that is none of the app's codes around now (the server allows one step of clock drift). */
function wrongCode(secret: string): string {
  const now = Date.now();
  const valid = new Set([-1, 0, 1, 2].map((d) => totp(secret).generate({ timestamp: now + d * PERIOD_MS })));
  for (let n = 123456; ; n = (n + 111111) % 1_000_000) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);

  async function openUserMenu(page: Page) {
    await page.getByRole('button', { name: new RegExp(t('userMenu.open', { name: '' })) }).click();
  }

  async function logout(page: Page) {
    await openUserMenu(page);
    await page.getByRole('menuitem', { name: t('auth.logout') }).click();
    await expect(page).toHaveURL(/\/login$/);
  }

  /** The password step; staff with two-step verification then see the code step. */
  async function passwordStep(page: Page, staff: StaffAccount) {
    await page.goto(`/login?language=${lang}`);
    await page.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(staff.email);
    await passwordField(page, t('auth.password')).fill(staff.password);
    await page.getByRole('button', { name: t('auth.login'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('twoStep.login.title') })).toBeVisible();
    await expect(page.getByText(t('twoStep.login.intro'))).toBeVisible();
  }

  const codeField = (page: Page) => page.getByRole('textbox', { name: t('twoStep.login.code'), exact: true });

  async function enterCode(page: Page, code: string) {
    await codeField(page).fill(code);
    await page.getByRole('button', { name: t('twoStep.login.verify'), exact: true }).click();
  }

  /** The back office's home: the queue for validators, the dashboard for admins and finance. */
  async function expectBackOffice(page: Page) {
    await expect(page).toHaveURL(/\/back-office\/(cases|dashboard)$/);
    await expect(page.getByRole('navigation', { name: t('nav.backOffice') })).toBeVisible();
  }

  test.describe(`Two-step verification (${lang})`, () => {
    test('a validator sets it up, logs in with the app and with a recovery code (once), also after a new password; an admin resets it', async ({
      page,
      browser,
      baseURL,
    }) => {
      test.slow(); // a second app code may have to wait for the next 30-second step
      const member = await invitedStaff(baseURL!, 'validator', lang);
      const name = `${lang === 'nl' ? 'Femke' : 'Frances'} Jansen`;
      await staffLogin(page, lang, member.email, member.password);

      // Set up from the user menu: QR code, the key in blocks of four, a first code from the app.
      await openUserMenu(page);
      await page.getByRole('menuitem', { name: t('twoStep.menu') }).click();
      await expect(page).toHaveURL(/\/back-office\/two-step$/);
      await expect(page.getByRole('heading', { level: 1, name: t('twoStep.title') })).toBeVisible();
      await expect(page.getByText(t('twoStep.setup.apps'))).toBeVisible();
      await page.getByRole('button', { name: t('twoStep.setup.start'), exact: true }).click();
      await expect(page.getByRole('img', { name: t('twoStep.setup.qrAlt') })).toBeVisible();
      const shownSecret = (await page.getByTestId('two-step-secret').textContent()) ?? '';
      expect(shownSecret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
      const secret = shownSecret.replace(/\s+/g, '');

      const first = appCode(secret);
      await page.getByRole('textbox', { name: t('twoStep.setup.code'), exact: true }).fill(first.code);
      await page.getByRole('button', { name: t('twoStep.setup.confirm'), exact: true }).click();

      // The ten recovery codes, shown once, also as a text file.
      await expect(page.getByRole('heading', { level: 2, name: t('twoStep.recovery.title') })).toBeVisible();
      const list = page.getByRole('list', { name: t('twoStep.recovery.listLabel') });
      await expect(list.getByRole('listitem')).toHaveCount(10);
      const recoveryCodes = (await page.getByTestId('recovery-code').allTextContents()).map((c) => c.trim());
      for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: t('twoStep.recovery.download'), exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(t('twoStep.recovery.fileName'));
      const file = readFileSync(await download.path(), 'utf8');
      for (const code of recoveryCodes) expect(file).toContain(code);
      await page.getByRole('button', { name: t('twoStep.recovery.done'), exact: true }).click();
      await expectBackOffice(page);

      // The set-up page now says it is on.
      await page.goto('/back-office/two-step');
      await expect(page.getByRole('heading', { level: 2, name: t('twoStep.on.title') })).toBeVisible();
      await logout(page);

      // Password, then the code step: a wrong code is refused with the server's translated message;
      // Back returns to the password.
      await passwordStep(page, member);
      await enterCode(page, wrongCode(secret));
      await expect(page.getByText(WRONG_CODE[lang])).toBeVisible();
      await expect(codeField(page)).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: t('twoStep.login.back'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('auth.loginTitle') })).toBeVisible();

      // A new password through the e-mailed link also asks for the code; a recovery code gets in.
      const forgot = await page.request.post('/api/auth/forgot-password', {
        data: { email: member.email },
        headers: { origin: baseURL! },
      });
      expect(forgot.ok(), await forgot.text()).toBeTruthy();
      const resetMail = await waitForMail(page.request, member.email, 'reset_password');
      await page.goto(resetMail.links.find((link) => link.includes('/set-password?token='))!);
      member.password = 'Tweede-wachtwoord-kluis-sleutel-7';
      await passwordField(page, t('setPassword.password')).fill(member.password);
      await passwordField(page, t('setPassword.confirm')).fill(member.password);
      await page.getByRole('button', { name: t('setPassword.submit') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('twoStep.login.title') })).toBeVisible();
      await expect(page.getByText(t('twoStep.login.passwordSaved'))).toBeVisible();
      await enterCode(page, recoveryCodes[0]!);
      await expectBackOffice(page);
      await logout(page);

      // The same recovery code a second time is refused.
      await passwordStep(page, member);
      await enterCode(page, recoveryCodes[0]!);
      await expect(page.getByText(WRONG_CODE[lang])).toBeVisible();

      // Five wrong codes use the code step up: the next code, even a right one, leads back to the
      // password with the reason (the e-mail address stays, the password is cleared).
      for (let i = 0; i < 4; i++) {
        await enterCode(page, wrongCode(secret));
        await expect(page.getByText(WRONG_CODE[lang])).toBeVisible();
      }
      await enterCode(page, recoveryCodes[1]!);
      await expect(page.getByRole('heading', { level: 1, name: t('auth.loginTitle') })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(EXPIRED[lang]);
      await expect(passwordField(page, t('auth.password'))).toHaveValue('');
      await expect(page.getByRole('textbox', { name: t('auth.email'), exact: true })).toHaveValue(member.email);

      // The app's current code gets in (the set-up's own code does not count twice).
      await passwordStep(page, member);
      await enterCode(page, await freshAppCode(page, secret, first.step));
      await expectBackOffice(page);

      // An admin resets it on the Staff page: the badge goes to off and the member's session ends.
      const adminContext = await browser.newContext({ baseURL });
      const admin = await adminContext.newPage();
      await staffLogin(admin, lang);
      await admin
        .getByRole('navigation', { name: t('nav.backOffice') })
        .getByRole('link', { name: t('nav.staff'), exact: true })
        .click();
      const row = admin.getByRole('row').filter({ hasText: member.email });
      await expect(row.getByTestId('two-step-badge')).toHaveText(t('twoStep.staff.on'));
      await row.getByRole('button', { name: t('twoStep.staff.resetNamed', { name }) }).click();
      const dialog = admin.getByRole('dialog', { name: t('twoStep.staff.resetTitle') });
      await expect(dialog).toContainText(member.email);
      await dialog.getByRole('button', { name: t('twoStep.staff.resetSubmit'), exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(admin.getByText(t('twoStep.staff.resetDone', { name }))).toBeVisible();
      await expect(row.getByTestId('two-step-badge')).toHaveText(t('twoStep.staff.off'));
      await expect(row.getByRole('button', { name: t('twoStep.staff.resetNamed', { name }) })).toHaveCount(0);
      await adminContext.close();

      await page.reload();
      await expect(page).toHaveURL(/\/login/);
      // The password alone is enough again.
      await staffLogin(page, lang, member.email, member.password);
    });

    test.describe('on a server that requires it of staff', () => {
      test.skip(process.env.E2E_START_SERVER !== '1', 'starts a server of its own');
      let stop: (() => Promise<void>) | undefined;
      let requiredUrl = '';
      test.beforeAll(async () => {
        test.setTimeout(120_000);
        const port = await freePort();
        requiredUrl = `http://127.0.0.1:${port}`;
        stop = await startServer(requiredUrl, String(port), { STAFF_TWO_STEP: 'required' });
      });
      test.afterAll(async () => {
        await stop?.();
      });

      test('the first admin sees only the set-up page until it is done, then the whole back office', async ({
        browser,
      }) => {
        const context = await browser.newContext({ baseURL: requiredUrl });
        const page = await context.newPage();
        await page.goto(`/login?language=${lang}`);
        await page.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(ADMIN_EMAIL);
        await passwordField(page, t('auth.password')).fill(ADMIN_PASSWORD);
        await page.getByRole('button', { name: t('auth.login'), exact: true }).click();

        // Straight to the set-up page, with the reason; the menu offers nothing else.
        await expect(page).toHaveURL(/\/back-office\/two-step$/);
        await expect(page.getByRole('heading', { level: 1, name: t('twoStep.title') })).toBeVisible();
        await expect(page.getByText(t('twoStep.setup.required'))).toBeVisible();
        await expect(page.getByText(t('twoStep.menuLocked'))).toBeVisible();
        await expect(page.getByRole('link', { name: t('nav.validationQueue') })).toHaveCount(0);
        // Another back-office address leads back here, and the server refuses staff calls.
        await page.goto(`/back-office/staff?language=${lang}`);
        await expect(page).toHaveURL(/\/back-office\/two-step$/);
        const refused = await page.request.get('/api/admin/staff');
        expect(refused.status()).toBe(403);
        expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('two_step_setup_required');

        await page.getByRole('button', { name: t('twoStep.setup.start'), exact: true }).click();
        const secret = ((await page.getByTestId('two-step-secret').textContent()) ?? '').replace(/\s+/g, '');
        await page.getByRole('textbox', { name: t('twoStep.setup.code'), exact: true }).fill(appCode(secret).code);
        await page.getByRole('button', { name: t('twoStep.setup.confirm'), exact: true }).click();
        await expect(page.getByTestId('recovery-code')).toHaveCount(10);
        await page.getByRole('button', { name: t('twoStep.recovery.done'), exact: true }).click();
        await expectBackOffice(page);
        expect((await page.request.get('/api/admin/staff')).status()).toBe(200);
        await page
          .getByRole('navigation', { name: t('nav.backOffice') })
          .getByRole('link', { name: t('nav.staff'), exact: true })
          .click();
        await expect(page.getByRole('row').filter({ hasText: ADMIN_EMAIL }).getByTestId('two-step-badge')).toHaveText(
          t('twoStep.staff.on'),
        );
        await context.close();
      });
    });
  });
}
