import type { Locale } from '../../../contracts/common.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { welcomeEmail } from './membership.emails.js';
import type { MembershipDeps } from './membership.types.js';

/** E-mails every Superuser of an organisation, each in their own language. */
export function createNotifySuperusers(deps: Pick<MembershipDeps, 'mailer' | 'ports'>) {
  const { ports } = deps;
  return async function notify(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    organisationId: string,
    template: string,
    content: (locale: Locale, firstName: string) => ReturnType<typeof welcomeEmail>,
  ) {
    for (const user of await ports.superusers(tx, organisationId)) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template,
        locale: user.locale,
        content: content(user.locale, user.firstName),
      });
    }
  };
}
export type NotifySuperusers = ReturnType<typeof createNotifySuperusers>;
