import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import { resetPasswordEmail } from './auth.emails.js';
import { authRepository as repo } from './auth.repository.js';
import { type AuthDeps, RESET_TTL_HOURS } from './auth.types.js';
import type { SendSetPasswordLink } from './set-password-link.js';

/**
 * Forgot password for a known user: a reset link, or — when the password was never set — the
 * set-password link again. Returns false when the address has no user (the caller decides
 * what else to tell, always with the same on-screen answer).
 */
export function createSendResetIfKnown(
  deps: Pick<AuthDeps, 'linkTokens' | 'mailer' | 'publicUrl'>,
  sendSetPasswordLink: SendSetPasswordLink,
) {
  return async function sendResetIfKnown(tx: DbOrTx, afterCommit: AfterCommit, email: string): Promise<boolean> {
    const user = await repo.findUserByEmail(tx, email);
    if (!user) return false;
    if (!user.passwordHash && user.role !== 'admin') {
      const org = user.organisationId
        ? await tx.query.organisations.findFirst({ where: (o, { eq }) => eq(o.id, user.organisationId!) })
        : undefined;
      await sendSetPasswordLink(tx, afterCommit, user, org?.legalName ?? '');
      return true;
    }
    await deps.linkTokens.revokeForUser(tx, user.id, ['reset_password']);
    const token = await deps.linkTokens.issue(tx, {
      purpose: 'reset_password',
      userId: user.id,
      ttlHours: RESET_TTL_HOURS,
    });
    await deps.mailer.enqueue(tx, afterCommit, {
      to: user.email,
      template: 'reset_password',
      locale: user.locale,
      content: resetPasswordEmail(user.locale, {
        firstName: user.firstName,
        url: `${deps.publicUrl}/set-password?token=${token}`,
      }),
    });
    return true;
  };
}
