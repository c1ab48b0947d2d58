import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_DEFAULTS } from '../../../contracts/programme.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, givePoints } from '../../test/fixtures.js';
import type { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: ReturnType<typeof client>;
beforeAll(async () => {
  rt = await startTestRuntime();
  rt.clock.set('2026-11-25T10:00:00Z');
  admin = await adminClient(rt);
});

const sepa = { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Test', consent: true };
const runs = async () => (await admin.get('/api/finance/collection-runs')).json().items as { id: string }[];

describe('manual collection runs (finance)', () => {
  it('refuse past dates, weekends, TARGET2 holidays and dates too near for the file, in the user’s language, and write nothing', async () => {
    const before = await runs();
    // Today is Wednesday 25 November 2026.
    const cases: [string, string, RegExp][] = [
      ['2026-11-20', 'field.collection_date_past', /has passed/],
      ['2026-11-28', 'field.collection_date_not_business_day', /TARGET2/],
      ['2027-03-26', 'field.collection_date_not_business_day', /Good Friday/],
      ['2027-03-29', 'field.collection_date_not_business_day', /Easter Monday/],
      ['2026-12-25', 'field.collection_date_not_business_day', /25 or 26 December/],
      ['2027-01-01', 'field.collection_date_not_business_day', /1 January/],
      ['2026-11-25', 'field.collection_date_too_soon', /too soon/],
    ];
    for (const [collectionDate, , message] of cases) {
      const res = await admin.post('/api/finance/collection-runs', { collectionDate });
      expect(res.statusCode, collectionDate).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields.collectionDate, collectionDate).toMatch(message);
    }
    const nl = await admin.post(
      '/api/finance/collection-runs',
      { collectionDate: '2027-03-26' },
      { 'accept-language': 'nl' },
    );
    expect(nl.json().error.fields.collectionDate).toContain('Goede Vrijdag');
    expect(await runs()).toEqual(before);
  });

  it('with nothing to collect writes no run and no file, and says so', async () => {
    const before = await runs();
    const res = await admin.post('/api/finance/collection-runs', { collectionDate: '2026-11-27' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'nothing_to_collect' });
    expect(res.json().error.message).toContain('2026-11-27');
    const nl = await admin.post(
      '/api/finance/collection-runs',
      { collectionDate: '2026-11-27' },
      { 'accept-language': 'nl' },
    );
    expect(nl.json().error.message).toContain('niets te incasseren');
    expect(await runs()).toEqual(before);
  });
});

describe('the direct-debit date at checkout', () => {
  it('follows TARGET2: an invoice due on Good Friday 2027 is collected on Tuesday 30 March, not on a Dutch business day', async () => {
    rt.clock.set('2027-02-24T10:00:00Z');
    const org = await approvedOrganisation(rt);
    await givePoints(rt, org.organisationId, 600);
    const quote = (await org.http.get('/api/membership/quote?tierCode=silver')).json();
    expect(quote).toMatchObject({
      dueOn: '2027-03-26',
      collectionOn: '2027-03-30',
      collectionReason: 'not_a_business_day',
    });
    const res = await org.http.post('/api/membership/purchase', {
      idempotencyKey: randomUUID(),
      tierCode: 'silver',
      paymentMethod: 'sepa_debit',
      sepa,
      acceptTerms: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().quote).toMatchObject({ collectionOn: '2027-03-30' });
    rt.clock.set('2026-11-25T10:00:00Z');
  });
});

describe("the seller's SEPA account in the programme settings", () => {
  it('refuses an invalid creditor identifier, IBAN or BIC with a 400 naming each field, translated, and changes nothing', async () => {
    admin = await adminClient(rt);
    const current = (await admin.get('/api/admin/programme')).json();
    const bad = await admin.put(
      '/api/admin/programme',
      {
        ...current,
        seller: {
          ...current.seller,
          sepaCreditorId: 'NL98ZZZ999999999999',
          iban: 'NL91ABNA0417164301',
          bic: 'ABNAXX2A',
        },
      },
      { 'accept-language': 'nl' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['seller.bic', 'seller.iban', 'seller.sepaCreditorId']);
    expect(bad.json().error.fields['seller.sepaCreditorId']).toContain('incassant-ID');
    const en = await admin.put('/api/admin/programme', {
      ...current,
      seller: { ...current.seller, iban: 'NL91 ABNA 0417 1643 99', bic: 'ABNANL2A' },
    });
    expect(en.json().error.fields).toEqual({ 'seller.iban': 'This IBAN is not valid.' });
    const outsideSepa = await admin.put('/api/admin/programme', {
      ...current,
      seller: { ...current.seller, iban: 'BR1800360305000010009795493C1' },
    });
    expect(outsideSepa.statusCode).toBe(400);
    expect(outsideSepa.json().error.fields['seller.iban']).toContain('SEPA');
    expect((await admin.get('/api/admin/programme')).json()).toEqual(current);
  });

  it('reads the invalid sample creditor identifier an earlier version stored as the valid sample, so saving works', async () => {
    const current = (await admin.get('/api/admin/programme')).json();
    await rt.database.db
      .update(schema.programmeSettings)
      .set({ value: { ...current, seller: { ...current.seller, sepaCreditorId: 'NL98ZZZ999999999999' } } })
      .where(eq(schema.programmeSettings.key, 'programme'));
    await new Promise((r) => setTimeout(r, 5_100)); // the settings cache
    const read = (await admin.get('/api/admin/programme')).json();
    expect(read.seller.sepaCreditorId).toBe(PROGRAMME_DEFAULTS.seller.sepaCreditorId);
    expect(read.seller.sepaCreditorId).not.toBe('NL98ZZZ999999999999');
    expect((await admin.put('/api/admin/programme', read)).statusCode).toBe(200);
  }, 20_000);

  it('ships a valid creditor identifier and stores valid ones in their compact form', async () => {
    const current = (await admin.get('/api/admin/programme')).json();
    expect((await admin.put('/api/admin/programme', current)).statusCode).toBe(200);
    const res = await admin.put('/api/admin/programme', {
      ...current,
      seller: {
        ...current.seller,
        sepaCreditorId: 'de98 zzz 0999 9999 999',
        iban: 'nl91 abna 0417 1643 00',
        bic: 'abnanl2a',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().seller).toMatchObject({
      sepaCreditorId: 'DE98ZZZ09999999999',
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
    });
    expect((await admin.put('/api/admin/programme', current)).statusCode).toBe(200);
  });
});
