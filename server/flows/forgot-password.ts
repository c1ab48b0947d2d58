import type { AuthService } from '../modules/auth/index.js';
import type { VerificationService } from '../modules/verification/index.js';
import type { Db } from '../platform/db/index.js';
import { withTransaction } from '../platform/db/transaction.js';

/**
 * Forgot password (and "send the set-password e-mail again"): a known user gets a reset or
 * set-password link; an applicant still being validated gets the status of the application
 * (the seed: do not reset before the account is ready); anyone else gets nothing. The caller
 * always shows the same answer.
 */
export function forgotPasswordFlow(deps: { db: Db; auth: AuthService; verification: VerificationService }) {
  return (email: string) =>
    withTransaction(deps.db, async (tx, afterCommit) => {
      if (await deps.auth.sendResetIfKnown(tx, afterCommit, email)) return;
      await deps.verification.sendPendingNotice(tx, afterCommit, email);
    });
}
