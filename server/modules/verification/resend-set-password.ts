import type { SessionUser } from '../../../contracts/auth.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { CaseDetailReader } from './case-detail.js';
import type { CaseEvents } from './case-events.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

export function createResendSetPassword(
  deps: Pick<VerificationDeps, 'db' | 'ports'>,
  event: CaseEvents,
  caseDetail: CaseDetailReader,
) {
  const { db } = deps;
  /** Staff resend of the "set your password" e-mail for an approved application. */
  return async function resendSetPassword(actor: SessionUser, id: string) {
    await withTransaction(db, async (tx, afterCommit) => {
      const row = await repo.findById(tx, id);
      if (!row) throw new AppError('not_found');
      if (row.status !== 'approved' || !(await deps.ports.resendPasswordLink(tx, afterCommit, row.contactEmail))) {
        throw new AppError('invalid_state');
      }
      await event(tx, row, 'set_password_resent', actor.id, null);
    });
    return caseDetail(id);
  };
}
