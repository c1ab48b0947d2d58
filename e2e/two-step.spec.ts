import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import * as OTPAuth from 'otpauth';
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

  async function expectBackOffice(page: Page) {
    await expect(page).toHaveURL(/\/back-office\/cases$/);
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

      // The app's current code gets in (the set-up's own code does not count twice).
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

    test('a code step that ran out returns to the password with the reason', async ({ page }) => {
      // Five wrong codes or five minutes end the code step; the server's answer is stood in for here.
      const reason = lang === 'nl' ? 'Voer uw wachtwoord opnieuw in.' : 'Enter your password again.';
      await page.route('**/api/auth/login', (route) =>
        route.fulfill({ json: { twoStep: { challenge: 'c'.repeat(43) } } }),
      );
      await page.route('**/api/auth/login/two-step', (route) =>
        route.fulfill({ status: 401, json: { error: { code: 'two_step_expired', message: reason } } }),
      );
      await passwordStep(page, { email: 'someone@example.test', password: 'Any-password-1234', role: 'validator' });
      await enterCode(page, '123456');
      await expect(page.getByRole('heading', { level: 1, name: t('auth.loginTitle') })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(reason);
      await expect(passwordField(page, t('auth.password'))).toHaveValue('');
      await expect(page.getByRole('textbox', { name: t('auth.email'), exact: true })).toHaveValue(
        'someone@example.test',
      );
    });

    test('while the programme requires it, the back office leads to the set-up page', async ({ page, baseURL }) => {
      // Development servers leave two-step verification optional, so the answers of a server that
      // requires it are stood in for here.
      const member = await invitedStaff(baseURL!, 'validator', lang);
      await staffLogin(page, lang, member.email, member.password);

      // A staff call refused with two_step_setup_required leads to the set-up page.
      await page.route('**/api/staff/cases**', (route) =>
        route.fulfill({
          status: 403,
          json: { error: { code: 'two_step_setup_required', message: 'Set up two-step verification first.' } },
        }),
      );
      await page.goto('/back-office/cases');
      await expect(page).toHaveURL(/\/back-office\/two-step$/);
      await expect(page.getByRole('heading', { level: 1, name: t('twoStep.title') })).toBeVisible();

      // A session that must set it up sees only the set-up page, with the reason.
      await page.route('**/api/auth/me', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { user: { twoStep: string } | null };
        if (body.user) body.user.twoStep = 'setup_required';
        await route.fulfill({ response, json: body });
      });
      await page.goto('/back-office/serial-conflicts');
      await expect(page).toHaveURL(/\/back-office\/two-step$/);
      await expect(page.getByText(t('twoStep.setup.required'))).toBeVisible();
      await expect(page.getByText(t('twoStep.menuLocked'))).toBeVisible();
      await expect(page.getByRole('link', { name: t('nav.validationQueue') })).toHaveCount(0);
      await expect(page.getByRole('button', { name: t('twoStep.setup.start'), exact: true })).toBeVisible();
    });
  });
}
