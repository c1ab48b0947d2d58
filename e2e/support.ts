import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  expect,
  type Locator,
  type Page,
  request as playwrightRequest,
} from '@playwright/test';

export const ADMIN_EMAIL = 'admin@example.test';
export const ADMIN_PASSWORD = 'Admin-password-123!';

export type Lang = 'nl' | 'en';
type Messages = { [key: string]: string | Messages };

const catalogues: Record<Lang, Messages> = {
  nl: JSON.parse(readFileSync(join(import.meta.dirname, '../web/src/locales/nl/common.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(import.meta.dirname, '../web/src/locales/en/common.json'), 'utf8')),
};

/** The UI text of a key, as the app shows it, so the tests check the translations too. */
export function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const lookup = (path: string) =>
    path
      .split('.')
      .reduce<string | Messages | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        catalogues[lang],
      );
  let value = lookup(key);
  if (typeof value !== 'string' && 'count' in vars) value = lookup(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof value !== 'string') throw new Error(`missing translation ${lang}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** A password input by its label (the label also carries the required mark, the toggle its own name). */
export function passwordField(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));
}

/**
 * A `YYYY-MM-DD` date as the app's date fields show it and people type it: in the language's home
 * format (Dutch 31-12-2026, British English 31/12/2026).
 */
export function dateText(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function countryName(lang: Lang, code: string): string {
  return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
}

export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** A small but well-formed one-page PDF. */
export function minimalPdf(label = 'ProPass test document'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 14 Tf 20 100 Td (${label}) Tj ET`;
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A Belgian VAT number with a valid check (97 − first eight digits mod 97), different per call. */
export function belgianVat(): string {
  const base = 1_000_000 + Math.floor(Math.random() * 8_999_999);
  const check = 97 - (base % 97);
  return `BE0${base}${String(check).padStart(2, '0')}`;
}

export type MailAttachment = { index: number; filename: string; contentType: string };

export type Mail = {
  id: string;
  to: string;
  subject: string;
  template: string;
  html: string;
  text: string;
  links: string[];
  attachments: MailAttachment[];
};

/** An attachment of a dev-mailbox message as it is served: its content type and bytes. */
export async function mailAttachment(
  request: APIRequestContext,
  mail: Mail,
  attachment: MailAttachment,
): Promise<{ contentType: string; body: Buffer }> {
  const response = await request.get(`/api/dev/mailbox/${mail.id}/attachments/${attachment.index}`);
  expect(response.status(), `attachment ${attachment.filename} of "${mail.subject}"`).toBe(200);
  return { contentType: response.headers()['content-type'] ?? '', body: await response.body() };
}

/** Polls the dev mailbox until a message to `to` with this template arrives. */
export async function waitForMail(request: APIRequestContext, to: string, template: string): Promise<Mail> {
  let found: { id: string } | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/dev/mailbox');
        expect(response.ok()).toBeTruthy();
        const body = (await response.json()) as { items: { id: string; to: string; template: string }[] };
        found = body.items.find(
          (item) => item.to.toLowerCase().includes(to.toLowerCase()) && item.template === template,
        );
        return !!found;
      },
      { timeout: 30_000, message: `e-mail "${template}" to ${to}` },
    )
    .toBe(true);
  const response = await request.get(`/api/dev/mailbox/${found!.id}`);
  return (await response.json()) as Mail;
}

export type Applicant = {
  lang: Lang;
  email: string;
  firstName: string;
  lastName: string;
  legalName: string;
  /** With a VAT number (Belgium) or without (the Netherlands, with a Chamber of Commerce extract). */
  vat: boolean;
};

export function newApplicant(lang: Lang, vat: boolean): Applicant {
  const id = unique(lang);
  return {
    lang,
    email: `${id}@example.test`,
    firstName: lang === 'nl' ? 'Anouk' : 'Alex',
    lastName: lang === 'nl' ? 'de Vries' : 'Morgan',
    legalName: `${lang === 'nl' ? 'Fotostudio' : 'Photo Studio'} ${id}`,
    vat,
  };
}

/** Picks an option of a Mantine Select / MultiSelect by the input's label. */
export async function choose(page: Page, label: string | RegExp, option: string) {
  const input = page
    .getByRole('textbox', { name: label })
    .or(page.getByRole('combobox', { name: label }))
    .first();
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills in and submits /register the way an applicant does; returns the reference shown. */
export async function register(page: Page, applicant: Applicant): Promise<string> {
  const { lang } = applicant;
  const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
  await page.goto(`/register?language=${lang}_${lang === 'nl' ? 'NL' : 'GB'}&source=itcg`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1, name: t('registration.title') })).toBeVisible();

  const field = (key: string) => page.getByRole('textbox', { name: t(key), exact: true });
  await field('registration.organisation.legalName').fill(applicant.legalName);
  await field('registration.organisation.tradingName').fill('Studio');
  const country = applicant.vat ? 'BE' : 'NL';
  await page
    .getByRole('combobox', { name: t('registration.organisation.country'), exact: true })
    .fill(countryName(lang, country).slice(0, 4));
  await page.getByRole('option', { name: countryName(lang, country), exact: true }).click();
  await field('registration.organisation.street').fill(applicant.vat ? 'Wetstraat' : 'Damrak');
  await field('registration.organisation.houseNumber').fill('16');
  await field('registration.organisation.postcode').fill(applicant.vat ? '1000' : '1012 LG');
  await field('registration.organisation.city').fill(applicant.vat ? 'Brussel' : 'Amsterdam');
  await field('registration.organisation.phone').fill(applicant.vat ? '+32 2 123 45 67' : '+31 20 123 4567');

  await page.getByRole('radio', { name: t(applicant.vat ? 'common.yes' : 'common.no'), exact: true }).check();
  if (applicant.vat)
    await page
      .getByRole('textbox', { name: `2. ${t('registration.company.vatNumber')}`, exact: true })
      .fill(belgianVat());
  else
    // Not VAT-registered: the KvK number gives the organisation its e-invoicing address.
    await page
      .getByRole('textbox', { name: `3. ${t('registration.company.tradeRegisterNumber')}`, exact: true })
      .fill('34126549');
  await expect(
    page.getByRole('textbox', { name: `4. ${t('registration.company.legacyEmail')}`, exact: true }),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: `4. ${t('registration.company.legacyEmail')}`, exact: true })
    .fill(`old-${applicant.email}`);

  await field('registration.contact.firstName').fill(applicant.firstName);
  await field('registration.contact.lastName').fill(applicant.lastName);
  await field('registration.contact.email').fill(applicant.email);
  await page.getByRole('radio', { name: t(`language.${lang}`), exact: true }).check();

  const fileName = applicant.vat ? 'btw-certificaat.pdf' : 'kvk-uittreksel.pdf';
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: minimalPdf() });
  await page
    .getByRole('radiogroup', { name: t('documents.kindLabel', { name: fileName }) })
    .getByRole('radio', { name: t(`documentKind.${applicant.vat ? 'vat_certificate' : 'chamber_extract'}`) })
    .check();

  await page.getByRole('checkbox', { name: t('registration.declaration.label') }).check();
  await expectAccessible(page, 'registration form, filled in');
  await page.getByRole('button', { name: t('registration.submit') }).click();

  await expect(page).toHaveURL(/\/register\/done$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: t('registrationDone.title') })).toBeVisible();
  await expectAccessible(page);
  const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
  expect(reference).not.toBe('');
  return reference;
}

