import { readFile } from 'node:fs/promises';
import {
  type APIRequestContext,
  type Browser,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { formatTag } from '../contracts/languages.js';
import {
  approvedCustomer,
  appText,
  type Customer,
  earnPoints,
  expectOnPhone,
  invitedStaff,
  type Lang,
  mailAttachment,
  passwordField,
  type StaffAccount,
  staffLogin,
  text,
  unique,
  waitForMail,
} from './support.js';

/** An invoice as the portal's API gives it (read only to cross-check what the pages show). */
type ApiInvoice = {
  id: string;
  number: string | null;
  paymentStatus: string;
  paymentMethod: string;
  paymentReference: string | null;
  totalMinor: number;
  dueDate: string | null;
  collectionDate: string | null;
};

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** A screenshot kept with the test's results, for looking at the pages in both languages. */
async function snapshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

const xmlEscape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

type StatementEntry = {
  amountMinor: number;
  creditDebit: 'CRDT' | 'DBIT';
  name: string;
  iban?: string;
  /** An ISO 11649 structured creditor reference (RF…), in RmtInf/Strd. */
  reference?: string;
  /** Free text, in RmtInf/Ustrd. */
  remittance?: string;
  bankCode?: string;
};

/**
 * A bank-to-customer statement (ISO 20022 camt.053.001.02) as a Dutch bank exports it: one
 * statement of the seller's account with opening and closing balances, one entry per booking and
 * its transaction details (end-to-end id, related party, structured or unstructured remittance).
 */
function camt053(account: string, bookingDate: string, entries: StatementEntry[]): string {
  const amount = (minor: number) => (minor / 100).toFixed(2);
  const opening = 1_250_000;
  const closing = entries.reduce(
    (sum, e) => sum + (e.creditDebit === 'CRDT' ? e.amountMinor : -e.amountMinor),
    opening,
  );
  const stamp = `${bookingDate}T18:00:00`;
  const id = unique('STMT').toUpperCase();
  const ntry = entries
    .map((e, index) => {
      const party = e.creditDebit === 'CRDT' ? 'Dbtr' : 'Cdtr';
      const rmt = [
        e.reference
          ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${xmlEscape(e.reference)}</Ref></CdtrRefInf></Strd>`
          : '',
        e.remittance ? `<Ustrd>${xmlEscape(e.remittance)}</Ustrd>` : '',
      ].join('');
      return `
      <Ntry>
        <NtryRef>${index + 1}</NtryRef>
        <Amt Ccy="EUR">${amount(e.amountMinor)}</Amt>
        <CdtDbtInd>${e.creditDebit}</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>${bookingDate}</Dt></BookgDt>
        <ValDt><Dt>${bookingDate}</Dt></ValDt>
        <AcctSvcrRef>${id}-${index + 1}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>${e.creditDebit === 'CRDT' ? 'RCDT' : 'CCRD'}</Cd><SubFmlyCd>${e.bankCode ?? (e.creditDebit === 'CRDT' ? 'ESCT' : 'CHRG')}</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls>
          <TxDtls>
            <Refs><AcctSvcrRef>${id}-${index + 1}</AcctSvcrRef><EndToEndId>${e.reference ? xmlEscape(e.reference) : 'NOTPROVIDED'}</EndToEndId></Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">${amount(e.amountMinor)}</Amt></TxAmt></AmtDtls>
            <RltdPties><${party}><Nm>${xmlEscape(e.name)}</Nm></${party}>${e.iban ? `<${party}Acct><Id><IBAN>${e.iban}</IBAN></Id></${party}Acct>` : ''}</RltdPties>
            ${rmt ? `<RmtInf>${rmt}</RmtInf>` : ''}
          </TxDtls>
        </NtryDtls>
      </Ntry>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${id}</MsgId><CreDtTm>${stamp}</CreDtTm><MsgPgntn><PgNb>1</PgNb><LastPgInd>true</LastPgInd></MsgPgntn></GrpHdr>
    <Stmt>
      <Id>${id}</Id>
      <ElctrncSeqNb>1</ElctrncSeqNb>
      <CreDtTm>${stamp}</CreDtTm>
      <FrToDt><FrDtTm>${bookingDate}T00:00:00</FrDtTm><ToDtTm>${bookingDate}T23:59:59</ToDtTm></FrToDt>
      <Acct><Id><IBAN>${account}</IBAN></Id><Ccy>EUR</Ccy><Svcr><FinInstnId><BIC>ABNANL2A</BIC></FinInstnId></Svcr></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount(opening)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${bookingDate}</Dt></Dt></Bal>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount(closing)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${bookingDate}</Dt></Dt></Bal>
      <TxsSummry><TtlNtries><NbOfNtries>${entries.length}</NbOfNtries></TtlNtries></TxsSummry>${ntry}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}

/** The development clock: moved forward in days, or back to the real time. */
async function moveClock(request: APIRequestContext, change: { advanceDays: number } | { reset: true }) {
  const response = await request.post('/api/dev/clock', { data: change });
  expect(response.ok(), await response.text()).toBeTruthy();
  return ((await response.json()) as { now: string }).now;
}

/** Runs the nightly jobs now, at the moved clock; returns what the billing part did. */
async function dailyRun(request: APIRequestContext) {
  const response = await request.post('/api/dev/daily-run');
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()) as {
    now: string;
    result: { preNotifications?: number; collectionRuns?: string[] };
  };
}

/** The calendar day (today, or of `at`) in the programme's time zone, as the server dates its documents. */
const today = (at: Date = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);

/**
 * The nights pass: each day the daily run, until a collection run is written. Returns the days
 * (on the moved clock) of the first pre-notification and of the collection run.
 */
async function nightsUntilCollection(request: APIRequestContext) {
  let preNotifiedOn: string | undefined;
  let collectedOn: string | undefined;
  for (let day = 1; day <= 45 && !collectedOn; day++) {
    await moveClock(request, { advanceDays: 1 });
    const run = await dailyRun(request);
    if (run.result.preNotifications) preNotifiedOn ??= today(new Date(run.now));
    if (run.result.collectionRuns?.length) collectedOn = today(new Date(run.now));
  }
  expect(preNotifiedOn, 'a pre-notification before the collection').toBeTruthy();
  expect(collectedOn, 'a collection run by the due date').toBeTruthy();
  return { preNotifiedOn: preNotifiedOn!, collectedOn: collectedOn! };
}

/** Whole days from one calendar day to another. */
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The built-in test provider's page, in the customer's language. */
const TEST_PAGE = {
  en: {
    mode: 'TEST MODE',
    noCharge: /No card is charged/,
    heading: (number: string) => `Pay invoice ${number}`,
    pay: /^Pay .* \(test\)$/,
    decline: 'Simulate a declined card',
  },
  nl: {
    mode: 'TESTMODUS',
    noCharge: /Er wordt geen kaart belast/,
    heading: (number: string) => `Factuur ${number} betalen`,
    pay: /^Betaal .* \(test\)$/,
    decline: 'Een geweigerde kaart nabootsen',
  },
} as const;

for (const lang of ['nl', 'en'] as const satisfies readonly Lang[]) {
  const t = (key: string, vars?: Record<string, string | number>) => appText(lang, key, vars);
  const euro = (minor: number) =>
    new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' }).format(minor / 100);
  const silver = lang === 'nl' ? 'Zilver' : 'Silver';
  /** A calendar date as the tables show it ("25 nov 2026") and as headings do ("woensdag 25 november 2026"). */
  const shortDay = (iso: string) =>
    new Intl.DateTimeFormat(formatTag(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const longDay = (iso: string) =>
    new Intl.DateTimeFormat(formatTag(lang), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));

  /** A calendar date written out in a sentence ("28 december 2026"). */
  const writtenDay = (iso: string) =>
    new Intl.DateTimeFormat(formatTag(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );

  /** Opens My invoices, logging the customer in again when the session ran out while the clock moved. */
  async function invoicesAgain(page: Page, customer: Customer) {
    await page.goto('/portal/invoices');
    const title = page.getByRole('heading', { level: 1, name: t('invoices.title') });
    const login = page.getByRole('button', { name: text(lang, 'auth.login'), exact: true });
    await expect(title.or(login)).toBeVisible();
    if (await login.isVisible()) {
      await page.getByRole('textbox', { name: text(lang, 'auth.email'), exact: true }).fill(customer.email);
      await passwordField(page, text(lang, 'auth.password')).fill(customer.password);
      await login.click();
      await expect(page).toHaveURL(/\/portal/);
      await page.goto('/portal/invoices');
      await expect(title).toBeVisible();
    }
  }

  /** A customer with the points for Silver, logged in on `page`. */
  async function invitedCustomer(page: Page, request: Parameters<typeof approvedCustomer>[1], baseURL: string) {
    const customer = await approvedCustomer(page, request, baseURL, lang);
    expect(await earnPoints(page, baseURL, ['EOS-C400'])).toBeGreaterThanOrEqual(500);
    return customer;
  }

  /** Buys Silver in the portal with this payment method (SEPA details when given). */
  async function buySilver(
    page: Page,
    method: 'card' | 'bank_transfer' | 'sepa_debit',
    sepa?: { iban: string; holder: string },
  ) {
    await page.goto('/portal');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page
      .getByRole('navigation', { name: text(lang, 'nav.portal') })
      .getByRole('link', { name: t('membership.nav'), exact: true })
      .click();
    await page
      .locator('[data-testid="tier-card"][data-tier="silver"]')
      .getByRole('link', { name: t('membership.tier.choose', { tier: silver }) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: t('membership.checkout.title') })).toBeVisible();
    await expect(page.getByTestId('quote-total')).toHaveText(euro(12_100));
    await page.getByTestId(`method-${method}`).check();
    if (sepa) {
      await page.getByRole('textbox', { name: t('membership.checkout.iban') }).fill(sepa.iban);
      await page.getByRole('textbox', { name: t('membership.checkout.accountHolder') }).fill(sepa.holder);
      await page.getByRole('checkbox', { name: t('membership.checkout.mandate') }).check();
    }
    await page.getByRole('checkbox', { name: t('membership.checkout.terms') }).check();
    await page.getByRole('button', { name: t('membership.checkout.buy'), exact: true }).click();
    // A card goes straight on to the provider's hosted page.
    if (method === 'card') return;
    const confirmation = page.getByTestId('purchase-confirmation');
    await expect(confirmation.getByRole('heading', { level: 1, name: t('membership.done.title.new') })).toBeVisible();
    await expect(confirmation.getByTestId('done-total')).toHaveText(euro(12_100));
  }

  /** Opens My invoices from the portal bar and waits until the invoice job has made the invoice. */
  async function openInvoices(page: Page) {
    await page
      .getByRole('navigation', { name: text(lang, 'nav.portal') })
      .getByRole('link', { name: t('invoices.nav'), exact: true })
      .click();
    await expect(page).toHaveURL(/\/portal\/invoices/);
    await expect(page.getByRole('heading', { level: 1, name: t('invoices.title') })).toBeVisible();
    // The invoice is made by a job within a minute of the purchase.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('invoice-row')).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: 60_000, intervals: [1_000, 2_000, 3_000] });
  }

  /** The customer's invoice as the portal API has it. */
  async function onlyInvoice(page: Page): Promise<ApiInvoice> {
    const response = await page.request.get('/api/billing/invoices');
    expect(response.ok()).toBeTruthy();
    const { items } = (await response.json()) as { items: ApiInvoice[] };
    expect(items).toHaveLength(1);
    return items[0]!;
  }

  /** Logs a finance user in and opens the finance back office. */
  async function openFinance(page: Page, finance: StaffAccount) {
    await staffLogin(page, lang, finance.email, finance.password);
    const menu = page.getByRole('navigation', { name: text(lang, 'nav.backOffice') });
    // Finance sees only what finance does.
    await expect(menu.getByRole('link', { name: text(lang, 'nav.validationQueue') })).toHaveCount(0);
    await menu.getByRole('link', { name: t('finance.nav'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('finance.title') })).toBeVisible();
  }

  function financeRow(page: Page, number: string) {
    return page.getByRole('row').filter({ has: page.getByRole('cell', { name: number, exact: true }) });
  }

  test.describe(`Invoices and payments (${lang})`, () => {
    let finance: StaffAccount;
    test.beforeAll(async ({ baseURL }) => {
      finance = await invitedStaff(baseURL!, 'finance', lang);
    });
    // The direct-debit tests move the server's clock; each test starts at the real time, and so does
    // every other spec.
    test.beforeEach(async ({ request }) => {
      await moveClock(request, { reset: true });
    });
    test.afterAll(async ({ baseURL }) => {
      const api = await playwrightRequest.newContext({ baseURL });
      await moveClock(api, { reset: true });
      await api.dispose();
    });

    test('bank transfer: invoice e-mailed with its PDF, in My invoices, paid by an uploaded CAMT.053 statement', async ({
      page,
      request,
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const customer: Customer = await invitedCustomer(page, request, baseURL!);
      await buySilver(page, 'bank_transfer');

      // The invoice e-mail: number, total, the transfer instructions with the RF reference, and the PDF.
      const mail = await waitForMail(request, customer.email, 'invoice');
      const invoice = await onlyInvoice(page);
      const number = invoice.number!;
      const reference = invoice.paymentReference!;
      expect(number).toMatch(/^\d{4}-\d{6}$/);
      expect(reference).toMatch(/^RF\d{2}[0-9A-Z]+$/);
      expect(invoice).toMatchObject({ paymentMethod: 'bank_transfer', paymentStatus: 'pending', totalMinor: 12_100 });
      expect(mail.subject).toBe(lang === 'nl' ? `Uw factuur ${number}` : `Your invoice ${number}`);
      expect(mail.text).toContain(lang === 'nl' ? 'Bijgevoegd vindt u de factuur als PDF.' : 'attached as a PDF');
      expect(mail.text).toContain(reference);
      const sellerIban = /\b(NL\d{2}[A-Z]{4}\d{10})\b/.exec(mail.text)?.[1];
      expect(sellerIban, 'the seller IBAN in the transfer instructions').toBeTruthy();
      expect(mail.links.some((link) => link.endsWith('/portal/invoices'))).toBe(true);
      // The PDF is attached to the e-mail, named after the invoice number.
      const attached = mail.attachments.find((a) => a.filename === `${number}.pdf`);
      expect(attached, `${number}.pdf attached to the invoice e-mail`).toBeTruthy();
      expect(attached!.contentType).toBe('application/pdf');
      const file = await mailAttachment(request, mail, attached!);
      expect(file.contentType).toContain('application/pdf');
      expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // My invoices: the invoice, pending, with its reference; the PDF downloads.
      await openInvoices(page);
      const row = page.getByTestId('invoice-row');
      await expect(row.getByText(number, { exact: true })).toBeVisible();
      await expect(row.getByText(t('invoices.paymentStatus.pending'), { exact: true })).toBeVisible();
      await expect(row.getByTestId('payment-reference')).toHaveText(reference);
      await expect(row.getByText(euro(12_100), { exact: true })).toBeVisible();
      await snapshot(page, `portal-invoices-pending-${lang}`);
      // On a phone the invoice is a card: its payment status and documents are on screen.
      await expectOnPhone(page, `invoices-${lang}`, [
        row.getByText(t('invoices.paymentStatus.pending'), { exact: true }),
        row.getByRole('link', { name: t('invoices.pdf'), exact: true }),
      ]);
      const pdfLink = row.getByRole('link', { name: t('invoices.pdf'), exact: true });
      const pdfUrl = `/api/billing/invoices/${invoice.id}/pdf`;
      await expect(pdfLink).toHaveAttribute('href', pdfUrl);
      const served = page.context().waitForEvent('response', (r) => r.url().endsWith(pdfUrl));
      const opened = page.waitForEvent('popup');
      await pdfLink.click();
      const pdfResponse = await served;
      expect(pdfResponse.status()).toBe(200);
      expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
      expect(pdfResponse.headers()['content-disposition']).toContain(`${number}.pdf`);
      await (await opened).close();
      const pdf = await page.request.get(pdfUrl);
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // Finance: the invoice is open; the bank statement with the customer's transfer comes in.
      const back = await newPage(browser, baseURL!);
      await openFinance(back, finance);
      await expect(financeRow(back, number).getByText(t('finance.paymentStatus.pending'))).toBeVisible();
      await snapshot(back, `finance-invoices-${lang}`);

      const statement = camt053(sellerIban!, today(), [
        {
          amountMinor: 12_100,
          creditDebit: 'CRDT',
          name: customer.legalName.toUpperCase(),
          iban: 'NL02ABNA0123456789',
          reference,
        },
        { amountMinor: 1_250, creditDebit: 'DBIT', name: 'ABN AMRO Bank N.V.', remittance: 'Kosten zakelijk betalen' },
        {
          amountMinor: 4_999,
          creditDebit: 'CRDT',
          name: `Onbekend ${unique('payer')}`,
          iban: 'NL39RABO0300065264',
          remittance: 'Bestelling 8812',
        },
      ]);
      await back.getByRole('tab', { name: t('finance.tabs.statements') }).click();
      const chooser = back.waitForEvent('filechooser');
      await back.getByRole('button', { name: t('finance.statements.file') }).click();
      await (await chooser).setFiles({
        name: `camt053-${today()}.xml`,
        mimeType: 'application/xml',
        buffer: Buffer.from(statement, 'utf8'),
      });
      await back.getByRole('button', { name: t('finance.statements.upload'), exact: true }).click();
      // The import runs as a job; the page follows its progress until the result.
      await expect(
        back.getByRole('status').filter({
          hasText: t('finance.statements.progress', { read: 3, total: 3, matched: 1, unmatched: 1, duplicate: 0 }),
        }),
      ).toBeVisible();
      const lines = back.getByRole('table').first();
      const paidLine = lines.getByRole('row').filter({ hasText: reference });
      await expect(paidLine.getByText(t('finance.statements.status.matched'), { exact: true })).toBeVisible();
      await expect(paidLine.getByText(euro(12_100), { exact: true })).toBeVisible();
      await expect(paidLine.getByText(t('finance.statements.matchedByValue.reference'), { exact: true })).toBeVisible();
      await expect(
        lines
          .getByRole('row')
          .filter({ hasText: 'Kosten zakelijk betalen' })
          .getByText(t('finance.statements.status.ignored')),
      ).toBeVisible();
      // The stranger's payment waits in the manual queue.
      await expect(
        back
          .getByRole('row')
          .filter({ hasText: 'Bestelling 8812' })
          .getByText(t('finance.statements.status.unmatched'), { exact: true })
          .last(),
      ).toBeVisible();
      await snapshot(back, `finance-statements-${lang}`);

      // The same file again changes nothing.
      await back.getByRole('button', { name: t('finance.statements.upload'), exact: true }).click();
      await expect(back.getByRole('status').filter({ hasText: t('finance.statements.duplicate') })).toBeVisible();

      // The invoice is paid, in the back office and in the portal.
      await back.getByRole('tab', { name: t('finance.tabs.invoices') }).click();
      await expect(financeRow(back, number).getByText(t('finance.paymentStatus.paid'), { exact: true })).toBeVisible();
      await page.reload();
      await expect(row.getByText(t('invoices.paymentStatus.paid'), { exact: true })).toBeVisible();
      await expect(row.getByTestId('payment-reference')).toHaveCount(0);
      await snapshot(page, `portal-invoices-paid-${lang}`);
      expect((await onlyInvoice(page)).paymentStatus).toBe('paid');
      await back.context().close();
    });

    test('card at checkout: the test-mode payment page, a declined card, a retry that pays, paid on the confirmation and in My invoices', async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(150_000);
      const customer = await invitedCustomer(page, request, baseURL!);
      await buySilver(page, 'card');

      // Straight from "Buy" to the provider's hosted page: clearly test mode, no card data asked for.
      await expect(page).toHaveURL(/\/api\/billing\/test-provider\//);
      const invoice = await onlyInvoice(page);
      const number = invoice.number!;
      expect(invoice).toMatchObject({ paymentMethod: 'card', paymentStatus: 'pending', totalMinor: 12_100 });
      await expect(page.getByText(TEST_PAGE[lang].mode, { exact: true })).toBeVisible();
      await expect(page.getByText(TEST_PAGE[lang].noCharge)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(TEST_PAGE[lang].heading(number));
      await expect(page.locator('input[autocomplete^="cc-"], input[name*="card" i]')).toHaveCount(0);
      await snapshot(page, `card-test-provider-${lang}`);

      // A declined card: back on the confirmation, which says so and offers a retry.
      await page.getByRole('button', { name: TEST_PAGE[lang].decline }).click();
      await expect(page).toHaveURL(/\/portal\/membership\/checkout\?order=[0-9a-f-]+&failed=1$/);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const result = page.getByTestId('payment-result');
      const state = result.getByTestId('payment-state');
      await expect(state).toContainText(t('membership.payment.failedTitle'));
      await expect(state).toContainText(t('membership.payment.failedText'));
      await expect(result.getByTestId('new-membership-number')).not.toBeEmpty();
      await snapshot(page, `card-failed-${lang}`);
      await state.getByRole('button', { name: t('membership.payment.retry') }).click();

      // The retry opens the provider's page again; this time the card pays.
      await expect(page).toHaveURL(/\/api\/billing\/test-provider\//);
      await page.getByRole('button', { name: TEST_PAGE[lang].pay }).click();
      await expect(page).toHaveURL(/\/portal\/membership\/checkout\?order=[0-9a-f-]+$/);
      await expect(state).toContainText(t('membership.payment.paidTitle'));
      await expect(state).toContainText(t('membership.payment.paidText', { number }));
      await expect(result.getByTestId('done-total')).toHaveText(euro(12_100));
      await snapshot(page, `card-paid-${lang}`);

      // My invoices: paid, nothing left to pay; the invoice was e-mailed.
      await page
        .getByRole('navigation', { name: text(lang, 'nav.portal') })
        .getByRole('link', { name: t('invoices.nav'), exact: true })
        .click();
      const row = page.getByTestId('invoice-row');
      await expect(row.getByText(t('invoices.paymentStatus.paid'), { exact: true })).toBeVisible();
      await expect(row.getByRole('button', { name: t('invoices.payNamed', { number }) })).toHaveCount(0);
      expect((await onlyInvoice(page)).paymentStatus).toBe('paid');
      const mail = await waitForMail(request, customer.email, 'invoice');
      expect(mail.subject).toContain(number);
    });

    test('SEPA direct debit: mandate at checkout, pre-notification, and on the due date the pain.008 file collects the invoice', async ({
      page,
      request,
      browser,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const customer = await invitedCustomer(page, request, baseURL!);
      const iban = 'NL91 ABNA 0417 1643 00';
      await buySilver(page, 'sepa_debit', { iban, holder: customer.legalName });

      const mail = await waitForMail(request, customer.email, 'invoice');
      await openInvoices(page);
      const invoice = await onlyInvoice(page);
      const number = invoice.number!;
      const dueDate = invoice.dueDate!;
      expect(invoice).toMatchObject({ paymentMethod: 'sepa_debit', paymentStatus: 'pending', paymentReference: null });
      // The invoice says when and under which mandate the amount is collected.
      const mandate = /(?:mandate|machtiging) ([A-Z0-9-]+)/i.exec(mail.text)?.[1];
      expect(mandate, 'the mandate reference in the invoice e-mail').toBeTruthy();
      const row = page.getByTestId('invoice-row');
      await expect(row.getByText(t('invoices.paymentStatus.pending'), { exact: true })).toBeVisible();
      await expect(row.getByTestId('collection-note')).toHaveText(t('invoices.sepaNote', { date: shortDay(dueDate) }));
      expect(invoice.collectionDate).toBeNull();
      await expect(row.getByRole('button', { name: t('invoices.payNamed', { number }) })).toHaveCount(0);
      await snapshot(page, `portal-invoices-sepa-${lang}`);

      // The nights pass: each day the daily run, until the collection run for the due date is written.
      const { preNotifiedOn, collectedOn } = await nightsUntilCollection(request);
      expect(preNotifiedOn < collectedOn).toBe(true);
      expect(collectedOn <= dueDate).toBe(true);
      const notice = await waitForMail(request, customer.email, 'direct_debit_pre_notification');
      expect(notice.text).toContain(number);
      expect(notice.text).toContain(mandate!);
      // My invoices now gives the announced collection date instead of "on or just after the due date".
      await invoicesAgain(page, customer);
      const announced = (await onlyInvoice(page)).collectionDate;
      expect(announced, 'the collection date announced in the pre-notification').toBeTruthy();
      expect(announced! >= dueDate).toBe(true);
      await expect(row.getByTestId('collection-note')).toHaveText(
        t('invoices.sepaCollection', { date: writtenDay(announced!) }),
      );
      await snapshot(page, `portal-invoices-sepa-announced-${lang}`);
      // Move on to the due date itself.
      const toDue = daysFrom(collectedOn, dueDate);
      if (toDue > 0) await moveClock(request, { advanceDays: toDue });

      // Finance (a fresh log-in: the clock moved past the session) finds the run and its file.
      const back = await newPage(browser, baseURL!);
      await openFinance(back, finance);
      await back.getByRole('tab', { name: t('finance.tabs.debit') }).click();
      const runCard = back.getByTestId('collection-run').filter({ hasText: number });
      await expect(runCard).toHaveCount(1);
      await expect(runCard.getByTestId('run-status')).toHaveText(t('finance.debit.runStatus.created'));
      const item = runCard.getByRole('row').filter({ hasText: number });
      await expect(item.getByText(customer.legalName, { exact: true })).toBeVisible();
      await expect(item.getByText(mandate!, { exact: true })).toBeVisible();
      await expect(item.getByText('FRST', { exact: true })).toBeVisible();
      await expect(item.getByText(euro(12_100), { exact: true })).toBeVisible();
      await snapshot(back, `finance-direct-debit-${lang}`);

      const downloaded = back.waitForEvent('download');
      await runCard.getByRole('link', { name: t('finance.debit.pain008') }).click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toMatch(/\.xml$/);
      const xml = (await readFile((await download.path())!)).toString('utf8');
      expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"');
      const transaction = xml
        .split('<DrctDbtTxInf>')
        .slice(1)
        .find((tx) => tx.includes(`<EndToEndId>${number}</EndToEndId>`));
      expect(transaction, `the collection of invoice ${number} in the pain.008 file`).toBeTruthy();
      expect(transaction).toContain('<InstdAmt Ccy="EUR">121.00</InstdAmt>');
      expect(transaction).toContain(`<MndtId>${mandate}</MndtId>`);
      expect(transaction).toContain(`<IBAN>${iban.replaceAll(' ', '')}</IBAN>`);
      const collectionDate = /<ReqdColltnDt>(\d{4}-\d{2}-\d{2})<\/ReqdColltnDt>/.exec(xml)?.[1];
      expect(collectionDate).toBe(announced);
      expect(xml).toContain('<SeqTp>FRST</SeqTp>');
      await expect(runCard.getByText(t('finance.debit.runTitle', { date: longDay(collectionDate!) }))).toBeVisible();

      // The bank collects: submitted, then settled, and the invoice is paid.
      await runCard.getByRole('button', { name: t('finance.debit.markSubmitted') }).click();
      await expect(runCard.getByTestId('run-status')).toHaveText(t('finance.debit.runStatus.submitted'));
      await runCard.getByRole('button', { name: t('finance.debit.markSettled') }).click();
      await expect(runCard.getByTestId('run-status')).toHaveText(t('finance.debit.runStatus.settled'));
      await expect(item.getByRole('cell', { name: t('finance.debit.itemStatus.settled'), exact: true })).toBeVisible();
      await back.getByRole('tab', { name: t('finance.tabs.invoices') }).click();
      await expect(financeRow(back, number).getByText(t('finance.paymentStatus.paid'), { exact: true })).toBeVisible();
      await back.context().close();

      // The customer sees it paid, with no collection note any more.
      await invoicesAgain(page, customer);
      await expect(row.getByText(t('invoices.paymentStatus.paid'), { exact: true })).toBeVisible();
      await expect(row.getByTestId('collection-note')).toHaveCount(0);
    });

    test('SEPA direct debit returned by the bank: the payment has failed at once, stays so overnight, and is paid by card in My invoices', async ({
      page,
      request,
      browser,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const customer = await invitedCustomer(page, request, baseURL!);
      await buySilver(page, 'sepa_debit', { iban: 'NL91 ABNA 0417 1643 00', holder: customer.legalName });
      await waitForMail(request, customer.email, 'invoice');
      await openInvoices(page);
      const number = (await onlyInvoice(page)).number!;

      const { collectedOn } = await nightsUntilCollection(request);
      await invoicesAgain(page, customer);
      const announced = (await onlyInvoice(page)).collectionDate!;
      expect(announced).toBeTruthy();

      // Finance submits the run; the bank returns this collection.
      const back = await newPage(browser, baseURL!);
      await openFinance(back, finance);
      await back.getByRole('tab', { name: t('finance.tabs.debit') }).click();
      const runCard = back.getByTestId('collection-run').filter({ hasText: number });
      await runCard.getByRole('button', { name: t('finance.debit.markSubmitted') }).click();
      await expect(runCard.getByTestId('run-status')).toHaveText(t('finance.debit.runStatus.submitted'));
      const item = runCard.getByRole('row').filter({ hasText: number });
      await item.getByRole('button', { name: t('finance.debit.markReturned') }).click();
      await item.getByRole('textbox', { name: t('finance.debit.reason') }).fill('MD06 Refund request by end customer');
      await item.getByRole('button', { name: t('finance.debit.confirmReturned'), exact: true }).click();
      await expect(item.getByRole('cell', { name: t('finance.debit.itemStatus.returned'), exact: true })).toBeVisible();
      await back.context().close();
      const returned = await waitForMail(request, customer.email, 'direct_debit_returned');
      expect(returned.subject).toContain(number);

      // At once, and still the night after the collection date, the payment has failed: no collection is
      // promised any more, and the customer pays by card.
      await invoicesAgain(page, customer);
      const row = page.getByTestId('invoice-row');
      await expect(row.getByText(t('invoices.paymentStatus.failed'), { exact: true })).toBeVisible();
      await expect(row.getByTestId('collection-note')).toHaveCount(0);
      await moveClock(request, { advanceDays: daysFrom(collectedOn, announced) + 1 });
      await dailyRun(request);
      await invoicesAgain(page, customer);
      await expect(row.getByText(t('invoices.paymentStatus.failed'), { exact: true })).toBeVisible();
      await expect(row.getByTestId('collection-note')).toHaveCount(0);
      await expect(row.getByText(t('invoices.sepaReturned'))).toBeVisible();
      await snapshot(page, `portal-invoices-sepa-returned-${lang}`);
      await row.getByRole('button', { name: t('invoices.payNamed', { number }) }).click();
      await expect(page).toHaveURL(/\/api\/billing\/test-provider\//);
      await page.getByRole('button', { name: TEST_PAGE[lang].pay }).click();
      await expect(page.getByRole('status').filter({ hasText: t('invoices.paidTitle') })).toContainText(
        t('invoices.paidTextNamed', { number }),
      );
      await expect(row.getByText(t('invoices.paymentStatus.paid'), { exact: true })).toBeVisible();
      expect((await onlyInvoice(page)).paymentStatus).toBe('paid');
    });
  });
}
