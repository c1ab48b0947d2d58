import type { AuthService } from '../modules/auth/index.js';
import type { VerificationService } from '../modules/verification/index.js';
import type { Db } from '../platform/db/index.js';
import { withTransaction } from '../platform/db/transaction.js';
import type { Jobs } from '../platform/jobs.js';

export const FORGOT_PASSWORD_QUEUE = 'auth.forgot-password';

/**
 * Forgot password (and "send the set-password e-mail again"): a known user gets a reset or
 * set-password link; an applicant still being validated gets the status of the application
 * (the seed: do not reset before the account is ready); anyone else gets nothing.
 *
 * The request only queues a job, the same one for every address, and answers the same: looking
 * the address up and writing the e-mail happen afterwards in the job, so neither the answer nor
 * its timing tells a known address from an unknown one.
 */
export function forgotPasswordFlow(deps: { db: Db; jobs: Jobs; auth: AuthService; verification: VerificationService }) {
  const handle = (email: string) =>
    withTransaction(deps.db, async (tx, afterCommit) => {
      if (await deps.auth.sendResetIfKnown(tx, afterCommit, email)) return;
      await deps.verification.sendPendingNotice(tx, afterCommit, email);
    });
  return {
    /** Called by the request: queues the look-up (retried on failure; the link e-mail is idempotent enough to resend). */
    async request(email: string) {
      await deps.jobs.send(FORGOT_PASSWORD_QUEUE, { email }, { retryLimit: 3, retryDelay: 5 });
    },
    /** The look-up itself, run by the job. */
    handle,
    async startWorkers() {
      await deps.jobs.work<{ email: string }>(FORGOT_PASSWORD_QUEUE, ({ email }) => handle(email));
    },
  };
}
export type ForgotPasswordFlow = ReturnType<typeof forgotPasswordFlow>;
