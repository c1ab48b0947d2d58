import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryPages, validateXML } from 'xmllint-wasm';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, givePoints } from '../../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/**
 * A year of nightly runs: every pain.008 file the daily run writes asks for a collection on a
 * TARGET2 business day, at least one business day after the file reaches the bank (the SEPA Core
 * rulebook's D-1), two business days or more after the pre-notification, never before the due
 * date, on the date the checkout named and the notice announced; and each file passes the XSD.
 */

// Written out here, not taken from the code under test: the days TARGET2 does not settle.
const CLOSED = new Set([
  '2026-12-25',
  '2026-12-26',
  '2027-01-01',
  '2027-03-26', // Good Friday
  '2027-03-29', // Easter Monday
  '2027-05-01',
  '2027-12-25',
  '2027-12-26',
  '2028-01-01',
]);
const plus = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const businessDay = (date: string) => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !CLOSED.has(date);
};
/** Business days after `from` up to and including `to`. */
const businessDaysBetween = (from: string, to: string) => {
  let n = 0;
  for (let d = plus(from, 1); d <= to; d = plus(d, 1)) if (businessDay(d)) n++;
  return n;
};

const pain008Schema = {
  fileName: 'pain.008.001.02.xsd',
  contents: readFileSync(
    fileURLToPath(new URL('../../../test-data/schemas/iso20022/pain.008.001.02.xsd', import.meta.url)),
    'utf8',
  ),
};

// Due dates (30 days after the purchase): the TARGET2 holidays and the days around them,
// weekends, Dutch holidays that are TARGET2 business days, and a spread of ordinary days.
const HOLIDAYS = [
  '2027-01-01',
  '2027-01-02',
  '2027-01-03',
  '2027-01-04',
  '2027-03-25',
  '2027-03-26',
  '2027-03-27',
  '2027-03-28',
  '2027-03-29',
  '2027-03-30',
  '2027-04-27',
  '2027-04-30',
  '2027-05-01',
  '2027-05-02',
  '2027-05-03',
  '2027-05-06',
  '2027-05-17',
  '2027-12-23',
  '2027-12-24',
  '2027-12-25',
  '2027-12-26',
  '2027-12-27',
  '2027-12-31',
];
const SPREAD = Array.from({ length: 26 }, (_, i) => plus('2027-01-09', i * 13 + (i % 3)));
const DUE_DATES = [...new Set([...HOLIDAYS, ...SPREAD])].sort();

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
});

describe('a year of SEPA collections (2027)', () => {
  it('collects every direct debit on a TARGET2 business day with the rulebook lead time, each file valid against the XSD', async () => {
    const promised = new Map<string, string>(); // order id → collection date named at checkout
    for (let day = '2026-12-01'; day <= '2028-01-07'; day = plus(day, 1)) {
      rt.clock.set(`${day}T06:00:00Z`);
      await rt.runDaily();
      for (const due of DUE_DATES.filter((d) => plus(d, -30) === day)) {
        rt.clock.set(`${day}T10:00:00Z`);
        const org = await approvedOrganisation(rt);
        await givePoints(rt, org.organisationId, 600);
        const res = await org.http.post('/api/membership/purchase', {
          idempotencyKey: randomUUID(),
          tierCode: 'silver',
          paymentMethod: 'sepa_debit',
          sepa: { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Żółć & Søn', consent: true },
          acceptTerms: true,
        });
        expect(res.statusCode, res.body).toBe(200);
        const { orderId, quote } = res.json();
        expect(quote.dueOn).toBe(due);
        promised.set(orderId, quote.collectionOn);
        await rt.services.billing.invoiceOrder(orderId);
      }
    }

    const { db } = rt.database;
    const runs = await db.select().from(schema.collectionRuns);
    const items = await db.select().from(schema.collectionItems);
    const invoices = (await db.select().from(schema.invoices)).filter((i) => i.paymentMethod === 'sepa_debit');
    const notices = await db
      .select()
      .from(schema.invoiceNotices)
      .where(eq(schema.invoiceNotices.key, 'pre-notification'));
    expect(invoices).toHaveLength(DUE_DATES.length);
    expect(items).toHaveLength(invoices.length);

    const problems: string[] = [];
    for (const run of runs) {
      const written = run.createdAt.toISOString().slice(0, 10);
      const xml = await text((await rt.services.billing.collectionFile(run.id)).stream);
      const dates = [...xml.matchAll(/<ReqdColltnDt>([^<]+)<\/ReqdColltnDt>/g)].map((m) => m[1]!);
      if (!dates.length || dates.some((d) => d !== run.collectionDate)) problems.push(`${run.id}: dates ${dates}`);
      if (!businessDay(run.collectionDate)) problems.push(`${run.collectionDate}: not a TARGET2 business day`);
      // Written on a closed day the file reaches the bank on the next business day, D-1 before the collection.
      let received = written;
      while (!businessDay(received)) received = plus(received, 1);
      if (businessDaysBetween(received, run.collectionDate) < 1)
        problems.push(`${run.collectionDate}: written ${written}, too late`);
      // The debtor's name keeps its letters in the EPC character set.
      if (!xml.includes('<Nm>Fotostudio Zolc + Son</Nm>')) problems.push(`${run.collectionDate}: debtor name`);
      const result = await validateXML({
        xml: [{ fileName: 'run.xml', contents: xml }],
        schema: [pain008Schema],
        initialMemoryPages: 16 * memoryPages.MiB,
      });
      if (!result.valid) problems.push(`${run.collectionDate}: ${result.errors.map((e) => e.rawMessage).join('; ')}`);
    }
    for (const inv of invoices) {
      const item = items.find((i) => i.invoiceId === inv.id);
      const run = runs.find((r) => r.id === item?.runId);
      const notice = notices.find((n) => n.invoiceId === inv.id);
      if (!run || !notice) {
        problems.push(`${inv.dueDate}: not collected or not notified`);
        continue;
      }
      const noticeDay = notice.sentAt.toISOString().slice(0, 10);
      if (run.collectionDate < inv.dueDate!) problems.push(`${inv.dueDate}: collected early on ${run.collectionDate}`);
      if (businessDaysBetween(noticeDay, run.collectionDate) < 2)
        problems.push(`${inv.dueDate}: notified ${noticeDay}, collected ${run.collectionDate}`);
      if (inv.collectionDate !== run.collectionDate) problems.push(`${inv.dueDate}: announced ${inv.collectionDate}`);
      if (promised.get(inv.orderId!) !== run.collectionDate)
        problems.push(`${inv.dueDate}: checkout said ${promised.get(inv.orderId!)}, collected ${run.collectionDate}`);
    }
    expect(problems).toEqual([]);

    const collected = new Map(
      invoices.map((inv) => [
        inv.dueDate!,
        runs.find((r) => r.id === items.find((i) => i.invoiceId === inv.id)?.runId)?.collectionDate,
      ]),
    );
    // The holidays of the issue, spelled out.
    expect(collected.get('2027-03-26')).toBe('2027-03-30'); // Good Friday → after Easter Monday
    expect(collected.get('2027-03-29')).toBe('2027-03-30');
    expect(collected.get('2027-04-27')).toBe('2027-04-27'); // King's Day is a TARGET2 business day
    expect(collected.get('2027-05-01')).toBe('2027-05-03');
    expect(collected.get('2027-12-25')).toBe('2027-12-27');
    expect(collected.get('2027-12-31')).toBe('2027-12-31');
  }, 240_000);
});
