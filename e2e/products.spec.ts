import { expect, type Page, test } from '@playwright/test';
import {
  approvedCustomer,
  appText,
  countryName,
  dateText,
  expectAccessible,
  expectOnPhone,
  type Lang,
  pickModel,
  text,
  waitForMail,
} from './support.js';

type Summary = { balance: number; nextTier: { code: string; pointsToGo: number } | null; invited: boolean };

async function summaryOf(page: Page): Promise<Summary> {
  const response = await page.request.get('/api/products');
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { summary: Summary }).summary;
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);

  /** The points panel shows the balance and the next tier exactly as the API computes them. */
  async function expectSummary(page: Page, balance: number) {
    await expect(page.getByTestId('points-balance')).toHaveText(new Intl.NumberFormat(lang).format(balance));
    const summary = await summaryOf(page);
    expect(summary.balance).toBe(balance);
    await expect(page.getByTestId('points-next-tier')).toHaveText(
      summary.nextTier
        ? t('products.summary.toNextTier', {
            count: summary.nextTier.pointsToGo,
            formatted: new Intl.NumberFormat(lang).format(summary.nextTier.pointsToGo),
            tier: t(`tier.${summary.nextTier.code}`),
          })
        : t('products.summary.allTiers'),
    );
  }

  test.describe(`My products (${lang})`, () => {
    test('register three products, complete one through View product, reach the invitation', async ({
      page,
      request,
      baseURL,
    }) => {
      const customer = await approvedCustomer(page, request, baseURL!, lang);
      const stamp = `${Date.now().toString(36).toUpperCase()}${lang.toUpperCase()}`;
      const serials = [`R5-${stamp}`, `L2470-${stamp}`, `R6-${stamp}`];

      await page.goto('/portal');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const nav = page.getByRole('navigation', { name: t('nav.portal') });
      await nav.getByRole('link', { name: t('nav.products') }).click();
      await expect(page).toHaveURL(/\/portal\/products$/);
      await expect(page.getByRole('heading', { level: 1, name: t('products.title') })).toBeVisible();
      await expectSummary(page, 0);
      await expect(page.getByTestId('invitation-banner')).toHaveCount(0);
      await expectAccessible(page, 'my products, one incomplete');
      await expect(page.getByText(t('products.empty'))).toBeVisible();

      await page.getByRole('link', { name: t('products.registerButton') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('products.register.title') })).toBeVisible();
      await expect(page.getByText(t('products.bestEstimate'))).toBeVisible();

      const rows = [
        { search: 'EOS R5', option: /^EOS R5 · EOS-R5\b/, points: 300, dealer: 'Foto Konijnenberg' },
        {
          search: 'RF 24-70',
          option: /^RF 24-70mm F2\.8L IS USM · RF-24-70-28L\b/,
          points: 150,
          dealer: 'Kamera Express',
        },
        { search: 'R6 Mark II', option: /^EOS R6 Mark II · EOS-R6-II\b/, points: 200, dealer: '' },
      ];
      for (const [index, row] of rows.entries()) {
        if (index > 0) await page.getByRole('button', { name: t('products.register.addRow') }).click();
        const section = page.getByRole('region', { name: t('products.register.rowTitle', { number: index + 1 }) });
        await pickModel(section, t('products.field.model'), row.search, row.option);
        await expect(section.getByTestId('model-points')).toHaveText(
          t('products.register.modelPoints', { count: row.points, formatted: row.points }),
        );
        await section.getByRole('textbox', { name: t('products.field.serialNumber') }).fill(serials[index]!);
        await section
          .getByLabel(t('products.field.purchaseDate'), { exact: true })
          .fill(dateText(lang, `2023-0${index + 3}-15`));
        const country = section.getByRole('combobox', { name: t('products.field.purchaseCountry') });
        await country.fill(countryName(lang, 'NL').slice(0, 5));
        await page.getByRole('option', { name: countryName(lang, 'NL'), exact: true }).click();
        if (row.dealer) {
          await section.getByRole('combobox', { name: t('products.field.dealer'), exact: true }).fill(row.dealer);
          await section.getByRole('combobox', { name: t('products.field.dealer'), exact: true }).press('Escape');
        }
      }
      await expect(page.getByTestId('register-potential')).toHaveText(
        t('products.register.potential', { count: 650, formatted: new Intl.NumberFormat(lang).format(650) }),
      );
      // A purchase date in the future is refused on the spot, in the right row.
      const third = page.getByRole('region', { name: t('products.register.rowTitle', { number: 3 }) });
      await third.getByLabel(t('products.field.purchaseDate'), { exact: true }).fill(dateText(lang, '2999-01-01'));
      await page.getByRole('button', { name: t('products.register.submit', { count: 3 }) }).click();
      await expect(third.getByText(t('products.form.dateFuture'))).toBeVisible();
      await expectAccessible(page, 'register products, three rows, one with an error');
      await third.getByLabel(t('products.field.purchaseDate'), { exact: true }).fill(dateText(lang, '2023-05-15'));
      await page.getByRole('button', { name: t('products.register.submit', { count: 3 }) }).dblclick();

      await expect(page).toHaveURL(/\/portal\/products$/);
      await expect(page.getByTestId('registered-alert')).toHaveText(t('products.registered', { count: 3 }));
      await expect(page.getByTestId('product-row')).toHaveCount(3);
      await expect(page.getByRole('img', { name: t('products.complete'), exact: true })).toHaveCount(2);
      const r6 = page.getByTestId('product-row').filter({ hasText: serials[2]! });
      await expect(r6.getByTestId('incomplete-mark')).toHaveText(t('products.incomplete'));
      await expect(r6.getByText(t('products.missing', { fields: t('products.field.dealer') }))).toBeVisible();
      await expectSummary(page, 450);
      await expect(page.getByTestId('invitation-banner')).toHaveCount(0);

      // On a phone each product is a card: its status and the way to it are on screen.
      await expectOnPhone(page, `my-products-${lang}`, [
        r6.getByTestId('product-status'),
        r6.getByRole('link', { name: t('products.view') }),
      ]);

      await r6.getByRole('link', { name: t('products.view') }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'EOS R6 Mark II' })).toBeVisible();
      await expect(page.getByTestId('incomplete-mark')).toBeVisible();
      await expect(
        page
          .getByRole('region', { name: t('products.detail.historyTitle') })
          .getByRole('cell', { name: t('products.history.registered'), exact: true }),
      ).toBeVisible();
      const dealer = page.getByRole('combobox', { name: t('products.field.dealer'), exact: true });
      await dealer.fill('Foto');
      // The organisation's earlier dealers are suggested.
      await page.getByRole('option', { name: 'Foto Konijnenberg' }).click();
      await expect(dealer).toHaveValue('Foto Konijnenberg');
      await page.getByRole('button', { name: t('products.detail.save') }).click();
      await expect(page.getByTestId('product-saved')).toHaveText(t('products.detail.savedComplete'));
      await expectAccessible(page, 'product detail, saved');
      await expect(page.getByRole('img', { name: t('products.complete'), exact: true })).toBeVisible();
      await expect(
        page
          .getByRole('region', { name: t('products.detail.historyTitle') })
          .getByRole('cell', { name: t('products.history.completed'), exact: true }),
      ).toBeVisible();

      await page
        .getByRole('link', { name: t('products.backToList') })
        .first()
        .click();
      await expect(page.getByRole('img', { name: t('products.complete'), exact: true })).toHaveCount(3);
      await expect(page.getByTestId('incomplete-mark')).toHaveCount(0);
      await expectSummary(page, 650);
      await expect(page.getByTestId('invitation-banner')).toContainText(t('products.invited.title'));

      const invitation = await waitForMail(request, customer.email, 'cps_invitation');
      expect(invitation.subject).toBe(t('products.invited.title'));
    });

    test('more products than one page: the rest comes with "show more"', async ({ page, request, baseURL }) => {
      await approvedCustomer(page, request, baseURL!, lang);
      const found = await page.request.get('/api/catalogue?q=BG-R10&limit=50');
      const grip = ((await found.json()) as { items: { id: string; modelCode: string }[] }).items.find(
        (m) => m.modelCode === 'BG-R10',
      )!;
      const stamp = `${Date.now().toString(36).toUpperCase()}${lang.toUpperCase()}`;
      const total = 130;
      for (let from = 0; from < total; from += 50) {
        const items = Array.from({ length: Math.min(50, total - from) }, (_, i) => ({
          modelId: grip.id,
          serialNumber: `PG-${stamp}-${from + i}`,
          purchaseDate: '2024-03-15',
          purchaseCountry: 'NL',
          dealer: 'Foto Konijnenberg',
        }));
        const response = await page.request.post('/api/products', {
          data: { idempotencyKey: crypto.randomUUID(), items },
          headers: { origin: baseURL! },
        });
        expect(response.status(), await response.text()).toBe(201);
      }
      const first = (await (await page.request.get('/api/products')).json()) as {
        items: unknown[];
        total: number;
        nextCursor: string | null;
      };
      expect(first).toMatchObject({ total });
      expect(first.nextCursor).toBeTruthy();
      const pageSize = first.items.length;

      await page.goto('/portal/products');
      await expect(
        page.getByRole('heading', { level: 2, name: t('products.listTitle', { count: total }) }),
      ).toBeVisible();
      await expect(page.getByTestId('product-row')).toHaveCount(pageSize);
      await expect(page.getByTestId('products-shown')).toHaveText(t('products.shown', { shown: pageSize, total }));
      await page.getByRole('button', { name: t('products.loadMore') }).click();
      await expect(page.getByTestId('product-row')).toHaveCount(total);
      await expect(page.getByRole('button', { name: t('products.loadMore') })).toHaveCount(0);
      await expect(page.getByTestId('products-shown')).toHaveCount(0);
      // Each product once, newest batch first.
      const serials = await page.getByTestId('product-row').locator('td:nth-child(2)').allTextContents();
      expect(new Set(serials).size).toBe(total);
      expect(serials[0]).toMatch(new RegExp(`^PG-${stamp}-1[0-2]\\d$`));
    });

    test('the black bar stays one line: wide, every tab beside the user menu; narrower, the tabs behind a menu button', async ({
      page,
      request,
      baseURL,
    }) => {
      const customer = await approvedCustomer(page, request, baseURL!, lang);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/portal/products?language=${lang}`);
      const bar = page.getByRole('banner');
      const tabs = bar.getByRole('navigation', { name: t('nav.portal') });
      const user = bar.getByRole('button', { name: new RegExp(`${customer.firstName} ${customer.lastName}`) });
      await expect(tabs.getByRole('link')).toHaveCount(7);
      const menuBox = (await user.boundingBox())!;
      for (const link of await tabs.getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(Math.abs(box.y + box.height / 2 - (menuBox.y + menuBox.height / 2))).toBeLessThan(8);
      }
      expect((await bar.boundingBox())!.height).toBeLessThan(70);

      await page.setViewportSize({ width: 1024, height: 800 });
      await expect(tabs).toBeHidden();
      expect((await bar.boundingBox())!.height).toBeLessThan(70);
      const toggle = bar.getByRole('button', { name: t('nav.toggleMenu') });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await bar
        .getByRole('navigation', { name: t('nav.portal') })
        .getByRole('link', { name: appText(lang, 'invoices.nav'), exact: true })
        .click();
      await expect(page).toHaveURL(/\/portal\/invoices/);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });
  });
}
