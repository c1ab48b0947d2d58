import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { amountMinor, CamtError, parseCamt053 } from './camt.js';

const NS = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02';
/** A statement around raw `<Ntry>` elements. */
function statementXml(
  entries: string,
  o: { ns?: string; iban?: string; id?: string; seq?: string; created?: string; encoding?: string } = {},
) {
  return `<?xml version="1.0" encoding="${o.encoding ?? 'UTF-8'}"?>
<Document xmlns="${o.ns ?? NS}"><BkToCstmrStmt><GrpHdr><MsgId>M-${o.created ?? '1'}</MsgId><CreDtTm>${o.created ?? '2026-11-26T18:00:00'}</CreDtTm></GrpHdr>
<Stmt><Id>${o.id ?? 'STMT-1'}</Id><ElctrncSeqNb>${o.seq ?? '1'}</ElctrncSeqNb><CreDtTm>${o.created ?? '2026-11-26T18:00:00'}</CreDtTm>
<FrToDt><FrDtTm>2026-11-26T00:00:00</FrDtTm><ToDtTm>2026-11-26T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>${o.iban ?? 'NL91ABNA0417164300'}</IBAN></Id></Acct>
${entries}
</Stmt></BkToCstmrStmt></Document>`;
}

const entry = (amount: string, inner: string, extra = '') =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-26</Dt></BookgDt>${extra}<NtryDtls>${inner}</NtryDtls></Ntry>`;

async function refusal(xml: string | Buffer) {
  try {
    await parseCamt053(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(CamtError);
    return error as CamtError;
  }
  throw new Error('accepted');
}

describe('CAMT.053 amounts', () => {
  it('takes each transaction’s own amount by precedence, never the batch total', async () => {
    const batch = entry(
      '166.70',
      `<Btch><NbOfTxs>3</NbOfTxs></Btch>
       <TxDtls><AmtDtls><InstdAmt><Amt Ccy="EUR">121.00</Amt></InstdAmt></AmtDtls></TxDtls>
       <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">45.70</Amt></TxAmt></AmtDtls></TxDtls>
       <TxDtls><Amt Ccy="EUR">10.00</Amt><AmtDtls><InstdAmt><Amt Ccy="SEK">115.00</Amt></InstdAmt></AmtDtls></TxDtls>
       <TxDtls><RmtInf><Ustrd>no amount here</Ustrd></RmtInf></TxDtls>`,
    );
    const single = entry('99.99', '<TxDtls><RmtInf><Ustrd>one</Ustrd></RmtInf></TxDtls>');
    const bare =
      '<Ntry><Amt Ccy="CHF">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-26</Dt></BookgDt></Ntry>';
    const parsed = await parseCamt053(statementXml(batch + single + bare));
    expect(parsed.lines.map((l) => [l.amountMinor, l.currency])).toEqual([
      [12100, 'EUR'],
      [4570, 'EUR'],
      [1000, 'EUR'],
      [null, null],
      [9999, 'EUR'],
      [500, 'CHF'],
    ]);
  });

  it('reads amounts as written: decimals up to five, no comma, no rounding', () => {
    expect(amountMinor('12.50')).toBe(1250);
    expect(amountMinor('105.750')).toBe(10575);
    expect(amountMinor('0')).toBe(0);
    expect(amountMinor('12,50')).toBeNull();
    expect(amountMinor('12.505')).toBeNull();
    expect(amountMinor('-1.00')).toBeNull();
    expect(amountMinor('1e3')).toBeNull();
  });

  it('refuses an amount written 12,50 naming the line and the entry', async () => {
    const error = await refusal(
      statementXml(entry('10.00', '<TxDtls/>') + entry('12,50', '<TxDtls><Amt Ccy="EUR">12,50</Amt></TxDtls>')),
    );
    expect(error).toMatchObject({ reason: 'amount', entry: 2, line: 6 });
  });
});

describe('CAMT.053 files', () => {
  it('refuses XML that is not well-formed, with its line', async () => {
    const good = statementXml(entry('10.00', '<TxDtls/>'));
    expect(await refusal(good.replace('</Ntry>', '</Ntry></Amt>'))).toMatchObject({ reason: 'not_xml', line: 6 });
    expect(await refusal(good.replace('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CRDT</CdtDbt>'))).toMatchObject({
      reason: 'not_xml',
    });
    expect(await refusal(good.replace('</Stmt>', ''))).toMatchObject({ reason: 'not_xml' });
    expect(await refusal(good.slice(0, good.length - 30))).toMatchObject({ reason: 'not_xml' });
  });

  it('refuses a document that is not a camt.053 of version 02 or later', async () => {
    const good = statementXml(entry('10.00', '<TxDtls/>'));
    for (const ns of [
      'urn:iso:std:iso:20022:tech:xsd:camt.052.001.02',
      'urn:iso:std:iso:20022:tech:xsd:camt.053.001.01',
      'urn:iso:std:iso:20022:tech:xsd:pain.008.001.02',
      '',
    ])
      expect(await refusal(good.replace(`xmlns="${NS}"`, ns ? `xmlns="${ns}"` : ''))).toMatchObject({
        reason: 'not_camt053',
      });
    expect(await refusal(`<?xml version="1.0"?><Document xmlns="${NS}"><BkToCstmrStmt/></Document>`)).toMatchObject({
      reason: 'not_camt053',
    });
    for (const v of ['02', '04', '08', '10'])
      expect((await parseCamt053(good.replace(`camt.053.001.02`, `camt.053.001.${v}`))).version).toBe(v);
  });

  it('honours the declared encoding (ISO-8859-1, windows-1252)', async () => {
    const names =
      '<TxDtls><RltdPties><Dbtr><Nm>Müller Ångström</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Café € 10</Ustrd></RmtInf></TxDtls>';
    const latin1 = iconv.encode(
      statementXml(entry('10.00', names.replace(' €', '')), { encoding: 'ISO-8859-1' }),
      'latin1',
    );
    expect((await parseCamt053(latin1)).lines[0]).toMatchObject({
      debtorName: 'Müller Ångström',
      remittance: 'Café 10',
    });
    const cp1252 = iconv.encode(statementXml(entry('10.00', names), { encoding: 'windows-1252' }), 'win1252');
    expect((await parseCamt053(cp1252)).lines[0]).toMatchObject({
      debtorName: 'Müller Ångström',
      remittance: 'Café € 10',
    });
    expect(
      await refusal(
        Buffer.concat([Buffer.from(statementXml(entry('10.00', '<TxDtls/>')).slice(0, 60)), Buffer.from([0xff, 0xfe])]),
      ),
    ).toBeTruthy();
    expect(await refusal(statementXml(entry('1.00', '<TxDtls/>'), { encoding: 'EBCDIC-XYZ' }))).toMatchObject({
      reason: 'encoding',
    });
  });

  it('recognises a statement by account, id, sequence and period, not by its bytes', async () => {
    const e = entry('10.00', '<TxDtls/>');
    const a = await parseCamt053(statementXml(e, { created: '2026-11-26T18:00:00' }));
    const b = await parseCamt053(statementXml(`\n  ${e}`, { created: '2026-11-27T09:00:00' }));
    const c = await parseCamt053(statementXml(e, { seq: '2' }));
    const d = await parseCamt053(statementXml(e, { iban: 'NL02ABNA0123456789' }));
    expect(b.identity).toBe(a.identity);
    expect(new Set([a.identity, c.identity, d.identity]).size).toBe(3);
  });

  it('keys an entry by its bank reference, else by its content; equal entries stay distinct', async () => {
    const withRef = entry('10.00', '<TxDtls/>', '<AcctSvcrRef>BANK-1</AcctSvcrRef>');
    const plain = entry('10.00', '<TxDtls><RmtInf><Ustrd>x</Ustrd></RmtInf></TxDtls>');
    const one = await parseCamt053(statementXml(withRef + plain + plain));
    const other = await parseCamt053(statementXml(`${withRef}\n${plain}`, { id: 'STMT-2', seq: '9' }));
    const keys = one.lines.map((l) => l.entryKey);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toContain('BANK-1');
    expect(other.lines.map((l) => l.entryKey)).toEqual(keys.slice(0, 2));
  });

  it('reads references from AddtlNtryInf, AddtlTxInf and Ustrd', async () => {
    const parsed = await parseCamt053(
      statementXml(
        entry(
          '121.00',
          '<TxDtls><AddtlTxInf>tx info</AddtlTxInf><RmtInf><Ustrd>ustrd</Ustrd></RmtInf></TxDtls>',
          '<AddtlNtryInf>/TRTP/SEPA OVERBOEKING/REMI/RF18 5390 0754 7034/EREF/NOTPROVIDED</AddtlNtryInf>',
        ),
      ),
    );
    expect(parsed.lines[0]!.remittance).toBe(
      'ustrd tx info /TRTP/SEPA OVERBOEKING/REMI/RF18 5390 0754 7034/EREF/NOTPROVIDED',
    );
  });
});

/** Public sample statements (test-data/camt053/README.md): what each file says, read back. */
const SAMPLES: Record<
  string,
  { version: string; account: string; lines: [number | null, string | null, string, string | null, string | null][] }
> = {
  'genkgo-camt053.v2.minimal.xml': {
    version: '02',
    account: 'NL26VAYB8060476890',
    lines: [[885, 'EUR', 'CRDT', '4654654654654654', 'NAME NAME']],
  },
  'genkgo-camt053.v2.five.decimals.xml': {
    version: '02',
    account: 'NL26VAYB8060476890',
    lines: [[885, 'EUR', 'CRDT', null, null]],
  },
  'genkgo-camt053.v2.multi.statement.xml': {
    version: '02',
    account: 'NL26VAYB8060476890',
    lines: [
      [885, 'EUR', 'CRDT', null, null],
      [700, 'EUR', 'DBIT', null, null],
    ],
  },
  'genkgo-camt053.v3.xml': {
    version: '03',
    account: 'NL26VAYB8060476890',
    lines: [[10575, 'EUR', 'CRDT', '4654654654654654', 'NAME NAME']],
  },
  'genkgo-camt053.v4.xml': {
    version: '04',
    account: 'NL26VAYB8060476890',
    lines: [[0, 'SEK', 'CRDT', '4654654654654654', 'NAME NAME']],
  },
  'genkgo-camt053.v8.xml': {
    version: '08',
    account: 'NL26VAYB8060476890',
    lines: [[0, 'SEK', 'CRDT', '4654654654654654', 'NAME NAME']],
  },
};

describe('public sample statements', () => {
  const dir = new URL('../../../test-data/camt053/', import.meta.url);
  it('has an expectation for every sample file', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .sort(),
    ).toEqual(Object.keys(SAMPLES).sort());
  });
  for (const [file, expected] of Object.entries(SAMPLES)) {
    it(`reads ${file}: amounts per transaction, currency, references`, async () => {
      const parsed = await parseCamt053(readFileSync(new URL(file, dir)));
      expect(parsed.version).toBe(expected.version);
      expect(parsed.accounts.every((a) => (a.iban ?? a.other) === expected.account)).toBe(true);
      expect(parsed.lines.map((l) => [l.amountMinor, l.currency, l.creditDebit, l.reference, l.debtorName])).toEqual(
        expected.lines,
      );
    });
  }
});

describe('CAMT.053 entry status', () => {
  it('reads the status as plain code (001.02–.07) and as `Sts/Cd` (001.08 and later), null when missing', async () => {
    const withStatus = (sts: string) =>
      `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>${sts}<BookgDt><Dt>2026-11-26</Dt></BookgDt></Ntry>`;
    const old = await parseCamt053(
      statementXml(withStatus('<Sts>BOOK</Sts>') + withStatus('<Sts>PDNG</Sts>') + withStatus('<Sts>INFO</Sts>')),
    );
    expect(old.lines.map((l) => l.entryStatus)).toEqual(['BOOK', 'PDNG', 'INFO']);
    const v8 = await parseCamt053(
      statementXml(withStatus('<Sts><Cd>BOOK</Cd></Sts>') + withStatus('<Sts><Cd>PDNG</Cd></Sts>') + withStatus(''), {
        ns: 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08',
      }),
    );
    expect(v8.lines.map((l) => l.entryStatus)).toEqual(['BOOK', 'PDNG', null]);
    // A pending entry and the same entry booked later are two transactions, not one seen twice.
    const ref = '<AcctSvcrRef>BANK-1</AcctSvcrRef>';
    const pending = await parseCamt053(statementXml(entry('1.00', '', ref).replace('<Sts>BOOK', '<Sts>PDNG')));
    const booked = await parseCamt053(statementXml(entry('1.00', '', ref)));
    expect(pending.lines[0]!.entryKey).not.toBe(booked.lines[0]!.entryKey);
  });

  it('reads the status of every test-data statement as booked', async () => {
    const dir = new URL('../../../test-data/camt053/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.xml'))) {
      const parsed = await parseCamt053(readFileSync(new URL(name, dir)));
      expect(new Set(parsed.lines.map((l) => l.entryStatus)), name).toEqual(new Set(['BOOK']));
    }
  });
});
