import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { billingTestbed, camt } from './billing.fixtures.js';
import { parseCamt053 } from './camt.js';
import { creditorReference, formatDocumentNumber, isValidCreditorReference, paymentState } from './rules.js';

// Billing rules and invoicing; payments, credit notes and direct debits are in billing-payments.test.ts.
const { ctx, buyer, invoiceOf } = billingTestbed();

describe('billing rules', () => {
  it('makes ISO 11649 creditor references that validate, and yearly document numbers', () => {
    const ref = creditorReference('2026000001');
    expect(ref).toMatch(/^RF\d{2}2026000001$/);
    expect(isValidCreditorReference(ref)).toBe(true);
    expect(isValidCreditorReference('RF18539007547034')).toBe(true); // the standard's own example
    expect(isValidCreditorReference(ref.replace('2026000001', '2026000002'))).toBe(false);
    expect(formatDocumentNumber('invoice', 2026, 1)).toBe('2026-000001');
    expect(formatDocumentNumber('credit_note', 2027, 42)).toBe('CN-2027-000042');
    expect(paymentState(12100, 5000, '2026-12-25', '2026-12-01')).toBe('partially_paid');
    expect(paymentState(12100, 0, '2026-12-25', '2026-12-26')).toBe('overdue');
  });
  it('reads CAMT.053 lines with structured and unstructured references', async () => {
    const parsed = await parseCamt053(
      camt([
        { amount: '121.00', ref: 'RF18539007547034', name: 'Acme' },
        { amount: '5.00', ustrd: 'fee', name: 'Bank', cd: 'DBIT' },
      ]),
    );
    expect(parsed.statementId).toBe('STMT-1');
    expect(parsed.lines).toMatchObject([
      {
        lineNo: 1,
        amountMinor: 12100,
        creditDebit: 'CRDT',
        reference: 'RF18539007547034',
        debtorName: 'Acme',
        bookingDate: '2026-11-26',
      },
      { lineNo: 2, amountMinor: 500, creditDebit: 'DBIT', remittance: 'fee' },
    ]);
  });
});

describe('invoices', () => {
  it('invoices a bank-transfer purchase within a minute: numbered, PDF e-mailed, UBL with VAT category S', async () => {
    const { http, email, orderId } = await buyer();
    const inv = await invoiceOf(orderId);
    expect(inv.number).toMatch(/^2026-\d{6}$/);
    expect(inv).toMatchObject({
      documentStatus: 'finalised',
      paymentStatus: 'pending',
      totalMinor: 12100,
      issueDate: '2026-11-25',
      dueDate: '2026-12-25',
    });
    expect(isValidCreditorReference(inv.paymentReference!)).toBe(true);
    const mail = (await ctx.rt.services.mailer.list(1000)).find(
      (m) => m.toAddress === email && m.template === 'invoice',
    )!;
    expect(mail.attachments).toEqual([
      { filename: `${inv.number}.pdf`, storageKey: inv.pdfKey, contentType: 'application/pdf' },
    ]);
    expect(mail.text).toContain(inv.paymentReference!);
    const list = (await http.get('/api/billing/invoices')).json().items;
    expect(list).toMatchObject([{ number: inv.number, paymentStatus: 'pending' }]);
    const pdf = await http.get(`/api/billing/invoices/${inv.id}/pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const ubl = (await http.get(`/api/billing/invoices/${inv.id}/ubl`)).body;
    expect(ubl).toContain(`<cbc:ID>${inv.number}</cbc:ID>`);
    expect(ubl).toMatch(/<cac:TaxCategory><cbc:ID>S<\/cbc:ID><cbc:Percent>21.00<\/cbc:Percent>/);
    expect(ubl).toContain('<cbc:PayableAmount currencyID="EUR">121.00</cbc:PayableAmount>');
    // Another organisation cannot read it.
    const other = await approvedOrganisation(ctx.rt);
    expect((await other.http.get(`/api/billing/invoices/${inv.id}/pdf`)).statusCode).toBe(404);
  });

  it('uses VAT category AE for reverse charge and O outside the scope, never a 0% standard rate', async () => {
    const be = await buyer('BE', 'BE0411905847', 'card');
    const ublBe = (await be.http.get(`/api/billing/invoices/${(await invoiceOf(be.orderId)).id}/ubl`)).body;
    expect(ublBe).toContain(
      '<cbc:ID>AE</cbc:ID><cbc:Percent>0.00</cbc:Percent><cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>',
    );
    expect(ublBe).not.toMatch(/<cbc:ID>S<\/cbc:ID><cbc:Percent>0/);
    const no = await buyer('NO', null, 'card');
    const ublNo = (await no.http.get(`/api/billing/invoices/${(await invoiceOf(no.orderId)).id}/ubl`)).body;
    expect(ublNo).toContain('<cbc:ID>O</cbc:ID><cbc:TaxExemptionReasonCode>VATEX-EU-O</cbc:TaxExemptionReasonCode>');
  });

  it('numbers 50 concurrent finalisations without gaps or duplicates', async () => {
    const buyers = await Promise.all(Array.from({ length: 5 }, () => approvedOrganisation(ctx.rt)));
    const orderIds: string[] = [];
    for (const b of buyers) {
      await givePoints(ctx.rt, b.organisationId, 600);
      for (let i = 0; i < 10; i++) {
        const purchase = await b.http.post('/api/membership/purchase', {
          idempotencyKey: randomUUID(),
          tierCode: 'silver',
          paymentMethod: 'card',
          acceptTerms: true,
          kind: i === 0 ? 'new' : 'renewal',
        });
        orderIds.push(purchase.json().orderId);
      }
    }
    const invoices = await Promise.all(orderIds.map((id) => ctx.rt.services.billing.invoiceOrder(id)));
    const numbers = (
      await ctx.rt.database.db
        .select({ number: schema.invoices.number })
        .from(schema.invoices)
        .where(eq(schema.invoices.kind, 'invoice'))
    )
      .map((r) => Number(r.number!.slice(5)))
      .sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(new Set(invoices.map((i) => i!.number)).size).toBe(50);
  }, 120_000);
});
