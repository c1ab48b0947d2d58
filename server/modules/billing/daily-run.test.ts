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
/** Logs the admin in (again: moving the clock by weeks ends sessions). */
async function logIn() {
  admin = await adminClient(rt);
}
beforeAll(async () => {
  rt = await startTestRuntime();
  await logIn();
});

/** A Silver membership bought on 25 Nov 2026: its invoice is due on 25 Dec 2026 (a public holiday). */
async function purchase(paymentMethod: 'bank_transfer' | 'sepa_debit') {
  rt.clock.set('2026-11-25T10:00:00Z');
  const org = await approvedOrganisation(rt);
  await givePoints(rt, org.organisationId, 600);
  const res = await org.http.post('/api/membership/purchase', {
    idempotencyKey: randomUUID(),
    tierCode: 'silver',
    paymentMethod,
    ...(paymentMethod === 'sepa_debit'
      ? { sepa: { iban: 'NL91ABNA0417164300', accountHolder: 'Fotostudio Test', consent: true } }
      : {}),
    acceptTerms: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  const { orderId } = res.json() as { orderId: string };
  await rt.services.billing.invoiceOrder(orderId);
  const [invoice] = await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.orderId, orderId));
  expect(invoice?.dueDate).toBe('2026-12-25');
  return { ...org, invoice: invoice! };
}

async function mails(email: string) {
  return (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === email).reverse();
}
const invoiceRow = async (id: string) =>
  (await rt.database.db.select().from(schema.invoices).where(eq(schema.invoices.id, id)))[0]!;
const membershipStatus = async (organisationId: string) =>
  (
    await rt.database.db.select().from(schema.memberships).where(eq(schema.memberships.organisationId, organisationId))
  )[0]?.status;

/** Moves the clock and runs the daily jobs, as the nightly schedule would. */
async function dayOf(iso: string) {
  rt.clock.set(`${iso}T06:00:00Z`);
  return rt.runDaily();
}

