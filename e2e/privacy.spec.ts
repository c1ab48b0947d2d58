import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  approvedCustomer,
  appText,
  belgianVat,
  earnPoints,
  type Lang,
  minimalPdf,
  passwordField,
  staffLogin,
} from './support.js';

/**
 * GDPR in the browser: the customer's Superuser downloads the organisation's data (a zip with
 * organisation.json and its documents); the admin erases the person; the organisation page then
 * shows the invoice still there and neither the person's name nor e-mail address anywhere.
 */
for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);

  async function openOrganisation(page: Page, vatNumber: string) {
    await page.goto('/back-office/organisations');
    await page.getByRole('textbox', { name: t('organisations.searchLabel') }).fill(vatNumber);
    await page.getByRole('button', { name: t('organisations.search'), exact: true }).click();
    await page
      .getByRole('region', { name: t('organisations.results') })
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByTestId('section-users')).toBeVisible();
  }

  test(`a customer downloads the data; an erasure keeps the invoice and removes the person (${lang})`, async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const vatNumber = belgianVat();
    const customer = await approvedCustomer(page, request, baseURL!, lang, { vatNumber });
    const headers = { origin: baseURL! };
    expect((await page.request.post('/api/auth/logout', { headers })).ok()).toBeTruthy();
    await page.goto(`/login?language=${lang}`);
    await page.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(customer.email);
    await passwordField(page, t('auth.password')).fill(customer.password);
    await page.getByRole('button', { name: t('auth.login'), exact: true }).click();
    await expect(page).toHaveURL(/\/portal$/);

    // An invoice: Silver by bank transfer, invoiced by the background job.
    expect(await earnPoints(page, baseURL!, ['EOS-R1', 'EOS-R5'])).toBeGreaterThanOrEqual(500);
    const bought = await page.request.post('/api/membership/purchase', {
      data: {
        idempotencyKey: crypto.randomUUID(),
        tierCode: 'silver',
        paymentMethod: 'bank_transfer',
        acceptTerms: true,
      },
      headers,
    });
    expect(bought.ok(), await bought.text()).toBeTruthy();
    await expect
      .poll(async () => ((await (await page.request.get('/api/billing/invoices')).json()).items ?? []).length, {
        timeout: 60_000,
      })
      .toBe(1);

    // The export, from My account.
    await page.getByRole('button', { name: new RegExp(t('userMenu.open', { name: '' })) }).click();
    await page.getByRole('menuitem', { name: t('account.menu'), exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByTestId('account-export').click();
    const download = await downloading;
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(zip);
    const json = JSON.parse(strFromU8(zip['organisation.json']!)) as Record<string, unknown>;
    expect(JSON.stringify(json)).toContain(customer.email);
    expect(JSON.stringify(json)).toContain(customer.legalName);
    // The registration's document, byte for byte, and the invoice's PDF.
    const pdf = minimalPdf();
    expect(
      names.some((name) => Buffer.from(zip[name]!).equals(pdf)),
      names.join(', '),
    ).toBe(true);
    expect(names.filter((name) => name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2);

    // The admin erases the person.
    const admin = await browser.newPage();
    await staffLogin(admin, lang);
    await admin
      .getByRole('navigation', { name: t('nav.backOffice') })
      .getByRole('link', { name: t('privacy.nav') })
      .click();
    await admin.getByRole('textbox', { name: t('privacy.email') }).fill(customer.email);
    await admin.getByRole('textbox', { name: t('privacy.reason') }).fill('Request by e-mail, reference GDPR-1');
    await admin.getByRole('button', { name: t('privacy.submit') }).click();
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: t('privacy.submit') })
      .click();
    const result = admin.getByTestId('erasure-result');
    await expect(result).toBeVisible();
    await expect(result).toContainText(t('privacy.kept', { count: 1 }));

    // The organisation page: the invoice is there, the person is nowhere.
    await openOrganisation(admin, vatNumber);
    await expect(
      admin.getByRole('heading', { level: 2, name: `${t('organisations.section.invoices')} (1)` }),
    ).toBeVisible();
    await expect(admin.getByTestId('section-users')).toBeVisible();
    const everything = (await admin.locator('#main').textContent()) ?? '';
    expect(everything).not.toContain(customer.email);
    expect(everything).not.toContain(customer.lastName);
    // Nor can staff find the organisation by the address any more.
    const found = await admin.request.get(`/api/staff/organisations?q=${encodeURIComponent(customer.email)}`);
    expect((await found.json()).items).toEqual([]);
    await admin.close();
  });
}
