import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
// @ts-expect-error Saxon-JS ships no type declarations.
import SaxonJS from 'saxon-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_DEFAULTS } from '../../../contracts/programme.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import type { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { invoiceUbl } from './documents.js';

/**
 * Every kind of invoice and credit note the billing module issues is run through the official
 * business rules: CEN's EN 16931 UBL rules and OpenPeppol's BIS Billing 3.0 rules (with the
 * national rules such as NL-R-*), both XSLT stylesheets kept in test-data. A rule the document
 * breaks with flag "fatal" fails the test with its id and text. Saxon-JS runs the stylesheets
 * (no Java); each is compiled once to SEF and cached in .tmp/sef by the stylesheet's hash.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const RULE_SETS = {
  'EN 16931': `${root}test-data/en16931/EN16931-UBL-validation.xslt`,
  'Peppol BIS 3.0': `${root}test-data/peppol-bis-3/PEPPOL-EN16931-UBL.xslt`,
} as const;
type RuleSet = keyof typeof RULE_SETS;

async function compiled(xsltPath: string): Promise<object> {
  const hash = createHash('sha256').update(readFileSync(xsltPath)).digest('hex').slice(0, 16);
  const dir = `${root}.tmp/sef`;
  const sef = `${dir}/${hash}.sef.json`;
  if (!existsSync(sef)) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed: two test processes compiling at once never read half a file.
    const part = `${sef}.${process.pid}.part`;
    const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
    await promisify(execFile)(process.execPath, [xslt3, `-xsl:${xsltPath}`, `-export:${part}`, '-nogo'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    renameSync(part, sef);
  }
  return JSON.parse(readFileSync(sef, 'utf8'));
}

const stylesheets = {} as Record<RuleSet, object>;
const svrl = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => name === 'failed-assert',
});

type Failure = { id: string; flag: string; text: string; location: string };

/** The rules of one set the document breaks (every flag), from the SVRL report. */
function failedAsserts(xml: string, set: RuleSet): Failure[] {
  const result = SaxonJS.transform(
    { stylesheetInternal: stylesheets[set], sourceText: xml, destination: 'serialized' },
    'sync',
  ) as { principalResult: string };
  const report = svrl.parse(result.principalResult)['schematron-output'];
  return ((report['failed-assert'] ?? []) as Record<string, unknown>[]).map((f) => ({
    id: String(f.id),
    flag: String(f.flag),
    text: String(typeof f.text === 'object' ? (f.text as Record<string, unknown>)['#text'] : f.text).trim(),
    location: String(f.location),
  }));
}

/** `[rule id] text` of every fatal rule broken, per rule set: the test expects none. */
function fatal(xml: string) {
  return Object.fromEntries(
    (Object.keys(RULE_SETS) as RuleSet[]).map((set) => [
      set,
      failedAsserts(xml, set)
        .filter((f) => f.flag === 'fatal')
        .map((f) => `[${f.id}] ${f.text} (at ${f.location})`),
    ]),
  );
}
const NONE = { 'EN 16931': [], 'Peppol BIS 3.0': [] };

let rt: TestRuntime;
let finance: ReturnType<typeof client>;
beforeAll(async () => {
  const [runtime] = await Promise.all([
    startTestRuntime(),
    ...(Object.keys(RULE_SETS) as RuleSet[]).map(async (set) => {
      stylesheets[set] = await compiled(RULE_SETS[set]);
    }),
  ]);
  rt = runtime;
  finance = await adminClient(rt);
}, 300_000);

type Org = Awaited<ReturnType<typeof approvedOrganisation>>;

/** An approved organisation as registered in `country` with these identifiers. */
async function customer(
  country: string,
  ids: { vatNumber?: string | null; tradeRegisterNumber?: string | null; electronicAddress?: string | null },
) {
  const org = await approvedOrganisation(rt);
  await rt.database.db
    .update(schema.organisations)
    .set({
      country,
      vatNumber: ids.vatNumber ?? null,
      tradeRegisterNumber: ids.tradeRegisterNumber ?? null,
      electronicAddress: ids.electronicAddress ?? null,
    })
    .where(eq(schema.organisations.id, org.organisationId));
  await givePoints(rt, org.organisationId, 600);
  return org;
}

/** Invoices are issued by a background job: wait until the order's invoice has its documents. */
async function invoiceOf(orderId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
    if (row?.pdfKey) return row;
    if (Date.now() > deadline) throw new Error(`no invoice for order ${orderId}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Buys a membership and answers the invoice and its UBL file as the customer downloads it. */
async function purchase(
  org: Org,
  paymentMethod: 'card' | 'bank_transfer' | 'sepa_debit',
  order: { tierCode?: string; kind?: 'new' | 'renewal' | 'upgrade' } = {},
) {
  const res = await org.http.post('/api/membership/purchase', {
    idempotencyKey: randomUUID(),
    tierCode: order.tierCode ?? 'silver',
    kind: order.kind ?? 'new',
    paymentMethod,
    ...(paymentMethod === 'sepa_debit'
      ? { sepa: { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Zoë & Søn', consent: true } }
      : {}),
    acceptTerms: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  const inv = await invoiceOf(res.json().orderId);
  const xml = (await org.http.get(`/api/billing/invoices/${inv.id}/ubl`)).body;
  return { inv, xml };
}

/** A Dutch VAT number of the right shape, new each time (an organisation's VAT number is unique). */
const nlVat = () => `NL${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}B01`;
const element = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];
const sellerVat = PROGRAMME_DEFAULTS.seller.vatNumber;

describe('EN 16931 and Peppol BIS Billing 3.0 business rules: no fatal rule broken', () => {
  it('domestic NL → NL (S), credit transfer: electronic addresses, period, payment means 58', async () => {
    const vat = nlVat();
    const org = await customer('NL', {
      vatNumber: vat,
      tradeRegisterNumber: '34126549',
      electronicAddress: '0106:34126549',
    });
    const { xml } = await purchase(org, 'bank_transfer');
    expect(fatal(xml)).toEqual(NONE);
    // The buyer's address kept on the organisation; the seller's derived from its KvK number.
    expect(xml).toContain('<cbc:EndpointID schemeID="0106">34126549</cbc:EndpointID>');
    expect(xml).toContain(`<cbc:EndpointID schemeID="0106">${PROGRAMME_DEFAULTS.seller.registrationNumber}</`);
    expect(element(xml, 'cbc:PaymentMeansCode')).toBe('58');
    // A one-year membership: the invoice period has its first and its last day.
    expect(element(xml, 'cbc:StartDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(element(xml, 'cbc:EndDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [start, end] = [element(xml, 'cbc:StartDate')!, element(xml, 'cbc:EndDate')!];
    expect(Number(end.slice(0, 4)) - Number(start.slice(0, 4))).toBe(1);
  }, 120_000);

  it('domestic NL → NL paid by card uses payment means 48 (bank card), as NL-R-008 allows', async () => {
    const org = await customer('NL', { vatNumber: nlVat(), tradeRegisterNumber: '34126549' });
    const { xml } = await purchase(org, 'card');
    expect(fatal(xml)).toEqual(NONE);
    expect(element(xml, 'cbc:PaymentMeansCode')).toBe('48');
  }, 120_000);

  it('SEPA direct debit (59): mandate, creditor identifier (BT-90) and debited account (BT-91)', async () => {
    const vat = nlVat();
    const org = await customer('NL', { vatNumber: vat });
    const { xml } = await purchase(org, 'sepa_debit');
    expect(fatal(xml)).toEqual(NONE);
    expect(element(xml, 'cbc:PaymentMeansCode')).toBe('59');
    expect(xml).toContain(`<cbc:ID schemeID="SEPA">${PROGRAMME_DEFAULTS.seller.sepaCreditorId}</cbc:ID>`);
    expect(xml).toMatch(/<cac:PayerFinancialAccount>\s*<cbc:ID>NL91ABNA0417164300<\/cbc:ID>/);
    // The buyer's address derived from its VAT number (no register number given).
    expect(xml).toContain(`<cbc:EndpointID schemeID="9944">${vat}</cbc:EndpointID>`);
  }, 120_000);

  it('reverse charge to a VAT-registered buyer in another EU country (AE), card', async () => {
    const org = await customer('BE', { vatNumber: 'BE0411905847' });
    const { xml } = await purchase(org, 'card');
    expect(fatal(xml)).toEqual(NONE);
    expect(xml).toMatch(/<cac:TaxCategory>\s*<cbc:ID>AE<\/cbc:ID>/);
    expect(xml).toContain('<cbc:EndpointID schemeID="0208">0411905847</cbc:EndpointID>');
    expect(xml).toContain(`<cbc:CompanyID>${sellerVat}</cbc:CompanyID>`);
    expect(xml).toContain('<cbc:CompanyID>BE0411905847</cbc:CompanyID>');
  }, 120_000);

  it('an EU buyer without a VAT number pays Dutch VAT (S); its enterprise number is its address', async () => {
    const org = await customer('BE', { tradeRegisterNumber: '0411.905.847' });
    const { xml } = await purchase(org, 'bank_transfer');
    expect(fatal(xml)).toEqual(NONE);
    expect(xml).toMatch(/<cac:TaxCategory>\s*<cbc:ID>S<\/cbc:ID>\s*<cbc:Percent>21.00<\/cbc:Percent>/);
    expect(xml).toContain('<cbc:EndpointID schemeID="0208">0411905847</cbc:EndpointID>');
  }, 120_000);

  // Services to businesses established outside the EU: outside the scope of EU VAT (O), so neither
  // party's VAT number is stated (BR-O-02); the buyer's organisation or VAT number is its address.
  for (const [country, vatNumber, endpoint] of [
    ['NO', 'NO974760673MVA', '<cbc:EndpointID schemeID="0192">974760673</cbc:EndpointID>'],
    ['CH', 'CHE116281710MWST', '<cbc:EndpointID schemeID="9927">CHE116281710</cbc:EndpointID>'],
    ['GB', 'GB980780684', '<cbc:EndpointID schemeID="9932">GB980780684</cbc:EndpointID>'],
  ] as const) {
    it(`a buyer in ${country} (outside the EU): category O without VAT numbers`, async () => {
      const org = await customer(country, { vatNumber });
      const { xml } = await purchase(org, 'card');
      expect(fatal(xml)).toEqual(NONE);
      expect(xml).toMatch(/<cac:TaxCategory>\s*<cbc:ID>O<\/cbc:ID>/);
      expect(xml).not.toContain('<cac:PartyTaxScheme>');
      expect(xml).not.toContain('<cbc:Percent>');
      expect(xml).toContain(endpoint);
    }, 120_000);
  }

  it('the invoice period is the term paid for: a year, the rest of the term for an upgrade, the next year for a renewal', async () => {
    const org = await customer('NL', { vatNumber: nlVat(), tradeRegisterNumber: '34126549' });
    await givePoints(rt, org.organisationId, 600);
    const period = (xml: string) => [element(xml, 'cbc:StartDate'), element(xml, 'cbc:EndDate')];
    const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const yearEnd = (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y + 1, m - 1, d - 1)).toISOString().slice(0, 10);
    };

    const first = await purchase(org, 'bank_transfer');
    const [start, end] = period(first.xml);
    expect(end).toBe(yearEnd(start!));

    const upgrade = await purchase(org, 'bank_transfer', { tierCode: 'gold', kind: 'upgrade' });
    expect(fatal(upgrade.xml)).toEqual(NONE);
    expect(period(upgrade.xml)).toEqual([upgrade.inv.issueDate, end]);

    const renewal = await purchase(org, 'bank_transfer', { tierCode: 'gold', kind: 'renewal' });
    expect(fatal(renewal.xml)).toEqual(NONE);
    expect(period(renewal.xml)).toEqual([dayAfter(end!), yearEnd(dayAfter(end!))]);
  }, 120_000);

  it('a partly paid invoice states the amount paid (PrepaidAmount) and the rest as payable', async () => {
    const org = await customer('NL', { vatNumber: nlVat() });
    const { inv } = await purchase(org, 'bank_transfer');
    const settings = await rt.services.programme.settings(rt.database.db);
    // The same document after a part payment of 50.00 (the invoice row as billing keeps it then).
    const xml = invoiceUbl(
      { ...inv, paidMinor: 5000, paymentStatus: 'partially_paid' },
      { iban: settings.seller.iban, bic: settings.seller.bic, period: { start: inv.issueDate, end: null } },
    );
    expect(fatal(xml)).toEqual(NONE);
    expect(element(xml, 'cbc:PrepaidAmount')).toBe('50.00');
    expect(element(xml, 'cbc:PayableAmount')).toBe(((inv.totalMinor - 5000) / 100).toFixed(2));
  }, 120_000);

  it('a credit note (381) refers to the invoice it voids', async () => {
    const org = await customer('NL', { vatNumber: nlVat(), tradeRegisterNumber: '34126549' });
    const { inv } = await purchase(org, 'bank_transfer');
    const res = await finance.post(`/api/finance/invoices/${inv.id}/credit-note`);
    expect(res.statusCode, res.body).toBe(200);
    const xml = (await org.http.get(`/api/billing/invoices/${res.json().id}/ubl`)).body;
    expect(element(xml, 'cbc:CreditNoteTypeCode')).toBe('381');
    expect(fatal(xml)).toEqual(NONE);
  }, 120_000);

  it("the seller's electronic address comes from the programme settings when set there (its Peppol id)", async () => {
    const current = (await finance.get('/api/admin/programme')).json();
    const bad = await finance.put('/api/admin/programme', {
      ...current,
      seller: { ...current.seller, electronicAddress: 'NL004495445B01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const set = await finance.put('/api/admin/programme', {
      ...current,
      seller: { ...current.seller, electronicAddress: '0190:00000001234567890000' },
    });
    expect(set.statusCode, set.body).toBe(200);
    try {
      const org = await customer('DE', { vatNumber: 'DE811569869' });
      const { xml } = await purchase(org, 'bank_transfer');
      expect(fatal(xml)).toEqual(NONE);
      expect(xml).toContain('<cbc:EndpointID schemeID="0190">00000001234567890000</cbc:EndpointID>');
      expect(xml).toContain('<cbc:EndpointID schemeID="9930">DE811569869</cbc:EndpointID>');
    } finally {
      await finance.put('/api/admin/programme', current);
    }
  }, 120_000);

  it('the rules can fail: a document without electronic addresses or with a card code 54 is refused', async () => {
    const org = await customer('NL', { vatNumber: nlVat(), tradeRegisterNumber: '34126549' });
    const { xml } = await purchase(org, 'card');
    const broken = xml
      .replace(/<cbc:EndpointID[^>]*>[^<]*<\/cbc:EndpointID>/g, '')
      .replace(/<cbc:PaymentMeansCode>48</, '<cbc:PaymentMeansCode>54<');
    const peppol = fatal(broken)['Peppol BIS 3.0']!.map((f) => f.slice(0, f.indexOf(']') + 1));
    expect(peppol).toEqual(expect.arrayContaining(['[PEPPOL-EN16931-R010]', '[PEPPOL-EN16931-R020]', '[NL-R-008]']));
  }, 120_000);
});

describe('the electronic address kept on an organisation', () => {
  it('is derived when the organisation is created from its register or VAT number, else left empty', async () => {
    const create = async (country: string, vatNumber: string | null, tradeRegisterNumber: string | null) => {
      const { organisationId } = await rt.database.db.transaction((tx) =>
        rt.services.accounts.createOrganisationWithSuperuser(
          tx,
          {
            legalName: 'Fotostudio Adres B.V.',
            tradingName: null,
            country,
            street: 'Damrak',
            houseNumber: '1',
            postcode: '1012LG',
            city: 'Amsterdam',
            phone: '+31201234567',
            vatNumber,
            tradeRegisterNumber,
            legacyEmail: null,
            applicationId: randomUUID(),
          },
          { email: `adres-${randomUUID()}@example.test`, firstName: 'Sam', lastName: 'Adres', locale: 'nl' },
        ),
      );
      const [row] = await rt.database.db
        .select({ electronicAddress: schema.organisations.electronicAddress })
        .from(schema.organisations)
        .where(eq(schema.organisations.id, organisationId));
      return row!.electronicAddress;
    };
    const vat = nlVat();
    expect(await create('NL', vat, null)).toBe(`9944:${vat}`);
    expect(await create('NL', nlVat(), '34126549')).toBe('0106:34126549');
    expect(await create('DE', 'DE136695976', null)).toBe('9930:DE136695976');
    expect(await create('NO', 'NO923609016MVA', null)).toBe('0192:923609016');
    expect(await create('NL', null, null)).toBeNull();
  });
});
