import { expect, test } from '@playwright/test';
import { ORGANISATION_SECTIONS } from '../contracts/organisations.js';
import { approvedCustomer, appText, belgianVat, expectAccessible, type Lang, staffLogin } from './support.js';

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);

  test(`staff find an organisation by its VAT number and see every section (${lang})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    // A customer registered with a VAT number, approved, with a password: a user, an application.
    const vatNumber = belgianVat();
    const customerPage = await browser.newPage();
    const customer = await approvedCustomer(customerPage, customerPage.request, baseURL!, lang, { vatNumber });
    await customerPage.close();

    await staffLogin(page, lang);
    await page
      .getByRole('navigation', { name: t('nav.backOffice') })
      .getByRole('link', { name: t('organisations.nav') })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('organisations.title') })).toBeVisible();
    await expectAccessible(page, 'organisation search');

    // Typed the way people write it: lower case, with dots.
    const typed = `${vatNumber.slice(0, 2).toLowerCase()} ${vatNumber.slice(2, 6)}.${vatNumber.slice(6, 9)}.${vatNumber.slice(9)}`;
    await page.getByRole('textbox', { name: t('organisations.searchLabel') }).fill(typed);
    await page.getByRole('button', { name: t('organisations.search'), exact: true }).click();
    const results = page.getByRole('region', { name: t('organisations.results') });
    await expect(results.getByText(`${t('organisations.matchedBy.vat_number')}: ${vatNumber}`)).toBeVisible();
    await results.getByRole('link', { name: customer.legalName }).click();

    await expect(page.getByRole('heading', { level: 1, name: customer.legalName })).toBeVisible();
    await expect(page.getByText(vatNumber, { exact: true })).toBeVisible();
    // The admin sees every section, the audit trail included, each with its count.
    for (const section of ORGANISATION_SECTIONS)
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: new RegExp(`^${t(`organisations.section.${section}`)} \\(\\d+\\)$`),
        }),
      ).toBeVisible();
    const users = page.getByTestId('section-users');
    await expect(users.getByRole('cell', { name: customer.email })).toBeVisible();
    await expect(
      page
        .getByTestId('section-audit')
        .getByRole('cell', { name: t('audit.action.application.approve') })
        .first(),
    ).toBeVisible();
    await expectAccessible(page, 'organisation page');

    // On a phone every row is a card: the e-mail address stays on screen.
    await page.setViewportSize({ width: 390, height: 844 });
    const card = users.getByText(customer.email, { exact: true });
    await expect(card)
      .toBeInViewport({ ratio: 0.1 })
      .catch(async () => {
        await card.scrollIntoViewIfNeeded();
        await expect(card).toBeInViewport();
      });
    const box = await card.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
}
