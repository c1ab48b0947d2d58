import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { addDays, daysBetween } from '../../platform/working-days.js';
import { preNotificationEmail, reminderEmail } from './billing.emails.js';
import type { BillingPorts } from './billing.ports.js';
import { billingRepository as repo } from './billing.repository.js';
import type { DirectDebits } from './collect-direct-debits.js';
import type { DocumentPublisher } from './publish-documents.js';
import { collectionDate as collectionDateOf, earliestCollectionDate, laterDate, shiftCollectionDays } from './rules.js';

/** Billing's daily run: the overdue policy's reminders and the direct debits' notices and collection runs. */
export function createDailyRun(deps: {
  db: Db;
  clock: Clock;
  ports: Pick<BillingPorts, 'settings'>;
  today: () => string;
  invoicesUrl: string;
  writeRun: DirectDebits['writeRun'];
  publisher: Pick<DocumentPublisher, 'tellSuperusers' | 'instructions'>;
}) {
  const { db, clock, ports, today, invoicesUrl, writeRun } = deps;
  const { tellSuperusers, instructions } = deps.publisher;

  /**
   * The daily run (idempotent; a second run on the same day changes nothing):
   * 1. unpaid invoices past their due date become overdue;
   * 2. reminders by the overdue policy (one e-mail per run per invoice, for the latest step reached);
   * 3. SEPA pre-notifications `preNotificationDays` business days before collection; the announced
   *    date is never sooner than two business days after the notice;
   * 4. collection runs for announced direct debits due within `leadDays` business days.
   * Suspending and cancelling memberships by the same policy is the membership's daily run.
   */
  async function runDaily() {
    const settings = await ports.settings(db);
    const now = today();
    const result = { overdue: 0, reminders: 0, preNotifications: 0, collectionRuns: [] as string[] };
    result.overdue = (await repo.markOverdue(db, now)).length;

    const reminderDays = settings.overduePolicy
      .filter((s) => s.action === 'reminder')
      .map((s) => s.days)
      .sort((a, b) => a - b);
    if (reminderDays.length) {
      const dueBy = addDays(now, -reminderDays[0]!);
      for (const inv of await repo.remindable(db, dueBy)) {
        const late = daysBetween(inv.dueDate!, now);
        const reached = reminderDays.filter((d) => d <= late);
        if (!reached.length) continue;
        await withTransaction(db, async (tx, afterCommit) => {
          let fresh = false;
          for (const d of reached) fresh = (await repo.claimNotice(tx, inv.id, `reminder:${d}`, clock.now())) || fresh;
          if (!fresh) return;
          result.reminders++;
          await tellSuperusers(
            tx,
            afterCommit,
            inv,
            'invoice_reminder',
            (reader) =>
              reminderEmail(reader, {
                number: inv.number!,
                outstandingMinor: inv.totalMinor - inv.paidMinor,
                currency: inv.currency,
                dueDate: inv.dueDate!,
                daysLate: late,
                instructions: instructions(inv, settings),
                url: invoicesUrl,
              }),
            inv.pdfKey
              ? [{ filename: `${inv.number}.pdf`, storageKey: inv.pdfKey, contentType: 'application/pdf' }]
              : [],
          );
        });
      }
    }

    const { preNotificationDays, leadDays } = settings.directDebit;
    for (const { invoice: inv, order } of await repo.directDebitsDue(
      db,
      false,
      shiftCollectionDays(now, preNotificationDays),
    )) {
      const collectionDate = collectionDateOf(inv.dueDate!, now, leadDays);
      await withTransaction(db, async (tx, afterCommit) => {
        if (!(await repo.claimNotice(tx, inv.id, 'pre-notification', clock.now()))) return;
        await repo.updateInvoice(tx, inv.id, { collectionDate });
        result.preNotifications++;
        const iban = order.sepaIban ?? '';
        await tellSuperusers(tx, afterCommit, inv, 'direct_debit_pre_notification', (reader) =>
          preNotificationEmail(reader, {
            number: inv.number!,
            amountMinor: inv.totalMinor - inv.paidMinor,
            currency: inv.currency,
            collectionDate,
            mandateReference: inv.mandateReference ?? order.sepaMandateReference ?? '',
            creditorId: settings.seller.sepaCreditorId,
            creditorName: settings.seller.name,
            ibanMasked: `${iban.slice(0, 4)} •••• ${iban.slice(-4)}`,
            url: invoicesUrl,
          }),
        );
      });
    }

    // Everything announced for up to the earliest date a file written today can ask for. A date
    // already too close (the run did not run for a while) moves to that earliest date: a bank
    // refuses a file with a past or too-near collection date, and the invoice shows the real one.
    const earliest = earliestCollectionDate(now, leadDays);
    const announced = await repo.directDebitsDue(db, true, earliest);
    const byDate = new Map<string, typeof announced>();
    for (const row of announced) {
      const date = laterDate(row.invoice.collectionDate!, earliest);
      byDate.set(date, [...(byDate.get(date) ?? []), row]);
    }
    for (const [date, rows] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
      const run = await withTransaction(db, async (tx) => {
        for (const { invoice } of rows)
          if (invoice.collectionDate !== date) await repo.updateInvoice(tx, invoice.id, { collectionDate: date });
        return writeRun(tx, settings, date, rows, null);
      });
      result.collectionRuns.push(run);
    }
    return result;
  }

  return runDaily;
}
