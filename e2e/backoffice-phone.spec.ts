import { expect, type Locator, test } from '@playwright/test';
import { approvedCustomer, appText, staffLogin } from './support.js';

const t = (key: string, vars?: Record<string, string | number>) => appText('en', key, vars);

/** On screen without scrolling sideways: inside the 390 px of a phone. */
async function expectOnPhoneScreen(element: Locator) {
  await element.scrollIntoViewIfNeeded();
  await expect(element).toBeVisible();
  const box = await element.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
}

test('on a phone the back office tables keep each row status and action on screen (cards)', async ({
  page,
  browser,
  baseURL,
}) => {
  // At least one decided case in the queue.
  const customerPage = await browser.newPage();
  await approvedCustomer(customerPage, customerPage.request, baseURL!, 'en');
  await customerPage.close();

  await staffLogin(page, 'en');
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto('/back-office/cases?status=approved');
  const firstCase = page
    .getByRole('list', { name: t('cases.title') })
    .getByRole('listitem')
    .first();
  await expectOnPhoneScreen(firstCase.getByTestId('case-status'));
  await expectOnPhoneScreen(firstCase.getByRole('link'));

  await page.goto('/back-office/catalogue');
  await expect(page.getByRole('heading', { level: 1, name: t('catalogue.title') })).toBeVisible();
  await expectOnPhoneScreen(page.getByRole('button', { name: t('catalogue.savePoints') }).first());
});
