import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import {
  ADMIN_EMAIL,
  adminRequest,
  appText,
  choose,
  dateText,
  invitedStaff,
  type Lang,
  type StaffAccount,
  staffLogin,
} from './support.js';

/** A calendar day `days` from today (UTC), as the address carries it (`YYYY-MM-DD`). */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);

  /** The rows of the audit log about one entity (its full ID is in the shortened ID's title). */
  const rowsAbout = (page: Page, entityId: string) =>
    page.getByTestId('audit-row').filter({ has: page.locator(`[title="${entityId}"]`) });

  test.describe(`Audit log (${lang})`, () => {
    let member: StaffAccount;
    let memberId: string;

    test.beforeAll(async ({ baseURL }) => {
      member = await invitedStaff(baseURL!, 'validator', lang);
      const staff = await (await adminRequest(baseURL!)).get('/api/admin/staff');
      expect(staff.ok()).toBeTruthy();
      const found = ((await staff.json()) as { items: { id: string; email: string }[] }).items.find(
        (item) => item.email === member.email,
      );
      expect(found, `staff member ${member.email}`).toBeTruthy();
      memberId = found!.id;
    });

    test('a validator has no audit log: no menu item, the address leads to their own work', async ({ page }) => {
      await staffLogin(page, lang, member.email, member.password);
      const menu = page.getByRole('navigation', { name: t('nav.backOffice') });
      await expect(menu.getByRole('link', { name: t('nav.validationQueue') })).toBeVisible();
      await expect(menu.getByRole('link', { name: t('audit.nav') })).toHaveCount(0);

      await page.goto('/back-office/audit');
      await expect(page).toHaveURL(/\/back-office\/cases$/);
      await expect(page.getByRole('heading', { level: 1, name: t('cases.title') })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: t('audit.title') })).toHaveCount(0);
      expect((await page.request.get('/api/admin/audit')).status()).toBe(403);
    });

    test('the admin finds the invitation and the new member’s log-in; the filters stay in the address', async ({
      page,
      baseURL,
    }) => {
      // The new member logs in (elsewhere).
      const elsewhere = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
      const loggedIn = await elsewhere.post('/api/auth/login', {
        data: { email: member.email, password: member.password },
      });
      expect(loggedIn.ok(), await loggedIn.text()).toBeTruthy();
      await elsewhere.dispose();

      await staffLogin(page, lang);
      await page
        .getByRole('navigation', { name: t('nav.backOffice') })
        .getByRole('link', { name: t('audit.nav') })
        .click();
      await expect(page).toHaveURL(/\/back-office\/audit$/);
      await expect(page.getByRole('heading', { level: 1, name: t('audit.title') })).toBeVisible();
      await expect(page.getByTestId('audit-row').first()).toBeVisible();

      // By action: the invitation, done by the admin, with the new member's role and address.
      await choose(page, t('audit.filter.action'), t('audit.action.staff.invited'));
      await expect(page).toHaveURL(/[?&]action=staff\.invited(&|$)/);
      await expect(page.locator('[data-testid="audit-row"]:not([data-action="staff.invited"])')).toHaveCount(0);
      const invitation = rowsAbout(page, memberId);
      await expect(invitation).toHaveCount(1);
      await expect(invitation.getByTestId('audit-actor')).toContainText(ADMIN_EMAIL);
      await expect(invitation.getByTestId('audit-action')).toContainText(t('audit.action.staff.invited'));
      await expect(invitation.getByTestId('audit-action')).toContainText('staff.invited');
      await expect(invitation.getByTestId('audit-detail')).toContainText('role: validator');
      await expect(invitation.getByTestId('audit-detail')).toContainText(`email: ${member.email}`);
      // The entity's shortened ID filters on the whole ID.
      await invitation
        .getByRole('button', { name: t('audit.filterEntity', { type: t('audit.entity.user'), id: memberId }) })
        .click();
      await expect(page).toHaveURL(new RegExp(`[?&]entityId=${memberId}(&|$)`));
      await expect(page.getByLabel(t('audit.filter.entityId'), { exact: true })).toHaveValue(memberId);
      await expect(page.getByTestId('audit-row')).toHaveCount(1);

      // By who: the new member's own log-in.
      await page.getByRole('button', { name: t('audit.filter.clear') }).click();
      await expect(page).toHaveURL(/\/back-office\/audit$/);
      await page.getByRole('textbox', { name: t('audit.filter.actor'), exact: true }).fill(member.email);
      await page.getByLabel(t('audit.filter.from'), { exact: true }).fill(dateText(lang, day(-1)));
      await page.getByLabel(t('audit.filter.to'), { exact: true }).fill(dateText(lang, day(1)));
      await expect(page).toHaveURL(new RegExp(`[?&]actor=${encodeURIComponent(member.email)}(&|$)`));
      await expect(page).toHaveURL(new RegExp(`[?&]from=${day(-1)}(&|$)`));
      await expect(page).toHaveURL(new RegExp(`[?&]to=${day(1)}(&|$)`));
      const login = page.locator('[data-testid="audit-row"][data-action="auth.login"]');
      await expect(login.first()).toBeVisible();
      await expect(login.first().getByTestId('audit-actor')).toContainText(member.email);
      await expect(login.first().getByTestId('audit-action')).toContainText(t('audit.action.auth.login'));
      await expect(page.getByTestId('audit-actor').filter({ hasText: ADMIN_EMAIL })).toHaveCount(0);

      // A reload (or the shared address) shows the same view.
      await page.reload();
      await expect(page.getByRole('textbox', { name: t('audit.filter.actor'), exact: true })).toHaveValue(member.email);
      await expect(page.getByLabel(t('audit.filter.from'), { exact: true })).toHaveValue(dateText(lang, day(-1)));
      await expect(page.getByLabel(t('audit.filter.to'), { exact: true })).toHaveValue(dateText(lang, day(1)));
      await expect(login.first()).toBeVisible();

      // Nothing has happened the day after tomorrow.
      await page.getByLabel(t('audit.filter.to'), { exact: true }).fill(dateText(lang, day(2)));
      await page.getByLabel(t('audit.filter.from'), { exact: true }).fill(dateText(lang, day(2)));
      await expect(page.getByTestId('audit-empty')).toHaveText(t('audit.empty'));
    });

    test('on a phone each entry is a card: its action and its entity filter stay on screen', async ({ page }) => {
      await staffLogin(page, lang);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/back-office/audit?action=staff.invited&entityId=${memberId}`);
      const invitation = page.getByTestId('audit-row');
      await expect(invitation).toHaveCount(1);
      for (const part of [
        invitation.getByTestId('audit-action'),
        invitation.getByRole('button', {
          name: t('audit.filterEntity', { type: t('audit.entity.user'), id: memberId }),
        }),
      ]) {
        await expect(part).toBeVisible();
        const box = await part.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  });
}
