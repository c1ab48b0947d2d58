import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type {
  CaseDetail,
  CaseEvidence,
  CaseListQuery,
  Decision,
  DocumentKind,
  RegistrationInput,
  StatusResponse,
  VatRegistryEvidence,
} from '../../../contracts/registration.js';
import { recordAudit } from '../../platform/audit.js';
import type { LinkTokens } from '../../platform/auth/link-tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { localDate, workingDaysDue, workingDaysLeft } from '../../platform/working-days.js';
import type { EvidenceSubject } from '../document-evidence/index.js';
import { documentsDeletedOn } from './apply-document-retention.js';
import { checkPostcode, checkVatNumber, documentKindsAllowed } from './checks.js';
import { decisionTarget, isOpen, newReference, statusSteps } from './rules.js';
import {
  duplicateEmail,
  moreInfoEmail,
  receivedEmail,
  rejectedEmail,
  rejectReasonText,
  stillValidatingEmail,
} from './verification.emails.js';
import { type ApplicationRow, verificationRepository as repo } from './verification.repository.js';

export const SLA_WORKING_DAYS = 2;
const STATUS_TOKEN_TTL_HOURS = 24 * 180;

export type UploadedDocument = {
  kind: DocumentKind;
  storageKey: string;
  contentType: string;
  size: number;
  originalName: string;
};

/** What verification needs from the accounts and auth modules, passed in at composition. */
export type VerificationPorts = {
  emailInUse(tx: DbOrTx, email: string): Promise<boolean>;
  organisationWithVat(tx: DbOrTx, vatNumber: string): Promise<boolean>;
  organisationsWithLegacyEmail(tx: DbOrTx, email: string): Promise<number>;
  createOrganisationWithSuperuser(
    tx: DbOrTx,
    organisation: {
      legalName: string;
      tradingName: string | null;
      country: string;
      street: string;
      houseNumber: string;
      postcode: string;
      city: string;
      phone: string;
      vatNumber: string | null;
      tradeRegisterNumber: string | null;
      legacyEmail: string | null;
      applicationId: string;
    },
    superuser: { email: string; firstName: string; lastName: string; locale: Locale },
  ): Promise<{ organisationId: string; userId: string }>;
  /** Sends the set-password link again (or a reset link once a password exists). */
  resendPasswordLink(tx: DbOrTx, afterCommit: AfterCommit, email: string): Promise<boolean>;
  /**
   * The VAT registry (EU VIES): `request` asks for a check in the background (a job), `evidence` reads
   * the latest answer. Absent where no registry is wired (some tests).
   */
  vatRegistry?: {
    request(vatNumber: string): Promise<void>;
    evidence(vatNumber: string, formNames: (string | null)[]): Promise<VatRegistryEvidence>;
  };
  /**
   * What the company documents say: `request` queues their reading (a job) after an upload,
   * `caseEvidence` gives the findings and signals for the case page. Absent in some tests.
   */
  documentEvidence?: {
    request(applicationId: string, subject: EvidenceSubject, documents: EvidenceDocument[]): Promise<void>;
    caseEvidence(
      applicationId: string,
      subject: EvidenceSubject,
      documents: (EvidenceDocument & { originalName: string; uploadedAt: Date; deletedAt: Date | null })[],
      vatRegistry: VatRegistryEvidence | null,
    ): Promise<CaseEvidence>;
  };
  sendSetPasswordLink(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    user: { id: string; email: string; firstName: string; locale: Locale },
    organisation: string,
  ): Promise<void>;
};

type EvidenceDocument = { id: string; kind: DocumentKind; storageKey: string; contentType: string };

const evidenceSubject = (row: ApplicationRow): EvidenceSubject => ({
  legalName: row.legalName,
  tradingName: row.tradingName,
  vatRegistered: row.vatRegistered,
  vatNumber: row.vatNumber,
  street: row.street,
  houseNumber: row.houseNumber,
  postcode: row.postcode,
  city: row.city,
  country: row.country,
  tradeRegisterNumber: row.tradeRegisterNumber,
});
const evidenceDocuments = (rows: { id: string; kind: string; storageKey: string; contentType: string }[]) =>
  rows.map((d) => ({ id: d.id, kind: d.kind as DocumentKind, storageKey: d.storageKey, contentType: d.contentType }));

