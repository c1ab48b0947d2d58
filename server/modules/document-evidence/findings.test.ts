import { describe, expect, it } from 'vitest';
import { type EvidenceSubject, findAddress, findDate, findName, findVatNumber, readFindings } from './findings.js';
import { monthsBetween } from './signals.js';

const subject: EvidenceSubject = {
  legalName: 'Fotostudio de Vries B.V.',
  tradingName: 'Studio Vries',
  vatRegistered: true,
  vatNumber: 'NL004495445B01',
  street: 'Keizersgracht',
  houseNumber: '1',
  postcode: '1015 CJ',
  city: 'Amsterdam',
  country: 'NL',
  tradeRegisterNumber: '12345678',
};

describe('what a document says', () => {
  it.each([
    'NL004495445B01',
    'NL 0044 95 445 B01',
    'nl0044.95.445.b01',
    'BTW-nr: 004495445B01',
    'VAT NL-004495445-B01.',
  ])('finds the VAT number written as %s', (text) => {
    expect(findVatNumber(['Header', `Lorem ${text} ipsum`], 'NL004495445B01')).toMatchObject({ found: true, page: 2 });
  });

  it('does not take a number glued to more digits for the VAT number', () => {
    expect(findVatNumber(['IBAN 9004495445B012'], 'NL004495445B01').found).toBe(false);
  });

  it('finds the name whatever the case, accents, legal form and word order', () => {
    const hit = findName(['Factuur aan: VRIES, FOTOSTUDIO DE (BV) — Keizersgracht 1'], [subject.legalName]);
    expect(hit).toMatchObject({ found: true, page: 1 });
    expect(hit.snippet!.match).toBe('VRIES, FOTOSTUDIO DE');
    expect(findName(['Café Müller GmbH'], ['Cafe Muller'])).toMatchObject({ found: true });
    expect(findName(['Bakkerij Jansen B.V.'], [subject.legalName, subject.tradingName]).found).toBe(false);
  });

  it('finds street and postcode on one page, the postcode in any spacing', () => {
    expect(findAddress(['Keizersgracht 1\n1015CJ Amsterdam'], 'Keizersgracht', '1015 CJ')).toMatchObject({
      found: true,
      snippet: { match: 'Keizersgracht 1 1015CJ' },
    });
    expect(findAddress(['Keizersgracht 1', '1015 CJ Amsterdam'], 'Keizersgracht', '1015 CJ').found).toBe(false);
  });

  it.each([
    ['Datum: 3 december 2026', '2026-12-03'],
    ['Date: December 3, 2026', '2026-12-03'],
    ['Datum: 3. Dezember 2026', '2026-12-03'],
    ['Date : 1er décembre 2026', '2026-12-01'],
    ['3 mrt. 2026', '2026-03-03'],
    ['03-12-2026', '2026-12-03'],
    ['03.12.2026', '2026-12-03'],
    ['11/30/2026', '2026-11-30'],
    ['12/31/2026', null],
    ['2026-11-30', '2026-11-30'],
  ])('reads the date in %s', (text, value) => {
    expect(findDate([text], '2026-12-03').value).toBe(value);
  });

  it('takes the latest plausible date: not in the future, not before 2000, a real calendar day', () => {
    const text = 'Opgericht 01-01-1999. Factuur 15-10-2026, betalen voor 14-11-2026. Geldig tot 31-12-2027. 31-02-2026';
    expect(findDate([text], '2026-11-25')).toMatchObject({ found: true, value: '2026-11-14' });
  });

  it('names another company only when the applicant is not named', () => {
    const invoice = ['Bakkerij Jansen B.V., BTW NL004495445B01', 'Aan: Studio Lux B.V.'];
    const lux = { ...subject, legalName: 'Studio Lux B.V.', tradingName: null, vatNumber: 'NL100000010B01' };
    expect(readFindings(invoice, lux, '2026-11-25').otherCompany.found).toBe(false);
    const foreign = readFindings([invoice[0]!], lux, '2026-11-25').otherCompany;
    expect(foreign).toMatchObject({ found: true, value: 'NL004495445B01' });
  });

  it('counts an invoice’s age in whole months', () => {
    expect(monthsBetween('2026-07-25', '2026-11-25')).toBe(4);
    expect(monthsBetween('2026-08-26', '2026-11-25')).toBe(2);
  });
});
