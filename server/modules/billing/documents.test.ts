import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { catalogueLanguages, speaker } from '../../platform/i18n/index.js';
import type { InvoiceRow } from './billing.repository.js';
import { invoiceLayout, invoicePdf } from './documents.js';

/**
 * The legal content of an invoice (Article 226 of the VAT Directive) is the same in every language
 * that has a documents catalogue: only the words and the formats differ. Checked on the structure
 * the PDF is drawn from, for each VAT treatment and payment method.
 */

const seller = {
  name: 'CPS Programme B.V.',
  street: 'Herengracht 1',
  postcode: '1015 BA',
  city: 'Amsterdam',
  country: 'NL',
  vatNumber: 'NL859146773B01',
};
const party = (country: string, vatNumber: string | null) => ({
  name: `Studio ${country} GmbH`,
  street: 'Hauptstraße 5',
  postcode: '1010',
  city: 'Wien',
  country,
  vatNumber,
});

function invoice(overrides: Partial<InvoiceRow>): InvoiceRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'invoice',
    number: 'CPS-2026-000123',
    orderId: null,
    organisationId: '00000000-0000-4000-8000-000000000002',
    creditsInvoiceId: null,
    documentStatus: 'finalised',
    paymentStatus: 'pending',
    issueDate: '2026-12-03',
    dueDate: '2027-01-02',
    locale: 'en',
    seller,
    buyer: party('AT', 'ATU13585627'),
    lines: [{ description: 'CPS Gold membership, 1 year', quantity: 1, unitPriceMinor: 123456, netMinor: 123456 }],
    currency: 'EUR',
    netMinor: 123456,
    vatRateBasisPoints: 0,
    vatMinor: 0,
    totalMinor: 123456,
    vatTreatment: 'reverse_charge',
    paymentMethod: 'bank_transfer',
    paymentReference: 'RF18539007547034',
    mandateReference: 'CPS-MANDATE-7',
    collectionDate: null,
    paidMinor: 0,
    pdfKey: null,
    ublKey: null,
    createdAt: new Date('2026-12-03T10:00:00Z'),
    finalisedAt: new Date('2026-12-03T10:00:00Z'),
    ...overrides,
  };
}

const extra = {
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  supplyDate: '2026-12-03',
  creditedNumber: 'CPS-2026-000100',
  paid: false,
  collectionDate: '2027-01-04',
};

const CASES: [string, Partial<InvoiceRow>][] = [
  ['reverse charge, bank transfer', {}],
  ['reverse charge, direct debit', { paymentMethod: 'sepa_debit' }],
  [
    'domestic, card',
    { vatTreatment: 'domestic', buyer: party('NL', 'NL004495445B01'), paymentMethod: 'card', vatRateBasisPoints: 2100 },
  ],
  ['outside the EU', { vatTreatment: 'outside_scope', buyer: party('CH', null), paymentMethod: 'card' }],
  ['credit note', { kind: 'credit_note', paymentMethod: 'card' }],
];
const languages = catalogueLanguages('documents');

