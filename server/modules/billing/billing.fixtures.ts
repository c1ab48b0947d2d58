import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints, organisationIn } from '../../test/fixtures.js';
import { type client, multipart, ORIGIN } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/** The shared set-up of the billing tests: buyers with an order, their invoices, and bank statements. */

/** The invoice job runs in the background: wait for the order's invoice with its documents (the target is within a minute). */
export async function waitForInvoice(rt: TestRuntime, orderId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
    if (row?.pdfKey) return row;
    if (Date.now() > deadline) {
      const jobs = await rt.database.sql.executeSql(
        `select name, state, count(*)::int as n, max(output::text) as out from pgboss.job group by 1,2`,
      );
      throw new Error(`no invoice for order ${orderId} ${JSON.stringify(jobs.rows)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A CAMT.053 statement of the seller's account with these entries (credits unless told). */
export function camt(entries: { amount: string; ref?: string; ustrd?: string; name: string; cd?: 'CRDT' | 'DBIT' }[]) {
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

/** Starts a runtime for the file (before all its tests) with a finance user, and answers the helpers bound to it. */
export function billingTestbed() {
  const ctx = {} as { rt: TestRuntime; finance: ReturnType<typeof client> };
  beforeAll(async () => {
    ctx.rt = await startTestRuntime();
    ctx.finance = await adminClient(ctx.rt);
  });

  /** An organisation (in `country`, with `vat`) with the points for silver, and its order of it paid by `method`. */
  async function buyer(country = 'NL', vat: string | null = null, method = 'bank_transfer') {
    const org =
      country === 'NL' && !vat ? await approvedOrganisation(ctx.rt) : await organisationIn(ctx.rt, country, vat);
    await givePoints(ctx.rt, org.organisationId, 600);
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

  /** The statement's import job has run: its result with the lines. */
  async function imported(id: string) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = (await ctx.finance.get(`/api/finance/statements/${id}`)).json();
      if (res.status === 'done' || res.status === 'failed') return res;
      if (Date.now() > deadline) throw new Error(`import ${id} still ${res.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function upload(xml: string) {
    const body = multipart({}, [
      { field: 'file', name: 'statement.xml', type: 'application/xml', data: Buffer.from(xml) },
    ]);
    return ctx.rt.app.inject({
      method: 'POST',
      url: '/api/finance/statements',
      headers: { ...body.headers, cookie: ctx.finance.cookie, origin: ORIGIN },
      payload: body.payload,
    });
  }

  return { ctx, buyer, invoiceOf: (orderId: string) => waitForInvoice(ctx.rt, orderId), imported, upload };
}
