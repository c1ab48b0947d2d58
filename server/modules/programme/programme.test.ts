import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_DEFAULTS, type ProgrammeSettings } from '../../../contracts/programme.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation } from '../../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { createProgrammeService } from './index.js';

// The programme settings an admin keeps in the back office: read, update, and every value that
// would break invoices, direct debits or registrations refused with the field named.
let rt: TestRuntime;
let admin: Awaited<ReturnType<typeof adminClient>>;
beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await adminClient(rt);
});

const current = async () => (await admin.get('/api/admin/programme')).json() as ProgrammeSettings;
const withSeller = (settings: ProgrammeSettings, seller: Partial<ProgrammeSettings['seller']>) => ({
  ...settings,
  seller: { ...settings.seller, ...seller },
});

describe('programme settings', () => {
  it('a new installation reads the defaults; only an admin reads or writes them', async () => {
    expect(await current()).toEqual(PROGRAMME_DEFAULTS);
    const org = await approvedOrganisation(rt);
    expect((await org.http.get('/api/admin/programme')).statusCode).toBe(403);
    expect((await org.http.put('/api/admin/programme', PROGRAMME_DEFAULTS)).statusCode).toBe(403);
  });

  it('saves a change at once for everyone, audited with before and after', async () => {
    const before = await current();
    const next = {
      ...before,
      invitationThreshold: 300,
      paymentTermDays: 21,
      paymentMethods: { default: ['card' as const], NL: ['bank_transfer' as const, 'sepa_debit' as const] },
    };
    const res = await admin.put('/api/admin/programme', next);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(next);
    expect(await current()).toEqual(next);
    // The points summary uses the new threshold without waiting for a cache to expire.
    const org = await approvedOrganisation(rt);
    expect((await org.http.get('/api/products')).json().summary.invitationThreshold).toBe(300);
    const [entry] = await rt.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'programme.updated'));
    expect(entry?.detail).toMatchObject({ before: { invitationThreshold: before.invitationThreshold }, after: next });
  });

  it('stores the seller’s IBAN, BIC and creditor identifier in their compact forms', async () => {
    const settings = withSeller(await current(), {
      iban: 'nl91 abna 0417 1643 00',
      bic: 'abnanl2a',
      sepaCreditorId: 'NL57 ZZZ 999999999999',
    });
    const res = await admin.put('/api/admin/programme', settings);
    expect(res.statusCode).toBe(200);
    expect((await current()).seller).toMatchObject({
      iban: 'NL91ABNA0417164300',
      bic: 'ABNANL2A',
      sepaCreditorId: 'NL57ZZZ999999999999',
    });
  });

  it('refuses a wrong seller account naming each field, and changes nothing', async () => {
    const before = await current();
    const cases: [Partial<ProgrammeSettings['seller']>, Record<string, string>][] = [
      [{ iban: 'NL91ABNA0417164301' }, { 'seller.iban': 'field.iban_invalid' }],
      [{ iban: 'SA0380000000608010167519' }, { 'seller.iban': 'field.seller_iban_not_sepa' }],
      [{ bic: '12345678' }, { 'seller.bic': 'field.bic_invalid' }],
      [{ sepaCreditorId: 'NL98ZZZ999999999999' }, { 'seller.sepaCreditorId': 'field.creditor_id_invalid' }],
    ];
    for (const [seller, fields] of cases) {
      const res = await admin.put('/api/admin/programme', withSeller(before, seller));
      expect(res.statusCode, JSON.stringify(seller)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(Object.keys(res.json().error.fields)).toEqual(Object.keys(fields));
      for (const message of Object.values(res.json().error.fields)) expect(message).not.toMatch(/^field\./);
    }
    expect(await current()).toEqual(before);
  });

  it('refuses a serial number pattern that is not a regular expression, and an inconsistent overdue policy', async () => {
    const before = await current();
    const pattern = await admin.put('/api/admin/programme', { ...before, serialPatterns: { lens: '([0-9]+' } });
    expect(pattern.statusCode).toBe(400);
    expect(Object.keys(pattern.json().error.fields)).toEqual(['serialPatterns.lens']);
    const policy = await admin.put('/api/admin/programme', {
      ...before,
      overduePolicy: [
        { days: 30, action: 'suspend' },
        { days: 10, action: 'cancel' },
      ],
    });
    expect(policy.statusCode).toBe(400);
    const threshold = await admin.put('/api/admin/programme', { ...before, invitationThreshold: 0 });
    expect(threshold.statusCode).toBe(400);
    expect(await current()).toEqual(before);
  });

  it('reads settings saved by an older version: missing keys take their defaults, the old sample creditor id the valid one', async () => {
    const stored: Partial<ProgrammeSettings> = {
      ...PROGRAMME_DEFAULTS,
      invitationThreshold: 700,
      seller: { ...PROGRAMME_DEFAULTS.seller, sepaCreditorId: 'NL98ZZZ999999999999' },
    };
    delete stored.directDebit;
    await rt.database.db
      .update(schema.programmeSettings)
      .set({ value: stored, updatedAt: new Date(), updatedBy: null })
      .where(eq(schema.programmeSettings.key, 'programme'));
    // A fresh service instance: the running one keeps its settings for a few seconds.
    const read = await createProgrammeService({ db: rt.database.db }).settings();
    expect(read.invitationThreshold).toBe(700);
    expect(read.directDebit).toEqual(PROGRAMME_DEFAULTS.directDebit);
    expect(read.seller.sepaCreditorId).toBe(PROGRAMME_DEFAULTS.seller.sepaCreditorId);
  });
});
