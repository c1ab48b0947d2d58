import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints, organisationIn } from '../../test/fixtures.js';
import { type client, multipart, ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { parseCamt053 } from './camt.js';
import { creditorReference, formatDocumentNumber, isValidCreditorReference, paymentState } from './rules.js';

let rt: TestRuntime;
let finance: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime();
  finance = await adminClient(rt);
});

async function buyer(country = 'NL', vat: string | null = null, method = 'bank_transfer') {
  const org = country === 'NL' && !vat ? await approvedOrganisation(rt) : await organisationIn(rt, country, vat);
  await givePoints(rt, org.organisationId, 600);
  const purchase = (
    await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod: method,
      acceptTerms: true,
    })
  ).json();
  return { ...org, orderId: purchase.orderId as string };
}

/** The invoice job runs in the background: wait for it (the target is within a minute). */
async function invoiceOf(orderId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
    if (row?.pdfKey) return row;
    if (Date.now() > deadline) {
      const jobs = await rt.database.sql.executeSql(
        `select name, state, count(*)::int as n, max(output::text) as out from pgboss.job group by 1,2`,
      );
      throw new Error(`no invoice ${JSON.stringify(jobs.rows)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function camt(entries: { amount: string; ref?: string; ustrd?: string; name: string; cd?: 'CRDT' | 'DBIT' }[]) {
  const ntry = entries
    .map(
      (
        e,
        i,
      ) => `<Ntry><NtryRef>${i + 1}</NtryRef><Amt Ccy="EUR">${e.amount}</Amt><CdtDbtInd>${e.cd ?? 'CRDT'}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-11-26</Dt></BookgDt>
      <NtryDtls><TxDtls><Refs><EndToEndId>E2E-${i + 1}</EndToEndId></Refs><Amt Ccy="EUR">${e.amount}</Amt><RltdPties><Dbtr><Nm>${e.name}</Nm></Dbtr></RltdPties>
      <RmtInf>${e.ref ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>${e.ref}</Ref></CdtrRefInf></Strd>` : ''}${e.ustrd ? `<Ustrd>${e.ustrd}</Ustrd>` : ''}</RmtInf></TxDtls></NtryDtls></Ntry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>MSG-${randomUUID()}</MsgId><CreDtTm>2026-11-26T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>STMT-1</Id><CreDtTm>2026-11-26T18:00:00</CreDtTm><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>
${ntry}
</Stmt></BkToCstmrStmt></Document>`;
}
/** The statement's import job has run: its result with the lines. */
async function imported(id: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = (await finance.get(`/api/finance/statements/${id}`)).json();
    if (res.status === 'done' || res.status === 'failed') return res;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${res.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function upload(xml: string) {
  const body = multipart({}, [
    { field: 'file', name: 'statement.xml', type: 'application/xml', data: Buffer.from(xml) },
  ]);
  return rt.app.inject({
    method: 'POST',
    url: '/api/finance/statements',
    headers: { ...body.headers, cookie: finance.cookie, origin: ORIGIN },
    payload: body.payload,
  });
}

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
    const mail = (await rt.services.mailer.list(1000)).find((m) => m.toAddress === email && m.template === 'invoice')!;
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
    const other = await approvedOrganisation(rt);
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
    const buyers = await Promise.all(Array.from({ length: 5 }, () => approvedOrganisation(rt)));
    const orderIds: string[] = [];
    for (const b of buyers) {
      await givePoints(rt, b.organisationId, 600);
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
    const invoices = await Promise.all(orderIds.map((id) => rt.services.billing.invoiceOrder(id)));
    const numbers = (
      await rt.database.db
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

describe('payments', () => {
  it('reconciles a CAMT.053 statement: by reference, partial, by amount and name, unmatched; twice changes nothing', async () => {
    const a = await buyer();
    const b = await buyer();
    const c = await buyer();
    const [ia, ib, ic] = [await invoiceOf(a.orderId), await invoiceOf(b.orderId), await invoiceOf(c.orderId)];
    const xml = camt([
      { amount: '121.00', ref: ia.paymentReference!, name: 'Someone' },
      { amount: '50.00', ustrd: `Invoice ${ib.number} ${ib.paymentReference}`, name: 'Someone else' },
      { amount: '121.00', ustrd: 'membership', name: ic.buyer.name },
      { amount: '77.77', ustrd: 'unknown', name: 'Nobody' },
      { amount: '3.50', ustrd: 'bank costs', name: 'Bank', cd: 'DBIT' },
    ]);
    const first = await upload(xml);
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json().duplicate).toBe(false);
    const done = await imported(first.json().statement.id);
    expect(done.lines.map((l: { status: string; matchedBy: string | null }) => [l.status, l.matchedBy])).toEqual([
      ['matched', 'reference'],
      ['matched', 'reference'],
      ['matched', 'amount_and_name'],
      ['unmatched', null],
      ['ignored', null],
    ]);
    const status = async (id: string) =>
      (await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, id)))[0]!;
    expect((await status(ia.id)).paymentStatus).toBe('paid');
    expect(await status(ib.id)).toMatchObject({ paymentStatus: 'partially_paid', paidMinor: 5000 });
    expect((await status(ic.id)).paymentStatus).toBe('paid');
    const again = await upload(xml);
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    expect((await status(ib.id)).paidMinor).toBe(5000);

    const unmatched = (await finance.get('/api/finance/statement-lines/unmatched')).json().items;
    const line = unmatched.find((l: { amountMinor: number }) => l.amountMinor === 7777);
    expect((await finance.post(`/api/finance/statement-lines/${line.id}/match`, { invoiceId: ib.id })).statusCode).toBe(
      200,
    );
    expect((await status(ib.id)).paidMinor).toBe(5000 + 7777);
    const [order] = await rt.database.db.select().from(schema.orders).where(eq(schema.orders.id, a.orderId));
    expect(order?.paidAt).not.toBeNull();
  });

  it('takes a card payment through the test provider’s hosted page and signed webhook, once', async () => {
    const { http, orderId } = await buyer('NL', null, 'card');
    const inv = await invoiceOf(orderId);
    const checkout = (await http.post(`/api/billing/invoices/${inv.id}/pay`)).json();
    expect(checkout.testMode).toBe(true);
    const path = new URL(checkout.url).pathname;
    const page = await http.get(path);
    expect(page.body).toContain('TEST MODE');
    const paid = await rt.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: http.cookie, origin: ORIGIN },
      payload: 'outcome=paid',
    });
    expect(paid.statusCode).toBe(303);
    expect(paid.headers.location).toContain('/portal/invoices?paid=');
    const after = (await http.get('/api/billing/invoices')).json().items[0];
    expect(after).toMatchObject({ paymentStatus: 'paid', paidMinor: 12100 });
    // The provider retrying the same event changes nothing; a forged one is refused.
    await rt.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      payload: 'outcome=paid',
    });
    expect((await http.get('/api/billing/invoices')).json().items[0].paidMinor).toBe(12100);
    const forged = await rt.app.inject({
      method: 'POST',
      url: '/api/billing/webhooks/test',
      headers: { 'content-type': 'application/json', 'x-propass-test-signature': 'f'.repeat(64) },
      payload: JSON.stringify({ eventId: 'x', sessionId: 'y', type: 'checkout.paid', amountMinor: 1 }),
    });
    expect(forged.statusCode).toBe(403);

    // Finance sees the payment once, with its route and the invoice it paid.
    const payments = (await finance.get('/api/finance/payments?source=card')).json();
    expect(payments.items.filter((p: { invoiceId: string }) => p.invoiceId === inv.id)).toEqual([
      expect.objectContaining({ invoiceNumber: inv.number, amountMinor: 12100, source: 'card', currency: 'EUR' }),
    ]);
    expect((await finance.get('/api/finance/payments?source=bank_statement')).json().items).not.toContainEqual(
      expect.objectContaining({ invoiceId: inv.id }),
    );
    expect((await finance.get('/api/finance/payments?source=cash')).statusCode).toBe(400);
    expect((await http.get('/api/finance/payments')).statusCode).toBe(403);
  });

  it('voids an invoice with a credit note in its own series', async () => {
    const { orderId, email } = await buyer();
    const inv = await invoiceOf(orderId);
    const credit = (await finance.post(`/api/finance/invoices/${inv.id}/credit-note`)).json();
    expect(credit).toMatchObject({
      kind: 'credit_note',
      number: expect.stringMatching(/^CN-2026-\d{6}$/),
      totalMinor: 12100,
    });
    expect((await finance.post(`/api/finance/invoices/${inv.id}/credit-note`)).json().number).toBe(credit.number);
    const [original] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, inv.id));
    expect(original).toMatchObject({ documentStatus: 'void', number: inv.number });
    expect(
      (await rt.services.mailer.list(1000)).some((m) => m.toAddress === email && m.template === 'credit_note'),
    ).toBe(true);
    const listed = (await finance.get('/api/finance/invoices')).json();
    expect(listed.totals.totalMinor).toBeGreaterThanOrEqual(0);
  });
});