/** Logs a staff member in and makes sure the back office speaks `lang`. */
export async function staffLogin(page: Page, lang: Lang, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  await page.goto(`/login?language=${lang}`);
  await page.getByRole('textbox', { name: text(lang, 'auth.email'), exact: true }).fill(email);
  await passwordField(page, text(lang, 'auth.password')).fill(password);
  await page.getByRole('button', { name: text(lang, 'auth.login'), exact: true }).click();
  await expect(page).toHaveURL(/\/back-office/);
  await expect(page.getByRole('navigation', { name: text(lang, 'nav.backOffice') })).toBeVisible();
  // The user's own language wins after login; switch it when it differs (this also saves it).
  const current = (await page.locator('html').getAttribute('lang')) as Lang;
  if (current !== lang) {
    await page.getByRole('button', { name: new RegExp(text(current, 'userMenu.open', { name: '' })) }).click();
    await page.getByRole('menuitem', { name: text(lang, `language.${lang}`) }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
}

export async function openCase(page: Page, lang: Lang, reference: string) {
  await page.getByRole('link', { name: text(lang, 'nav.validationQueue') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(lang, 'cases.title') })).toBeVisible();
  await page.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByTestId('case-reference')).toHaveText(reference);
}

/** An API client logged in as the admin; cookie-authenticated writes carry this site's Origin. */
let adminApi: APIRequestContext | null = null;
export async function adminRequest(baseURL: string): Promise<APIRequestContext> {
  if (adminApi) return adminApi;
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const login = await context.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  expect(login.ok(), await login.text()).toBeTruthy();
  adminApi = context;
  return context;
}

export type Customer = Applicant & { password: string; legacyEmail?: string };

