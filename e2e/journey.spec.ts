import { expect, test } from '@playwright/test';
import { approvedCustomer, appText, type Lang } from './support.js';

/** The words of the seed journey: one name per tier and language, plurals by the number they count. */
for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);
  const silver = lang === 'nl' ? 'Zilver' : 'Silver';

  test.describe(`Journey words (${lang})`, () => {
    test('at 0 points: the tiers by their names, My products names the next tier the same way, and "1 of at most 50 products"', async ({
      page,
      request,
      baseURL,
    }) => {
      await approvedCustomer(page, request, baseURL!, lang);

      // The membership page shows every tier at 0 points, under the same names My products uses.
      await page.goto('/portal/membership');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const silverCard = page.locator('[data-testid="tier-card"][data-tier="silver"]');
      await expect(silverCard.getByRole('heading', { name: silver })).toBeVisible();
      await expect(silverCard.getByTestId('points-to-go')).toBeVisible();

      await page.goto('/portal/products');
      await expect(page.getByTestId('points-next-tier')).toHaveText(
        t('products.summary.toNextTier', {
          count: 500,
          formatted: new Intl.NumberFormat(lang).format(500),
          tier: silver,
        }),
      );
      await expect(page.getByTestId('points-next-tier')).toContainText(`(${silver})`);

      await page.goto('/portal/products/register');
      await expect(
        page.getByText(lang === 'nl' ? '1 van maximaal 50 producten' : '1 of at most 50 products'),
      ).toBeVisible();
    });
  });
}
