import type { SessionUser } from '../../../contracts/auth.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { ChangeStatus } from './change-status.js';
import { membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';

/** A Superuser ends the current membership; the programme's settings say whether a refund is due. */
export function createCancelMembership(deps: Pick<MembershipDeps, 'db' | 'ports'>, changeStatus: ChangeStatus) {
  const { db, ports } = deps;
  return async function cancel(actor: SessionUser) {
    if (actor.role !== 'superuser' || !actor.organisationId) throw new AppError('forbidden');
    const organisationId = actor.organisationId;
    await withTransaction(db, async (tx) => {
      const current = await repo.current(tx, organisationId);
      if (!current || (current.status !== 'active' && current.status !== 'suspended'))
        throw new AppError('invalid_state');
      const settings = await ports.settings(tx);
      await changeStatus(
        tx,
        (await repo.lockMembership(tx, current.id))!,
        'cancelled',
        settings.refundOnCancel ? 'cancelled_refund_due' : 'cancelled_no_refund',
        actor.id,
      );
    });
  };
}
