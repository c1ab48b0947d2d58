import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { messages } from '../../platform/i18n/messages.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { type client, multipart, ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let finance: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime();
  finance = await adminClient(rt);
});

const OWN_IBAN = 'NL91ABNA0417164300';
let seq = 0;

/** A statement of the seller's account around raw `<Ntry>` elements; each call a new statement unless told. */
function statement(
  entries: string,
  o: { iban?: string; id?: string; seq?: string; created?: string; encoding?: string } = {},
) {
  return `<?xml version="1.0" encoding="${o.encoding ?? 'UTF-8'}"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>M-${randomUUID()}</MsgId><CreDtTm>${o.created ?? '2026-11-26T18:00:00'}</CreDtTm></GrpHdr>
<Stmt><Id>${o.id ?? `STMT-${randomUUID()}`}</Id><ElctrncSeqNb>${o.seq ?? ++seq}</ElctrncSeqNb><CreDtTm>${o.created ?? '2026-11-26T18:00:00'}</CreDtTm>
<FrToDt><FrDtTm>2026-11-26T00:00:00</FrDtTm><ToDtTm>2026-11-26T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>${o.iban ?? OWN_IBAN}</IBAN></Id></Acct>
${entries}
</Stmt></BkToCstmrStmt></Document>`;
}
const entry = (
  amount: string,
  tx: string,
  o: { ccy?: string; ref?: string; date?: string; addtl?: string; cd?: 'CRDT' | 'DBIT' } = {},
) =>
  `<Ntry><Amt Ccy="${o.ccy ?? 'EUR'}">${amount}</Amt><CdtDbtInd>${o.cd ?? 'CRDT'}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>${o.date ?? '2026-11-26'}</Dt></BookgDt>${o.ref ? `<AcctSvcrRef>${o.ref}</AcctSvcrRef>` : ''}<NtryDtls>${tx}</NtryDtls>${o.addtl ? `<AddtlNtryInf>${o.addtl}</AddtlNtryInf>` : ''}</Ntry>`;
const tx = (inner: string) => `<TxDtls>${inner}</TxDtls>`;
const scor = (ref: string) =>
  `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf>`;
const debtor = (name: string) => `<RltdPties><Dbtr><Pty><Nm>${name}</Nm></Pty></Dbtr></RltdPties>`;

async function upload(xml: string | Buffer, locale = 'en') {
  const body = multipart({}, [
    {
      field: 'file',
      name: 'statement.xml',
      type: 'application/xml',
      data: Buffer.isBuffer(xml) ? xml : Buffer.from(xml),
    },
  ]);
  return rt.app.inject({
    method: 'POST',
    url: '/api/finance/statements',
    headers: { ...body.headers, cookie: finance.cookie, origin: ORIGIN, 'accept-language': locale },
    payload: body.payload,
  });
}
/** Uploads a statement and waits for its import job: the result with its lines. */
async function book(xml: string | Buffer) {
  const res = await upload(xml);
  expect(res.statusCode, res.body).toBe(202);
  return imported(res.json().statement.id);
}
async function imported(id: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = (await finance.get(`/api/finance/statements/${id}`)).json();
    if (res.status === 'done' || res.status === 'failed') return res;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${res.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An open bank-transfer invoice of 121.00 EUR (silver) of a new organisation. */
async function openInvoice() {
  const org = await approvedOrganisation(rt);
  await givePoints(rt, org.organisationId, 600);
  const { orderId } = (
    await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod: 'bank_transfer',
      acceptTerms: true,
    })
  ).json();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
    if (row?.pdfKey) return row;
    if (Date.now() > deadline) throw new Error('no invoice');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const invoice = async (id: string) =>
  (await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, id)))[0]!;
const statementCount = async () =>
  (await rt.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.bankStatements))[0]!.n;
