import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { messages } from '../../platform/i18n/messages.js';
import { multipart, ORIGIN } from '../../test/http.js';
import { debtor, entry, statement, statementTestbed, tx } from './statements.fixtures.js';

const { ctx, upload, imported, book, statementCount, storedFiles } = statementTestbed();

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
    const address = await ctx.rt.app.listen({ host: '127.0.0.1', port: 0 });
    const overHttp = async (xml: string) => {
      const body = multipart({}, [
        { field: 'file', name: 'statement.xml', type: 'application/xml', data: Buffer.from(xml) },
      ]);
      const res = await fetch(`${address}/api/finance/statements`, {
        method: 'POST',
        headers: { ...body.headers, cookie: ctx.finance.cookie, origin: ORIGIN, 'accept-language': 'en' },
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
    ctx.rt.app.server.closeAllConnections();
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
    const list = (await ctx.finance.get('/api/finance/statements')).json().items;
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
      (await ctx.finance.get(`/api/finance/statement-lines/unmatched?statementId=${s.id}&${query}`)).json();
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
    expect((await ctx.finance.get('/api/finance/statement-lines/unmatched?size=1000')).statusCode).toBe(400);
    const all = (await ctx.finance.get('/api/finance/statement-lines/unmatched?size=200')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(messages.en['error.statement_account_unknown']).toBeTruthy();
  });
});
