import { expect, test } from '@playwright/test';
import { approvedCustomer, appText, earnPoints, expectAccessible, staffLogin } from './support.js';

// The back office's home for admins: charts drawn from the programme's data, each with its own
// period picker and a table of the same figures for screen readers.

for (const lang of ['nl', 'en'] as const) {
  test(`dashboard: charts from seeded data, the period picker changes them (${lang})`, async ({
    page,
    request,
    baseURL,
  }) => {
    // Seed: an application decided today (approval), and points for two registered products.
    await approvedCustomer(page, request, baseURL!, lang);
    await earnPoints(page, baseURL!, ['EOS-R5', 'RF-15-35-28L']);
    await page.context().clearCookies();

    await staffLogin(page, lang);
    // Admins land on the dashboard.
    await expect(page).toHaveURL(/\/back-office\/dashboard$/);
    await expect(page.getByRole('heading', { level: 1, name: appText(lang, 'dashboard.title') })).toBeVisible();
    for (const chart of ['applications', 'queue', 'members', 'revenue', 'overdue', 'migration', 'points'])
      await expect(page.getByTestId(`chart-${chart}`).locator('.recharts-surface')).toBeVisible();

    const applications = page.getByTestId('chart-applications');
    const table = page.getByTestId('chart-applications-table');
    // 90 days by default, one row per day; today's row counts the approved application.
    await expect(table.locator('tbody tr')).toHaveCount(90);
    const today = new Date().toISOString().slice(0, 10);
    await expect(table.locator('tbody tr').filter({ hasText: today }).locator('td').nth(1)).not.toHaveText('0');

    await applications.getByText(appText(lang, 'dashboard.period.month'), { exact: true }).click();
    await expect(table.locator('tbody tr')).toHaveCount(30);
    await applications.getByText(appText(lang, 'dashboard.period.year'), { exact: true }).click();
    await expect(table.locator('tbody tr')).toHaveCount(365);

    const points = page.getByTestId('chart-points-table');
    await expect(
      points
        .locator('tbody td')
        .filter({ hasText: /^[1-9]\d*$/ })
        .first(),
    ).toBeVisible();

    await expectAccessible(page, '/back-office/dashboard');
  });
}
