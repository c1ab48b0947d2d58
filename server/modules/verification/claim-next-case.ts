import type { SessionUser } from '../../../contracts/auth.js';
import type { NextCase, NextCaseInput } from '../../../contracts/registration.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { nextCaseRepository } from './next-case.repository.js';
import { verificationRepository as repo } from './verification.repository.js';

/**
 * "Next case": assigns the validator the next unassigned case in the queue's order (as a claim does:
 * in review, with a `claimed` event) and answers its id, or null when nothing is waiting. Cases
 * someone already holds stay theirs; a case waiting for the applicant (more information) is not offered.
 */
export function createClaimNextCase(deps: { db: Db; clock: Clock }) {
  return async function claimNextCase(actor: SessionUser, input: NextCaseInput): Promise<NextCase> {
    return withTransaction(deps.db, async (tx) => {
      const row = await nextCaseRepository.firstUnassigned(tx, input.clean);
      if (!row) return { id: null };
      const moved = row.status !== 'in_review';
      await repo.updateApplication(tx, row.id, { assigneeId: actor.id, status: 'in_review' });
      await repo.appendEvent(tx, {
        applicationId: row.id,
        at: deps.clock.now(),
        actorUserId: actor.id,
        action: 'claimed',
        fromStatus: moved ? row.status : null,
        toStatus: moved ? 'in_review' : null,
        detail: {},
      });
      return { id: row.id };
    });
  };
}
export type ClaimNextCase = ReturnType<typeof createClaimNextCase>;
