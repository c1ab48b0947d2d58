import { recordAudit } from '../../platform/audit.js';
import { checkPasswordStrength, hashPassword } from '../../platform/auth/passwords.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { authRepository as repo } from './auth.repository.js';
import {
  type AuthDeps,
  isStaff,
  type NewSession,
  PASSWORD_LINKS,
  type RequestMeta,
  type TwoStepChallenge,
} from './auth.types.js';
import type { Sessions } from './sessions.js';
import type { TwoStep } from './two-step.js';

/** The user's own words a password must not lean on (the shared rule adds the product's). */
export async function passwordWords(
  tx: DbOrTx,
  user: { email: string; firstName: string; lastName: string; organisationId: string | null },
) {
  return [user.email, user.firstName, user.lastName, await repo.organisationName(tx, user.organisationId)];
}

/** A set-password, reset or invitation link: checked when the page opens, used once to set the password. */
export function createSetPassword(
  deps: Pick<AuthDeps, 'db' | 'clock' | 'linkTokens'>,
  sessions: Pick<Sessions, 'startSession' | 'challengeFor'>,
  twoStep: Pick<TwoStep, 'isOn'>,
) {
  const { db, clock } = deps;
  return {
    async checkLinkToken(token: string) {
      const row = await deps.linkTokens.find(db, token, [...PASSWORD_LINKS]);
      if (!row?.userId) return { valid: false, purpose: null, email: null, passwordWords: [] };
      const user = await repo.findUserById(db, row.userId);
      if (!user) return { valid: false, purpose: null, email: null, passwordWords: [] };
      return {
        valid: true,
        purpose: row.purpose as (typeof PASSWORD_LINKS)[number],
        email: user.email,
        // The holder of the link is the user: the meter checks with the same words as the server.
        passwordWords: await passwordWords(db, user),
      };
    },

    /**
     * Sets the password from a set/reset/invitation link (once) and logs the user in — after the
     * two-step code for staff who have it on (a reset link alone does not get past it).
     */
    async setPassword(token: string, password: string, meta: RequestMeta): Promise<NewSession | TwoStepChallenge> {
      const probe = await deps.linkTokens.find(db, token, [...PASSWORD_LINKS]);
      if (!probe?.userId) throw new AppError('token_invalid');
      const user = await repo.findUserById(db, probe.userId);
      if (!user) throw new AppError('token_invalid');
      const problem = await checkPasswordStrength(password, await passwordWords(db, user));
      if (problem) throw new AppError('weak_password', { password: `field.${problem}` });
      const passwordHash = await hashPassword(password);
      return withTransaction(db, async (tx) => {
        const row = await deps.linkTokens.find(tx, token, [...PASSWORD_LINKS]);
        if (!row || !(await deps.linkTokens.consume(tx, row))) throw new AppError('token_invalid');
        await repo.setPassword(tx, user.id, passwordHash, clock.now());
        await repo.deleteUserSessions(tx, user.id);
        await repo.clearLoginFailures(tx, user.email);
        await deps.linkTokens.revokeForUser(tx, user.id, [...PASSWORD_LINKS]);
        await recordAudit(tx, {
          actorUserId: user.id,
          actorIp: meta.ip,
          action: `auth.password_${row.purpose}`,
          entityType: 'user',
          entityId: user.id,
        });
        if (isStaff(user.role) && (await twoStep.isOn(tx, user.id))) return sessions.challengeFor(tx, user.id);
        return sessions.startSession(tx, user.id, user.role, meta);
      });
    },
  };
}
