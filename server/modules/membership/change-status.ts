import type { DbOrTx } from '../../platform/db/index.js';
import { type MembershipRow, membershipRepository as repo } from './membership.repository.js';
import type { MembershipDeps } from './membership.types.js';

/** Moves a (locked) membership to a new status and appends the change to its history. */
export function createChangeStatus(deps: Pick<MembershipDeps, 'clock'>) {
  const { clock } = deps;
  return async function changeStatus(
    tx: DbOrTx,
    m: MembershipRow,
    to: MembershipRow['status'],
    reason: string,
    actorUserId: string | null,
    extra: Partial<MembershipRow> = {},
  ) {
    const updated = await repo.updateMembership(tx, m.id, { status: to, updatedAt: clock.now(), ...extra });
    await repo.appendEvent(tx, {
      membershipId: m.id,
      at: clock.now(),
      actorUserId,
      fromStatus: m.status,
      toStatus: to,
      fromTier: m.tierCode,
      toTier: updated.tierCode,
      reason,
    });
    return updated;
  };
}
export type ChangeStatus = ReturnType<typeof createChangeStatus>;
