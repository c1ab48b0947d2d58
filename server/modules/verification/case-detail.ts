import type { CaseDetail, DocumentKind } from '../../../contracts/registration.js';
import { derivedElectronicAddress } from '../../platform/electronic-address.js';
import { AppError } from '../../platform/errors.js';
import { workingDaysLeft } from '../../platform/working-days.js';
import { documentsDeletedOn } from './apply-document-retention.js';
import { evidenceDocuments, evidenceSubject } from './evidence-subject.js';
import { verificationRepository as repo } from './verification.repository.js';
import type { VerificationDeps } from './verification.types.js';

/**
 * The validator's case page: the application, its documents and history, duplicates, the VAT
 * registry's answer and what the documents say; and one of its documents.
 */
export function createCaseDetail(
  deps: Pick<VerificationDeps, 'db' | 'clock' | 'programmeCountry' | 'timeZone' | 'documentRetentionDays' | 'ports'>,
) {
  const { db, clock } = deps;

  async function caseDetail(id: string): Promise<CaseDetail> {
    const row = await repo.findById(db, id);
    if (!row) throw new AppError('not_found');
    const [documents, events, related, assignee] = await Promise.all([
      repo.listDocuments(db, id),
      repo.listEvents(db, id),
      repo.findRelated(db, row),
      row.assigneeId ? db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, row.assigneeId!) }) : undefined,
    ]);
    const duplicates: CaseDetail['duplicates'] = [];
    for (const r of related) {
      if (r.contactEmail === row.contactEmail)
        duplicates.push({ field: 'email', reference: r.reference, kind: 'application' });
      if (row.vatNumber && r.vatNumber === row.vatNumber)
        duplicates.push({ field: 'vat_number', reference: r.reference, kind: 'application' });
      if (row.legacyEmail && r.legacyEmail === row.legacyEmail)
        duplicates.push({ field: 'legacy_email', reference: r.reference, kind: 'application' });
    }
    // An application from an address that already has an account cannot be approved (one account
    // per address): the validator sees why.
    if (row.status !== 'approved' && (await deps.ports.emailInUse(db, row.contactEmail))) {
      duplicates.push({ field: 'email', reference: '—', kind: 'organisation' });
    }
    if (
      row.legacyEmail &&
      row.status !== 'approved' &&
      (await deps.ports.organisationsWithLegacyEmail(db, row.legacyEmail)) > 0
    ) {
      duplicates.push({ field: 'legacy_email', reference: '—', kind: 'organisation' });
    }
    const latestRound = Math.max(0, ...documents.map((d) => d.round));
    const vatRegistry =
      row.vatNumber && deps.ports.vatRegistry
        ? await deps.ports.vatRegistry.evidence(row.vatNumber, [row.legalName, row.tradingName])
        : null;
    // No answer yet (the check after submission was lost, or the number is from before the registry
    // was wired): ask now; the page shows "pending" until it is in.
    if (row.vatNumber && vatRegistry?.outcome === 'pending') await deps.ports.vatRegistry?.request(row.vatNumber);
    const evidence = deps.ports.documentEvidence
      ? await deps.ports.documentEvidence.caseEvidence(
          row.id,
          evidenceSubject(row),
          documents.map((d) => ({
            ...evidenceDocuments([d])[0]!,
            originalName: d.originalName,
            uploadedAt: d.uploadedAt,
            deletedAt: d.deletedAt,
          })),
          vatRegistry,
        )
      : null;
    const submitted = events.find((e) => e.event.action === 'submitted');
    const declaration = (submitted?.event.detail.declaration ?? {}) as { at?: string; ip?: string; name?: string };
    const now = clock.now();
    return {
      id: row.id,
      reference: row.reference,
      organisationName: row.legalName,
      country: row.country as CaseDetail['country'],
      status: row.status,
      submittedAt: row.submittedAt.toISOString(),
      slaDueAt: row.slaDueAt?.toISOString() ?? null,
      slaWorkingDaysLeft: workingDaysLeft(now, row.slaDueAt, deps.programmeCountry, deps.timeZone),
      overdue: Boolean(row.slaDueAt && (row.status === 'received' || row.status === 'in_review') && row.slaDueAt < now),
      assigneeId: row.assigneeId,
      assigneeName: assignee ? `${assignee.firstName} ${assignee.lastName}` : null,
      clean: evidence?.clean ?? false,
      source: row.source,
      locale: row.locale,
      organisation: {
        legalName: row.legalName,
        tradingName: row.tradingName,
        country: row.country as CaseDetail['country'],
        street: row.street,
        houseNumber: row.houseNumber,
        postcode: row.postcode,
        city: row.city,
        phone: row.phone,
      },
      company: {
        vatRegistered: row.vatRegistered,
        vatNumber: row.vatNumber,
        vatFormatValid: row.vatFormatValid,
        tradeRegisterNumber: row.tradeRegisterNumber,
        electronicAddress: row.electronicAddress ?? derivedElectronicAddress(row),
        legacyEmail: row.legacyEmail,
      },
      contact: {
        firstName: row.contactFirstName,
        lastName: row.contactLastName,
        email: row.contactEmail,
        locale: row.locale,
      },
      declaration: {
        at: declaration.at ?? row.declarationAt.toISOString(),
        ip: declaration.ip ?? row.declarationIp,
        name: declaration.name ?? `${row.contactFirstName} ${row.contactLastName}`,
      },
      duplicates,
      documents: documents.map((d) => ({
        id: d.id,
        kind: d.kind as DocumentKind,
        originalName: d.originalName,
        contentType: d.contentType,
        size: d.size,
        uploadedAt: d.uploadedAt.toISOString(),
        current: d.round === latestRound,
        deletedAt: d.deletedAt?.toISOString() ?? null,
      })),
      documentsDeletedOn:
        row.decidedAt && (row.status === 'approved' || row.status === 'rejected')
          ? documentsDeletedOn(row.decidedAt, deps.documentRetentionDays ?? 90).toISOString()
          : null,
      vatRegistry,
      evidence,
      events: events.map((e) => ({
        at: e.event.at.toISOString(),
        actorName: e.actorFirst ? `${e.actorFirst} ${e.actorLast}` : null,
        action: e.event.action,
        fromStatus: e.event.fromStatus as CaseDetail['status'] | null,
        toStatus: e.event.toStatus as CaseDetail['status'] | null,
        detail: e.event.detail,
      })),
      requestedDocuments: row.requestedDocuments as DocumentKind[],
    };
  }

  async function document(applicationId: string, documentId: string) {
    const doc = await repo.findDocument(db, applicationId, documentId);
    if (!doc) throw new AppError('not_found');
    if (doc.deletedAt) throw new AppError('document_deleted');
    return doc;
  }

  return { caseDetail, document };
}
export type CaseDetailReader = ReturnType<typeof createCaseDetail>['caseDetail'];
