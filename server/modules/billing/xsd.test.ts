import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryPages, validateXML, type XMLFileInfo, type XMLValidationResult } from 'xmllint-wasm';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints, organisationIn } from '../../test/fixtures.js';
import type { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/**
 * The files the billing module hands to banks and e-invoicing networks validate against the
 * official schemas kept in test-data/schemas: pain.008.001.02 (ISO 20022) for direct-debit
 * collection files and UBL 2.1 (OASIS) for invoices and credit notes.
 */
const schemaDir = (sub: string) => fileURLToPath(new URL(`../../../test-data/schemas/${sub}`, import.meta.url));
const file = (dir: string, name: string, as = name): XMLFileInfo => ({
  fileName: as,
  contents: readFileSync(`${schemaDir(dir)}/${name}`, 'utf8'),
});

const pain008Schema = file('iso20022', 'pain.008.001.02.xsd');

// UBL 2.1 runtime schemas: a main document imports ../common/*, which import each other.
const ubl = (doc: 'Invoice' | 'CreditNote') =>
  file('ubl-2.1/xsdrt/maindoc', `UBL-${doc}-2.1.xsd`, `xsdrt/maindoc/UBL-${doc}-2.1.xsd`);
const ublCommon = readdirSync(schemaDir('ubl-2.1/xsdrt/common'))
  .filter((name) => name.endsWith('.xsd'))
  .map((name) => file('ubl-2.1/xsdrt/common', name, `xsdrt/common/${name}`));
const invoiceSchema = ubl('Invoice');
const creditNoteSchema = ubl('CreditNote');

async function validate(xml: string, schema: XMLFileInfo, preload: XMLFileInfo[] = []) {
  return validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [schema],
    preload,
    initialMemoryPages: 16 * memoryPages.MiB,
    maxMemoryPages: 512 * memoryPages.MiB,
  });
}

/** Passes when the document is valid; otherwise fails listing every xmllint error. */
function expectValid(result: XMLValidationResult) {
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

let rt: TestRuntime;
let finance: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime();
  finance = await adminClient(rt);
});

const sepa = (holder: string) => ({ iban: 'NL91ABNA0417164300', accountHolder: holder, consent: true });

