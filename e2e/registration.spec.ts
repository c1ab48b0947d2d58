import { type Browser, expect, type Page, test } from '@playwright/test';
import { NO_VAT_DOCUMENT_KINDS, VAT_DOCUMENT_KINDS } from '../contracts/registration.js';
import {
  choose,
  expectAccessible,
  type Lang,
  minimalPdf,
  newApplicant,
  openCase,
  passwordField,
  register,
  staffLogin,
  text,
  waitForMail,
} from './support.js';

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

function history(page: Page) {
  return page.getByRole('region', { name: /\(audit/ });
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

  test.describe(`Business account registration (${lang})`, () => {
    test('register with a PDF, approve, set the password and land in the portal', async ({
      browser,
      baseURL,
      request,
    }) => {
      const applicant = newApplicant(lang, lang === 'en');
      const page = await newPage(browser, baseURL);
      const reference = await register(page, applicant);

      const received = await waitForMail(request, applicant.email, 'application_received');
      expect(received.subject).toContain(reference);
      const statusLink = received.links.find((link) => link.includes('/application/status?token='));
      expect(statusLink).toBeTruthy();
      await page.goto(statusLink!);
      await expect(page.getByTestId('application-status')).toHaveText(t('applicationStatus.received'));
      await expectAccessible(page);

      const staff = await newPage(browser, baseURL);
      await staffLogin(staff, lang);
      await openCase(staff, lang, reference);
      await expect(staff.getByRole('cell', { name: applicant.legalName })).toBeVisible();
      // The e-invoicing address the organisation will get: from the Belgian VAT number or the KvK number.
      await expect(staff.getByTestId('case-e-invoicing-address')).toHaveText(
        applicant.vat ? /^0208:[01]\d{9}$/ : '0106:34126549',
      );
      const viewer = staff.getByTestId('document-viewer');
      await expect(viewer).toBeVisible();
      await expectAccessible(staff, 'case detail');
      const documentUrl = await viewer.getAttribute('src');
      const documentResponse = await staff.request.get(documentUrl!);
      expect(documentResponse.status()).toBe(200);
      expect(documentResponse.headers()['content-type']).toContain('application/pdf');
      expect((await documentResponse.body()).subarray(0, 5).toString()).toBe('%PDF-');
      // The same document is not served to someone who is not staff.
      expect((await page.request.get(documentUrl!)).status()).toBeGreaterThanOrEqual(401);

      await staff.getByRole('button', { name: t('decision.approve'), exact: true }).click();
      await expect(staff.getByRole('button', { name: t('decision.approveSubmit') })).toBeVisible();
      await expectAccessible(staff, 'case detail, approve dialog');
      await staff.getByRole('button', { name: t('decision.approveSubmit') }).click();
      await expect(staff.getByTestId('case-status')).toHaveText(t('applicationStatus.approved'));
      await expect(history(staff).getByText(t('events.approved'), { exact: true })).toBeVisible();

      const ready = await waitForMail(request, applicant.email, 'account_ready');
      expect(ready.links.some((link) => link.includes('/set-password?token='))).toBe(true);

      // Walk it as a person would: the dev mailbox page, the message, its link.
      await page.goto(`/dev/mailbox?language=${lang}`);
      await expect(page.getByText(t('mailbox.bannerTitle'))).toBeVisible();
      await page
        .getByTestId('mailbox-item')
        .filter({ hasText: ready.subject })
        // Other specs approve organisations too: the same subject, another recipient.
        .filter({ hasText: applicant.email })
        .click();
      await expect(page.getByTestId('mail-subject')).toHaveText(ready.subject);
      await page.getByTestId('mail-link').filter({ hasText: '/set-password?token=' }).first().click();

      await expect(page).toHaveURL(/\/set-password\?token=/);
      await expect(page.getByRole('heading', { level: 1, name: t('setPassword.heading.set_password') })).toBeVisible();
      await passwordField(page, t('setPassword.password')).fill('short');
      await passwordField(page, t('setPassword.confirm')).fill('short');
      await page.getByRole('button', { name: t('setPassword.submit') }).click();
      await expect(page.getByText(t('validation.minLength', { count: 12 }))).toBeVisible();
      await expectAccessible(page, 'set-password form with an error');
      const password = 'Lichtmeter-diafragma-sluiter-42';
      await passwordField(page, t('setPassword.password')).fill(password);
      await passwordField(page, t('setPassword.confirm')).fill(password);
      await page.getByRole('button', { name: t('setPassword.submit') }).click();

      await expect(page).toHaveURL(/\/portal$/);
      await expect(page.getByTestId('portal-greeting')).toHaveText(t('portal.greeting', { name: applicant.firstName }));
      await expect(page.getByText(t('portal.organisation', { organisation: applicant.legalName }))).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const portalNav = page.getByRole('navigation', { name: t('nav.portal') });
      await expect(portalNav.getByRole('link', { name: t('nav.home') })).toBeVisible();
      await expect(portalNav.getByRole('link', { name: t('nav.colleagues') })).toBeVisible();

      // The Superuser invites a colleague, sees them, and removes them again.
      await portalNav.getByRole('link', { name: t('nav.colleagues') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('colleagues.title') })).toBeVisible();
      const colleagueEmail = `colleague-${applicant.email}`;
      const invite = page.getByRole('region', { name: t('colleagues.inviteTitle') });
      await invite.getByRole('textbox', { name: t('registration.contact.firstName'), exact: true }).fill('Sam');
      await invite.getByRole('textbox', { name: t('registration.contact.lastName'), exact: true }).fill('Jansen');
      await invite.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(colleagueEmail);
      await invite.getByRole('button', { name: t('colleagues.inviteSubmit') }).click();
      await expect(page.getByText(t('colleagues.invited', { email: colleagueEmail }))).toBeVisible();
      await expect(page.getByRole('cell', { name: colleagueEmail })).toBeVisible();
      await expectAccessible(page);
      const invitation = await waitForMail(request, colleagueEmail, 'invitation');
      expect(invitation.links.some((link) => link.includes('/set-password?token='))).toBe(true);
      await page.getByRole('button', { name: t('colleagues.removeNamed', { name: 'Sam Jansen' }) }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('colleagues.remove'), exact: true })
        .click();
      await expect(page.getByRole('cell', { name: colleagueEmail })).toHaveCount(0);

      // Log out and back in with the new password.
      await page
        .getByRole('button', { name: t('userMenu.open', { name: `${applicant.firstName} ${applicant.lastName}` }) })
        .click();
      await page.getByRole('menuitem', { name: t('auth.logout') }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(applicant.email);
      await passwordField(page, t('auth.password')).fill(password);
      await page.getByRole('button', { name: t('auth.login'), exact: true }).click();
      await expect(page).toHaveURL(/\/portal$/);
    });

    test('request more information, re-upload, and the case returns to the queue', async ({
      browser,
      baseURL,
      request,
    }) => {
      const applicant = newApplicant(lang, lang === 'nl');
      const page = await newPage(browser, baseURL);
      const reference = await register(page, applicant);
      await waitForMail(request, applicant.email, 'application_received');

      const staff = await newPage(browser, baseURL);
      await staffLogin(staff, lang);
      await openCase(staff, lang, reference);
      await staff.getByRole('button', { name: t('decision.requestInfo') }).click();
      const wanted = applicant.vat ? 'company_invoice' : 'business_licence';
      // The request opens prefilled with the documents an organisation like this one may send; the
      // validator narrows it to the one that is needed.
      const dialog = staff.getByRole('dialog');
      await expect(dialog.getByText(t(`documentKind.${wanted}`), { exact: true })).toBeVisible();
      for (const other of (applicant.vat ? VAT_DOCUMENT_KINDS : NO_VAT_DOCUMENT_KINDS).filter((k) => k !== wanted))
        await choose(staff, t('decision.documents'), t(`documentKind.${other}`)).then(() =>
          dialog.getByRole('heading').click(),
        );
      await expect(dialog.getByText(t(`documentKind.${wanted}`), { exact: true })).toBeVisible();
      await staff.getByRole('dialog').getByRole('heading').click();
      const note = lang === 'nl' ? 'De scan is onleesbaar.' : 'The scan is unreadable.';
      await staff.getByRole('textbox', { name: t('decision.note'), exact: true }).fill(note);
      await expectAccessible(staff, 'case detail, request-information dialog');
      await staff.getByRole('button', { name: t('decision.requestInfoSubmit') }).click();
      await expect(staff.getByTestId('case-status')).toHaveText(t('applicationStatus.more_info_needed'));

      const mail = await waitForMail(request, applicant.email, 'more_info_requested');
      const link = mail.links.find((l) => l.includes('/application/status?token='));
      expect(link).toBeTruthy();
      await page.goto(link!);
      await expect(page.getByTestId('application-status')).toHaveText(t('applicationStatus.more_info_needed'));
      await expect(page.getByText(note)).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: t(`documentKind.${wanted}`) })).toBeVisible();

      // An empty file is refused on the spot, with a translated message.
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
      await expect(page.getByText(t('documents.errors.empty'))).toBeVisible();
      await expectAccessible(page, 'status page, upload with an error');
      await page.getByRole('button', { name: t('documents.remove', { name: 'empty.pdf' }) }).click();

      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'replacement.pdf', mimeType: 'application/pdf', buffer: minimalPdf('replacement') });
      // The one kind asked for is chosen already.
      await expect(
        page
          .getByRole('radiogroup', { name: t('documents.kindLabel', { name: 'replacement.pdf' }) })
          .getByRole('radio', { name: t(`documentKind.${wanted}`) }),
      ).toBeChecked();
      await page.getByRole('button', { name: t('status.uploadSubmit') }).click();
      await expect(page.getByText(t('status.uploadedTitle'))).toBeVisible();
      await expect(page.getByTestId('application-status')).not.toHaveText(t('applicationStatus.more_info_needed'));

      await staff.reload();
      await expect(staff.getByTestId('case-status')).not.toHaveText(t('applicationStatus.more_info_needed'));
      await expect(history(staff).getByText(t('events.documents_uploaded'), { exact: true })).toBeVisible();
      await expect(staff.getByRole('button', { name: /replacement\.pdf/ })).toBeVisible();
      await staff.getByRole('link', { name: t('cases.backToQueue') }).click();
      await expect(staff.getByRole('link', { name: reference, exact: true })).toBeVisible();
    });

    test('reject with a reason from the catalogue', async ({ browser, baseURL, request }) => {
      const applicant = newApplicant(lang, false);
      const page = await newPage(browser, baseURL);
      const reference = await register(page, applicant);
      const received = await waitForMail(request, applicant.email, 'application_received');

      const staff = await newPage(browser, baseURL);
      await staffLogin(staff, lang);
      await openCase(staff, lang, reference);
      await staff.getByRole('button', { name: t('decision.reject'), exact: true }).click();
      await choose(staff, t('decision.reason'), t('rejectReason.not_professional'));
      await staff
        .getByRole('textbox', { name: t('decision.note'), exact: true })
        .fill(lang === 'nl' ? 'Particulier adres.' : 'Private address.');
      // After a decision the next waiting case opens (if any): come back to this one to see the result.
      const caseUrl = staff.url();
      const decided = staff.waitForResponse((r) => r.url().endsWith('/decision') && r.request().method() === 'POST');
      await staff.getByRole('button', { name: t('decision.rejectSubmit') }).click();
      expect((await decided).ok()).toBe(true);
      await staff.goto(caseUrl);
      await expect(staff.getByTestId('case-status')).toHaveText(t('applicationStatus.rejected'));
      await expect(staff.getByText(t('rejectReason.not_professional'))).toBeVisible();
      await expectAccessible(staff, 'case detail, rejected');

      await waitForMail(request, applicant.email, 'application_rejected');
      await page.goto(received.links.find((l) => l.includes('/application/status?token='))!);
      await expect(page.getByTestId('application-status')).toHaveText(t('applicationStatus.rejected'));
    });
  });
}
