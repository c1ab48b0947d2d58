import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { debtor, entry, scor, statement, statementTestbed, tx } from './statements.fixtures.js';

const { ctx, upload, book, openInvoice, invoice } = statementTestbed();

describe('amounts', () => {
  it('books each transaction of a batch entry with its own amount, never the batch total', async () => {
    const inv = await openInvoice();
    const result = await book(
      statement(
        entry(
          '166.70',
          tx(`<AmtDtls><InstdAmt><Amt Ccy="EUR">121.00</Amt></InstdAmt></AmtDtls>${scor(inv.paymentReference!)}`) +
            tx('<AmtDtls><TxAmt><Amt Ccy="EUR">45.70</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>other</Ustrd></RmtInf>') +
            tx(`${scor(inv.paymentReference!)}`),
        ),
      ),
    );
    expect(
      result.lines.map((l: { amountMinor: number | null; status: string; reason: string | null }) => [
        l.amountMinor,
        l.status,
        l.reason,
      ]),
    ).toEqual([
      [12100, 'matched', null],
      [4570, 'unmatched', 'no_match'],
      [null, 'unmatched', 'no_amount'],
    ]);
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 12100, paymentStatus: 'paid' });
    // A line without an amount of its own cannot be matched by hand either.
    const noAmount = result.lines[2];
    expect(
      (await ctx.finance.post(`/api/finance/statement-lines/${noAmount.id}/match`, { invoiceId: inv.id })).statusCode,
    ).toBe(409);
  });
});

describe('currency', () => {
  it('settles only same-currency amounts; others stay unmatched with the reason, also by hand', async () => {
    const inv = await openInvoice();
    const result = await book(
      statement(
        entry('121.00', tx(scor(inv.paymentReference!)), { ccy: 'CHF' }) +
          entry('0.00', tx(`<Amt Ccy="SEK">1400.00</Amt>${scor(inv.paymentReference!)}`)),
      ),
    );
    expect(
      result.lines.map((l: { currency: string; status: string; reason: string }) => [l.currency, l.status, l.reason]),
    ).toEqual([
      ['CHF', 'unmatched', 'currency'],
      ['SEK', 'unmatched', 'currency'],
    ]);
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 0 });
    const manual = await ctx.finance.post(`/api/finance/statement-lines/${result.lines[0].id}/match`, {
      invoiceId: inv.id,
    });
    expect(manual.statusCode).toBe(422);
    expect(manual.json().error).toMatchObject({
      code: 'currency_mismatch',
      message: 'This payment is in CHF and the invoice in EUR: only a payment in the invoice’s currency settles it.',
    });
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 0 });
  });
});

describe('booked once', () => {
  it('recognises a re-exported statement (new creation time, other bytes) and never books an entry twice', async () => {
    const inv = await openInvoice();
    const id = `STMT-${randomUUID()}`;
    const entries = entry('60.50', tx(scor(inv.paymentReference!)), { ref: `BANK-${randomUUID()}` });
    const first = await book(statement(entries, { id, seq: '77', created: '2026-11-26T18:00:00' }));
    expect(first.linesMatched).toBe(1);
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 6050, paymentStatus: 'partially_paid' });

    const reExport = await upload(statement(`  ${entries}`, { id, seq: '77', created: '2026-11-27T07:12:00' }));
    expect(reExport.statusCode).toBe(200);
    expect(reExport.json()).toMatchObject({ duplicate: true, statement: { id: first.id } });

    // The same entry again in another statement (an intraday one, then the day's statement).
    const other = await book(statement(entries + entry('1.00', tx('<RmtInf><Ustrd>x</Ustrd></RmtInf>'))));
    expect(other).toMatchObject({ linesDuplicate: 1, linesMatched: 0, linesUnmatched: 1 });
    // An entry without a bank reference is recognised by its content.
    const plain = entry('60.50', tx(`${scor(inv.paymentReference!)}${debtor('Payer')}`));
    expect((await book(statement(plain))).linesMatched).toBe(1);
    expect((await book(statement(plain))).linesDuplicate).toBe(1);
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 12100, paymentStatus: 'paid' });
  });
});

describe('references', () => {
  it('finds an RF reference in AddtlNtryInf (/REMI/), AddtlTxInf or Ustrd, typed in groups of four or lower case', async () => {
    const [a, b, c, d] = [await openInvoice(), await openInvoice(), await openInvoice(), await openInvoice()];
    const grouped = (ref: string) => ref.replace(/(.{4})(?!$)/g, '$1 ');
    const result = await book(
      statement(
        entry('121.00', tx(''), {
          addtl: `/TRTP/SEPA OVERBOEKING/IBAN/NL02ABNA0123456789/REMI/${grouped(a.paymentReference!)}/EREF/NOTPROVIDED`,
        }) +
          entry('121.00', tx(`<AddtlTxInf>Betaling ${grouped(b.paymentReference!)}</AddtlTxInf>`)) +
          entry(
            '121.00',
            tx(`<RmtInf><Ustrd>factuur ${grouped(c.paymentReference!).toLowerCase()} dank</Ustrd></RmtInf>`),
          ) +
          entry('121.00', tx(scor(grouped(d.paymentReference!)))),
      ),
    );
    expect(
      result.lines.map((l: { status: string; matchedInvoiceId: string }) => [l.status, l.matchedInvoiceId]),
    ).toEqual([a, b, c, d].map((inv) => ['matched', inv.id]));
  });
});

describe('entry status', () => {
  it('settles only booked entries; pending, information and status-less entries are shown as not booked', async () => {
    const inv = await openInvoice();
    const ref = `BANK-${randomUUID()}`;
    const pay = tx(scor(inv.paymentReference!));
    const result = await book(
      statement(
        entry('121.00', pay, { ref, sts: '<Sts><Cd>PDNG</Cd></Sts>' }) +
          entry('121.00', pay, { sts: '<Sts><Cd>INFO</Cd></Sts>' }) +
          entry('121.00', pay, { sts: '<Sts>PDNG</Sts>' }) +
          entry('121.00', pay, { sts: '<Sts><Cd>FUTR</Cd></Sts>' }) +
          entry('121.00', pay, { sts: '' }),
      ),
    );
    expect(result.lines.map((l: { status: string; reason: string | null }) => [l.status, l.reason])).toEqual([
      ['not_booked', 'pending'],
      ['not_booked', 'info'],
      ['not_booked', 'pending'],
      ['not_booked', 'future'],
      ['not_booked', 'status_unknown'],
    ]);
    expect(result).toMatchObject({ linesMatched: 0, linesUnmatched: 0, linesDuplicate: 0 });
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 0, paymentStatus: 'pending' });
    // Not offered for matching by hand, and refused there.
    const unmatched = (await ctx.finance.get(`/api/finance/statement-lines/unmatched?statementId=${result.id}`)).json();
    expect(unmatched.total).toBe(0);
    const manual = await ctx.finance.post(`/api/finance/statement-lines/${result.lines[0].id}/match`, {
      invoiceId: inv.id,
    });
    expect(manual.statusCode).toBe(409);
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 0 });

    // The same entry once the bank has booked it settles the invoice (it is no duplicate of the pending one).
    const booked = await book(statement(entry('121.00', pay, { ref })));
    expect(booked).toMatchObject({ linesMatched: 1, linesDuplicate: 0 });
    expect(await invoice(inv.id)).toMatchObject({ paidMinor: 12100, paymentStatus: 'paid' });
  });
});