async function directDebitPurchase(org: Awaited<ReturnType<typeof approvedOrganisation>>, kind: 'new' | 'renewal') {
  const res = await org.http.post('/api/membership/purchase', {
    idempotencyKey: randomUUID(),
    tierCode: 'silver',
    kind,
    paymentMethod: 'sepa_debit',
    sepa: sepa('Fotostudio Zoë & Søn'),
    acceptTerms: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  return invoiceOf(res.json().orderId);
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

describe('pain.008.001.02 (ISO 20022)', () => {
  it('a collection file with a first (FRST) and a recurring (RCUR) collection is valid against the XSD', async () => {
    // A first collection under one mandate, settled, so its next collection is recurring.
    const first = await approvedOrganisation(rt);
    await givePoints(rt, first.organisationId, 1200);
    await directDebitPurchase(first, 'new');
    const run1 = (await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
    expect(run1.items.map((i: { sequenceType: string }) => i.sequenceType)).toContain('FRST');
    await finance.post(`/api/finance/collection-runs/${run1.id}/submitted`);
    await finance.post(`/api/finance/collection-runs/${run1.id}/settled`);

    // The renewal collects RCUR; a new member in the same run collects FRST.
    await directDebitPurchase(first, 'renewal');
    const second = await approvedOrganisation(rt);
    await givePoints(rt, second.organisationId, 600);
    await directDebitPurchase(second, 'new');
    const run2 = (await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
    expect(new Set(run2.items.map((i: { sequenceType: string }) => i.sequenceType))).toEqual(new Set(['FRST', 'RCUR']));
    const xml = (await finance.get(`/api/finance/collection-runs/${run2.id}/pain008`)).body;
    expect(xml).toContain('<SeqTp>FRST</SeqTp>');
    expect(xml).toContain('<SeqTp>RCUR</SeqTp>');
    // Names keep their letters in the EPC character set: Zoë & Søn → Zoe + Son.
    expect(xml).toContain('<Nm>Fotostudio Zoe + Son</Nm>');
    expectValid(await validate(xml, pain008Schema));

    // The check can fail: without the mandatory collection date the file is rejected.
    const broken = await validate(xml.replace(/<ReqdColltnDt>[^<]*<\/ReqdColltnDt>/, ''), pain008Schema);
    expect(broken.valid).toBe(false);
    expect(broken.rawOutput).toContain('ReqdColltnDt');
  }, 60_000);
});

describe('UBL 2.1 (OASIS)', () => {
  async function purchase(org: Awaited<ReturnType<typeof approvedOrganisation>>, paymentMethod: string) {
    await givePoints(rt, org.organisationId, 600);
    const res = await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod,
      acceptTerms: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const inv = await invoiceOf(res.json().orderId);
    const xml = (await org.http.get(`/api/billing/invoices/${inv.id}/ubl`)).body;
    return { inv, xml };
  }

  it('a domestic invoice (VAT category S, credit transfer) is valid against the Invoice XSD', async () => {
    const { xml } = await purchase(await approvedOrganisation(rt), 'bank_transfer');
    expect(xml).toContain('<cbc:ID>S</cbc:ID>');
    expect(xml).toContain('<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>');
    expectValid(await validate(xml, invoiceSchema, ublCommon));

    // The check can fail: an invoice without its issue date, or with its elements out of order, is rejected.
    const noDate = await validate(xml.replace(/<cbc:IssueDate>[^<]*<\/cbc:IssueDate>/, ''), invoiceSchema, ublCommon);
    expect(noDate.valid).toBe(false);
    expect(noDate.rawOutput).toContain('IssueDate');
    const dueDate = xml.match(/<cbc:DueDate>[^<]*<\/cbc:DueDate>/)![0];
    const reordered = xml.replace(dueDate, '').replace('</cbc:InvoiceTypeCode>', `</cbc:InvoiceTypeCode>${dueDate}`);
    expect((await validate(reordered, invoiceSchema, ublCommon)).valid).toBe(false);
  }, 60_000);

  it('an intra-EU reverse-charge invoice (AE, card) is valid against the Invoice XSD', async () => {
    const { xml } = await purchase(await organisationIn(rt, 'BE', 'BE0411905847'), 'card');
    expect(xml).toContain('<cbc:ID>AE</cbc:ID>');
    expectValid(await validate(xml, invoiceSchema, ublCommon));
  }, 60_000);

  it('an invoice outside the scope of EU VAT (O) is valid against the Invoice XSD', async () => {
    const { xml } = await purchase(await organisationIn(rt, 'NO', null), 'card');
    expect(xml).toContain('<cbc:ID>O</cbc:ID>');
    expectValid(await validate(xml, invoiceSchema, ublCommon));
  }, 60_000);

  it('a direct-debit invoice (mandate reference) is valid against the Invoice XSD', async () => {
    const org = await approvedOrganisation(rt);
    await givePoints(rt, org.organisationId, 600);
    const inv = await directDebitPurchase(org, 'new');
    const xml = (await org.http.get(`/api/billing/invoices/${inv.id}/ubl`)).body;
    expect(xml).toContain('<cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>');
    expectValid(await validate(xml, invoiceSchema, ublCommon));
  }, 60_000);

  it('a credit note is a UBL CreditNote valid against the CreditNote XSD', async () => {
    const org = await approvedOrganisation(rt);
    const { inv } = await purchase(org, 'bank_transfer');
    const res = await finance.post(`/api/finance/invoices/${inv.id}/credit-note`);
    expect(res.statusCode, res.body).toBe(200);
    // The stored UBL file of the credit note, as the customer downloads it.
    const xml = (await org.http.get(`/api/billing/invoices/${res.json().id}/ubl`)).body;
    expect(xml).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(xml).toMatch(new RegExp(`<cac:InvoiceDocumentReference>\\s*<cbc:ID>${inv.number}</cbc:ID>`));
    expectValid(await validate(xml, creditNoteSchema, ublCommon));
    // An invoice is not a credit note.
    expect((await validate(xml, invoiceSchema, ublCommon)).valid).toBe(false);
  }, 60_000);
});