/**
 * An approved organisation whose Superuser is logged in on `page`, made through the real flow over
 * the API: application (multipart), admin approval, the set-password link from the dev mailbox.
 */
export async function approvedCustomer(
  page: Page,
  request: APIRequestContext,
  baseURL: string,
  lang: Lang,
  options: { legacyEmail?: string; vatNumber?: string } = {},
): Promise<Customer> {
  const applicant = newApplicant(lang, Boolean(options.vatNumber));
  // With a VAT number: a Belgian organisation (belgianVat() makes valid numbers), its VAT certificate.
  const place = options.vatNumber
    ? {
        country: 'BE',
        street: 'Wetstraat',
        houseNumber: '16',
        postcode: '1040',
        city: 'Brussel',
        phone: '+32 2 123 45 67',
      }
    : {
        country: 'NL',
        street: 'Damrak',
        houseNumber: '16',
        postcode: '1012 LG',
        city: 'Amsterdam',
        phone: '+31 20 123 4567',
      };
  const application = {
    idempotencyKey: crypto.randomUUID(),
    source: 'e2e',
    organisation: { legalName: applicant.legalName, ...place },
    company: options.vatNumber
      ? { vatRegistered: true, vatNumber: options.vatNumber, legacyEmail: options.legacyEmail }
      : { vatRegistered: false, tradeRegisterNumber: '34126549', legacyEmail: options.legacyEmail },
    contact: { firstName: applicant.firstName, lastName: applicant.lastName, email: applicant.email, locale: lang },
    documents: [{ kind: options.vatNumber ? 'vat_certificate' : 'chamber_extract' }],
    declaration: true,
  };
  const submitted = await request.post('/api/registrations', {
    multipart: {
      application: JSON.stringify(application),
      documents: { name: 'kvk-uittreksel.pdf', mimeType: 'application/pdf', buffer: minimalPdf() },
    },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { reference } = (await submitted.json()) as { reference: string };

  const admin = await adminRequest(baseURL);
  const queue = await admin.get('/api/staff/cases?limit=200');
  expect(queue.ok()).toBeTruthy();
  const found = ((await queue.json()) as { items: { id: string; reference: string }[] }).items.find(
    (item) => item.reference === reference,
  );
  expect(found, `case ${reference} in the queue`).toBeTruthy();
  const decided = await admin.post(`/api/staff/cases/${found!.id}/decision`, { data: { type: 'approve' } });
  expect(decided.ok(), await decided.text()).toBeTruthy();

  const ready = await waitForMail(request, applicant.email, 'account_ready');
  const link = ready.links.find((l) => l.includes('/set-password?token='));
  expect(link).toBeTruthy();
  const token = new URL(link!).searchParams.get('token');
  const password = 'Lichtmeter-diafragma-sluiter-42';
  const set = await page.request.post('/api/auth/set-password', {
    data: { token, password },
    headers: { origin: baseURL },
  });
  expect(set.ok(), await set.text()).toBeTruthy();
  return { ...applicant, password, legacyEmail: options.legacyEmail };
}

/** Imports an old-programme CSV as the admin and waits until the import is done. */
export async function importLegacy(baseURL: string, kind: 'accounts' | 'products', csv: string) {
  const admin = await adminRequest(baseURL);
  const started = await admin.post(`/api/admin/legacy-imports?kind=${kind}`, {
    multipart: { file: { name: `${kind}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { id } = (await started.json()) as { id: string };
  let last: { status: string; rowsRejected: number; problems: unknown[] } | undefined;
  await expect
    .poll(
      async () => {
        last = await (await admin.get(`/api/admin/legacy-imports/${id}`)).json();
        return last?.status;
      },
      { timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe('done');
  expect(last?.rowsRejected, JSON.stringify(last?.problems)).toBe(0);
}

/** Picks a model in the searchable catalogue picker of `scope` (a product row or the page). */
/**
 * On a phone (390 px wide) each part is on screen, not behind a sideways scroll, and the page itself
 * does not scroll sideways (a full-page screenshot goes to test-results/phone/); the window is back at
 * the desktop size afterwards.
 */
export async function expectOnPhone(page: Page, name: string, parts: Locator[]) {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const part of parts) {
    await expect(part).toBeVisible();
    const box = await part.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Kept for review beside the other test output (not compared).
  await page.screenshot({ path: join('test-results', 'phone', `${name}.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}

export async function pickModel(scope: Locator, label: string, search: string, optionName: RegExp) {
  const input = scope.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(search);
  await scope.page().getByRole('option', { name: optionName }).first().click();
}

const localesDir = join(import.meta.dirname, '../web/src/locales');
/** Two area files may share a top-level section (`terms` of the terms page and of the checkout): merged key by key. */
function deepMerge(into: Messages, from: Messages): void {
  for (const [key, value] of Object.entries(from)) {
    const current = into[key];
    if (typeof value === 'object' && typeof current === 'object') deepMerge(current, value);
    else into[key] = value;
  }
}
/** Every area file of a language's folder merged, as the app merges them (the glossary is no catalogue). */
const appCatalogues: Record<Lang, Messages> = Object.fromEntries(
  (['nl', 'en'] as const).map((lang) => {
    const merged: Messages = {};
    for (const name of readdirSync(join(localesDir, lang))) {
      if (name.endsWith('.json') && name !== 'glossary.json')
        deepMerge(merged, JSON.parse(readFileSync(join(localesDir, lang, name), 'utf8')));
    }
    return [lang, merged];
  }),
) as Record<Lang, Messages>;

/** Like `text`, but also finds the keys of the feature locale files (billing.*.json and others). */
export function appText(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const lookup = (path: string) =>
    path
      .split('.')
      .reduce<string | Messages | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        appCatalogues[lang],
      );
  let value = lookup(key);
  if (typeof value !== 'string' && 'count' in vars) value = lookup(`${key}_${vars.count === 1 ? 'one' : 'other'}`);
  if (typeof value !== 'string') throw new Error(`missing translation ${lang}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Registers complete products of these catalogue models over the API; returns the new points balance. */
export async function earnPoints(page: Page, baseURL: string, modelCodes: string[]): Promise<number> {
  const items = [];
  for (const code of modelCodes) {
    const found = await page.request.get(`/api/catalogue?q=${encodeURIComponent(code)}&limit=50`);
    expect(found.ok(), await found.text()).toBeTruthy();
    const model = ((await found.json()) as { items: { id: string; modelCode: string }[] }).items.find(
      (item) => item.modelCode === code,
    );
    expect(model, `catalogue model ${code}`).toBeTruthy();
    items.push({
      modelId: model!.id,
      serialNumber: unique('SN').toUpperCase(),
      purchaseDate: '2024-03-15',
      purchaseCountry: 'NL',
      dealer: 'Foto Konijnenberg',
    });
  }
  const response = await page.request.post('/api/products', {
    data: { idempotencyKey: crypto.randomUUID(), items },
    headers: { origin: baseURL },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { summary: { balance: number } }).summary.balance;
}

export type StaffAccount = { email: string; password: string; role: string };

/** A staff member invited by the admin over the API, with the password set through the invitation link. */
export async function invitedStaff(
  baseURL: string,
  role: 'validator' | 'support' | 'finance',
  lang: Lang,
): Promise<StaffAccount> {
  const admin = await adminRequest(baseURL);
  const email = `${unique(role)}@example.test`;
  const invited = await admin.post('/api/admin/staff', {
    data: { email, firstName: lang === 'nl' ? 'Femke' : 'Frances', lastName: 'Jansen', locale: lang, role },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const mail = await waitForMail(admin, email, 'staff_invitation');
  const link = mail.links.find((l) => l.includes('/set-password?token='));
  expect(link, 'set-password link in the staff invitation').toBeTruthy();
  const password = 'Grootboek-debiteuren-saldo-42';
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const set = await context.post('/api/auth/set-password', {
    data: { token: new URL(link!).searchParams.get('token'), password },
  });
  expect(set.ok(), await set.text()).toBeTruthy();
  await context.dispose();
  return { email, password, role };
}

/** The WCAG levels the app is held to (2.2 AA, with the A and AA rules of the earlier versions). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, listing each
 * rule with the elements it found. Call it after a page (or a dialog) has finished rendering.
 * AXE_REPORT=1 prints the findings of every call (all impacts) instead of failing, for a survey.
 */
export async function expectAccessible(page: Page, what = new URL(page.url()).pathname) {
  // From the top of the page: content scrolled under the sticky top bar would count as obscured.
  await page.evaluate(() => window.scrollTo(0, 0));
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // Each finding with its elements and axe's reason (sizes, colours and ratios), to fix it from the report.
  const describe = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help} — ${v.nodes
      .map((n) => `${n.target.join(' ')} (${[...n.any, ...n.all, ...n.none].map((c) => c.message).join('; ')})`)
      .join(', ')}`;
  const found = violations.map(describe);
  if (process.env.AXE_REPORT) {
    console.log(`[axe] ${what}: ${violations.length} rules, ${found.length ? `\n  ${found.join('\n  ')}` : 'clean'}`);
    return;
  }
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
  expect(serious, `accessibility of ${what}`).toEqual([]);
}
