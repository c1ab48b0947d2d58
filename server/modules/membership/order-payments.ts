import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { ChangeStatus } from './change-status.js';
import { restoredEmail } from './membership.emails.js';
import { membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';
import type { CardFacts } from './membership-view.js';
import type { NotifySuperusers } from './notify-superusers.js';

/** Suspended memberships whose orders are all paid become active again, and their Superusers are told. */
export function createRestorePaid(use: {
  changeStatus: ChangeStatus;
  notify: NotifySuperusers;
  factsByLanguage: CardFacts['factsByLanguage'];
}) {
  const { changeStatus, notify, factsByLanguage } = use;
  return async function restorePaid(tx: DbOrTx, afterCommit: AfterCommit) {
    for (const m of await repo.suspendedFullyPaid(tx)) {
      const updated = await changeStatus(
        tx,
        (await repo.lockMembership(tx, m.id))!,
        'active',
        'payment_received',
        null,
      );
      const facts = await factsByLanguage(tx, updated);
      await notify(tx, afterCommit, m.organisationId, 'membership_restored', (l, firstName) =>
        restoredEmail(l, { ...facts(l), firstName }),
      );
    }
  };
}
export type RestorePaid = ReturnType<typeof createRestorePaid>;

/** Payments reported by billing: paid (a suspended membership is restored) or returned. */
export function createOrderPayments(deps: Pick<MembershipDeps, 'db' | 'clock'>, restorePaid: RestorePaid) {
  const { db, clock } = deps;

  /** A payment arrived for an order (finance or the payment provider): a suspended membership is restored. */
  async function orderPaid(actor: SessionUser | null, orderId: string) {
    await withTransaction(db, async (tx, afterCommit) => {
      const order = await repo.orderById(tx, orderId);
      if (!order) throw new AppError('not_found');
      if (order.paidAt) return;
      await repo.updateOrder(tx, orderId, { paidAt: clock.now() });
      await recordAudit(tx, {
        actorUserId: actor?.id ?? null,
        action: 'order.paid',
        entityType: 'order',
        entityId: orderId,
      });
      await restorePaid(tx, afterCommit);
    });
  }

  /** A collected payment was returned: the order is unpaid again and the daily run applies. */
  async function orderUnpaid(orderId: string) {
    await repo.updateOrder(db, orderId, { paidAt: null });
  }

  return { orderPaid, orderUnpaid };
}