const storedFiles = () => readdirSync(join(rt.dataDir, 'files')).length;

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
      (await finance.post(`/api/finance/statement-lines/${noAmount.id}/match`, { invoiceId: inv.id })).statusCode,
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
    const manual = await finance.post(`/api/finance/statement-lines/${result.lines[0].id}/match`, {
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

describe('refused files', () => {
  it('refuses broken XML, other documents and bad amounts with a translated 400 naming the line; nothing is stored', async () => {
    const before = { statements: await statementCount(), files: storedFiles() };
    const good = statement(entry('10.00', tx('')));
    const cases: [string, string, string][] = [
      [good.replace('</Ntry>', '</Ntry></Amt>'), 'en', 'Line 6: the file is not well-formed XML'],
      [good.replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</Cd>'), 'en', 'the file is not well-formed XML'],
      [good.replace('</Stmt>', ''), 'nl', 'het bestand is geen geldige XML'],
      [good.replace('camt.053.001.08', 'camt.052.001.08'), 'en', 'This file is not a CAMT.053 bank statement'],
      [statement(entry('10.00', tx('')) + entry('12,50', tx(''))), 'en', 'entry 2: “12,50” is not an amount'],
      [statement(entry('10.00', tx('<Amt Ccy="EUR">12,50</Amt>'))), 'nl', 'post 1: “12,50” is geen bedrag'],
    ];
    for (const [xml, locale, text] of cases) {
      const res = await upload(xml, locale);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields.file).toContain(text);
    }
    expect({ statements: await statementCount(), files: storedFiles() }).toEqual(before);
  });

  it('refuses a statement of another account, naming the IBAN', async () => {
    const before = await statementCount();
    const res = await upload(statement(entry('10.00', tx('')), { iban: 'DE89370400440532013000' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'statement_account_unknown' });
    expect(res.json().error.message).toContain('DE89370400440532013000');
    expect(await statementCount()).toBe(before);
  });

  it('refuses a file over 20 MB whole, every time, naming 20 MB, also over a real connection', async () => {
    const before = await statementCount();
    const address = await rt.app.listen({ host: '127.0.0.1', port: 0 });
    const overHttp = async (xml: string) => {
      const body = multipart({}, [
        { field: 'file', name: 'statement.xml', type: 'application/xml', data: Buffer.from(xml) },
      ]);
      const res = await fetch(`${address}/api/finance/statements`, {
        method: 'POST',
        headers: { ...body.headers, cookie: finance.cookie, origin: ORIGIN, 'accept-language': 'en' },
        body: body.payload,
      });
      return {
        statusCode: res.status,
        body: await res.text(),
        json() {
          return JSON.parse(this.body);
        },
      };
    };
    const head = statement(entry('1.00', tx(`<RmtInf><Ustrd>pad</Ustrd></RmtInf>`)));
    for (const size of [20 * 1024 * 1024 + 1, 20 * 1024 * 1024 + 4096, 25 * 1024 * 1024]) {
      // Well-formed XML padded with a comment: a cut would still parse and lose nothing visible.
      const cut = head.indexOf('</Stmt>');
      const pad = size - Buffer.byteLength(head) - 7;
      const xml = `${head.slice(0, cut)}<!--${'x'.repeat(pad)}-->${head.slice(cut)}`;
      expect(Buffer.byteLength(xml)).toBe(size);
      for (const send of [upload, overHttp]) {
        const res = await send(xml);
        expect(res.statusCode, res.body.slice(0, 200)).toBe(413);
        expect(res.json().error.message).toBe('The file "statement.xml" is larger than 20 MB.');
      }
    }
    rt.app.server.closeAllConnections();
    expect(await statementCount()).toBe(before);
  }, 60_000);
});

describe('encoding', () => {
  it('honours a declared ISO-8859-1 or windows-1252 encoding', async () => {
    const names = tx(`${debtor('Jürgen Müller-Lüdenscheidt')}<RmtInf><Ustrd>Façade € 10</Ustrd></RmtInf>`);
    const latin = await book(
      iconv.encode(statement(entry('3.00', names.replace(' €', '')), { encoding: 'ISO-8859-1' }), 'latin1'),
    );
    expect(latin.lines[0]).toMatchObject({ debtorName: 'Jürgen Müller-Lüdenscheidt', remittance: 'Façade 10' });
    const cp = await book(iconv.encode(statement(entry('3.00', names), { encoding: 'windows-1252' }), 'win1252'));
    expect(cp.lines[0]).toMatchObject({ debtorName: 'Jürgen Müller-Lüdenscheidt', remittance: 'Façade € 10' });
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

describe('the import job and the unmatched list', () => {
  it('answers 202 at once and shows the progress and result of the import', async () => {
    const res = await upload(
      statement(entry('1.00', tx('')) + entry('2.00', tx('')) + entry('3.00', tx(''), { cd: 'DBIT' })),
    );
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({
      duplicate: false,
      statement: { status: 'queued', entriesTotal: 3, linesTotal: 3 },
    });
    const done = await imported(res.json().statement.id);
    expect(done).toMatchObject({ status: 'done', linesRead: 3, linesMatched: 0, linesUnmatched: 2, linesDuplicate: 0 });
    const list = (await finance.get('/api/finance/statements')).json().items;
    expect(list[0]).toMatchObject({ id: done.id, status: 'done' });
  });

  it('pages the unmatched lines, newest first, filtered by statement, dates, amount and text', async () => {
    const s = await book(
      statement(
        entry('7.01', tx(`${debtor('Alpha BV')}`), { date: '2026-10-01' }) +
          entry('7.02', tx(`${debtor('Beta BV')}`), { date: '2026-10-03' }) +
          entry('7.03', tx(`${debtor('Gamma BV')}<RmtInf><Ustrd>Zonnepanelen</Ustrd></RmtInf>`), {
            date: '2026-10-02',
          }),
      ),
    );
    const page = async (query: string) =>
      (await finance.get(`/api/finance/statement-lines/unmatched?statementId=${s.id}&${query}`)).json();
    const first = await page('size=2&page=1');
    expect(first.total).toBe(3);
    expect(first.items.map((l: { amountMinor: number }) => l.amountMinor)).toEqual([702, 703]);
    expect((await page('size=2&page=2')).items.map((l: { amountMinor: number }) => l.amountMinor)).toEqual([701]);
    expect(
      (await page('from=2026-10-02&to=2026-10-02')).items.map((l: { amountMinor: number }) => l.amountMinor),
    ).toEqual([703]);
    expect((await page('amountMinor=701')).items).toHaveLength(1);
    expect((await page('q=zonnepanelen')).items.map((l: { amountMinor: number }) => l.amountMinor)).toEqual([703]);
    expect((await page('q=beta')).items.map((l: { amountMinor: number }) => l.amountMinor)).toEqual([702]);
    expect((await finance.get('/api/finance/statement-lines/unmatched?size=1000')).statusCode).toBe(400);
    const all = (await finance.get('/api/finance/statement-lines/unmatched?size=200')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(messages.en['error.statement_account_unknown']).toBeTruthy();
  });
});
