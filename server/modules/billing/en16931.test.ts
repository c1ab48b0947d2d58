import { describe, expect, it } from 'vitest';
import { PROGRAMME_DEFAULTS } from '../../../contracts/programme.js';
import { element, fatal, NONE, nlVat, ruleTestbed, sellerVat } from './en16931.fixtures.js';

// Each VAT category and payment means through the official rules; the invoice period, part payments,
// credit notes and electronic addresses are in en16931-documents.test.ts.
const { customer, purchase } = ruleTestbed();

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