export type VerificationDeps = {
  db: Db;
  clock: Clock;
  linkTokens: LinkTokens;
  mailer: Mailer;
  publicUrl: string;
  programmeCountry: string;
  timeZone: string;
  /** Days company documents are kept after the decision (DOCUMENT_RETENTION_DAYS). */
  documentRetentionDays?: number;
  ports: VerificationPorts;
};

export type NormalisedRegistration = RegistrationInput & {
  vatNumberNormalised: string | null;
  vatFormatValid: boolean | null;
};

export function createVerificationService(deps: VerificationDeps) {
  const { db, clock } = deps;
  const due = (from: Date) => workingDaysDue(from, SLA_WORKING_DAYS, deps.programmeCountry, deps.timeZone);
  const statusUrl = (token: string) => `${deps.publicUrl}/application/status?token=${token}`;
  const issueStatusToken = (tx: DbOrTx, applicationId: string) =>
    deps.linkTokens.issue(tx, { purpose: 'application_status', applicationId, ttlHours: STATUS_TOKEN_TTL_HOURS });

  async function applicationForToken(tx: DbOrTx, token: string, forUpdate = false): Promise<ApplicationRow> {
    const link = await deps.linkTokens.find(tx, token, ['application_status']);
    const row = link?.applicationId ? await repo.findById(tx, link.applicationId, forUpdate) : undefined;
    if (!row) throw new AppError('token_invalid');
    return row;
  }

  async function toStatus(tx: DbOrTx, row: ApplicationRow, locale: Locale): Promise<StatusResponse> {
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
  }

  async function event(
    tx: DbOrTx,
    row: ApplicationRow,
    action: string,
    actor: string | null,
    to: ApplicationRow['status'] | null,
    detail: Record<string, unknown> = {},
  ) {
    await repo.appendEvent(tx, {
      applicationId: row.id,
      at: clock.now(),
      actorUserId: actor,
      action,
      fromStatus: to && action !== 'submitted' ? row.status : null,
      toStatus: to,
      detail,
    });
  }

  async function resubmitted(row: ApplicationRow) {
    const token = await issueStatusToken(db, row.id);
    return {
      reference: row.reference,
      expectedDecisionDate: row.slaDueAt
        ? localDate(row.slaDueAt, deps.timeZone)
        : localDate(due(row.submittedAt).dueAt, deps.timeZone),
      statusToken: token,
    };
  }

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

  return {
    /**
     * Checks what zod cannot (postcode and VAT per country, document kinds for the VAT situation)
     * before any file is stored. Returns the normalised registration.
     */
    validate(input: RegistrationInput): NormalisedRegistration {
      const fields: Record<string, string> = {};
      const postcode = checkPostcode(input.organisation.postcode, input.organisation.country);
      if (!postcode.valid) fields['organisation.postcode'] = 'field.postcode_invalid';
      let vatNumberNormalised: string | null = null;
      let vatFormatValid: boolean | null = null;
      if (input.company.vatRegistered) {
        if (!input.company.vatNumber) fields['company.vatNumber'] = 'field.vat_required';
        else {
          const vat = checkVatNumber(input.company.vatNumber, input.organisation.country);
          vatNumberNormalised = vat.normalised;
          vatFormatValid = vat.valid;
          if (!vat.valid) fields['company.vatNumber'] = 'field.vat_invalid';
        }
      }
      if (
        !documentKindsAllowed(
          input.company.vatRegistered,
          input.documents.map((d) => d.kind),
        )
      ) {
        fields.documents = 'error.document_kind_not_allowed';
      }
      if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
      return {
        ...input,
        organisation: { ...input.organisation, postcode: postcode.normalised },
        vatNumberNormalised,
        vatFormatValid,
      };
    },

    /**
     * Stores an application whose documents are already durably stored. Idempotent on the
     * client's key: a retry or double click returns the same application.
     */
    async submit(input: NormalisedRegistration, documents: UploadedDocument[], meta: { ip: string }) {
      if (documents.length !== input.documents.length) throw new AppError('document_count');
      const existing = await repo.findByIdempotencyKey(db, input.idempotencyKey);
      if (existing) return resubmitted(existing);

      const email = input.contact.email;
      const locale = input.contact.locale;
      // The answer depends on the VAT number only (public register data), never on the e-mail
      // address: an address with an account or an open application gets the same answer as a new
      // one — see below — so the form cannot be used to find out who has an account.
      const duplicate = await withTransaction(db, async (tx, afterCommit) => {
        // The same submission sent twice at once (a double click): the first one may have just committed.
        const same = await repo.findByIdempotencyKey(tx, input.idempotencyKey);
        if (same) return same;
        const vat = input.vatNumberNormalised;
        if (!vat) return false;
        const open = await repo.findOpenDuplicates(tx, email, vat);
        if (!open.some((a) => a.vatNumber === vat) && !(await deps.ports.organisationWithVat(tx, vat))) return false;
        const sameEmail = open.find((a) => a.contactEmail === email);
        await deps.mailer.enqueue(tx, afterCommit, {
          to: email,
          template: 'registration_duplicate',
          locale,
          content: duplicateEmail(locale, {
            firstName: input.contact.firstName,
            kind: sameEmail ? 'open_application' : 'organisation',
            reference: sameEmail?.reference,
            statusUrl: sameEmail ? statusUrl(await issueStatusToken(tx, sameEmail.id)) : undefined,
            loginUrl: `${deps.publicUrl}/login`,
          }),
        });
        return true;
      });
      if (typeof duplicate === 'object') return resubmitted(duplicate);
      if (duplicate) throw new AppError('duplicate_application');

      const now = clock.now();
      const sla = due(now);
      try {
        return await withTransaction(db, async (tx, afterCommit) => {
          // An address that already has an account or an open application: the submission is
          // stored like any other (same answer, same work, a real reference and status link, so
          // nothing tells the two apart) and shows on the case page as a duplicate for the
          // validator to reject; the address's owner is told by e-mail instead of "received".
          const pending = await repo.findOpenByContactEmail(tx, email);
          const known = !pending && (await deps.ports.emailInUse(tx, email));
          const row = await repo.insertApplication(tx, {
            reference: newReference(randomBytes(8)),
            idempotencyKey: input.idempotencyKey,
            status: 'received',
            source: input.source ?? null,
            locale,
            legalName: input.organisation.legalName,
            tradingName: input.organisation.tradingName ?? null,
            country: input.organisation.country,
            street: input.organisation.street,
            houseNumber: input.organisation.houseNumber,
            postcode: input.organisation.postcode,
            city: input.organisation.city,
            phone: input.organisation.phone,
            vatRegistered: input.company.vatRegistered,
            vatNumber: input.vatNumberNormalised,
            vatFormatValid: input.vatFormatValid,
            tradeRegisterNumber: input.company.tradeRegisterNumber ?? null,
            legacyEmail: input.company.legacyEmail ?? null,
            contactFirstName: input.contact.firstName,
            contactLastName: input.contact.lastName,
            contactEmail: email,
            declarationAt: now,
            declarationIp: meta.ip,
            submittedAt: now,
            slaStartAt: now,
            slaDueAt: sla.dueAt,
          });
          if (!row) throw new AppError('conflict');
          const stored = await repo.insertDocuments(
            tx,
            documents.map((d) => ({ ...d, applicationId: row.id, round: 0, uploadedAt: now })),
          );
          const evidence = deps.ports.documentEvidence;
          if (evidence) afterCommit(() => evidence.request(row.id, evidenceSubject(row), evidenceDocuments(stored)));
          await event(tx, row, 'submitted', null, 'received', {
            source: row.source,
            documents: documents.map((d) => d.kind),
            declaration: { at: now.toISOString(), ip: meta.ip, name: `${row.contactFirstName} ${row.contactLastName}` },
          });
          const token = await issueStatusToken(tx, row.id);
          if (pending || known) {
            await deps.mailer.enqueue(tx, afterCommit, {
              to: email,
              template: 'registration_duplicate',
              locale,
              content: duplicateEmail(locale, {
                firstName: row.contactFirstName,
                kind: pending ? 'open_application' : 'account',
                reference: pending?.reference,
                statusUrl: pending ? statusUrl(await issueStatusToken(tx, pending.id)) : undefined,
                loginUrl: `${deps.publicUrl}/login`,
                forgotUrl: `${deps.publicUrl}/forgot-password`,
                accepted: true,
              }),
            });
          } else {
            await deps.mailer.enqueue(tx, afterCommit, {
              to: email,
              template: 'application_received',
              locale,
              // The organisation's country gives the formats (fr_BE → fr-BE dates).
              content: receivedEmail(
                { language: locale, country: row.country },
                {
                  firstName: row.contactFirstName,
                  organisation: row.legalName,
                  reference: row.reference,
                  expectedDate: sla.dueDate,
                  statusUrl: statusUrl(token),
                },
              ),
            });
          }
          const vatNumber = row.vatNumber;
          if (vatNumber && deps.ports.vatRegistry) {
            const registry = deps.ports.vatRegistry;
            afterCommit(() => registry.request(vatNumber));
          }
          return { reference: row.reference, expectedDecisionDate: sla.dueDate, statusToken: token };
        });
      } catch (error) {
        // Two concurrent submissions with one key: the loser returns the winner's application.
        const winner = await repo.findByIdempotencyKey(db, input.idempotencyKey);
        if (winner) return resubmitted(winner);
        throw error;
      }
    },

    async status(token: string, locale: Locale) {
      return toStatus(db, await applicationForToken(db, token), locale);
    },

    /** Kinds the applicant may upload now (for the more-information form), or an error. */
    async checkMoreInfo(token: string, kinds: DocumentKind[]) {
      const row = await applicationForToken(db, token);
      if (row.status !== 'more_info_needed') throw new AppError('invalid_state');
      if (!documentKindsAllowed(row.vatRegistered, kinds)) throw new AppError('document_kind_not_allowed');
      return row;
    },

    /** The applicant's re-upload: back to the queue with a fresh SLA. */
    async moreInfo(token: string, documents: UploadedDocument[], locale: Locale) {
      return withTransaction(db, async (tx, afterCommit) => {
        const row = await applicationForToken(tx, token, true);
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
    },

    /** For forgot-password: tells an applicant whose application is still open, with a status link. */
    async sendPendingNotice(tx: DbOrTx, afterCommit: AfterCommit, email: string): Promise<boolean> {
      const row = await repo.findOpenByContactEmail(tx, email);
      if (!row) return false;
      const token = await issueStatusToken(tx, row.id);
      await deps.mailer.enqueue(tx, afterCommit, {
        to: email,
        template: 'still_validating',
        locale: row.locale,
        content: stillValidatingEmail(row.locale, {
          firstName: row.contactFirstName,
          reference: row.reference,
          statusUrl: statusUrl(token),
        }),
      });
      return true;
    },

    async queue(actor: SessionUser, query: CaseListQuery) {
      const now = clock.now();
      let after: { due: Date | null; id: string; clean?: boolean } | undefined;
      const cleanFirst = query.sort === 'clean';
      if (query.cursor) {
        const [dueIso, id, clean] = Buffer.from(query.cursor, 'base64url').toString().split('|');
        if (!id || !/^[0-9a-f-]{36}$/.test(id)) throw new AppError('bad_request');
        if (dueIso && Number.isNaN(Date.parse(dueIso))) throw new AppError('bad_request');
        // A clean-first page continues after the last case's clean flag too.
        if (cleanFirst && clean !== '0' && clean !== '1') throw new AppError('bad_request');
        after = { due: dueIso ? new Date(dueIso) : null, id, ...(cleanFirst && { clean: clean === '1' }) };
      }
      const rows = await repo.queue(db, {
        statuses: query.status === 'open' ? ['received', 'in_review'] : [query.status],
        country: query.country,
        overdueAt: query.overdue ? now : undefined,
        assigneeId: query.assignee === 'me' ? actor.id : query.assignee === 'unassigned' ? null : undefined,
        clean: query.clean || undefined,
        cleanFirst,
        after,
        limit: query.limit + 1,
      });
      const page = rows.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        items: page.map((r) => ({
          id: r.id,
          reference: r.reference,
          organisationName: r.legalName,
          country: r.country as CaseDetail['country'],
          status: r.status,
          submittedAt: r.submittedAt.toISOString(),
          slaDueAt: r.slaDueAt?.toISOString() ?? null,
          slaWorkingDaysLeft: workingDaysLeft(now, r.slaDueAt, deps.programmeCountry, deps.timeZone),
          overdue: Boolean(r.slaDueAt && isOpen(r.status) && r.status !== 'more_info_needed' && r.slaDueAt < now),
          assigneeId: r.assigneeId,
          assigneeName: r.assigneeFirst ? `${r.assigneeFirst} ${r.assigneeLast}` : null,
          clean: r.clean,
        })),
        nextCursor:
          rows.length > query.limit && last
            ? Buffer.from(
                `${last.slaDueAt?.toISOString() ?? ''}|${last.id}${cleanFirst ? `|${last.clean ? 1 : 0}` : ''}`,
              ).toString('base64url')
            : null,
      };
    },

    caseDetail,

    async document(applicationId: string, documentId: string) {
      const doc = await repo.findDocument(db, applicationId, documentId);
      if (!doc) throw new AppError('not_found');
      if (doc.deletedAt) throw new AppError('document_deleted');
      return doc;
    },

    /** Staff resend of the "set your password" e-mail for an approved application. */
    async resendSetPassword(actor: SessionUser, id: string) {
      await withTransaction(db, async (tx, afterCommit) => {
        const row = await repo.findById(tx, id);
        if (!row) throw new AppError('not_found');
        if (row.status !== 'approved' || !(await deps.ports.resendPasswordLink(tx, afterCommit, row.contactEmail))) {
          throw new AppError('invalid_state');
        }
        await event(tx, row, 'set_password_resent', actor.id, null);
      });
      return caseDetail(id);
    },

    async claim(actor: SessionUser, id: string, claim: boolean) {
      await withTransaction(db, async (tx) => {
        const row = await repo.findById(tx, id, true);
        if (!row) throw new AppError('not_found');
        if (!isOpen(row.status)) throw new AppError('invalid_state');
        const status = claim && row.status === 'received' ? 'in_review' : row.status;
        await repo.updateApplication(tx, id, { assigneeId: claim ? actor.id : null, status });
        await event(tx, row, claim ? 'claimed' : 'released', actor.id, status !== row.status ? status : null);
      });
      return caseDetail(id);
    },

    async decide(actor: SessionUser, id: string, decision: Decision, meta: { ip: string }) {
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
          await repo.updateApplication(tx, id, {
            status: target,
            requestedDocuments: decision.documents,
            decisionMessage: decision.note ?? null,
            // The SLA clock stops while the applicant is asked for documents.
            slaDueAt: null,
          });
          const token = await issueStatusToken(tx, row.id);
          await deps.mailer.enqueue(tx, afterCommit, {
            to: row.contactEmail,
            template: 'more_info_requested',
            locale,
            content: moreInfoEmail(locale, {
              firstName: row.contactFirstName,
              reference: row.reference,
              documents: decision.documents,
              note: decision.note,
              statusUrl: statusUrl(token),
            }),
          });
          await event(tx, row, 'more_info_requested', actor.id, target, {
            documents: decision.documents,
            note: decision.note ?? null,
          });
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
    },
  };
}
export type VerificationService = ReturnType<typeof createVerificationService>;
