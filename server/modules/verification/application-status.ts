import type { Locale } from '../../../contracts/common.js';
import type { DocumentKind, StatusResponse } from '../../../contracts/registration.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { localDate } from '../../platform/working-days.js';
import { statusSteps } from './rules.js';
import type { StatusLinks } from './status-links.js';
import { rejectReasonText } from './verification.emails.js';
import { type ApplicationRow, verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

/** What the applicant sees on the status page (and after a re-upload). */
export function statusView(deps: Pick<VerificationDeps, 'timeZone'>) {
  return async function toStatus(tx: DbOrTx, row: ApplicationRow, locale: Locale): Promise<StatusResponse> {
    let message: string | null = null;
    if (row.status === 'rejected') {
      const reason = (row.decisionMessage ?? 'other').split('\n')[0]!;
      message = rejectReasonText(locale, reason);
    } else if (row.status === 'more_info_needed') {
      message = row.decisionMessage;
    }
    return {
      reference: row.reference,
      status: row.status,
      organisationName: row.legalName,
      submittedAt: row.submittedAt.toISOString(),
      expectedDecisionDate: row.slaDueAt ? localDate(row.slaDueAt, deps.timeZone) : null,
      requestedDocuments: row.status === 'more_info_needed' ? (row.requestedDocuments as DocumentKind[]) : [],
      message,
      vatRegistered: row.vatRegistered,
      steps: statusSteps(await repo.listEvents(tx, row.id), row),
    };
  };
}
export type StatusView = ReturnType<typeof statusView>;

/** The applicant's status page, reached by the status link. */
export function createApplicationStatus(deps: Pick<VerificationDeps, 'db' | 'timeZone'>, links: StatusLinks) {
  const toStatus = statusView(deps);
  return async function status(token: string, locale: Locale) {
    return toStatus(deps.db, await links.applicationFor(deps.db, token), locale);
  };
}
