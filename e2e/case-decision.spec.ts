import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import PDFDocument from 'pdfkit';
import { startViesStandIn, type ViesStandIn } from '../server/platform/vat-registry/vies-stand-in.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, freePort, startServer } from './global-setup.js';
import { appText, type Lang, staffLogin, unique, waitForMail } from './support.js';

/**
 * A clean application decided in the back office, timed. What counts as an action: every click and
 * every key the validator presses, from the validation queue on screen to the approval shown; each
 * goes through `Actions` below, so the count is the list of what was done. Reading the page is free.
 */
class Actions {
  readonly done: string[] = [];
  constructor(private readonly page: Page) {}
  async press(what: string, key: string) {
    this.done.push(`${what} (${key})`);
    await this.page.keyboard.press(key);
  }
}

const MAX_ACTIONS = 3;

/** A Dutch VAT number that passes the check (the 11-test on its nine digits), different per call. */
function dutchVat(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    digits[0] = 1 + Math.floor(Math.random() * 9);
    const check = digits.reduce((sum, digit, index) => sum + digit * (9 - index), 0) % 11;
    if (check < 10) return `NL${digits.join('')}${check}B01`;
  }
}

/** A VAT certificate with a text layer that names the organisation and its number. */
function certificate(legalName: string, vatNumber: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(11);
  for (const line of [
    'Belastingdienst',
    'Bevestiging btw-identificatienummer',
    `Naam: ${legalName}`,
    `Btw-identificatienummer: ${vatNumber}`,
    'Keizersgracht 1, 1015 CJ Amsterdam',
  ]) {
    doc.text(line);
  }
  doc.end();
  return done;
}

