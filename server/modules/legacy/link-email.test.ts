import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../../test/fixtures.js';
import { legacyKit } from './legacy.fixtures.js';

const kit = legacyKit();

describe('linking an old e-mail', () => {
  it('without an old e-mail explains why, and links one with a code sent to that address', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await kit.seedLegacy(old, 'M4');
    const { http } = await approvedOrganisation(kit.rt, { locale: 'nl' });
    expect((await http.get('/api/migration')).json()).toMatchObject({
      available: false,
      reason: 'no_legacy_email',
      preview: [],
    });

    expect((await http.post('/api/migration/link', { email: 'unknown@cps.example' })).statusCode).toBe(200);
    const unknownMail = (await kit.rt.services.mailer.list(1000)).find((m) => m.toAddress === 'unknown@cps.example');
    expect(unknownMail?.template).toBe('legacy_link_unknown');

    expect((await http.post('/api/migration/link', { email: old })).statusCode).toBe(200);
    const mail = (await kit.rt.services.mailer.list(1000)).find(
      (m) => m.toAddress === old && m.template === 'legacy_link_code',
    )!;
    const code = /code is (\d{6})|code is|Uw code is (\d{6})/.exec(mail.text);
    const digits = (code?.[1] ?? code?.[2])!;
    expect(digits).toMatch(/^\d{6}$/);
    expect((await http.get('/api/migration')).json().pendingLink).toBe(old);

    const wrong = await http.post('/api/migration/link/confirm', {
      email: old,
      code: digits === '000000' ? '000001' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.code).toMatch(/niet juist/);
    expect((await http.post('/api/migration/link/confirm', { email: old, code: digits })).statusCode).toBe(200);
    expect((await http.get('/api/migration')).json()).toMatchObject({
      available: true,
      legacyEmail: old,
      previousMembershipNumber: 'CPS-M4-0042',
    });
    // The code works once.
    expect((await http.post('/api/migration/link/confirm', { email: old, code: digits })).statusCode).toBe(400);
  });

  it('lets support link an old e-mail after checking, and never a customer for another organisation', async () => {
    const old = `old-${randomUUID().slice(0, 6)}@cps.example`;
    await kit.seedLegacy(old, 'M5');
    const { http, organisationId } = await approvedOrganisation(kit.rt);
    expect(
      (await http.post(`/api/staff/organisations/${organisationId}/legacy-email`, { email: old })).statusCode,
    ).toBe(403);
    expect(
      (await kit.admin.post(`/api/staff/organisations/${organisationId}/legacy-email`, { email: old })).statusCode,
    ).toBe(200);
    expect((await http.get('/api/migration')).json().available).toBe(true);
  });
});
