import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, expect } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { type client, multipart, ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/** The shared set-up of the bank-statement tests: statements as XML, uploads, imports and open invoices. */

export const OWN_IBAN = 'NL91ABNA0417164300';
let seq = 0;

/** A statement of the seller's account around raw `<Ntry>` elements; each call a new statement unless told. */
export function statement(
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
/** An entry, booked unless `sts` gives its raw `<Sts>` element ('' for none). */
export const entry = (
  amount: string,
  tx: string,
  o: { ccy?: string; ref?: string; date?: string; addtl?: string; cd?: 'CRDT' | 'DBIT'; sts?: string } = {},
) =>
  `<Ntry><Amt Ccy="${o.ccy ?? 'EUR'}">${amount}</Amt><CdtDbtInd>${o.cd ?? 'CRDT'}</CdtDbtInd>${o.sts ?? '<Sts><Cd>BOOK</Cd></Sts>'}<BookgDt><Dt>${o.date ?? '2026-11-26'}</Dt></BookgDt>${o.ref ? `<AcctSvcrRef>${o.ref}</AcctSvcrRef>` : ''}<NtryDtls>${tx}</NtryDtls>${o.addtl ? `<AddtlNtryInf>${o.addtl}</AddtlNtryInf>` : ''}</Ntry>`;
export const tx = (inner: string) => `<TxDtls>${inner}</TxDtls>`;
export const scor = (ref: string) =>
  `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf>`;
export const debtor = (name: string) => `<RltdPties><Dbtr><Pty><Nm>${name}</Nm></Pty></Dbtr></RltdPties>`;

/** Starts a runtime for the file (before all its tests) and answers the helpers bound to it. */
export function statementTestbed() {
  const ctx = {} as { rt: TestRuntime; finance: ReturnType<typeof client> };
  beforeAll(async () => {
    ctx.rt = await startTestRuntime();
    ctx.finance = await adminClient(ctx.rt);
  });

  async function upload(xml: string | Buffer, locale = 'en') {
    const body = multipart({}, [
      {
        field: 'file',
        name: 'statement.xml',
        type: 'application/xml',
        data: Buffer.isBuffer(xml) ? xml : Buffer.from(xml),
      },
    ]);
    return ctx.rt.app.inject({
      method: 'POST',
      url: '/api/finance/statements',
      headers: { ...body.headers, cookie: ctx.finance.cookie, origin: ORIGIN, 'accept-language': locale },
      payload: body.payload,
    });
  }
  async function imported(id: string) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const res = (await ctx.finance.get(`/api/finance/statements/${id}`)).json();
      if (res.status === 'done' || res.status === 'failed') return res;
      if (Date.now() > deadline) throw new Error(`import ${id} still ${res.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** Uploads a statement and waits for its import job: the result with its lines. */
  async function book(xml: string | Buffer) {
    const res = await upload(xml);
    expect(res.statusCode, res.body).toBe(202);
    return imported(res.json().statement.id);
  }
  /** An open bank-transfer invoice of 121.00 EUR (silver) of a new organisation. */
  async function openInvoice() {
    const org = await approvedOrganisation(ctx.rt);
    await givePoints(ctx.rt, org.organisationId, 600);
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
      const [row] = await ctx.rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
      if (row?.pdfKey) return row;
      if (Date.now() > deadline) throw new Error('no invoice');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const invoice = async (id: string) =>
    (await ctx.rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, id)))[0]!;
  const statementCount = async () =>
    (await ctx.rt.database.db.select({ n: sql<number>`count(*)::int` }).from(schema.bankStatements))[0]!.n;
  /** Files in the document storage (none before the first is stored). */
  const storedFiles = () => {
    const dir = join(ctx.rt.dataDir, 'files');
    return existsSync(dir) ? readdirSync(dir).length : 0;
  };

  return { ctx, upload, imported, book, openInvoice, invoice, statementCount, storedFiles };
}
