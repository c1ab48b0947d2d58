import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { authRepository as repo } from './auth.repository.js';
import { type AuthDeps, isStaff, type RequestMeta } from './auth.types.js';
import type { TwoStep } from './two-step.js';

/** Staff set up their two-step verification; an admin resets it for a staff member who lost the phone. */
export function createManageTwoStep(
  deps: Pick<AuthDeps, 'db'>,
  twoStep: Pick<TwoStep, 'setup' | 'confirm' | 'remove'>,
) {
  const { db } = deps;
  return {
    /** Staff: start setting up two-step verification (secret, otpauth URI, QR code). */
    async setupTwoStep(user: SessionUser) {
      if (!isStaff(user.role)) throw new AppError('forbidden');
      return withTransaction(db, (tx) => twoStep.setup(tx, user));
    },

    /** Staff: confirm the set-up with a first code; answers the recovery codes and the updated user. */
    async confirmTwoStep(user: SessionUser, code: string, meta: RequestMeta) {
      if (!isStaff(user.role)) throw new AppError('forbidden');
      const recoveryCodes = await withTransaction(db, async (tx) => {
        const codes = await twoStep.confirm(tx, user.id, code);
        await recordAudit(tx, {
          actorUserId: user.id,
          actorIp: meta.ip,
          action: 'auth.two_step_on',
          entityType: 'user',
          entityId: user.id,
        });
        return codes;
      });
      return { recoveryCodes, user: { ...user, twoStep: 'on' as const } };
    },

    /** An admin resets a staff member's two-step verification (lost phone): set up anew, sessions ended. */
    async resetTwoStep(actor: SessionUser, userId: string, meta: RequestMeta) {
      await withTransaction(db, async (tx) => {
        const user = await repo.findUserById(tx, userId);
        if (!user || !isStaff(user.role)) throw new AppError('not_found');
        await twoStep.remove(tx, userId);
        await repo.deleteUserSessions(tx, userId);
        await recordAudit(tx, {
          actorUserId: actor.id,
          actorIp: meta.ip,
          action: 'auth.two_step_reset',
          entityType: 'user',
          entityId: userId,
        });
      });
    },
  };
}
