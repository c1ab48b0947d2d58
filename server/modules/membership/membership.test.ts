import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, CUSTOMER_PASSWORD, givePoints, organisationIn } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import {
  addDays,
  formatMembershipNumber,
  isValidMembershipNumber,
  termEnd,
  upgradePrice,
  vatDecision,
} from './rules.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
  await rt.services.accounts.ensureFirstAdmin({ email: 'admin@example.test', password: 'Admin-password-123!' });
});

const seller = { country: 'NL', domesticRateBasisPoints: 2100 };
const buy = (tierCode: string, paymentMethod = 'bank_transfer', extra: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  tierCode,
  paymentMethod,
  acceptTerms: true,
  ...extra,
});

describe('membership rules', () => {
  it('decides VAT: domestic, reverse charge within the EU, outside scope beyond it', () => {
    expect(vatDecision(seller, { country: 'NL', vatNumber: 'NL004495445B01' })).toEqual({
      treatment: 'domestic',
      rateBasisPoints: 2100,
    });
    expect(vatDecision(seller, { country: 'BE', vatNumber: 'BE0411905847' })).toEqual({
      treatment: 'reverse_charge',
      rateBasisPoints: 0,
    });
    expect(vatDecision(seller, { country: 'BE', vatNumber: null })).toEqual({
      treatment: 'domestic',
      rateBasisPoints: 2100,
    });
    for (const country of ['NO', 'CH', 'GB']) {
      expect(vatDecision(seller, { country, vatNumber: 'X' })).toEqual({
        treatment: 'outside_scope',
        rateBasisPoints: 0,
      });
    }
  });
  it('makes membership numbers with a check digit that catches a typo', () => {
    expect(formatMembershipNumber(10000001)).toMatch(/^CPS-10000001-\d$/);
    const n = formatMembershipNumber(12345678);
    expect(isValidMembershipNumber(n)).toBe(true);
    expect(isValidMembershipNumber(n.replace('12345678', '12345679'))).toBe(false);
  });
  it('runs a term for one year and prices an upgrade pro rata', () => {
    expect(termEnd('2026-11-25')).toBe('2027-11-24');
    expect(termEnd('2028-02-29')).toBe('2029-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    // 183 of 365 days left: that share of the difference between Gold (200) and Platinum (350).
    expect(upgradePrice(20000, 35000, '2027-05-26', '2027-11-24', '2026-11-25')).toBe(Math.round((15000 * 183) / 365));
    expect(upgradePrice(20000, 35000, '2026-11-25', '2027-11-24', '2026-11-25')).toBe(15000);
  });
});

describe('joining CPS', () => {
  it('shows every tier with points to go, and says how many points are missing below 500', async () => {
    const { http, organisationId } = await approvedOrganisation(rt, { locale: 'nl' });
    await givePoints(rt, organisationId, 300);
    const page = (await http.get('/api/membership')).json();
    expect(page).toMatchObject({ balance: 300, pointsMissing: 200, categorySwitch: false, membership: null });
    expect(
      page.tiers.map((t: { code: string; name: string; eligible: boolean }) => [t.code, t.name, t.eligible]),
    ).toEqual([
      ['silver', 'Zilver', false],
      ['gold', 'Goud', false],
      ['platinum', 'Platina', false],
      ['corporate', 'Corporate', false],
    ]);
    const refused = await http.post('/api/membership/purchase', buy('silver'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toBe('U hebt nog 200 punten nodig voor dit lidmaatschapsniveau.');
  });

  it('at 600 points offers Silver, Gold and Platinum with points to go; at 2,600 the category switch offers Corporate', async () => {
    const a = await approvedOrganisation(rt);
    await givePoints(rt, a.organisationId, 600);
    const page = (await a.http.get('/api/membership')).json();
    expect(
      page.tiers.map((t: { code: string; eligible: boolean; pointsToGo: number }) => [
        t.code,
        t.eligible,
        t.pointsToGo,
      ]),
    ).toEqual([
      ['silver', true, 0],
      ['gold', false, 400],
      ['platinum', false, 1000],
      ['corporate', false, 1901],
    ]);
    expect(page.categorySwitch).toBe(false);
    await givePoints(rt, a.organisationId, 2000);
    const rich = (await a.http.get('/api/membership')).json();
    expect(rich.categorySwitch).toBe(true);
    expect(rich.tiers.every((t: { eligible: boolean }) => t.eligible)).toBe(true);
  });

  it('buys by bank transfer: active at once under a new number, with VAT, an order due in 30 days and a welcome e-mail', async () => {
    const { http, organisationId, email } = await approvedOrganisation(rt);
    await givePoints(rt, organisationId, 600);
    const res = await http.post('/api/membership/purchase', buy('silver'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.quote).toMatchObject({
      netMinor: 10000,
      vatRateBasisPoints: 2100,
      vatMinor: 2100,
      totalMinor: 12100,
      vatTreatment: 'domestic',
    });
    expect(body.dueOn).toBe('2026-12-25');
    expect(body.membership).toMatchObject({
      status: 'active',
      tierCode: 'silver',
      startsOn: '2026-11-25',
      endsOn: '2027-11-24',
      previousMembershipNumber: null,
    });
    expect(isValidMembershipNumber(body.membership.membershipNumber)).toBe(true);
    const mail = (await rt.services.mailer.list(1000)).find(
      (m) => m.toAddress === email && m.template === 'membership_welcome',
    )!;
    expect(mail.text).toContain(body.membership.membershipNumber);
    expect(mail.text).toMatch(/local costs/);
    const card = await http.get('/api/membership/card.pdf');
    expect(card.headers['content-type']).toBe('application/pdf');
    expect(card.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives an organisation that had a membership before a new number and shows the previous one', async () => {
    const { http, organisationId } = await organisationIn(rt, 'BE', 'BE0411905847', {
      previousMembershipNumber: 'OLD-CPS-778899',
    });
    await givePoints(rt, organisationId, 1200);
    const body = (await http.post('/api/membership/purchase', buy('gold', 'card'))).json();
    expect(body.quote).toMatchObject({ vatTreatment: 'reverse_charge', vatMinor: 0, totalMinor: 20000 });
    expect(body.membership.previousMembershipNumber).toBe('OLD-CPS-778899');
    expect(body.membership.membershipNumber).not.toBe('OLD-CPS-778899');
    expect((await http.get('/api/membership')).json().previousMembershipNumber).toBe('OLD-CPS-778899');
  });

  it('makes one order and one membership from 20 parallel purchases with one idempotency key', async () => {
    const { http, organisationId } = await approvedOrganisation(rt);
    await givePoints(rt, organisationId, 700);
    const input = buy('silver');
    const results = await Promise.all(Array.from({ length: 20 }, () => http.post('/api/membership/purchase', input)));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(new Set(results.map((r) => r.json().orderId)).size).toBe(1);
    const [orders] = await rt.database.db
      .select({ n: count() })
      .from(schema.orders)
      .where(eq(schema.orders.organisationId, organisationId));
    const [memberships] = await rt.database.db
      .select({ n: count() })
      .from(schema.memberships)
      .where(eq(schema.memberships.organisationId, organisationId));
    expect([Number(orders?.n), Number(memberships?.n)]).toEqual([1, 1]);
  });

  it('takes SEPA direct debit only with a valid IBAN and consent, and offers methods per country', async () => {
    const { http, organisationId } = await organisationIn(rt, 'NO', null);
    await givePoints(rt, organisationId, 600);
    const bad = await http.post(
      '/api/membership/purchase',
      buy('silver', 'sepa_debit', { sepa: { iban: 'NL00BANK0123456789', accountHolder: 'A', consent: true } }),
    );
    expect(bad.statusCode).toBe(400);
    const noConsent = await http.post(
      '/api/membership/purchase',
      buy('silver', 'sepa_debit', { sepa: { iban: 'NO9386011117947', accountHolder: 'Ola Nordmann' } }),
    );
    expect(noConsent.statusCode).toBe(400);
    // Valid IBANs of countries outside the SEPA scheme: refused with the reason, nothing ordered.
    for (const iban of ['SA0380000000608010167519', 'TR330006100519786457841326', 'AE070331234567890123456']) {
      const outside = await http.post(
        '/api/membership/purchase',
        buy('silver', 'sepa_debit', { sepa: { iban, accountHolder: 'Ola Nordmann', consent: true } }),
      );
      expect(outside.statusCode).toBe(400);
      expect(outside.json().error.fields['sepa.iban']).toMatch(/SEPA scheme/);
    }
    // The Norwegian way of writing it (dots between the groups) is the same IBAN.
    const ok = await http.post(
      '/api/membership/purchase',
      buy('silver', 'sepa_debit', {
        sepa: { iban: 'NO93 8601.11.17947', accountHolder: 'Ola Nordmann', consent: true },
      }),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().quote).toMatchObject({ vatTreatment: 'outside_scope', totalMinor: 10000 });

    const admin = client(rt.app);
    await admin.post('/api/auth/login', { email: 'admin@example.test', password: 'Admin-password-123!' });
    const settings = (await admin.get('/api/admin/programme')).json();
    await admin.put('/api/admin/programme', {
      ...settings,
      paymentMethods: { ...settings.paymentMethods, CH: ['card'] },
    });
    const ch = await organisationIn(rt, 'CH', null);
    await givePoints(rt, ch.organisationId, 600);
    expect((await ch.http.get('/api/membership')).json().paymentMethods).toEqual(['card']);
    expect((await ch.http.post('/api/membership/purchase', buy('silver'))).statusCode).toBe(400);
  });
});

describe('term, renewal, suspension and expiry (moved clock)', () => {
  it('reminds at 60 and 14 days, renews from the old expiry date, suspends when unpaid after the grace period, restores on payment, and expires', async () => {
    const { http, organisationId, email } = await approvedOrganisation(rt);
    await givePoints(rt, organisationId, 1100);
    const bought = (await http.post('/api/membership/purchase', buy('silver'))).json();
    const orderId = bought.orderId;
    // Sessions expire as the clock moves on: log in again at each new date.
    const at = async (iso: string) => {
      rt.clock.set(iso);
      await http.post('/api/auth/login', { email, password: CUSTOMER_PASSWORD });
    };
    const templates = async () =>
      (await rt.services.mailer.list(1000))
        .filter((m) => m.toAddress === email)
        .reverse()
        .map((m) => m.template);

    // Due 25 Dec + 14 days grace: still active on 8 Jan, suspended on 9 Jan.
    await at('2027-01-08T08:00:00Z');
    await rt.services.membership.runDaily();
    expect((await http.get('/api/membership')).json().membership).toMatchObject({
      status: 'active',
      unpaidDueOn: '2026-12-25',
    });
    await at('2027-01-09T08:00:00Z');
    await rt.services.membership.runDaily();
    await rt.services.membership.runDaily();
    expect((await http.get('/api/membership')).json().membership.status).toBe('suspended');
    expect((await templates()).filter((t) => t === 'membership_suspended')).toHaveLength(1);

    const finance = client(rt.app);
    await finance.post('/api/auth/login', { email: 'admin@example.test', password: 'Admin-password-123!' });
    expect((await finance.post(`/api/finance/orders/${orderId}/paid`)).statusCode).toBe(200);
    expect((await http.get('/api/membership')).json().membership).toMatchObject({
      status: 'active',
      unpaidDueOn: null,
    });
    expect(await templates()).toContain('membership_restored');

    await at('2027-09-26T08:00:00Z'); // 59 days before 24 Nov 2027
    await rt.services.membership.runDaily();
    await rt.services.membership.runDaily();
    await at('2027-11-11T08:00:00Z'); // 13 days before
    await rt.services.membership.runDaily();
    expect((await templates()).filter((t) => t.startsWith('membership_reminder'))).toEqual([
      'membership_reminder_60',
      'membership_reminder_14',
    ]);

    const renewed = (await http.post('/api/membership/purchase', buy('gold', 'card', { kind: 'renewal' }))).json();
    expect(renewed.membership).toMatchObject({
      tierCode: 'gold',
      endsOn: '2028-11-24',
      membershipNumber: bought.membership.membershipNumber,
    });

    await at('2028-11-25T08:00:00Z');
    await rt.services.membership.runDaily();
    expect((await http.get('/api/membership')).json().membership.status).toBe('expired');
    const history = (await http.get('/api/membership/history')).json().items.map((e: { reason: string }) => e.reason);
    expect(history).toEqual(['purchased', 'unpaid_invoice', 'payment_received', 'renewed', 'term_ended']);
    rt.clock.set('2026-11-25T10:00:00Z');
  });

  it('upgrades during the term for the pro-rata difference, keeping the end date', async () => {
    const { http, organisationId, email } = await approvedOrganisation(rt);
    await givePoints(rt, organisationId, 1700);
    await http.post('/api/membership/purchase', buy('gold'));
    rt.clock.set('2027-05-26T10:00:00Z');
    await http.post('/api/auth/login', { email, password: CUSTOMER_PASSWORD });
    const up = (await http.post('/api/membership/purchase', buy('platinum', 'card', { kind: 'upgrade' }))).json();
    expect(up.quote).toMatchObject({ kind: 'upgrade', netMinor: Math.round((15000 * 183) / 365) });
    expect(up.membership).toMatchObject({ tierCode: 'platinum', endsOn: '2027-11-24' });
    rt.clock.set('2026-11-25T10:00:00Z');
  });
});
