import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
// @ts-expect-error Saxon-JS ships no type declarations.
import SaxonJS from 'saxon-js';
import { beforeAll, expect } from 'vitest';
import { PROGRAMME_DEFAULTS } from '../../../contracts/programme.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import type { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { waitForInvoice } from './billing.fixtures.js';

/**
 * The shared set-up of the official-rules tests (en16931.test.ts, en16931-documents.test.ts).
 * Every kind of invoice and credit note the billing module issues is run through the official
 * business rules: CEN's EN 16931 UBL rules and OpenPeppol's BIS Billing 3.0 rules (with the
 * national rules such as NL-R-*), both XSLT stylesheets kept in test-data. A rule the document
 * breaks with flag "fatal" fails the test with its id and text. Saxon-JS runs the stylesheets
 * (no Java); each is compiled once to SEF and cached in .tmp/sef by the stylesheet's hash.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const RULE_SETS = {
  'EN 16931': `${root}test-data/en16931/EN16931-UBL-validation.xslt`,
  'Peppol BIS 3.0': `${root}test-data/peppol-bis-3/PEPPOL-EN16931-UBL.xslt`,
} as const;
type RuleSet = keyof typeof RULE_SETS;

async function compiled(xsltPath: string): Promise<object> {
  const hash = createHash('sha256').update(readFileSync(xsltPath)).digest('hex').slice(0, 16);
  const dir = `${root}.tmp/sef`;
  const sef = `${dir}/${hash}.sef.json`;
  if (!existsSync(sef)) {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed: two test processes compiling at once never read half a file.
    const part = `${sef}.${process.pid}.part`;
    const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
    await promisify(execFile)(process.execPath, [xslt3, `-xsl:${xsltPath}`, `-export:${part}`, '-nogo'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    renameSync(part, sef);
  }
  return JSON.parse(readFileSync(sef, 'utf8'));
}

const stylesheets = {} as Record<RuleSet, object>;
const svrl = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  isArray: (name) => name === 'failed-assert',
});

type Failure = { id: string; flag: string; text: string; location: string };

/** The rules of one set the document breaks (every flag), from the SVRL report. */
function failedAsserts(xml: string, set: RuleSet): Failure[] {
  const result = SaxonJS.transform(
    { stylesheetInternal: stylesheets[set], sourceText: xml, destination: 'serialized' },
    'sync',
  ) as { principalResult: string };
  const report = svrl.parse(result.principalResult)['schematron-output'];
  return ((report['failed-assert'] ?? []) as Record<string, unknown>[]).map((f) => ({
    id: String(f.id),
    flag: String(f.flag),
    text: String(typeof f.text === 'object' ? (f.text as Record<string, unknown>)['#text'] : f.text).trim(),
    location: String(f.location),
  }));
}

/** `[rule id] text` of every fatal rule broken, per rule set: the test expects none. */
export function fatal(xml: string) {
  return Object.fromEntries(
    (Object.keys(RULE_SETS) as RuleSet[]).map((set) => [
      set,
      failedAsserts(xml, set)
        .filter((f) => f.flag === 'fatal')
        .map((f) => `[${f.id}] ${f.text} (at ${f.location})`),
    ]),
  );
}
export const NONE = { 'EN 16931': [], 'Peppol BIS 3.0': [] };

type Org = Awaited<ReturnType<typeof approvedOrganisation>>;

/**
 * Starts a runtime for the file with a finance user and loads both rule sets (before all its tests,
 * side by side), and answers the helpers bound to them.
 */
export function ruleTestbed() {
  const ctx = {} as { rt: TestRuntime; finance: ReturnType<typeof client> };
  beforeAll(async () => {
    const [runtime] = await Promise.all([
      startTestRuntime(),
      ...(Object.keys(RULE_SETS) as RuleSet[]).map(async (set) => {
        stylesheets[set] = await compiled(RULE_SETS[set]);
      }),
    ]);
    ctx.rt = runtime;
    ctx.finance = await adminClient(ctx.rt);
  }, 300_000);

  /** An approved organisation as registered in `country` with these identifiers. */
  async function customer(
    country: string,
    ids: { vatNumber?: string | null; tradeRegisterNumber?: string | null; electronicAddress?: string | null },
  ) {
    const org = await approvedOrganisation(ctx.rt);
    await ctx.rt.database.db
      .update(schema.organisations)
      .set({
        country,
        vatNumber: ids.vatNumber ?? null,
        tradeRegisterNumber: ids.tradeRegisterNumber ?? null,
        electronicAddress: ids.electronicAddress ?? null,
      })
      .where(eq(schema.organisations.id, org.organisationId));
    await givePoints(ctx.rt, org.organisationId, 600);
    return org;
  }

  /** Buys a membership and answers the invoice and its UBL file as the customer downloads it. */
  async function purchase(
    org: Org,
    paymentMethod: 'card' | 'bank_transfer' | 'sepa_debit',
    order: { tierCode?: string; kind?: 'new' | 'renewal' | 'upgrade' } = {},
  ) {
    const res = await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: order.tierCode ?? 'silver',
      kind: order.kind ?? 'new',
      paymentMethod,
      ...(paymentMethod === 'sepa_debit'
        ? { sepa: { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Zoë & Søn', consent: true } }
        : {}),
      acceptTerms: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const inv = await waitForInvoice(ctx.rt, res.json().orderId);
    const xml = (await org.http.get(`/api/billing/invoices/${inv.id}/ubl`)).body;
    return { inv, xml };
  }

  return { ctx, customer, purchase };
}

/** A Dutch VAT number of the right shape, new each time (an organisation's VAT number is unique). */
export const nlVat = () => `NL${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}B01`;
export const element = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];
export const sellerVat = PROGRAMME_DEFAULTS.seller.vatNumber;
