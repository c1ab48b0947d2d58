import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseList } from '../../../contracts/registration.js';
import { schema } from '../../platform/db/index.js';
import { startViesStandIn, type ViesStandIn } from '../../platform/vat-registry/index.js';
import { png } from '../../security/uploads-fixtures.js';
import { adminClient } from '../../test/fixtures.js';
import { type client, multipart } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { evidenceHelpers, pdf } from './evidence-fixtures.js';

let rt: TestRuntime;
let vies: ViesStandIn;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  vies = await startViesStandIn();
  // The test clock stands at 2026-11-25.
  rt = await startTestRuntime({ env: { VAT_REGISTRY: 'vies', VIES_URL: vies.url } });
  admin = await adminClient(rt);
});
afterAll(() => vies.close());

const { apply, evidenceOf, signal, evidenceRows, statusTokens } = evidenceHelpers(() => ({ rt, admin }));

describe('document evidence beside the case', () => {
  it('reads a certificate in a job after the upload: number and name found → every signal green, a clean case', async () => {
    vies.answer.set('100000009B01', { name: 'FOTOSTUDIO DE VRIES B.V.', address: 'KEIZERSGRACHT 1\n1015CJ AMSTERDAM' });
    const certificate = await pdf([
      ['Belastingdienst', 'Bevestiging btw-identificatienummer', 'Datum: 12 november 2026'],
      [
        'Naam: Fotostudio de Vries B.V.',
        'Btw-identificatienummer: NL 1000.00.009.B01',
        'Keizersgracht 1, 1015 CJ Amsterdam',
      ],
    ]);
    const id = await apply({ legalName: 'Fotostudio de Vries B.V.', vatNumber: 'NL100000009B01' }, [
      { kind: 'vat_certificate', name: 'btw.pdf', type: 'application/pdf', data: certificate },
    ]);
    // The upload answered before anything was read: the reading is the job's.
    expect(await evidenceRows(id)).toEqual([]);

    const detail = await evidenceOf(id);
    const [doc] = detail.evidence!.documents;
    expect(doc).toMatchObject({ kind: 'vat_certificate', status: 'read', method: 'text', pages: 2 });
    expect(doc!.findings!.vatNumber).toMatchObject({
      found: true,
      page: 2,
      snippet: { match: 'NL 1000.00.009.B01' },
    });
    expect(doc!.findings!.name).toMatchObject({ found: true, page: 2 });
    expect(doc!.findings!.name.snippet!.match).toContain('Fotostudio de Vries');
    expect(doc!.findings!.date).toMatchObject({ found: true, page: 1, value: '2026-11-12' });
    expect(detail.evidence!.signals.map((s) => [s.code, s.colour])).toEqual([
      ['documents_read', 'green'],
      ['vies_valid', 'green'],
      ['vies_name', 'green'],
      ['document_vat', 'green'],
      ['document_name', 'green'],
      ['other_company', 'green'],
    ]);
    expect(detail.evidence!.clean).toBe(true);
    expect(detail.clean).toBe(true);

    const rows = await evidenceRows(id);
    expect(rows[0]!.text).toContain('Fotostudio de Vries B.V.');

    // The case list shows the badge, filters on it and sorts clean cases first.
    const clean = (await admin.get('/api/staff/cases?clean=true')).json() as CaseList;
    expect(clean.items.map((c) => c.id)).toEqual([id]);
    expect(clean.items[0]!.clean).toBe(true);
    const first = (await admin.get('/api/staff/cases?sort=clean&limit=1')).json() as CaseList;
    expect(first.items[0]!.id).toBe(id);
  });

  it('shows a document of another company as red, with whose it is', async () => {
    vies.answer.set('100000010B01', { name: 'STUDIO LUX B.V.', address: 'DORPSSTRAAT 2' });
    const foreign = await pdf([
      [
        'Bakkerij Jansen B.V.',
        'Dorpsstraat 9, 3512 AB Utrecht',
        'BTW: NL004495445B01',
        'Factuur 2026-118, 1 november 2026',
      ],
    ]);
    const id = await apply({ legalName: 'Studio Lux B.V.', vatNumber: 'NL100000010B01' }, [
      { kind: 'vat_certificate', name: 'certificaat.pdf', type: 'application/pdf', data: foreign },
    ]);
    const detail = await evidenceOf(id);
    expect(signal(detail, 'other_company')).toEqual({
      code: 'other_company',
      colour: 'red',
      reason: 'other_company',
      params: { kind: 'vat_certificate', other: 'NL004495445B01' },
    });
    expect(signal(detail, 'document_vat')).toMatchObject({ colour: 'amber', reason: 'vat_not_found' });
    expect(signal(detail, 'document_name')).toMatchObject({ colour: 'amber', reason: 'name_not_found' });
    expect(detail.clean).toBe(false);
    const clean = (await admin.get('/api/staff/cases?clean=true')).json() as CaseList;
    expect(clean.items.map((c) => c.id)).not.toContain(id);
  });

  it('names another company by its name when it shows no VAT number', async () => {
    const foreign = await pdf([['Uittreksel Handelsregister', 'Naam: Garage Pietersen B.V.', 'KvK-nummer 12345678']]);
    const id = await apply({ legalName: 'Studio Zuid B.V.', tradeRegisterNumber: '87654321' }, [
      { kind: 'chamber_extract', name: 'kvk.pdf', type: 'application/pdf', data: foreign },
    ]);
    const detail = await evidenceOf(id);
    expect(signal(detail, 'other_company')).toMatchObject({
      colour: 'red',
      params: { other: expect.stringContaining('Garage Pietersen B.V.') },
    });
    expect(signal(detail, 'register_number')).toMatchObject({ colour: 'amber', reason: 'register_number_not_found' });
  });

  it('shows an invoice of four months ago as amber with its age; a recent one and the KvK number as green', async () => {
    const old = await pdf([['Studio West B.V.', 'Keizersgracht 1', '1015 CJ Amsterdam', 'Invoice date: 07/25/2026']]);
    const id = await apply({ legalName: 'Studio West B.V.' }, [
      { kind: 'company_invoice', name: 'invoice.pdf', type: 'application/pdf', data: old },
    ]);
    const detail = await evidenceOf(id);
    expect(signal(detail, 'invoice_recent')).toEqual({
      code: 'invoice_recent',
      colour: 'amber',
      reason: 'invoice_old',
      params: { date: '2026-07-25', months: 4 },
    });

    const older = await pdf([
      ['Studio Oost B.V.', 'Keizersgracht 1', '1015 CJ Amsterdam', 'Factuurdatum: 25 juli 2026'],
    ]);
    const id2 = await apply({ legalName: 'Studio Oost B.V.' }, [
      { kind: 'company_invoice', name: 'factuur.pdf', type: 'application/pdf', data: older },
    ]);
    expect(signal(await evidenceOf(id2), 'invoice_recent')).toMatchObject({
      colour: 'amber',
      params: { date: '2026-07-25', months: 4 },
    });

    const recent = await pdf([
      ['Rechnung vom 3. November 2026', 'Studio Nord B.V.', 'Keizersgracht 1, 1015CJ Amsterdam'],
    ]);
    const extract = await pdf([['Kamer van Koophandel', 'Studio Nord B.V.', 'KvK-nummer: 8765 4321']]);
    const id3 = await apply({ legalName: 'Studio Nord B.V.', tradeRegisterNumber: '87654321' }, [
      { kind: 'company_invoice', name: 'rechnung.pdf', type: 'application/pdf', data: recent },
      { kind: 'chamber_extract', name: 'kvk.pdf', type: 'application/pdf', data: extract },
    ]);
    const fresh = await evidenceOf(id3);
    expect(fresh.evidence!.signals.map((s) => [s.code, s.colour])).toEqual([
      ['documents_read', 'green'],
      ['document_name', 'green'],
      ['document_address', 'green'],
      ['invoice_recent', 'green'],
      ['register_number', 'green'],
      ['other_company', 'green'],
    ]);
    expect(fresh.clean).toBe(true);
  });

  it('shows an image as "not read" without OCR — gray, never red, and not clean', async () => {
    const id = await apply({ legalName: 'Studio Beeld B.V.' }, [
      { kind: 'chamber_extract', name: 'scan.png', type: 'image/png', data: png(800, 600) },
    ]);
    const detail = await evidenceOf(id);
    expect(detail.evidence!.documents[0]).toMatchObject({ status: 'not_read', method: 'none', findings: null });
    expect(detail.evidence!.signals.some((s) => s.colour === 'red')).toBe(false);
    expect(signal(detail, 'documents_read')).toMatchObject({ colour: 'gray', reason: 'documents_not_read' });
    expect(signal(detail, 'other_company')).toMatchObject({ colour: 'gray' });
    expect(detail.clean).toBe(false);
  });

  it('reads the documents of a "more information" re-upload in the job too, and the signals follow', async () => {
    const unreadable = await pdf([['Uittreksel Handelsregister', 'Naam: Fotostudio Zee B.V.', 'KvK-nummer 55555555']]);
    const id = await apply({ legalName: 'Fotostudio Zee B.V.', tradeRegisterNumber: '12121212' }, [
      { kind: 'chamber_extract', name: 'oud.pdf', type: 'application/pdf', data: unreadable },
    ]);
    expect(signal(await evidenceOf(id), 'register_number')).toMatchObject({ colour: 'amber' });
    const asked = await admin.post(`/api/staff/cases/${id}/decision`, {
      type: 'request_info',
      documents: ['chamber_extract'],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const extract = await pdf([['Uittreksel Handelsregister', 'Naam: Fotostudio Zee B.V.', 'KvK-nummer 1212 1212']]);
    const upload = multipart(
      { data: JSON.stringify({ token: statusTokens.get(id), documents: [{ kind: 'chamber_extract' }] }) },
      [{ field: 'documents', name: 'nieuw.pdf', type: 'application/pdf', data: extract }],
    );
    const re = await rt.app.inject({
      method: 'POST',
      url: '/api/registrations/more-info',
      headers: upload.headers,
      payload: upload.payload,
    });
    expect(re.statusCode, re.body).toBe(200);
    const detail = await evidenceOf(id);
    expect(detail.evidence!.documents.map((d) => [d.originalName, d.status])).toEqual([
      ['oud.pdf', 'read'],
      ['nieuw.pdf', 'read'],
    ]);
    expect(signal(detail, 'register_number')).toMatchObject({ colour: 'green', reason: 'register_number_found' });
  });

  it('pages through the case list clean first, every case once', async () => {
    const seen: CaseList['items'] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await admin.get(`/api/staff/cases?sort=clean&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json() as CaseList;
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await admin.get('/api/staff/cases?limit=200')).json() as CaseList;
    expect(seen.map((c) => c.id).sort()).toEqual(all.items.map((c) => c.id).sort());
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const cleanCount = seen.filter((c) => c.clean).length;
    expect(cleanCount).toBeGreaterThanOrEqual(2);
    expect(seen.slice(0, cleanCount).every((c) => c.clean)).toBe(true);
    // A cursor of the due-time order is no cursor of the clean-first order.
    const [first] = all.items;
    const plain = Buffer.from(`${first!.slaDueAt ?? ''}|${first!.id}`).toString('base64url');
    const refused = await admin.get(`/api/staff/cases?sort=clean&cursor=${plain}`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('bad_request');
  });

  it('nightly: clears the text of documents the retention job deleted, and takes the badge from an invoice grown old', async () => {
    const invoice = await pdf([
      ['Studio Tijd B.V.', 'Keizersgracht 1', '1015 CJ Amsterdam', 'Factuurdatum: 20-09-2026'],
    ]);
    const id = await apply({ legalName: 'Studio Tijd B.V.' }, [
      { kind: 'company_invoice', name: 'factuur.pdf', type: 'application/pdf', data: invoice },
    ]);
    expect((await evidenceOf(id)).clean).toBe(true);
    const onlyClean = async () => ((await admin.get('/api/staff/cases?clean=true')).json() as CaseList).items;
    expect((await onlyClean()).map((c) => c.id)).toContain(id);

    // A month later the invoice is more than three months old: the night takes the badge away,
    // before anyone opens the case.
    rt.clock.set('2026-12-26T10:00:00Z');
    try {
      expect((await rt.services.documentEvidence.nightly()).recomputed).toBeGreaterThanOrEqual(1);
      // (The staff session would have expired by then: the list's source is read directly.)
      const [stored] = await rt.database.db
        .select()
        .from(schema.applicationEvidence)
        .where(eq(schema.applicationEvidence.applicationId, id));
      expect(stored).toMatchObject({ clean: false });
      expect(stored!.signals).toContainEqual(expect.objectContaining({ code: 'invoice_recent', colour: 'amber' }));
    } finally {
      rt.clock.set('2026-11-25T10:00:00Z');
    }
    expect((await onlyClean()).map((c) => c.id)).not.toContain(id);

    // The retention job deleted the file: its text and snippets go, what was found and where stays.
    await rt.database.db
      .update(schema.applicationDocuments)
      .set({ deletedAt: new Date() })
      .where(eq(schema.applicationDocuments.applicationId, id));
    expect((await rt.services.documentEvidence.nightly()).redacted).toBe(1);
    const [row] = await evidenceRows(id);
    expect(row!.text).toBe('');
    expect(JSON.stringify(row!.findings)).not.toContain('Studio Tijd');
    const detail = (await admin.get(`/api/staff/cases/${id}`)).json() as CaseDetail;
    expect(detail.evidence!.documents[0]!.findings!.name).toMatchObject({ found: true, page: 1, snippet: null });
    expect((await rt.services.documentEvidence.nightly()).redacted).toBe(0);
  });
});
