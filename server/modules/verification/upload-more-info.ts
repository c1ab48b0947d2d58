import type { Locale } from '../../../contracts/common.js';
import type { DocumentKind } from '../../../contracts/registration.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { StatusView } from './application-status.js';
import type { CaseEvents } from './case-events.js';
import { documentKindsAllowed } from './checks.js';
import { evidenceDocuments, evidenceSubject } from './evidence-subject.js';
import { type StatusLinks, slaDue } from './status-links.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { UploadedDocument, VerificationDeps } from './verification.types.js';

/** The applicant's answer to "more information needed", reached by the status link. */
export function createMoreInfoUpload(
  deps: Pick<VerificationDeps, 'db' | 'clock' | 'programmeCountry' | 'timeZone' | 'ports'>,
  links: StatusLinks,
  event: CaseEvents,
  toStatus: StatusView,
) {
  const { db, clock } = deps;
  const due = slaDue(deps);

  /** Kinds the applicant may upload now (for the more-information form), or an error. */
  async function checkMoreInfo(token: string, kinds: DocumentKind[]) {
    const row = await links.applicationFor(db, token);
    if (row.status !== 'more_info_needed') throw new AppError('invalid_state');
    if (!documentKindsAllowed(row.vatRegistered, kinds)) throw new AppError('document_kind_not_allowed');
    return row;
  }

  /** The applicant's re-upload: back to the queue with a fresh SLA. */
  async function moreInfo(token: string, documents: UploadedDocument[], locale: Locale) {
    return withTransaction(db, async (tx, afterCommit) => {
      const row = await links.applicationFor(tx, token, true);
      if (row.status !== 'more_info_needed') throw new AppError('invalid_state');
      const now = clock.now();
      const docs = await repo.listDocuments(tx, row.id);
      const round = Math.max(0, ...docs.map((d) => d.round)) + 1;
      const stored = await repo.insertDocuments(
        tx,
        documents.map((d) => ({ ...d, applicationId: row.id, round, uploadedAt: now })),
      );
      const evidence = deps.ports.documentEvidence;
      if (evidence) afterCommit(() => evidence.request(row.id, evidenceSubject(row), evidenceDocuments(stored)));
      const updated = await repo.updateApplication(tx, row.id, {
        status: row.assigneeId ? 'in_review' : 'received',
        slaStartAt: now,
        slaDueAt: due(now).dueAt,
        requestedDocuments: [],
        decisionMessage: null,
      });
      await event(tx, row, 'documents_uploaded', null, updated.status, {
        documents: documents.map((d) => d.kind),
        round,
      });
      return toStatus(tx, updated, locale);
    });
  }

  return { checkMoreInfo, moreInfo };
}