describe('SEPA direct debit', () => {
  it('collects on the due date: the pain.008 file holds the invoice (FRST, then RCUR on the same mandate); settling pays it; a return reopens it', async () => {
    const org = await approvedOrganisation(rt);
    await givePoints(rt, org.organisationId, 600);
    const sepa = { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Test', consent: true };
    const first = (
      await org.http.post('/api/membership/purchase', {
        idempotencyKey: randomUUID(),
        tierCode: 'silver',
        paymentMethod: 'sepa_debit',
        sepa,
        acceptTerms: true,
      })
    ).json();
    const inv = await invoiceOf(first.orderId);
    expect(inv.mandateReference).toMatch(/^PP-/);

    // Before the due date nothing is collected (and an empty run writes no file); due on Christmas
    // Day, it is collected on the next TARGET2 business day, Monday 28 December.
    const earlyRes = await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-24' });
    expect(earlyRes.statusCode, earlyRes.body).toBe(422);
    expect(earlyRes.json().error.code).toBe('nothing_to_collect');
    const run = (await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
    const item = run.items.find((i: { invoiceId: string }) => i.invoiceId === inv.id);
    expect(item).toMatchObject({ sequenceType: 'FRST', mandateReference: inv.mandateReference, amountMinor: 12100 });
    const file = (await finance.get(`/api/finance/collection-runs/${run.id}/pain008`)).body;
    expect(file).toContain('urn:iso:std:iso:20022:tech:xsd:pain.008.001.02');
    expect(file).toContain(`<EndToEndId>${inv.number}</EndToEndId>`);
    expect(file).toContain('<SeqTp>FRST</SeqTp>');
    expect(file).toContain('<ReqdColltnDt>2026-12-28</ReqdColltnDt>');
    expect(file).toContain(`<MndtId>${inv.mandateReference}</MndtId>`);
    // The same invoice is not collected twice: nothing is left to collect.
    expect(
      (await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-29' })).json().error.code,
    ).toBe('nothing_to_collect');

    expect((await finance.post(`/api/finance/collection-runs/${run.id}/submitted`)).json().status).toBe('submitted');
    expect((await finance.post(`/api/finance/collection-runs/${run.id}/settled`)).json().status).toBe('settled');
    const paid = (await org.http.get('/api/billing/invoices'))
      .json()
      .items.find((i: { id: string }) => i.id === inv.id);
    expect(paid.paymentStatus).toBe('paid');

    // A renewal from the same account collects under the same mandate, now RCUR.
    const renewal = (
      await org.http.post('/api/membership/purchase', {
        idempotencyKey: randomUUID(),
        tierCode: 'silver',
        kind: 'renewal',
        paymentMethod: 'sepa_debit',
        sepa,
        acceptTerms: true,
      })
    ).json();
    const second = await invoiceOf(renewal.orderId);
    expect(second.mandateReference).toBe(inv.mandateReference);
    expect(second.dueDate).toBe('2026-12-25');
    const run2 = (await finance.post('/api/finance/collection-runs', { collectionDate: '2026-12-28' })).json();
    expect(run2.items.find((i: { invoiceId: string }) => i.invoiceId === second.id)?.sequenceType).toBe('RCUR');

    // The bank returns the first collection: the invoice is open again and the customer is told.
    expect(
      (await finance.post(`/api/finance/collection-items/${item.id}/returned`, { reason: 'MD06 refund request' }))
        .statusCode,
    ).toBe(200);
    const reopened = (await org.http.get('/api/billing/invoices'))
      .json()
      .items.find((i: { id: string }) => i.id === inv.id);
    expect(reopened).toMatchObject({ paidMinor: 0 });
    expect(reopened.paymentStatus).toBe('failed');
    expect(
      (await rt.services.mailer.list(1000)).some(
        (m) => m.toAddress === org.email && m.template === 'direct_debit_returned',
      ),
    ).toBe(true);
  });
});
