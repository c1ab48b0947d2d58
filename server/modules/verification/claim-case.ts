import type { SessionUser } from '../../../contracts/auth.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { CaseDetailReader } from './case-detail.js';
import type { CaseEvents } from './case-events.js';
import { isOpen } from './rules.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

/** A validator takes an open case (a received one goes into review) or gives it back. */
export function createClaimCase(deps: Pick<VerificationDeps, 'db'>, event: CaseEvents, caseDetail: CaseDetailReader) {
  const { db } = deps;
  return async function claimCase(actor: SessionUser, id: string, claim: boolean) {
    await withTransaction(db, async (tx) => {
      const row = await repo.findById(tx, id, true);
      if (!row) throw new AppError('not_found');
      if (!isOpen(row.status)) throw new AppError('invalid_state');
      const status = claim && row.status === 'received' ? 'in_review' : row.status;
      await repo.updateApplication(tx, id, { assigneeId: claim ? actor.id : null, status });
      await event(tx, row, claim ? 'claimed' : 'released', actor.id, status !== row.status ? status : null);
    });
    return caseDetail(id);
  };
}
