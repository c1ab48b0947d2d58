import { expect, type Page, test } from '@playwright/test';
import { approvedCustomer, expectAccessible, staffLogin } from './support.js';

// Every page of the app, as each audience sees it, checked with axe (WCAG 2.2 AA): no serious or
// critical violation, one h1, a main landmark. The journey specs check the pages again with data
// and dialogs open; this one makes sure no page is missed.

const PUBLIC = ['/', '/register', '/login', '/forgot-password', '/contact', '/faq', '/dev/mailbox', '/no-such-page'];
const PORTAL = [
  '/portal',
  '/portal/products',
  '/portal/products/register',
  '/portal/support',
  '/portal/support/new',
  '/portal/faq',
  '/portal/membership',
  '/portal/invoices',
  '/portal/account',
  '/portal/colleagues',
];
const BACK_OFFICE = [
  '/back-office',
  '/back-office/dashboard',
  '/back-office/cases',
  '/back-office/serial-conflicts',
  '/back-office/catalogue',
  '/back-office/legacy-imports',
  '/back-office/staff',
  '/back-office/programme',
  '/back-office/finance',
  '/back-office/tiers',
  '/back-office/audit',
  '/back-office/tickets',
  '/back-office/faq',
  '/back-office/account',
];

async function check(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Loaded: no page-level loader left.
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0);
  await expect(page.getByRole('main'), path).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 }), `one h1 on ${path}`).toHaveCount(1);
  await expectAccessible(page, path);
}

for (const lang of ['nl', 'en'] as const) {
  test.describe(`Accessibility of every page (${lang})`, () => {
    // Each test walks a whole area (up to 16 pages, each checked by axe after its data loaded).
    test.describe.configure({ timeout: 240_000 });
    test('public pages', async ({ page }) => {
      await page.goto(`/?language=${lang}`);
      for (const path of PUBLIC) await check(page, path);
    });

    test('customer portal', async ({ page, request, baseURL }) => {
      await approvedCustomer(page, request, baseURL!, lang);
      for (const path of PORTAL) await check(page, path);
    });

    test('back office', async ({ page }) => {
      await staffLogin(page, lang);
      for (const path of BACK_OFFICE) await check(page, path);
    });
  });
}
