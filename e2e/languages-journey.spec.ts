import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { formatTag, LANGUAGE_NAMES, type Language, type ProgrammeCountry } from '../contracts/languages.js';
import {
  adminRequest,
  approvedCustomer,
  earnPoints,
  type Lang,
  mailAttachment,
  minimalPdf,
  passwordField,
  unique,
  waitForMail,
} from './support.js';

/**
 * The guide's journey in languages other than Dutch and English, from the registration link to the
 * invoice: every word the test looks for is read from that language's catalogues, every date and
 * amount is formatted by the locale's country (de-DE, fr-BE), so a missing translation or a Dutch
 * format fails here.
 */

type Tree = { [key: string]: string | Tree };

function merged(dir: string): Tree {
  const out: Tree = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && name !== 'glossary.json')
      Object.assign(out, JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  return out;
}

/** A text of the web app (`area.key`) or of the server (`emails:…`, `documents:…`) in a language, filled in. */
function textOf(language: Language) {
  const web = merged(join(import.meta.dirname, '../web/src/locales', language));
  const server: Record<string, Tree> = {};
  const plural = new Intl.PluralRules(language);
  return (key: string, vars: Record<string, string | number> = {}): string => {
    const [area, path] = key.includes(':') ? key.split(':') : [null, key];
    let tree: Tree = web;
    if (area) {
      server[area] ??= JSON.parse(
        readFileSync(join(import.meta.dirname, '../server/locales', language, `${area}.json`), 'utf8'),
      );
      tree = server[area]!;
    }
    const lookup = (p: string) =>
      p
        .split('.')
        .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
    let value = lookup(path!);
    if (typeof value !== 'string' && typeof vars.count === 'number')
      value = lookup(`${path}_${plural.select(vars.count)}`);
    if (typeof value !== 'string') throw new Error(`missing translation ${language}:${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}

type Case = {
  language: Language;
  country: ProgrammeCountry;
  address: { street: string; houseNumber: string; postcode: string; city: string; phone: string };
};

const CASES: Case[] = [
  {
    language: 'de',
    country: 'DE',
    address: { street: 'Friedrichstraße', houseNumber: '12', postcode: '10117', city: 'Berlin', phone: '30 1234567' },
  },
  {
    language: 'fr',
    country: 'BE',
    address: { street: 'Rue de la Loi', houseNumber: '16', postcode: '1000', city: 'Bruxelles', phone: '2 123 45 67' },
  },
];

for (const { language, country, address } of CASES) {
  const t = textOf(language);
  const tag = formatTag(language, country);
  const euro = (minor: number) =>
    new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(minor / 100);

  test.describe(`The journey in ${tag}`, () => {
    test('registration link → form and errors → approval e-mail → set password → My products → membership by bank transfer → invoice e-mail and PDF', async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const id = unique(language);
      const email = `${id}@example.test`;
      const legalName = `Atelier ${id}`;

      // The guide's link chooses the language and the country.
      await page.goto(`/register?language=${language}_${country}&source=itcg`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1, name: t('registration.title') })).toBeVisible();

      // Errors in the language.
      await page.getByRole('button', { name: t('registration.submit') }).click();
      await expect(page.getByText(t('validation.required')).first()).toBeVisible();

      const field = (key: string) => page.getByRole('textbox', { name: t(key), exact: true });
      await field('registration.organisation.legalName').fill(legalName);
      await field('registration.organisation.street').fill(address.street);
      await field('registration.organisation.houseNumber').fill(address.houseNumber);
      await field('registration.organisation.postcode').fill(address.postcode);
      await field('registration.organisation.city').fill(address.city);
      // The country came from the link and put its calling code in front.
      const phone = field('registration.organisation.phone');
      await expect(phone).toHaveValue(/^\+\d+/);
      await phone.fill(`${await phone.inputValue()} ${address.phone}`.replace(/\s+/g, ' ').trim());
      await page.getByRole('radio', { name: t('common.no'), exact: true }).check();
      // Without a VAT number the invoices need another e-invoicing address: in Belgium the enterprise
      // number gives one (shown), in Germany the register does not, so the form asks for a Peppol id.
      const registerNumber = page.getByRole('textbox', {
        name: `3. ${t('registration.company.tradeRegisterNumber')}`,
        exact: true,
      });
      if (country === 'BE') {
        await registerNumber.fill('0411.905.847');
        await expect(page.getByTestId('e-invoicing-derived')).toHaveText(
          t('registration.company.electronicAddressDerived', { address: '0208:0411905847' }),
        );
      } else {
        await registerNumber.fill('HRB 12345');
        const peppol = page.getByRole('textbox', { name: t('registration.company.electronicAddress') });
        await peppol.fill('0088:123');
        await peppol.blur();
        await expect(page.getByText(t('registration.company.electronicAddressInvalid'))).toBeVisible();
        await peppol.fill('0088:4012345000009');
      }
      await field('registration.contact.firstName').fill('Camille');
      await field('registration.contact.lastName').fill('Martin');
      await field('registration.contact.email').fill(email);
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'extrait.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
      await page
        .getByRole('radiogroup', { name: t('documents.kindLabel', { name: 'extrait.pdf' }) })
        .getByRole('radio', { name: t('documentKind.chamber_extract') })
        .check();
      await page.getByRole('checkbox', { name: t('registration.declaration.label') }).check();
      await page.getByRole('button', { name: t('registration.submit') }).click();
      await expect(page).toHaveURL(/\/register\/done$/, { timeout: 30_000 });
      await expect(page.getByRole('heading', { level: 1, name: t('registrationDone.title') })).toBeVisible();
      const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';

      // The validator approves; the approval e-mail is in the applicant's language.
      const admin = await adminRequest(baseURL!);
      const queue = (await (await admin.get('/api/staff/cases?limit=200')).json()) as {
        items: { id: string; reference: string }[];
      };
      const found = queue.items.find((item) => item.reference === reference);
      expect(found, `case ${reference}`).toBeTruthy();
      expect((await admin.post(`/api/staff/cases/${found!.id}/decision`, { data: { type: 'approve' } })).ok()).toBe(
        true,
      );
      const ready = await waitForMail(request, email, 'account_ready');
      expect(ready.subject).toBe(t('emails:auth.accountReady.subject'));

      // The set-password page in the language, then the portal.
      const link = ready.links.find((l) => l.includes('/set-password?token='))!;
      await page.goto(new URL(link).pathname + new URL(link).search);
      await expect(page.getByRole('heading', { level: 1, name: t('setPassword.heading.set_password') })).toBeVisible();
      const password = 'Lichtmeter-diafragma-sluiter-42';
      await passwordField(page, t('setPassword.password')).fill(password);
      await passwordField(page, t('setPassword.confirm')).fill(password);
      await page.getByRole('button', { name: t('setPassword.submit') }).click();
      await expect(page).toHaveURL(/\/portal$/);
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      // Products registered (complete ones earn points): My products shows them with the green check.
      expect(await earnPoints(page, baseURL!, ['EOS-R1', 'EOS-R5'])).toBeGreaterThanOrEqual(500);
      await page.goto('/portal/products');
      await expect(page.getByRole('heading', { level: 1, name: t('products.title') })).toBeVisible();
      await expect(page.getByRole('img', { name: t('products.complete') }).first()).toBeVisible();

      // Membership: Silver by bank transfer.
      await page.goto('/portal/membership');
      await page
        .locator('[data-testid="tier-card"][data-tier="silver"]')
        .getByRole('link', { name: t('membership.tier.choose', { tier: t('tier.silver') }) })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('membership.checkout.title') })).toBeVisible();
      // Amounts in the country's format (the same formatter the invoice uses).
      const quoteTotal = ((await page.getByTestId('quote-total').textContent()) ?? '').trim();
      expect(quoteTotal).toBe(euro(parseAmount(quoteTotal, tag)));
      await page.getByTestId('method-bank_transfer').check();
      await page.getByRole('checkbox', { name: t('membership.checkout.terms') }).check();
      await page.getByRole('button', { name: t('membership.checkout.buy'), exact: true }).click();
      const confirmation = page.getByTestId('purchase-confirmation');
      await expect(confirmation.getByRole('heading', { level: 1, name: t('membership.done.title.new') })).toBeVisible();
      await expect(confirmation.getByTestId('done-total')).toHaveText(quoteTotal);

      // The invoice e-mail and its PDF: the language's words, the country's date and money formats.
      const mail = await waitForMail(request, email, 'invoice');
      const number = /\b\d{4}-\d{6}\b/.exec(mail.subject)?.[0] ?? '';
      expect(mail.subject).toBe(t('emails:billing.document.invoice.subject', { number }));
      const attachment = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
      const pdf = await mailAttachment(request, mail, attachment);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(t('documents:invoice.invoice'));
      expect(flat).toContain(legalName);
      const today = new Date(Date.now());
      const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(today);
      expect(flat).toContain(longDate.replace(/\s+/g, ' '));
      expect(flat).toContain(quoteTotal.replace(/\s+/g, ' '));
    });
  });
}

/** An amount as the locale writes it (`121,00 €`, `€ 121,00`) back in cents. */
function parseAmount(text: string, tag: string): number {
  const decimal = new Intl.NumberFormat(tag).format(1.5).replace(/\d/g, '');
  const digits = text.replace(new RegExp(`[^0-9${decimal === '.' ? '\\.' : decimal}]`, 'g'), '').replace(decimal, '.');
  return Math.round(Number(digits) * 100);
}

for (const language of ['pl', 'sv'] as const) {
  const t = textOf(language);

  test.describe(`The portal in ${language}`, () => {
    test('log in, My products and the FAQ in the language; the menu switches at once and the next e-mail follows', async ({
      page,
      request,
      baseURL,
    }) => {
      const customer = await approvedCustomer(page, request, baseURL!, language as unknown as Lang);
      await page.context().clearCookies();

      // Log in through the form, in the language.
      await page.goto(`/login?language=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.getByRole('textbox', { name: t('auth.email'), exact: true }).fill(customer.email);
      await passwordField(page, t('auth.password')).fill(customer.password);
      await page.getByRole('button', { name: t('auth.login'), exact: true }).click();
      await expect(page).toHaveURL(/\/portal$/);

      // My products and the FAQ (its articles are the language's own).
      await page
        .getByRole('navigation', { name: t('nav.portal') })
        .getByRole('link', { name: t('nav.products') })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('products.title') })).toBeVisible();
      await page.goto('/portal/faq');
      await expect(page.getByRole('heading', { level: 1, name: t('faq.title') })).toBeVisible();
      await expect(page.getByText(t('faq:request-business-account.title')).first()).toBeVisible();

      // The menu switches the UI at once; the next e-mail is in the new language.
      const other = language === 'pl' ? 'sv' : 'pl';
      const u = textOf(other);
      await page.getByRole('button', { name: new RegExp(t('userMenu.open', { name: '' }).trim()) }).click();
      await page.getByRole('menuitem', { name: LANGUAGE_NAMES[other] }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.getByRole('heading', { level: 1, name: u('faq.title') })).toBeVisible();
      const changed = await page.request.post('/api/auth/password', {
        data: { currentPassword: customer.password, newPassword: 'Zeemeeuw-golfbreker-duinpan-77' },
        headers: { origin: baseURL! },
      });
      expect(changed.ok(), await changed.text()).toBe(true);
      expect((await waitForMail(request, customer.email, 'password_changed')).subject).toBe(
        u('emails:auth.passwordChanged.subject'),
      );
    });
  });
}
