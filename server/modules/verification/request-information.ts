import type { SessionUser } from '../../../contracts/auth.js';
import type { Decision } from '../../../contracts/registration.js';
import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { CaseEvents } from './case-events.js';
import type { StatusLinks } from './status-links.js';
import { moreInfoEmail } from './verification.emails.js';
import { type ApplicationRow, verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

/** Asks the applicant for documents: the case waits for them and the SLA clock stops. */
export function createRequestInformation(
  deps: Pick<VerificationDeps, 'mailer'>,
  links: StatusLinks,
  event: CaseEvents,
) {
  return async function requestInformation(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    row: ApplicationRow,
    target: ApplicationRow['status'],
    actor: SessionUser,
    decision: Extract<Decision, { type: 'request_info' }>,
  ) {
    const locale = row.locale;
    await repo.updateApplication(tx, row.id, {
      status: target,
      requestedDocuments: decision.documents,
      decisionMessage: decision.note ?? null,
      // The SLA clock stops while the applicant is asked for documents.
      slaDueAt: null,
    });
    const token = await links.issue(tx, row.id);
    await deps.mailer.enqueue(tx, afterCommit, {
      to: row.contactEmail,
      template: 'more_info_requested',
      locale,
      content: moreInfoEmail(locale, {
        firstName: row.contactFirstName,
        reference: row.reference,
        documents: decision.documents,
        note: decision.note,
        statusUrl: links.url(token),
      }),
    });
    await event(tx, row, 'more_info_requested', actor.id, target, {
      documents: decision.documents,
      note: decision.note ?? null,
    });
  };
}
