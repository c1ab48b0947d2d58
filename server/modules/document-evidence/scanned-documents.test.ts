import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../contracts/registration.js';
import { schema } from '../../platform/db/index.js';
import { startViesStandIn, type ViesStandIn } from '../../platform/vat-registry/index.js';
import { adminClient, registrationInput } from '../../test/fixtures.js';
import { type client, multipart } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { hasBinaries, NO_BINARIES, SCANNED_CERTIFICATE, scannedPdf } from './ocr-fixtures.js';

let rt: TestRuntime;
let vies: ViesStandIn;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  vies = await startViesStandIn();
  rt = await startTestRuntime({ env: { VAT_REGISTRY: 'vies', VIES_URL: vies.url } });
  admin = await adminClient(rt);
});
afterAll(() => vies.close());

/** Submits an application with a VAT number and one VAT certificate; returns the case once it is read. */
async function applyWith(legalName: string, vatNumber: string, file: { name: string; type: string; data: Buffer }) {
  const input = registrationInput({ legalName });
  const body = multipart(
    {
      application: JSON.stringify({
        ...input,
        company: { vatRegistered: true, vatNumber, legacyEmail: '' },
        documents: [{ kind: 'vat_certificate' }],
      }),
    },
    [{ field: 'documents', ...file }],
  );
  const res = await rt.app.inject({
    method: 'POST',
    url: '/api/registrations',
    headers: body.headers,
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  const [row] = await rt.database.db
    .select({ id: schema.applications.id })
    .from(schema.applications)
    .where(eq(schema.applications.reference, res.json().reference));
  const id = row!.id;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const detail = (await admin.get(`/api/staff/cases/${id}`)).json() as CaseDetail;
    const ready =
      detail.evidence?.documents.every((d) => d.status !== 'pending') && detail.vatRegistry?.outcome !== 'pending';
    if (ready || Date.now() > deadline) return detail;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the OCR found at start', () => {
  it('is named in /readyz: the tesseract version and its languages, or "none"', async () => {
    const ready = (await rt.app.inject('/readyz')).json();
    expect(ready).toMatchObject({ status: 'ready' });
    expect(ready.ocr).toMatch(hasBinaries ? /^tesseract \d+\.\d+\.\d+ \(eng(, [a-z]{3})*\)$/ : /^(none|tesseract .*)$/);
  });
});

describe.skipIf(!hasBinaries)(`a scanned VAT certificate (${hasBinaries ? 'read by OCR' : NO_BINARIES})`, () => {
  it('is read by OCR in the job: number and name found on page 1, every signal green, a clean case', async () => {
    vies.answer.set('100000009B01', { name: 'FOTOSTUDIO SCAN B.V.', address: 'KEIZERSGRACHT 1\n1015CJ AMSTERDAM' });
    const { pdf } = await scannedPdf(SCANNED_CERTIFICATE);
    const detail = await applyWith('Fotostudio Scan B.V.', 'NL100000009B01', {
      name: 'scan.pdf',
      type: 'application/pdf',
      data: pdf,
    });
    const [doc] = detail.evidence!.documents;
    expect(doc).toMatchObject({ status: 'read', method: 'ocr', pages: 1 });
    expect(doc!.findings!.vatNumber).toMatchObject({ found: true, page: 1 });
    expect(doc!.findings!.name).toMatchObject({ found: true, page: 1 });
    expect(detail.evidence!.signals.map((s) => [s.code, s.colour])).toEqual([
      ['documents_read', 'green'],
      ['vies_valid', 'green'],
      ['vies_name', 'green'],
      ['document_vat', 'green'],
      ['document_name', 'green'],
      ['other_company', 'green'],
    ]);
    expect(detail.clean).toBe(true);
  });
});
