import { expect, type Page, test } from '@playwright/test';
import { formatTag } from '../contracts/languages.js';
import { approvedCustomer, appText, earnPoints, type Lang } from './support.js';

const TEST_PAY = { en: /^Pay .* \(test\)$/, nl: /^Betaal .* \(test\)$/ } as const;

async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  const euro = (minor: number) =>
    new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(minor / 100);
  const longDate = (value: string) =>
    new Intl.DateTimeFormat(formatTag(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  const tier = (code: 'silver' | 'gold') =>
    ({ silver: lang === 'nl' ? 'Zilver' : 'Silver', gold: lang === 'nl' ? 'Goud' : 'Gold' })[code];

  /** The home page, checked for what every stage has: the language, one h1, the main landmark, the next step. */
  async function home(page: Page, step: string) {
    await page.goto('/portal');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const next = page.getByRole('region', { name: t('overview.nextTitle') });
    await expect(next.getByTestId('next-step')).toHaveAttribute('data-step', step);
    // One primary action (a link styled as the page's only button), inside the next step.
    await expect(page.getByTestId('primary-action')).toHaveCount(1);
    await expect(next.getByTestId('primary-action')).toBeVisible();
    return next;
  }

  async function bothWidths(page: Page, name: string) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await snapshot(page, `${name}-1280-${lang}`);
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await snapshot(page, `${name}-390-${lang}`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  test(`the home page says what to do next at each stage (${lang})`, async ({ page, request, baseURL }) => {
    // The invoice job may take up to a minute.
    test.setTimeout(180_000);
    const customer = await approvedCustomer(page, request, baseURL!, lang);
    const headers = { origin: baseURL! };

    // New: no products; the step is to register them. No dead end about more features to come.
    let next = await home(page, 'register_products');
    await expect(page.getByTestId('portal-greeting')).toHaveText(t('portal.greeting', { name: customer.firstName }));
    await expect(next.getByRole('heading', { name: t('overview.step.register_products.title') })).toBeVisible();
    await expect(next.getByRole('link', { name: t('overview.step.register_products.action') })).toHaveAttribute(
      'href',
      '/portal/products/register',
    );
    await expect(page.getByTestId('overview-points')).toHaveText(
      t('overview.points.balance', { count: 0, formatted: '0' }),
    );
    await expect(page.getByTestId('next-tier')).toHaveText(
      t('overview.points.toGo', { count: 500, formatted: number(500), tier: tier('silver') }),
    );
    await expect(page.getByTestId('support-card')).toContainText(t('overview.support.none'));
    await bothWidths(page, 'home-new');

    // Products incomplete: one registered without its dealer.
    const r5 = (await (await page.request.get('/api/catalogue?q=EOS-R5&limit=50')).json()).items.find(
      (m: { modelCode: string }) => m.modelCode === 'EOS-R5',
    );
    const registered = await page.request.post('/api/products', {
      data: {
        idempotencyKey: crypto.randomUUID(),
        items: [
          { modelId: r5.id, serialNumber: `HOME${Date.now()}`, purchaseDate: '2024-03-15', purchaseCountry: 'NL' },
        ],
      },
      headers,
    });
    expect(registered.ok(), await registered.text()).toBeTruthy();
    const productId = (await registered.json()).items[0].id as string;
    next = await home(page, 'complete_products');
    await expect(
      next.getByRole('heading', { name: t('overview.step.complete_products.title', { count: 1 }) }),
    ).toBeVisible();
    await expect(page.getByTestId('products-card')).toContainText(t('overview.products.incomplete', { count: 1 }));
    await next.getByRole('link', { name: t('overview.step.complete_products.action') }).click();
    await expect(page).toHaveURL(/\/portal\/products$/);

    // Invited: the product completed and a second one bring 600 points; the step is to join CPS.
    const completed = await page.request.patch(`/api/products/${productId}`, {
      data: { dealer: 'Foto Konijnenberg' },
      headers,
    });
    expect(completed.ok(), await completed.text()).toBeTruthy();
    expect(await earnPoints(page, baseURL!, ['EOS-R5'])).toBe(600);
    next = await home(page, 'join_cps');
    await expect(next.getByText(t('overview.step.join_cps.text', { points: number(600) }))).toBeVisible();
    await expect(page.getByTestId('next-tier')).toHaveText(
      t('overview.points.toGo', { count: 400, formatted: number(400), tier: tier('gold') }),
    );
    await bothWidths(page, 'home-invited');
    await next
      .getByTestId('membership-invitation')
      .getByRole('link', { name: t('membership.link.home') })
      .click();
    // Straight to the tiers section of the membership page.
    await expect(page).toHaveURL(/\/portal\/membership#tiers$/);

    // Member with an open invoice: Silver by bank transfer; once invoiced, paying it is the step.
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
    const membershipNumber = (await bought.json()).membership.membershipNumber as string;
    await expect
      .poll(async () => (await (await page.request.get('/api/overview')).json()).steps[0]?.kind, { timeout: 60_000 })
      .toBe('pay_invoice');
    const invoice = (await (await page.request.get('/api/overview')).json()).steps[0].invoice as {
      id: string;
      number: string;
      openMinor: number;
      dueDate: string;
    };
    next = await home(page, 'pay_invoice');
    await expect(
      next.getByRole('heading', { name: t('overview.step.pay_invoice.title', { number: invoice.number }) }),
    ).toBeVisible();
    await expect(
      next.getByText(
        t('overview.step.pay_invoice.text', { amount: euro(invoice.openMinor), date: longDate(invoice.dueDate) }),
      ),
    ).toBeVisible();
    const membership = page.getByTestId('membership-card');
    await expect(membership.getByTestId('overview-tier')).toHaveText(
      t('overview.membership.tier', { tier: tier('silver') }),
    );
    await expect(membership.getByTestId('overview-membership-status')).toHaveText(t('membership.status.active'));
    await expect(membership.getByTestId('overview-membership-number')).toHaveText(
      t('overview.membership.number', { number: membershipNumber }),
    );
    await expect(page.getByTestId('membership-invitation')).toHaveCount(0);
    await bothWidths(page, 'home-invoice-open');

    // The step leads to My invoices.
    await next.getByRole('link', { name: t('overview.step.pay_invoice.action') }).click();
    await expect(page).toHaveURL(/\/portal\/invoices$/);
    await expect(page.getByRole('heading', { level: 1, name: t('invoices.title') })).toBeVisible();

    // Paid (by card on the test provider's page): nothing is waiting any more.
    const checkout = await page.request.post(`/api/billing/invoices/${invoice.id}/pay`, { headers });
    expect(checkout.ok(), await checkout.text()).toBeTruthy();
    await page.goto((await checkout.json()).url);
    await page.getByRole('button', { name: TEST_PAY[lang] }).click();
    await expect(page.getByRole('status').filter({ hasText: t('invoices.paidTitle') })).toBeVisible();
    next = await home(page, 'done');
    await expect(next.getByRole('heading', { name: t('overview.done.title') })).toBeVisible();
    await expect(page.getByTestId('invoices-card')).toContainText(t('overview.invoices.none'));
    await bothWidths(page, 'home-paid');
  });
}
