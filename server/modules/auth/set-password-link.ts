import type { Locale } from '../../../contracts/common.js';
import { SET_PASSWORD_TTL_HOURS } from '../../platform/auth/link-tokens.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import { accountReadyEmail } from './auth.emails.js';
import type { AuthDeps } from './auth.types.js';

/** Sends the "set your password" link (account ready, or a resend), ending earlier links. */
export function createSetPasswordLink(deps: Pick<AuthDeps, 'linkTokens' | 'mailer' | 'publicUrl'>) {
  return async function sendSetPasswordLink(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    user: { id: string; email: string; firstName: string; locale: Locale },
    organisation: string,
  ) {
    await deps.linkTokens.revokeForUser(tx, user.id, ['set_password']);
    const token = await deps.linkTokens.issue(tx, {
      purpose: 'set_password',
      userId: user.id,
      ttlHours: SET_PASSWORD_TTL_HOURS,
    });
    await deps.mailer.enqueue(tx, afterCommit, {
      to: user.email,
      template: 'account_ready',
      locale: user.locale,
      content: accountReadyEmail(user.locale, {
        firstName: user.firstName,
        organisation,
        url: `${deps.publicUrl}/set-password?token=${token}`,
      }),
    });
  };
}
export type SendSetPasswordLink = ReturnType<typeof createSetPasswordLink>;
