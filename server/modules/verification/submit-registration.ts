import { randomBytes } from 'node:crypto';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { localDate } from '../../platform/working-days.js';
import type { CaseEvents } from './case-events.js';
import { evidenceDocuments, evidenceSubject } from './evidence-subject.js';
import { newReference } from './rules.js';
import { type StatusLinks, slaDue } from './status-links.js';
import { duplicateEmail, receivedEmail } from './verification.emails.js';
import { type ApplicationRow, verificationRepository as repo } from './verification.repository.js';
import type { NormalisedRegistration, UploadedDocument, VerificationDeps } from './verification.types.js';

/**
 * Stores an application from the public registration form whose documents are already durably
 * stored. Idempotent on the client's key: a retry or double click returns the same application.
 */
export function createSubmitRegistration(
  deps: Pick<VerificationDeps, 'db' | 'clock' | 'mailer' | 'publicUrl' | 'programmeCountry' | 'timeZone' | 'ports'>,
  links: StatusLinks,
  event: CaseEvents,
) {
  const { db, clock } = deps;
  const due = slaDue(deps);

  async function resubmitted(row: ApplicationRow) {
    const token = await links.issue(deps.db, row.id);
    return {
      reference: row.reference,
      expectedDecisionDate: row.slaDueAt
        ? localDate(row.slaDueAt, deps.timeZone)
        : localDate(due(row.submittedAt).dueAt, deps.timeZone),
      statusToken: token,
    };
  }

  return async function submit(input: NormalisedRegistration, documents: UploadedDocument[], meta: { ip: string }) {
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
          statusUrl: sameEmail ? links.url(await links.issue(tx, sameEmail.id)) : undefined,
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
          electronicAddress: input.electronicAddress,
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
        const token = await links.issue(tx, row.id);
        if (pending || known) {
          await deps.mailer.enqueue(tx, afterCommit, {
            to: email,
            template: 'registration_duplicate',
            locale,
            content: duplicateEmail(locale, {
              firstName: row.contactFirstName,
              kind: pending ? 'open_application' : 'account',
              reference: pending?.reference,
              statusUrl: pending ? links.url(await links.issue(tx, pending.id)) : undefined,
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
                statusUrl: links.url(token),
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
  };
}