describe('the invoice PDF says the same in every language', () => {
  it('has a documents catalogue in English and Dutch at least', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'nl']));
  });

  describe.each(CASES)('%s', (_, overrides) => {
    const english = invoiceLayout(invoice({ ...overrides, locale: 'en' }), extra);

    it.each(languages)('in %s: the same fields, numbers, VAT ids, dates, amounts and VAT wording', (language) => {
      const inv = invoice({ ...overrides, locale: language });
      const layout = invoiceLayout(inv, extra);
      // The formats of the buyer's country, in the language of the invoice.
      const { date, money } = speaker({ language, country: inv.buyer.country });
      const sign = inv.kind === 'credit_note' ? -1 : 1;
      const all = [
        layout.title,
        ...layout.parties.flatMap((p) => [p.label, ...p.lines]),
        ...layout.facts.flat(),
        ...layout.lines.flatMap((l) => Object.values(l)),
        ...layout.totals.flatMap((t) => [t.label, t.amount]),
        ...layout.notes,
      ].join('\n');

      // Same structure as English: nothing legally required is dropped in a translation.
      expect(layout.parties.map((p) => p.lines.length)).toEqual(english.parties.map((p) => p.lines.length));
      expect(layout.facts.length).toBe(english.facts.length);
      expect(layout.totals.length).toBe(english.totals.length);
      expect(layout.notes.length).toBe(english.notes.length);
      expect(all).not.toMatch(/documents:|invoice\.\w+|\{\{/);

      expect(layout.facts[0]![1]).toBe('CPS-2026-000123');
      expect(layout.facts.map(([, v]) => v)).toEqual(
        expect.arrayContaining([date('2026-12-03'), ...(inv.kind === 'invoice' ? [date('2027-01-02')] : [])]),
      );
      expect(layout.parties[0]!.lines.join(' ')).toContain('NL859146773B01');
      if (inv.buyer.vatNumber) expect(layout.parties[1]!.lines.join(' ')).toContain(inv.buyer.vatNumber);
      expect(layout.lines[0]!.amount).toBe(money(sign * inv.netMinor, 'EUR'));
      expect(layout.totals.map((t) => t.amount)).toEqual([
        money(sign * inv.netMinor, 'EUR'),
        money(sign * inv.vatMinor, 'EUR'),
        money(sign * inv.totalMinor, 'EUR'),
      ]);
      const notes = layout.notes.join('\n');
      // The article and the directive, in the order the language writes them (hu, fi: directive first).
      if (inv.vatTreatment === 'reverse_charge') expect(notes).toMatch(/196.*2006\/112|2006\/112.*196/);
      if (inv.vatTreatment === 'outside_scope') expect(notes).toMatch(/\b44\b.*2006\/112|2006\/112.*\b44\b/);
      if (inv.vatTreatment === 'domestic') expect(notes).not.toMatch(/196|Article 44|artikel 44/);
      if (inv.kind === 'credit_note') expect(notes).toContain('CPS-2026-000100');
      else if (inv.paymentMethod === 'bank_transfer') {
        for (const value of ['NL91ABNA0417164300', 'ABNANL2A', 'RF18539007547034', date('2027-01-02')])
          expect(notes).toContain(value);
      } else if (inv.paymentMethod === 'sepa_debit') {
        for (const value of ['CPS-MANDATE-7', date('2027-01-04')]) expect(notes).toContain(value);
      }
    });
  });

  it('prints every language’s letters: a Polish, Czech and Hungarian invoice keeps ł, ř and ő in the PDF', async () => {
    for (const [locale, name, city] of [
      ['pl', 'Studio Fotografii Łukasz Wójcik', 'Łódź'],
      ['cs', 'Fotoateliér Řezníček s.r.o.', 'Plzeň'],
      ['hu', 'Fotóstúdió Kőrösi Kft.', 'Győr'],
    ] as const) {
      const buyer = { ...party('PL', 'PL5261040828'), name, city };
      const pdf = await invoicePdf(invoice({ locale, buyer }), extra);
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      expect(text, locale).toContain(name);
      expect(text, locale).toContain(city);
      // The document's own words in its language, with their letters.
      expect(text, locale).toContain(invoiceLayout(invoice({ locale, buyer }), extra).title);
    }
  });

  it('draws the layout as a PDF', async () => {
    const pdf = await invoicePdf(invoice({ locale: 'nl' }), extra);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("writes an Austrian buyer's amounts in Austrian formats", () => {
    const layout = invoiceLayout(invoice({ locale: 'en' }), extra);
    expect(layout.totals[2]!.amount).toBe('€\u00a01.234,56');
    const dutch = invoiceLayout(invoice({ locale: 'nl', buyer: party('NL', null) }), extra);
    expect(dutch.totals[2]!.amount).toBe('€\u00a01.234,56');
    expect(dutch.facts[1]![1]).toBe('3 december 2026');
  });
});
