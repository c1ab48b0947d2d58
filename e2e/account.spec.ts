import { expect, type Page, test } from '@playwright/test';
import {
  ADMIN_EMAIL,
  approvedCustomer,
  appText,
  type Lang,
  passwordField,
  staffLogin,
  waitForMail,
} from './support.js';

/** The server's messages (its own translations), in the user's language. */
const SERVER: Record<Lang, Record<'wrongCurrent' | 'tooEasy' | 'fields' | 'weak' | 'credentials', string>> = {
  nl: {
    wrongCurrent: 'Dit is niet uw huidige wachtwoord.',
    tooEasy: 'Dit wachtwoord is te makkelijk te raden. Voeg woorden of tekens toe.',
    fields: 'Enkele velden vragen uw aandacht.',
    weak: 'Kies een sterker wachtwoord.',
    credentials: 'Het e-mailadres of wachtwoord is niet juist.',
  },
  en: {
    wrongCurrent: 'This is not your current password.',
    tooEasy: 'This password is too easy to guess. Add words or characters.',
    fields: 'Some fields need your attention.',
    weak: 'Choose a stronger password.',
    credentials: 'The e-mail address or password is not correct.',
  },
};

/** The subject of the "password changed" e-mail. */
const CHANGED_SUBJECT: Record<Lang, string> = {
  nl: 'Uw ProPass-wachtwoord is gewijzigd',
  en: 'Your ProPass password was changed',
};

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);

  async function openUserMenu(page: Page) {
    await page.getByRole('button', { name: new RegExp(t('userMenu.open', { name: '' })) }).click();
  }

  async function openMyAccount(page: Page, path: RegExp) {
    await openUserMenu(page);
    await page.getByRole('menuitem', { name: t('account.menu'), exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1, name: t('account.title') })).toBeVisible();
  }

  async function login(page: Page, email: string, password: string) {
    await page.goto(`/login?language=${lang}`);
    await page.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(email);
    await passwordField(page, t('auth.password')).fill(password);
    await page.getByRole('button', { name: t('auth.login'), exact: true }).click();
  }

  /** The value row of My account's details table with this label. */
  const detail = (page: Page, label: string) =>
    page
      .getByTestId('account-details')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });

  test.describe(`My account (${lang})`, () => {
    test('a customer changes the password: field errors from the server and the browser, the e-mail, other sessions end', async ({
      page,
      browser,
      request,
      baseURL,
    }) => {
      const customer = await approvedCustomer(page, request, baseURL!, lang);
      // The set-password session is not needed: the customer logs in through the log-in page.
      expect((await page.request.post('/api/auth/logout', { headers: { origin: baseURL! } })).ok()).toBeTruthy();
      await login(page, customer.email, customer.password);
      await expect(page).toHaveURL(/\/portal$/);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      // Another browser, logged in before the change.
      const other = await browser.newContext({ baseURL });
      const otherPage = await other.newPage();
      await login(otherPage, customer.email, customer.password);
      await expect(otherPage).toHaveURL(/\/portal$/);

      await openMyAccount(page, /\/portal\/account$/);
      await expect(detail(page, t('account.details.name'))).toContainText(`${customer.firstName} ${customer.lastName}`);
      await expect(detail(page, t('account.details.email'))).toContainText(customer.email);
      await expect(detail(page, t('account.details.role'))).toContainText(t('role.superuser'));
      await expect(detail(page, t('account.details.organisation'))).toContainText(customer.legalName);
      await expect(page.getByRole('heading', { name: t('account.twoStep.title') })).toHaveCount(0);

      const current = passwordField(page, t('account.password.current'));
      const fresh = passwordField(page, t('account.password.new'));
      const repeat = passwordField(page, t('account.password.repeat'));
      const save = page.getByRole('button', { name: t('account.password.save'), exact: true });
      let sent = 0;
      page.on('request', (req) => {
        if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/auth/password') sent += 1;
      });
      const newPassword = 'Zoeklicht-statief-grijskaart-77';

      // A wrong current password: the server's message under that field, the general one above the button.
      await current.fill('Niet-mijn-wachtwoord-123');
      await fresh.fill(newPassword);
      await repeat.fill(newPassword);
      await save.click();
      await expect(current).toHaveAccessibleDescription(SERVER[lang].wrongCurrent);
      await expect(page.getByRole('alert').filter({ hasText: SERVER[lang].fields })).toBeVisible();
      expect(sent).toBe(1);

      // A weak new password: the strength message under the new password.
      await current.fill(customer.password);
      await fresh.fill('password1234');
      await repeat.fill('password1234');
      await save.click();
      await expect(fresh).toHaveAccessibleDescription(new RegExp(SERVER[lang].tooEasy.replace(/\./g, '\\.')));
      await expect(page.getByRole('alert').filter({ hasText: SERVER[lang].weak })).toBeVisible();
      await expect(current).not.toHaveAttribute('aria-invalid', 'true');
      expect(sent).toBe(2);

      // The repeat differs: checked in the browser, nothing is sent.
      await fresh.fill(newPassword);
      await repeat.fill(`${newPassword}!`);
      await save.click();
      await expect(repeat).toHaveAccessibleDescription(t('account.password.mismatch'));
      expect(sent).toBe(2);

      // The change (a double click sends it once): this session stays, the other one ended.
      await repeat.fill(newPassword);
      await save.dblclick();
      const done = page.getByRole('status').filter({ hasText: t('account.password.changedTitle') });
      await expect(done).toContainText(t('account.password.changed'));
      await expect(done).toContainText(t('account.password.othersEnded', { count: 1 }));
      expect(sent).toBe(3);
      await expect(current).toHaveValue('');
      await expect(fresh).toHaveValue('');
      await expect(repeat).toHaveValue('');

      const mail = await waitForMail(request, customer.email, 'password_changed');
      expect(mail.subject).toBe(CHANGED_SUBJECT[lang]);

      await otherPage.reload();
      await expect(otherPage).toHaveURL(/\/login/);
      await other.close();
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: t('account.title') })).toBeVisible();

      // Log out: the old password no longer works, the new one does.
      await openUserMenu(page);
      await page.getByRole('menuitem', { name: t('auth.logout') }).click();
      await expect(page).toHaveURL(/\/login$/);
      await login(page, customer.email, customer.password);
      await expect(page.getByRole('alert').filter({ hasText: SERVER[lang].credentials })).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
      await login(page, customer.email, newPassword);
      await expect(page).toHaveURL(/\/portal$/);
    });

    test('staff: My account in the back office shows the two-step verification state with its link', async ({
      page,
    }) => {
      await staffLogin(page, lang);
      await openMyAccount(page, /\/back-office\/account$/);
      await expect(detail(page, t('account.details.email'))).toContainText(ADMIN_EMAIL);
      await expect(detail(page, t('account.details.role'))).toContainText(t('role.admin'));
      await expect(detail(page, t('account.details.organisation'))).toHaveCount(0);
      await expect(passwordField(page, t('account.password.current'))).toBeVisible();

      const me = (await (await page.request.get('/api/auth/me')).json()) as {
        user: { twoStep: 'off' | 'on' | 'setup_required' };
      };
      const state = me.user.twoStep;
      const section = page.getByRole('region', { name: t('account.twoStep.title') });
      await expect(section.getByTestId('account-two-step-state')).toHaveText(t(`account.twoStep.state.${state}`));
      await expect(section).toContainText(t(`account.twoStep.text.${state}`));
      await section
        .getByRole('link', { name: t(state === 'on' ? 'account.twoStep.manage' : 'account.twoStep.setUp') })
        .click();
      await expect(page).toHaveURL(/\/back-office\/two-step$/);
      await expect(page.getByRole('heading', { level: 1, name: t('twoStep.title') })).toBeVisible();
    });
  });
}
