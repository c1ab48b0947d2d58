import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { longDateTime } from '../../platform/i18n/format.js';
import { passwordChangedEmail } from './auth.emails.js';
import { authRepository as repo } from './auth.repository.js';
import type { AuthDeps, RequestMeta } from './auth.types.js';
import { lockedOut } from './login.js';
import { passwordWords } from './set-password.js';

/**
 * A logged-in user changes their password: the current one must be right (a wrong one counts
 * towards the lockout), the new one strong. Other sessions end, this one stays; an e-mail
 * tells the user. Sent again after it worked (a double click, a retry), it changes nothing and
 * answers the same.
 */
export function createChangePassword(
  deps: Pick<AuthDeps, 'db' | 'clock' | 'hashToken' | 'linkTokens' | 'mailer' | 'publicUrl' | 'timeZone'>,
) {
  const { db, clock } = deps;
  return async function changePassword(
    user: SessionUser,
    sessionToken: string,
    input: { currentPassword: string; newPassword: string },
    meta: RequestMeta,
  ) {
    const now = clock.now();
    if (await lockedOut(db, user.email, now)) throw new AppError('account_locked');
    const row = await repo.findUserById(db, user.id);
    if (!row?.passwordHash) throw new AppError('unauthenticated');
    if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
      if (await verifyPassword(row.passwordHash, input.newPassword))
        return { ok: true as const, otherSessionsEnded: 0 };
      await repo.recordLoginFailure(db, user.email, meta.ip, now);
      throw new AppError('validation_failed', { currentPassword: 'field.current_password_wrong' });
    }
    const problem = await checkPasswordStrength(input.newPassword, await passwordWords(db, row));
    if (problem) throw new AppError('weak_password', { newPassword: `field.${problem}` });
    if (input.newPassword === input.currentPassword)
      throw new AppError('validation_failed', { newPassword: 'field.password_unchanged' });
    const passwordHash = await hashPassword(input.newPassword);
    return withTransaction(db, async (tx, afterCommit) => {
      // Locked, and checked again: of two changes at once, the second finds the password changed.
      const locked = await repo.findUserById(tx, user.id, true);
      if (!locked?.passwordHash || locked.passwordHash !== row.passwordHash) {
        return { ok: true as const, otherSessionsEnded: 0 };
      }
      await repo.setPassword(tx, user.id, passwordHash, now);
      const otherSessionsEnded = await repo.deleteOtherSessions(tx, user.id, deps.hashToken(sessionToken));
      await deps.linkTokens.revokeForUser(tx, user.id, ['reset_password']);
      await repo.clearLoginFailures(tx, user.email);
      await recordAudit(tx, {
        actorUserId: user.id,
        actorIp: meta.ip,
        action: 'auth.password_changed',
        entityType: 'user',
        entityId: user.id,
        detail: { otherSessionsEnded },
      });
      await deps.mailer.enqueue(tx, afterCommit, {
        to: row.email,
        template: 'password_changed',
        locale: row.locale,
        content: passwordChangedEmail(row.locale, {
          firstName: row.firstName,
          at: longDateTime(row.locale, now, deps.timeZone),
          url: `${deps.publicUrl}/forgot-password`,
        }),
      });
      return { ok: true as const, otherSessionsEnded };
    });
  };
}