describe('the billing daily run', () => {
  it('pre-notifies a direct debit five business days ahead, then writes the collection run one business day before, once', async () => {
    const org = await purchase('sepa_debit');
    const notices = async () => (await mails(org.email)).filter((m) => m.template === 'direct_debit_pre_notification');

    // Due Friday 25 Dec: Christmas and Boxing Day are bank holidays, so the collection is Monday 28 Dec.
    await dayOf('2026-12-17');
    expect(await notices()).toHaveLength(0);
    const announced = await dayOf('2026-12-18');
    expect(announced.preNotifications).toBeGreaterThanOrEqual(1);
    const [notice] = await notices();
    expect(notice?.subject).toContain('28 December 2026');
    expect(notice?.text).toContain(org.invoice.mandateReference!);
    expect(notice?.text).toContain(PROGRAMME_DEFAULTS.seller.sepaCreditorId);
    expect(notice?.text).toContain('NL91 •••• 4300');
    expect((await invoiceRow(org.invoice.id)).collectionDate).toBe('2026-12-28');
    await dayOf('2026-12-18');
    expect(await notices()).toHaveLength(1);

    // One business day before the collection date the run is written, with the pain.008 file.
    expect((await dayOf('2026-12-23')).collectionRuns).toEqual([]);
    const due = await dayOf('2026-12-24');
    expect(due.collectionRuns).toHaveLength(1);
    await logIn();
    const run = (await admin.get(`/api/finance/collection-runs/${due.collectionRuns[0]}`)).json();
    expect(run).toMatchObject({ collectionDate: '2026-12-28', status: 'created' });
    expect(run.items).toEqual([expect.objectContaining({ invoiceId: org.invoice.id, sequenceType: 'FRST' })]);
    const file = (await admin.get(`/api/finance/collection-runs/${run.id}/pain008`)).body;
    expect(file).toContain(`<EndToEndId>${org.invoice.number}</EndToEndId>`);
    expect(file).toContain('<ReqdColltnDt>2026-12-28</ReqdColltnDt>');
    // Running again, or on the due date itself, does not collect twice; no reminder while it is pending.
    expect((await dayOf('2026-12-24')).collectionRuns).toEqual([]);
    expect((await dayOf('2026-12-25')).collectionRuns).toEqual([]);
    // Not overdue while the seller's collection is under way (due on a holiday, collected on the 28th).
    await dayOf('2026-12-29');
    expect((await invoiceRow(org.invoice.id)).paymentStatus).toBe('pending');
    await dayOf('2026-12-31');
    expect((await mails(org.email)).filter((m) => m.template === 'invoice_reminder')).toHaveLength(0);
  });

  it('applies the overdue policy to a bank transfer: reminders before and after the due date, then suspension and cancellation, each once', async () => {
    const org = await purchase('bank_transfer');
    const reminders = async () => (await mails(org.email)).filter((m) => m.template === 'invoice_reminder');

    await dayOf('2026-12-21');
    expect(await reminders()).toHaveLength(0);
    await dayOf('2026-12-22'); // three days before the due date
    await dayOf('2026-12-22');
    expect((await reminders()).map((m) => m.subject)).toEqual([
      `Reminder: invoice ${org.invoice.number} is due on 25 December 2026`,
    ]);
    expect((await reminders())[0]?.text).toContain(org.invoice.paymentReference!);

    await dayOf('2026-12-28'); // three days late
    expect((await invoiceRow(org.invoice.id)).paymentStatus).toBe('overdue');
    expect(await reminders()).toHaveLength(2);
    expect((await reminders())[1]?.subject).toBe(`Payment reminder: invoice ${org.invoice.number} is overdue`);
    // A run that was missed for a week sends one reminder for the step reached, not one per step.
    await dayOf('2027-01-06');
    await dayOf('2027-01-06');
    expect(await reminders()).toHaveLength(3);

    await dayOf('2027-01-08');
    expect(await membershipStatus(org.organisationId)).toBe('active');
    await dayOf('2027-01-09'); // 14 days late
    expect(await membershipStatus(org.organisationId)).toBe('suspended');
    await dayOf('2027-02-23');
    expect(await membershipStatus(org.organisationId)).toBe('suspended');
    await dayOf('2027-02-24'); // 60 days late
    await dayOf('2027-02-24');
    expect(await membershipStatus(org.organisationId)).toBe('cancelled');
    const templates = (await mails(org.email)).map((m) => m.template);
    expect(templates.filter((t) => t === 'membership_suspended')).toHaveLength(1);
    expect(templates.filter((t) => t === 'membership_cancelled_unpaid')).toHaveLength(1);
    expect(await reminders()).toHaveLength(3);
  });

  it('takes the policy from the programme settings, and refuses a policy that contradicts itself', async () => {
    rt.clock.set('2026-11-25T10:00:00Z');
    await logIn();
    const current = (await admin.get('/api/admin/programme')).json();
    const bad = await admin.put(
      '/api/admin/programme',
      {
        ...current,
        overduePolicy: [
          { days: 30, action: 'suspend' },
          { days: 10, action: 'cancel' },
        ],
      },
      { 'accept-language': 'nl' },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.overduePolicy).toContain('opschorting');
    expect((await admin.get('/api/admin/programme')).json().overduePolicy).toEqual(current.overduePolicy);
    const numbers = await admin.put('/api/admin/programme', {
      ...current,
      overduePolicy: [{ days: 400, action: 'reminder' }],
      directDebit: { preNotificationDays: 1, leadDays: 1.5 },
    });
    expect(numbers.statusCode).toBe(400);
    expect(numbers.json().error.fields).toEqual({
      'overduePolicy.0.days': 'This number is too high.',
      'directDebit.preNotificationDays': 'This number is too low.',
      'directDebit.leadDays': 'Enter a whole number.',
    });

    const quiet = await admin.put('/api/admin/programme', {
      ...current,
      overduePolicy: [{ days: 1, action: 'reminder' }],
    });
    expect(quiet.statusCode, quiet.body).toBe(200);
    const org = await purchase('bank_transfer');
    await dayOf('2026-12-22');
    await dayOf('2027-03-01');
    expect((await mails(org.email)).filter((m) => m.template === 'invoice_reminder')).toHaveLength(1);
    expect(await membershipStatus(org.organisationId)).toBe('active');
    rt.clock.set('2026-11-25T10:00:00Z');
    await logIn();
    expect((await admin.put('/api/admin/programme', current)).statusCode).toBe(200);
  });

  it('shows the invoice e-mail with its PDF attachment in the development mailbox', async () => {
    const org = await purchase('bank_transfer');
    const [mail] = (await mails(org.email)).filter((m) => m.template === 'invoice');
    await logIn();
    const message = (await admin.get(`/api/dev/mailbox/${mail!.id}`)).json();
    expect(message.attachments).toEqual([
      { index: 0, filename: `${org.invoice.number}.pdf`, contentType: 'application/pdf' },
    ]);
    const pdf = await admin.get(`/api/dev/mailbox/${mail!.id}/attachments/0`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await admin.get(`/api/dev/mailbox/${mail!.id}/attachments/1`)).statusCode).toBe(404);
  });

  it('publishes an invoice numbered before a crash, with its files and one e-mail, on the next sweep', async () => {
    const org = await purchase('bank_transfer');
    // As if the process stopped after numbering: no files, no e-mail.
    await rt.database.db
      .update(schema.invoices)
      .set({ pdfKey: null, ublKey: null, finalisedAt: new Date('2026-11-25T09:00:00Z') })
      .where(eq(schema.invoices.id, org.invoice.id));
    await rt.database.db.delete(schema.mailOutbox).where(eq(schema.mailOutbox.toAddress, org.email));
    rt.clock.set('2026-11-25T10:00:00Z');
    await rt.services.billing.sweep();
    const after = await invoiceRow(org.invoice.id);
    expect(after.pdfKey).toMatch(/^[a-f0-9]{64}$/);
    expect(after.ublKey).toMatch(/^[a-f0-9]{64}$/);
    expect(after.number).toBe(org.invoice.number);
    await rt.services.billing.sweep();
    expect((await mails(org.email)).filter((m) => m.template === 'invoice')).toHaveLength(1);
  });

  it('offers the development tools to move the clock and run the daily jobs, outside production only', async () => {
    rt.clock.set('2026-11-25T10:00:00Z');
    await logIn();
    const moved = await admin.post('/api/dev/clock', { advanceDays: 30 });
    expect(moved.json()).toEqual({ now: '2026-12-25T10:00:00.000Z', offsetDays: 30 });
    const run = await admin.post('/api/dev/daily-run');
    expect(run.statusCode).toBe(200);
    expect(run.json().now).toBe('2026-12-25T10:00:00.000Z');
    expect(run.json().result).toMatchObject({ overdue: expect.any(Number), collectionRuns: expect.any(Array) });
    expect((await admin.post('/api/dev/clock', { reset: true })).json().offsetDays).toBe(0);
    expect((await admin.post('/api/dev/clock', { advanceDays: 'soon' })).statusCode).toBe(400);

    const production = await startTestRuntime({
      env: {
        NODE_ENV: 'production',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        PAYMENT_PROVIDER: 'test',
        DEMO_PAYMENTS: 'true',
      },
    });
    expect((await production.app.inject({ method: 'GET', url: '/api/dev/clock' })).statusCode).toBe(404);
  });
});