test.describe('a clean application decided in three actions', () => {
  test.skip(process.env.E2E_START_SERVER !== '1', 'starts a server of its own, with a VIES stand-in it controls');
  let stop: (() => Promise<void>) | undefined;
  let vies: ViesStandIn;
  let baseURL = '';
  let admin: APIRequestContext;

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    vies = await startViesStandIn();
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    stop = await startServer(baseURL, String(port), { VAT_REGISTRY: 'vies', VIES_URL: vies.url });
    admin = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
    const login = await admin.post('/api/auth/login', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
    expect(login.ok(), await login.text()).toBeTruthy();
  });
  test.afterAll(async () => {
    await admin?.dispose();
    await stop?.();
    await vies?.close();
  });

  /** A validator invited by the admin, with the password set through the e-mail's link. */
  async function validator(lang: Lang) {
    const email = `${unique('validator')}@example.test`;
    const invited = await admin.post('/api/admin/staff', {
      data: { email, firstName: 'Vera', lastName: 'Validator', locale: lang, role: 'validator' },
    });
    expect(invited.status(), await invited.text()).toBe(201);
    const mail = await waitForMail(admin, email, 'staff_invitation');
    const token = new URL(mail.links.find((l) => l.includes('/set-password?token='))!).searchParams.get('token');
    const password = 'Lichtmeter-diafragma-sluiter-42';
    const own = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
    const set = await own.post('/api/auth/set-password', { data: { token, password } });
    expect(set.ok(), await set.text()).toBeTruthy();
    await own.dispose();
    return { email, password };
  }

  /** A VAT-registered application whose number VIES (the stand-in) knows under its name, and its certificate. */
  async function cleanApplication(lang: Lang) {
    const legalName = `Fotostudio ${unique(lang)} B.V.`;
    const vatNumber = dutchVat();
    vies.answer.set(vatNumber.slice(2), {
      name: legalName.toUpperCase(),
      address: 'KEIZERSGRACHT 1\n1015CJ AMSTERDAM',
    });
    const application = {
      idempotencyKey: crypto.randomUUID(),
      source: 'e2e',
      organisation: {
        legalName,
        country: 'NL',
        street: 'Keizersgracht',
        houseNumber: '1',
        postcode: '1015 CJ',
        city: 'Amsterdam',
        phone: '+31 20 123 4567',
      },
      company: { vatRegistered: true, vatNumber, legacyEmail: '' },
      contact: { firstName: 'Anouk', lastName: 'de Vries', email: `${unique(lang)}@example.test`, locale: lang },
      documents: [{ kind: 'vat_certificate' }],
      declaration: true,
    };
    const submitted = await admin.post('/api/registrations', {
      multipart: {
        application: JSON.stringify(application),
        documents: {
          name: 'btw-certificaat.pdf',
          mimeType: 'application/pdf',
          buffer: await certificate(legalName, vatNumber),
        },
      },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    const { reference } = (await submitted.json()) as { reference: string };
    const queue = (await (await admin.get('/api/staff/cases?limit=200')).json()) as {
      items: { id: string; reference: string }[];
    };
    const id = queue.items.find((item) => item.reference === reference)!.id;
    // The document is read and VIES asked in jobs after the upload: wait until the case is clean.
    await expect
      .poll(async () => ((await (await admin.get(`/api/staff/cases/${id}`)).json()) as { clean: boolean }).clean, {
        timeout: 30_000,
        message: `case ${reference} clean`,
      })
      .toBe(true);
    return { reference, legalName, email: application.contact.email };
  }

  for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
    const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);

    test(`(${lang}) from the queue to approved in at most ${MAX_ACTIONS} actions: N, A, Enter`, async ({ browser }) => {
      test.setTimeout(120_000);
      const staff = await validator(lang);
      const applied = await cleanApplication(lang);
      const page = await (await browser.newContext({ baseURL })).newPage();
      await staffLogin(page, lang, staff.email, staff.password);
      await page.goto('/back-office/cases');
      await expect(page.getByRole('heading', { level: 1, name: t('cases.title') })).toBeVisible();
      await expect(page.getByRole('button', { name: new RegExp(t('cases.next.clean')) })).toBeVisible();

      // The help lists the queue's key; opening and closing it is not part of the decision.
      await page.keyboard.press('Shift+?');
      const help = page.getByRole('dialog', { name: t('cases.shortcuts.title') });
      await expect(help.getByText(t('cases.shortcuts.nextClean'))).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(help).toBeHidden();

      const actions = new Actions(page);
      const started = Date.now();
      await actions.press('take and open the next clean case', 'n');
      await expect(page.getByTestId('case-reference')).toHaveText(applied.reference);
      // The evidence beside the case, in the validator's language: clean, every signal green.
      const evidence = page.getByTestId('evidence');
      await expect(evidence.getByRole('heading', { name: t('cases.evidence.title') })).toBeVisible();
      await expect(evidence.getByText(t('cases.evidence.clean'), { exact: true })).toBeVisible();
      await expect(evidence.locator('[data-signal="vies_valid"]')).toHaveAttribute('data-colour', 'green');
      await expect(evidence.locator('[data-signal="document_vat"]')).toContainText(
        t('cases.evidence.signal.document_vat'),
      );
      await expect(evidence.locator('[data-colour]:not([data-colour="green"])')).toHaveCount(0);

      await actions.press('approve', 'a');
      const dialog = page.getByRole('dialog', { name: t('decision.approveTitle') });
      await expect(dialog).toBeVisible();
      await actions.press('confirm', 'Enter');
      await expect(dialog).toBeHidden();
      // Decided: the case is approved (nothing else waits, so the page says so instead of opening one).
      await expect(page.getByRole('status').filter({ hasText: t('cases.next.none') })).toBeVisible();
      await expect(page.getByText(t('applicationStatus.approved')).first()).toBeVisible();
      const seconds = (Date.now() - started) / 1000;

      console.log(
        `[case-decision ${lang}] ${actions.done.length} actions (${actions.done.join(', ')}), ${seconds.toFixed(1)} s from the queue to approved`,
      );
      expect(actions.done.length).toBeLessThanOrEqual(MAX_ACTIONS);
      expect(seconds).toBeLessThan(30);
      await waitForMail(admin, applied.email, 'account_ready');
    });
  }
});
