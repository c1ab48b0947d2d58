import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { registrationKit } from './registration.fixtures.js';

const kit = registrationKit();

/** A not VAT-registered applicant in another country than the Netherlands. */
function abroad(country: 'DE' | 'BE', company: Record<string, unknown>) {
  const a = kit.application();
  return {
    ...a,
    organisation: { ...a.organisation, country, postcode: country === 'DE' ? '10115' : '1000', city: 'Berlin' },
    company: { vatRegistered: false, legacyEmail: '', ...company },
  };
}

const applicationsWith = async (key: string) =>
  kit.rt.database.db.select().from(schema.applications).where(eq(schema.applications.idempotencyKey, key));

async function approve(reference: string) {
  const validator = await kit.staff();
  const id = await kit.caseId(validator, reference);
  const detail = (await validator.get(`/api/staff/cases/${id}`)).json();
  const decided = await validator.post(`/api/staff/cases/${id}/decision`, { type: 'approve' });
  expect(decided.statusCode, decided.body).toBe(200);
  const organisationId = decided.json().events.at(-1).detail.organisationId as string;
  const [org] = await kit.rt.database.db
    .select({ address: schema.organisations.electronicAddress })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, organisationId));
  return { shown: detail.company.electronicAddress as string | null, stored: org?.address };
}

describe('every organisation gets an e-invoicing address at registration (Peppol R010/R020)', () => {
  it('refuses, in the language of the form, an application that gives no way to address its e-invoices, and keeps nothing', async () => {
    // Not VAT-registered in Germany: the Handelsregister has no Peppol scheme, so only a Peppol id helps.
    for (const company of [{}, { tradeRegisterNumber: 'HRB 12345' }]) {
      const a = abroad('DE', company);
      const res = await kit.register(a, undefined, 'de');
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'validation_failed',
        fields: { 'company.electronicAddress': expect.stringContaining('Peppol-Teilnehmer-ID') },
      });
      expect(await applicationsWith(a.idempotencyKey)).toHaveLength(0);
    }
    // A Dutch organisation without a KvK number and without a VAT number: the same.
    const nl = kit.application();
    const res = await kit.register({ ...nl, company: { vatRegistered: false, legacyEmail: '' } }, undefined, 'nl');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['company.electronicAddress']).toContain('KvK');
  });

  it('refuses a typed address outside the Peppol code list', async () => {
    for (const bad of ['EM:info@example.test', '0106:1234', 'nonsense']) {
      const a = abroad('DE', { electronicAddress: bad });
      const res = await kit.register(a);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.fields['company.electronicAddress'], bad).toContain('Peppol');
      expect(await applicationsWith(a.idempotencyKey)).toHaveLength(0);
    }
  });

  it('keeps a typed Peppol id (as people type it), shows it on the case page and gives it to the organisation', async () => {
    const a = abroad('DE', { tradeRegisterNumber: 'HRB 12345', electronicAddress: ' 0088 : 4012345000009 ' });
    const res = await kit.register(a);
    expect(res.statusCode, res.body).toBe(201);
    expect(await approve(res.json().reference)).toEqual({ shown: '0088:4012345000009', stored: '0088:4012345000009' });
  });

  it('derives it from a register number where the register has a Peppol scheme (KvK, Belgian enterprise number)', async () => {
    const nl = kit.application({ register: '3412 6549' });
    const res = await kit.register(nl);
    expect(res.statusCode, res.body).toBe(201);
    expect(await approve(res.json().reference)).toEqual({ shown: '0106:34126549', stored: '0106:34126549' });

    const be = abroad('BE', { tradeRegisterNumber: '0411.905.847' });
    const accepted = await kit.register(be);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(await approve(accepted.json().reference)).toEqual({ shown: '0208:0411905847', stored: '0208:0411905847' });
  });
});
