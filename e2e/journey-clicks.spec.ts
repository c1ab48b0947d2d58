import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import {
  approvedCustomer,
  appText,
  dateText,
  importLegacy,
  type Lang,
  minimalPdf,
  passwordField,
  staffLogin,
  unique,
  waitForMail,
} from './support.js';

/**
 * The seed's journey, counted. What counts as a customer click: every `click`, `check` or
 * `dblclick` the customer makes on a page, choosing a file (the drop zone and the file dialog
 * together: one), and following a link in an e-mail. Typing is not a click: filling a field (which
 * focuses it) is counted apart, as a typed field; no key is pressed to pick an option. The
 * validator's work in the back office is staff work and not counted. Every counted action goes
 * through `Journey` below, so the count is the list of what was done.
 */
class Journey {
  readonly clicks: string[] = [];
  readonly typed: string[] = [];
  async click(what: string, target: Locator) {
    this.clicks.push(what);
    await target.click();
  }
  async check(what: string, target: Locator) {
    this.clicks.push(what);
    await target.check();
  }
  async attach(what: string, input: Locator, file: { name: string; mimeType: string; buffer: Buffer }) {
    this.clicks.push(what);
    await input.setInputFiles(file);
  }
  async follow(what: string, page: Page, url: string) {
    this.clicks.push(what);
    await page.goto(url);
  }
  async type(what: string, field: Locator, value: string) {
    this.typed.push(what);
    await field.fill(value);
  }
}

const MAX_CUSTOMER_CLICKS = 20;

/** A Dutch VAT number that passes the check (the 11-test on its nine digits), different per call. */
function dutchVat(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    digits[0] = 1 + Math.floor(Math.random() * 9);
    const check = digits.reduce((sum, digit, index) => sum + digit * (9 - index), 0) % 11;
    if (check < 10) return `NL${digits.join('')}${check}B01`;
  }
}

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: minimalPdf() });

