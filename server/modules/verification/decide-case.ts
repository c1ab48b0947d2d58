import type { SessionUser } from '../../../contracts/auth.js';
import type { Decision } from '../../../contracts/registration.js';
import { recordAudit } from '../../platform/audit.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { CaseDetailReader } from './case-detail.js';
import type { CaseEvents } from './case-events.js';
import { createRequestInformation } from './request-information.js';
import { decisionTarget } from './rules.js';
import type { StatusLinks } from './status-links.js';
import { rejectedEmail } from './verification.emails.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

/**
 * A validator's decision on a case: approve (the organisation and its Superuser are created and
 * sent a set-password link), reject (with a reason from the catalogue), or ask for documents.
 */
export function createDecideCase(
  deps: Pick<VerificationDeps, 'db' | 'clock' | 'mailer' | 'ports'>,
  links: StatusLinks,
  event: CaseEvents,
  caseDetail: CaseDetailReader,
) {
  const { db, clock } = deps;
  const requestInformation = createRequestInformation(deps, links, event);

  return async function decide(actor: SessionUser, id: string, decision: Decision, meta: { ip: string }) {
    await withTransaction(db, async (tx, afterCommit) => {
      const row = await repo.findById(tx, id, true);
      if (!row) throw new AppError('not_found');
      const target = decisionTarget(row.status, decision.type);
      if (!target) throw new AppError('invalid_state');
      const now = clock.now();
      const locale = row.locale;
      if (decision.type === 'approve') {
        const { organisationId, userId } = await deps.ports.createOrganisationWithSuperuser(
          tx,
          {
            legalName: row.legalName,
            tradingName: row.tradingName,
            country: row.country,
            street: row.street,
            houseNumber: row.houseNumber,
            postcode: row.postcode,
            city: row.city,
            phone: row.phone,
            vatNumber: row.vatNumber,
            tradeRegisterNumber: row.tradeRegisterNumber,
            electronicAddress: row.electronicAddress,
            legacyEmail: row.legacyEmail,
            applicationId: row.id,
          },
          { email: row.contactEmail, firstName: row.contactFirstName, lastName: row.contactLastName, locale },
        );
        await repo.updateApplication(tx, id, {
          status: target,
          decidedAt: now,
          assigneeId: row.assigneeId ?? actor.id,
        });
        await deps.ports.sendSetPasswordLink(
          tx,
          afterCommit,
          { id: userId, email: row.contactEmail, firstName: row.contactFirstName, locale },
          row.legalName,
        );
        await event(tx, row, 'approved', actor.id, target, { note: decision.note ?? null, organisationId });
      } else if (decision.type === 'reject') {
        await repo.updateApplication(tx, id, {
          status: target,
          decidedAt: now,
          decisionMessage: [decision.reason, decision.note].filter(Boolean).join('\n'),
          slaDueAt: null,
        });
        await deps.mailer.enqueue(tx, afterCommit, {
          to: row.contactEmail,
          template: 'application_rejected',
          locale,
          content: rejectedEmail(locale, {
            firstName: row.contactFirstName,
            reference: row.reference,
            reason: decision.reason,
            note: decision.note,
          }),
        });
        await event(tx, row, 'rejected', actor.id, target, { reason: decision.reason, note: decision.note ?? null });
      } else {
        await requestInformation(tx, afterCommit, row, target, actor, decision);
      }
      await recordAudit(tx, {
        actorUserId: actor.id,
        actorIp: meta.ip,
        action: `application.${decision.type}`,
        entityType: 'application',
        entityId: id,
        detail: { from: row.status, to: target, ...decision },
      });
    });
    return caseDetail(id);
  };
}
