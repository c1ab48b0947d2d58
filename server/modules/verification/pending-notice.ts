import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { StatusLinks } from './status-links.js';
import { stillValidatingEmail } from './verification.emails.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

export function createPendingNotice(deps: Pick<VerificationDeps, 'mailer'>, links: StatusLinks) {
  /** For forgot-password: tells an applicant whose application is still open, with a status link. */
  return async function sendPendingNotice(tx: DbOrTx, afterCommit: AfterCommit, email: string): Promise<boolean> {
    const row = await repo.findOpenByContactEmail(tx, email);
    if (!row) return false;
    const token = await links.issue(tx, row.id);
    await deps.mailer.enqueue(tx, afterCommit, {
      to: email,
      template: 'still_validating',
      locale: row.locale,
      content: stillValidatingEmail(row.locale, {
        firstName: row.contactFirstName,
        reference: row.reference,
        statusUrl: links.url(token),
      }),
    });
    return true;
  };
}