async function staffPage(browser: Browser, baseURL: string | undefined) {
  return (await browser.newContext({ baseURL })).newPage();
}

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);
  const country = lang === 'nl' ? 'Nederland' : 'Netherlands';
  const silver = lang === 'nl' ? 'Zilver' : 'Silver';

  test.describe(`The seed's journey without friction (${lang})`, () => {
    test(`from the guide's link to an active membership by bank transfer in at most ${MAX_CUSTOMER_CLICKS} clicks`, async ({
      page,
      browser,
      baseURL,
      request,
    }) => {
      test.setTimeout(180_000);
      const journey = new Journey();
      const id = unique(lang);
      const email = `${id}@example.test`;

      // 1. The guide's link: the language and, with it, the country, the calling code and the VAT prefix.
      await page.goto(`/register?language=${lang}_NL&source=itcg`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const field = (key: string) => page.getByRole('textbox', { name: t(key), exact: true });
      await expect(page.getByRole('combobox', { name: t('registration.organisation.country') })).toHaveValue(country);
      await expect(field('registration.organisation.phone')).toHaveValue('+31 ');
      await expect(page.getByRole('radio', { name: t(`language.${lang}`), exact: true })).toBeChecked();

      await journey.type('legal name', field('registration.organisation.legalName'), `Fotostudio ${id} B.V.`);
      await journey.type('street', field('registration.organisation.street'), 'Damrak');
      await journey.type('number', field('registration.organisation.houseNumber'), '16');
      await journey.type('postcode', field('registration.organisation.postcode'), '1012 LG');
      await journey.type('city', field('registration.organisation.city'), 'Amsterdam');
      await journey.type('phone', field('registration.organisation.phone'), '+31 20 123 4567');
      await journey.check('VAT-registered: yes', page.getByRole('radio', { name: t('common.yes'), exact: true }));
      const vat = page.getByRole('textbox', { name: `2. ${t('registration.company.vatNumber')}`, exact: true });
      await expect(vat).toHaveValue('NL');
      await journey.type('VAT number', vat, dutchVat());
      await journey.type('first name', field('registration.contact.firstName'), 'Anouk');
      await journey.type('last name', field('registration.contact.lastName'), 'de Vries');
      await journey.type('e-mail', field('registration.contact.email'), email);
      await journey.attach('attach the VAT certificate', page.locator('input[type="file"]'), pdf('btw.pdf'));
      await journey.check(
        'its kind',
        page
          .getByRole('radiogroup', { name: t('documents.kindLabel', { name: 'btw.pdf' }) })
          .getByRole('radio', { name: t('documentKind.vat_certificate') }),
      );
      await journey.check('declaration', page.getByRole('checkbox', { name: t('registration.declaration.label') }));
      await journey.click('submit', page.getByRole('button', { name: t('registration.submit') }));
      await expect(page).toHaveURL(/\/register\/done$/, { timeout: 30_000 });
      const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';

      // 2. A validator approves in the back office; the queue and the case page say the same about the SLA.
      const staff = await staffPage(browser, baseURL);
      await staffLogin(staff, lang);
      await staff.getByRole('link', { name: t('nav.validationQueue') }).click();
      const slaInQueue = (
        await staff.getByRole('row').filter({ hasText: reference }).getByTestId('sla-left').textContent()
      )?.trim();
      expect(slaInQueue).toMatch(lang === 'nl' ? /werkdag|vandaag/ : /working day|due today/);
      await staff.getByRole('link', { name: reference, exact: true }).click();
      await expect(staff.getByTestId('case-sla')).toContainText(`(${slaInQueue})`);
      await staff.getByRole('button', { name: t('decision.approve'), exact: true }).click();
      await staff.getByRole('button', { name: t('decision.approveSubmit') }).click();
      await expect(staff.getByTestId('case-status')).toHaveText(t('applicationStatus.approved'));
      await staff.context().close();

      // The status page shows the steps the application went through: never "more information needed".
      const received = await waitForMail(request, email, 'application_received');
      const statusLink = received.links.find((link) => link.includes('/application/status?token='))!;
      const status = await browser.newPage({ baseURL });
      await status.goto(`${statusLink}&language=${lang}`);
      const steps = status.getByTestId('status-steps');
      await expect(steps).toContainText(t('applicationStatus.approved'));
      await expect(steps).toContainText(t('applicationStatus.received'));
      await expect(steps).not.toContainText(t('applicationStatus.more_info_needed'));
      await status.close();

      // 3. The set-password e-mail, then the portal.
      const ready = await waitForMail(request, email, 'account_ready');
      await journey.follow(
        'the e-mail\'s "set your password" link',
        page,
        ready.links.find((link) => link.includes('/set-password?token='))!,
      );
      const password = 'Lichtmeter-diafragma-sluiter-42';
      await journey.type('password', passwordField(page, t('setPassword.password')), password);
      await journey.type('password again', passwordField(page, t('setPassword.confirm')), password);
      await journey.click('set password', page.getByRole('button', { name: t('setPassword.submit') }));
      await expect(page).toHaveURL(/\/portal$/);

      // 4. Two products, one of them without its dealer (completed later).
      await journey.click('overview: register products', page.getByTestId('primary-action'));
      await expect(page).toHaveURL(/\/portal\/products\/register$/);
      const stamp = id.replace(/[^a-z0-9]/gi, '').toUpperCase();
      const row = (n: number) => page.getByRole('region', { name: t('products.register.rowTitle', { number: n }) });
      const model = (n: number) => row(n).getByRole('combobox', { name: t('products.field.model') });
      await journey.type('model search', model(1), 'EOS R5');
      await journey.click('model EOS R5', page.getByRole('option', { name: /^EOS R5 · EOS-R5\b/ }).first());
      await journey.type(
        'serial',
        row(1).getByRole('textbox', { name: t('products.field.serialNumber') }),
        `R5${stamp}`,
      );
      await journey.type(
        'date',
        row(1).getByLabel(t('products.field.purchaseDate'), { exact: true }),
        dateText(lang, '2024-03-15'),
      );
      await journey.type(
        'country search',
        row(1).getByRole('combobox', { name: t('products.field.purchaseCountry') }),
        country.slice(0, 5),
      );
      await journey.click('country', page.getByRole('option', { name: country, exact: true }));
      await journey.type(
        'dealer',
        row(1).getByRole('combobox', { name: t('products.field.dealer'), exact: true }),
        'Foto Konijnenberg',
      );
      await journey.click('add a product', page.getByRole('button', { name: t('products.register.addRow') }));
      await journey.type('model search', model(2), 'R6 Mark II');
      await journey.click(
        'model EOS R6 Mark II',
        page.getByRole('option', { name: /^EOS R6 Mark II · EOS-R6-II\b/ }).first(),
      );
      await journey.type(
        'serial',
        row(2).getByRole('textbox', { name: t('products.field.serialNumber') }),
        `R6${stamp}`,
      );
      await journey.type(
        'date',
        row(2).getByLabel(t('products.field.purchaseDate'), { exact: true }),
        dateText(lang, '2024-03-15'),
      );
      // The second row keeps the first one's purchase country.
      await expect(row(2).getByRole('combobox', { name: t('products.field.purchaseCountry') })).toHaveValue(country);
      await journey.click('register', page.getByRole('button', { name: t('products.register.submit', { count: 2 }) }));
      await expect(page).toHaveURL(/\/portal\/products$/);
      await expect(page.getByTestId('product-row')).toHaveCount(2);

      // 5. Completed later through View product.
      const r6 = page.getByTestId('product-row').filter({ hasText: `R6${stamp}` });
      await journey.click('view product', r6.getByRole('link', { name: t('products.view') }));
      await journey.type(
        'dealer',
        page.getByRole('combobox', { name: t('products.field.dealer'), exact: true }),
        'Foto Konijnenberg',
      );
      await journey.click('save', page.getByRole('button', { name: t('products.detail.save') }));
      await expect(page.getByTestId('product-saved')).toHaveText(t('products.detail.savedComplete'));

      // 6. The invitation e-mail's button leads to the tiers.
      const invitation = await waitForMail(request, email, 'cps_invitation');
      const tiersLink = invitation.links.find((link) => link.includes('/portal/membership'));
      expect(tiersLink).toMatch(/\/portal\/membership#tiers$/);
      await journey.follow("the invitation e-mail's button", page, tiersLink!);
      await expect(page.getByRole('navigation', { name: t('nav.portal') })).toBeVisible();
      await expect(page.locator('#tiers')).toBeInViewport();
      const silverCard = page.locator('[data-testid="tier-card"][data-tier="silver"]');
      await journey.click(
        'choose Silver',
        silverCard.getByRole('link', { name: t('membership.tier.choose', { tier: silver }) }),
      );

      // 7. Bank transfer, and the membership is active at once.
      await journey.check('bank transfer', page.getByTestId('method-bank_transfer'));
      await journey.check('accept the terms', page.getByRole('checkbox', { name: t('membership.checkout.terms') }));
      await journey.click('buy', page.getByRole('button', { name: t('membership.checkout.buy'), exact: true }));
      await expect(page.getByTestId('purchase-confirmation').getByTestId('usable-now')).toHaveText(
        t('membership.done.immediate'),
      );
      const membership = await page.request.get('/api/membership');
      expect(((await membership.json()) as { membership: { status: string } | null }).membership?.status).toBe(
        'active',
      );

      test
        .info()
        .annotations.push(
          { type: 'customer clicks', description: `${journey.clicks.length}: ${journey.clicks.join(' · ')}` },
          { type: 'typed fields', description: `${journey.typed.length}: ${journey.typed.join(' · ')}` },
        );
      console.log(`customer clicks ${journey.clicks.length}, typed fields ${journey.typed.length}`);
      expect(journey.clicks.length, journey.clicks.join('\n')).toBeLessThanOrEqual(MAX_CUSTOMER_CLICKS);
    });

    test('My products: MIGRATE PRODUCTS on the right of the title, the help inside the portal, gone after the migration', async ({
      page,
      request,
      baseURL,
    }) => {
      const id = unique(`j${lang}`);
      const stamp = id.replace(/[^a-z0-9]/gi, '').toUpperCase();
      const legacyEmail = `old-${id}@example.test`;
      await importLegacy(
        baseURL!,
        'accounts',
        `legacy_id,email,membership_number,tier,expires_on\nA-${id},${legacyEmail},CPS-${stamp},gold,2025-12-31\n`,
      );
      await importLegacy(
        baseURL!,
        'products',
        `legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer\nP1-${id},A-${id},EOS-R5,EOS R5,R5${stamp},2021-04-01,NL,Foto Konijnenberg\n`,
      );
      await approvedCustomer(page, request, baseURL!, lang, { legacyEmail });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/portal/products');
      const title = page.getByRole('heading', { level: 1, name: t('products.title') });
      const button = page.getByTestId('migrate-button');
      await expect(button).toBeVisible();
      const titleBox = (await title.boundingBox())!;
      const buttonBox = (await button.boundingBox())!;
      const header = (await page.getByTestId('products-header').boundingBox())!;
      // Same row as the title, at the right end of the page's header.
      expect(buttonBox.y).toBeLessThan(titleBox.y + titleBox.height);
      expect(buttonBox.y + buttonBox.height).toBeGreaterThan(titleBox.y);
      expect(buttonBox.x).toBeGreaterThan(titleBox.x + titleBox.width);
      expect(Math.abs(header.x + header.width - (buttonBox.x + buttonBox.width))).toBeLessThan(2);
      await expect(page.getByTestId('why-no-migrate-link')).toHaveCount(0);

      await button.click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: t('migration.confirm', { count: 1 }) })
        .click();
      await expect(page.getByTestId('migration-result')).toBeVisible();
      await page
        .getByTestId('migration-result')
        .getByRole('button', { name: t('migration.close') })
        .click();
      await expect(page.getByTestId('migrate-button')).toHaveCount(0);
      // Migrated: the question "why don't I see the button?" no longer arises.
      await expect(page.getByTestId('why-no-migrate-link')).toHaveCount(0);
      await page.reload();
      await expect(page.getByTestId('product-row')).toHaveCount(1);
      await expect(page.getByTestId('why-no-migrate-link')).toHaveCount(0);
    });

    test('a linked old e-mail without old products is told so, and the help opens inside the portal', async ({
      page,
      request,
      baseURL,
    }) => {
      const legacyEmail = `old-${unique(`e${lang}`)}@example.test`;
      await approvedCustomer(page, request, baseURL!, lang, { legacyEmail });
      await page.goto('/portal/products');
      await expect(page.getByTestId('linked-no-products')).toHaveText(
        t('migration.linkedNoProducts', { email: legacyEmail }),
      );
      await expect(page.getByTestId('no-migrate-explanation')).toHaveCount(0);
      await page.getByRole('link', { name: t('faq.whyNoMigrate') }).click();
      await expect(page).toHaveURL(/\/portal\/faq\/why-no-migrate-button$/);
      await expect(page.getByRole('navigation', { name: t('nav.portal') })).toBeVisible();
    });

    for (const width of [1280, 390]) {
      test(`registration at ${width} px: every document kind readable in full, the terms open in a new tab`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/register?language=${lang}_NL`);
        await page.getByRole('radio', { name: t('common.no'), exact: true }).check();
        await page.locator('input[type="file"]').setInputFiles(pdf('kvk.pdf'));
        const kinds = page.getByRole('radiogroup', { name: t('documents.kindLabel', { name: 'kvk.pdf' }) });
        for (const kind of ['company_invoice', 'business_licence', 'chamber_extract']) {
          const label = kinds.locator('label').filter({ hasText: t(`documentKind.${kind}`) });
          await expect(label).toHaveText(t(`documentKind.${kind}`));
          await label.scrollIntoViewIfNeeded();
          await expect(label).toBeInViewport({ ratio: 1 });
          // Not cut off: the text fits its box, and the box fits the page.
          const fits = await label.evaluate(
            (element) =>
              element.scrollWidth <= element.clientWidth + 1 &&
              element.getBoundingClientRect().right <= document.documentElement.clientWidth,
          );
          expect(fits, `${kind} readable in full`).toBe(true);
        }

        const link = page.getByTestId('terms-link');
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('href', `/terms?language=${lang}`);
        const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
        await expect(tab.getByRole('heading', { level: 1, name: t('terms.title') })).toBeVisible();
        await expect(tab.locator('html')).toHaveAttribute('lang', lang);
        // Following the link ticks nothing: the declaration stays the applicant's own act.
        await expect(page.getByRole('checkbox', { name: t('registration.declaration.label') })).not.toBeChecked();
      });
    }
  });
}
