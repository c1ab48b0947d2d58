import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { givePoints } from '../../test/fixtures.js';
import { invoiceUbl } from './documents.js';
import { element, fatal, NONE, nlVat, ruleTestbed } from './en16931.fixtures.js';

// The invoice period, part payments, credit notes and the electronic addresses through the official
// rules; each VAT category and payment means is in en16931.test.ts.
const { ctx, customer, purchase } = ruleTestbed();

describe('EN 16931 and Peppol BIS Billing 3.0 business rules: no fatal rule broken', () => {
  it('the invoice period is the term paid for: a year, the rest of the term for an upgrade, the next year for a renewal', async () => {
    const org = await customer('NL', { vatNumber: nlVat(), tradeRegisterNumber: '34126549' });
    await givePoints(ctx.rt, org.organisationId, 600);
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
    const settings = await ctx.rt.services.programme.settings(ctx.rt.database.db);
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
    const res = await ctx.finance.post(`/api/finance/invoices/${inv.id}/credit-note`);
    expect(res.statusCode, res.body).toBe(200);
    const xml = (await org.http.get(`/api/billing/invoices/${res.json().id}/ubl`)).body;
    expect(element(xml, 'cbc:CreditNoteTypeCode')).toBe('381');
    expect(fatal(xml)).toEqual(NONE);
  }, 120_000);

  it("the seller's electronic address comes from the programme settings when set there (its Peppol id)", async () => {
    const current = (await ctx.finance.get('/api/admin/programme')).json();
    const bad = await ctx.finance.put('/api/admin/programme', {
      ...current,
      seller: { ...current.seller, electronicAddress: 'NL004495445B01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const set = await ctx.finance.put('/api/admin/programme', {
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
      await ctx.finance.put('/api/admin/programme', current);
    }
  }, 120_000);
});

describe('the electronic address kept on an organisation', () => {
  it('is derived when the organisation is created from its register or VAT number, else left empty', async () => {
    const create = async (country: string, vatNumber: string | null, tradeRegisterNumber: string | null) => {
      const { organisationId } = await ctx.rt.database.db.transaction((tx) =>
        ctx.rt.services.accounts.createOrganisationWithSuperuser(
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
      const [row] = await ctx.rt.database.db
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
