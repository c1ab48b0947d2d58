import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogueCsv } from '../modules/catalogue/index.js';
import { streamLegacyCsv } from '../modules/legacy/index.js';
import { schema } from '../platform/db/index.js';
import { messages } from '../platform/i18n/messages.js';
import { adminClient } from '../test/fixtures.js';
import { type client, multipart, ORIGIN } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

/**
 * Imported files with NUL or binary content (catalogue and legacy CSV, CAMT.053 statements) are
 * refused with a 4xx and store nothing; the readers the command line uses report the rows.
 */

let rt: TestRuntime;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
});

describe('imported files with NUL bytes', () => {
  it('catalogue CSV: refused whole as not text through the upload; the parser reports the row and column', async () => {
    const csv =
      'model_code,name,category,points,active\nNUL-1,Bad\u0000name,camera_body,10,true\nNUL-2,Good name,camera_body,10,true\n';
    const before = await rt.database.db.select().from(schema.catalogueModels);
    const res = await admin.post('/api/admin/catalogue/import', csv, { 'content-type': 'text/csv' });
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json().error.code).toBe('csv_not_text');
    expect(await rt.database.db.select().from(schema.catalogueModels)).toEqual(before);
    // The parser itself never passes such a cell on, whoever calls it.
    expect(parseCatalogueCsv(csv).problems).toEqual([
      { row: 2, column: 'name', problem: expect.stringMatching(/not allowed/) },
    ]);
  });

  it('legacy CSV: refused whole as not text through the upload; the command-line reader reports the rows and imports the rest', async () => {
    const prefix = `N${randomUUID().slice(0, 6)}`;
    const csv = [
      'legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer',
      `${prefix}-1,${prefix}-A,EOS-R5,EOS R5,S1,2022-05-01,NL,Foto\u0000Koch`,
      `${prefix}-2,${prefix}-A,EOS-R5,EOS R5\u0000,S2,2022-05-01,NL,`,
      `${prefix}-3,${prefix}-A,EOS-R5,EOS R5,S3,2022-05-01,NL,Cameraland`,
    ].join('\n');
    const imports = await rt.database.db.select().from(schema.legacyImports);
    const body = multipart({}, [
      { field: 'file', name: 'products.csv', type: 'text/csv', data: Buffer.from(`${csv}\n`) },
    ]);
    const res = await rt.app.inject({
      method: 'POST',
      url: '/api/admin/legacy-imports?kind=products',
      headers: { ...body.headers, cookie: admin.cookie, origin: ORIGIN },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(415);
    expect(res.json().error.code).toBe('csv_not_text');
    expect(await rt.database.db.select().from(schema.legacyImports)).toEqual(imports);

    // The command line reads files without the upload's check: its reader reports the rows.
    const handed: unknown[] = [];
    let problems: unknown[] = [];
    await streamLegacyCsv(Readable.from([Buffer.from(`${csv}\n`)]), 'products', {
      skipRows: 0,
      onBatch: async (records, progress) => {
        handed.push(...records);
        problems = progress.problems;
      },
    });
    expect(handed).toHaveLength(1);
    expect(problems).toEqual([
      { row: 2, column: 'dealer', problem: expect.stringMatching(/not allowed/) },
      { row: 3, column: 'model_name', problem: expect.stringMatching(/not allowed/) },
    ]);
  });

  it('CAMT.053: NUL in a text element or an amount that is no number is a 400, nothing is stored', async () => {
    const statement = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M-${randomUUID()}</MsgId></GrpHdr>
<Stmt><Id>STMT-NUL</Id><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>${inner}</Stmt></BkToCstmrStmt></Document>`;
    const entry = (amount: string, name: string, date = '2026-11-26') =>
      `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>${date}</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${name}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>x</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
    const before = await rt.database.db.select().from(schema.bankStatements);
    // Each answer names the line (and the entry) and the reason.
    for (const [xml, field] of [
      [statement(entry('10.00', 'Foto\u0000Koch')), 'Line 3: the file is not well-formed XML (disallowed character.).'],
      [
        statement(entry('abc', 'Foto Koch')),
        'Line 3, entry 1: “abc” is not an amount (digits with a point as decimal separator, such as 12.50).',
      ],
      [
        statement(entry(`1${'0'.repeat(400)}`, 'Foto Koch')),
        `Line 3, entry 1: “1${'0'.repeat(39)}” is not an amount (digits with a point as decimal separator, such as 12.50).`,
      ],
      [statement(entry('10.00', 'Foto Koch', 'yesterday')), 'Line 3, entry 1: “yesterday” is not a date.'],
    ] as const) {
      const body = multipart({}, [
        { field: 'file', name: 'statement.xml', type: 'application/xml', data: Buffer.from(xml) },
      ]);
      const res = await rt.app.inject({
        method: 'POST',
        url: '/api/finance/statements',
        headers: { ...body.headers, cookie: admin.cookie, origin: ORIGIN, 'accept-language': 'en' },
        payload: body.payload,
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toEqual({
        error: {
          code: 'validation_failed',
          message: messages.en['error.validation_failed'],
          fields: { file: field },
        },
      });
    }
    expect(await rt.database.db.select().from(schema.bankStatements)).toEqual(before);
  });
});
