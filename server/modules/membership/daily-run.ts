import { withTransaction } from '../../platform/db/transaction.js';
import { localDate } from '../../platform/working-days.js';
import type { ChangeStatus } from './change-status.js';
import { cancelledUnpaidEmail, reminderEmail, suspendedEmail } from './membership.emails.js';
import { membershipRepository as repo } from './membership.repository.js';
import { type MembershipDeps, REMINDER_DAYS } from './membership.types.js';
import type { CardFacts } from './membership-view.js';
import type { NotifySuperusers } from './notify-superusers.js';
import type { RestorePaid } from './order-payments.js';
import { addDays, daysBetween } from './rules.js';

export function createDailyRun(
  deps: Pick<MembershipDeps, 'db' | 'clock' | 'jobs' | 'timeZone' | 'ports'>,
  use: {
    changeStatus: ChangeStatus;
    notify: NotifySuperusers;
    factsByLanguage: CardFacts['factsByLanguage'];
    restorePaid: RestorePaid;
  },
) {
  const { db, clock, ports } = deps;
  const { changeStatus, notify, factsByLanguage, restorePaid } = use;
  const today = () => localDate(clock.now(), deps.timeZone);

  /**
   * The daily run (idempotent; tests move the clock): expiry, reminders 60 and 14 days before
   * the end, suspension after the due date plus the grace period, restoration once paid.
   */
  async function runDaily() {
    const now = today();
    await withTransaction(db, async (tx, afterCommit) => {
      const settings = await ports.settings(tx);
      for (const m of await repo.dueForExpiry(tx, now)) {
        await changeStatus(tx, (await repo.lockMembership(tx, m.id))!, 'expired', 'term_ended', null);
      }
      for (const m of await repo.endingBy(tx, addDays(now, Math.max(...REMINDER_DAYS)))) {
        const daysLeft = daysBetween(now, m.endsOn);
        const due = REMINDER_DAYS.filter((d) => daysLeft <= d).sort((a, b) => a - b)[0];
        if (due === undefined || !(await repo.claimNotice(tx, m.id, `expiry-${due}:${m.endsOn}`, clock.now())))
          continue;
        const facts = await factsByLanguage(tx, m);
        await notify(tx, afterCommit, m.organisationId, `membership_reminder_${due}`, (l, firstName) =>
          reminderEmail(l, { ...facts(l), firstName, daysLeft }),
        );
      }
      const suspendAfter = settings.overduePolicy.find((s) => s.action === 'suspend')?.days;
      const cancelAfter = settings.overduePolicy.find((s) => s.action === 'cancel')?.days;
      if (cancelAfter !== undefined) {
        for (const { membership: m } of await repo.overdue(tx, addDays(now, -cancelAfter), ['active', 'suspended'])) {
          const updated = await changeStatus(
            tx,
            (await repo.lockMembership(tx, m.id))!,
            'cancelled',
            'unpaid_invoice',
            null,
          );
          const dueOn = (await repo.earliestUnpaidDue(tx, m.id)) ?? now;
          const facts = await factsByLanguage(tx, updated);
          await notify(tx, afterCommit, m.organisationId, 'membership_cancelled_unpaid', (l, firstName) =>
            cancelledUnpaidEmail(l, { ...facts(l), firstName, dueOn }),
          );
        }
      }
      const toSuspend =
        suspendAfter === undefined ? [] : await repo.overdue(tx, addDays(now, -suspendAfter), ['active']);
      for (const { membership: m } of toSuspend) {
        const dueOn = (await repo.earliestUnpaidDue(tx, m.id)) ?? now;
        const updated = await changeStatus(
          tx,
          (await repo.lockMembership(tx, m.id))!,
          'suspended',
          'unpaid_invoice',
          null,
        );
        const facts = await factsByLanguage(tx, updated);
        await notify(tx, afterCommit, m.organisationId, 'membership_suspended', (l, firstName) =>
          suspendedEmail(l, { ...facts(l), firstName, dueOn }),
        );
      }
      await restorePaid(tx, afterCommit);
    });
  }

  return { runDaily };
}
