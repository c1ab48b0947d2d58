import { randomBytes } from 'node:crypto';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type {
  ContactInput,
  FaqArticle,
  FaqInput,
  NewTicketInput,
  OrganisationContext,
  ReplyInput,
  Ticket,
} from '../../../contracts/support.js';
import { recordAudit } from '../../platform/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { workingDaysDue } from '../../platform/working-days.js';
import { faqSeed, faqSeedLanguages } from './faq-seed.js';
import { newMessageForStaffEmail, staffReplyEmail, ticketReceivedEmail } from './support.emails.js';
import { supportRepository as repo, type TicketSummaryRow } from './support.repository.js';

export type SupportDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  programmeCountry: string;
  timeZone: string;
  organisationContext(organisationId: string): Promise<OrganisationContext | null>;
};

const STAFF_ROLES = new Set(['support', 'admin']);
const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newReference = () => `T-${[...randomBytes(7)].map((b) => REFERENCE_ALPHABET[b % 32]).join('')}`;

export function createSupportService(deps: SupportDeps) {
  const { db, clock } = deps;
  const portalUrl = (id: string) => `${deps.publicUrl}/portal/support/${id}`;
  const staffUrl = (id: string) => `${deps.publicUrl}/back-office/tickets/${id}`;

  /** First response within 1 working day for Corporate and Platinum members, 2 for everyone else. */
  const firstResponseDue = (tier: string | null) =>
    workingDaysDue(
      clock.now(),
      tier === 'corporate' || tier === 'platinum' ? 1 : 2,
      deps.programmeCountry,
      deps.timeZone,
    ).dueAt;

  function toSummary(row: TicketSummaryRow) {
    const t = row.ticket;
    return {
      id: t.id,
      reference: t.reference,
      category: t.category,
      subject: t.subject,
      status: t.status,
      organisationName: row.organisationName,
      contactEmail: t.contactEmail,
      tier: row.tier,
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
      firstResponseDueAt: t.firstResponseDueAt.toISOString(),
      firstResponseOverdue: !t.firstRespondedAt && t.status !== 'resolved' && t.firstResponseDueAt < clock.now(),
      assigneeName: row.assigneeFirst ? `${row.assigneeFirst} ${row.assigneeLast}` : null,
    };
  }

  async function full(row: TicketSummaryRow): Promise<Ticket> {
    const [messages, attachments] = await Promise.all([
      repo.messages(db, row.ticket.id),
      repo.attachments(db, row.ticket.id),
    ]);
    return {
      ...toSummary(row),
      messages: messages.map((m) => ({
        id: m.message.id,
        authorKind: m.message.authorKind,
        authorName: m.authorFirst ? `${m.authorFirst} ${m.authorLast}` : row.ticket.contactName,
        body: m.message.body,
        createdAt: m.message.createdAt.toISOString(),
        attachments: attachments
          .filter((a) => a.messageId === m.message.id)
          .map((a) => ({ id: a.id, name: a.originalName, contentType: a.contentType, size: a.size })),
      })),
    };
  }

  /** A ticket the actor may see: their organisation's, or any for staff. Others look like "not found". */
  async function visible(actor: SessionUser, id: string) {
    const row = await repo.ticket(db, id);
    if (!row) throw new AppError('not_found');
    if (STAFF_ROLES.has(actor.role)) return row;
    if (!actor.organisationId || row.ticket.organisationId !== actor.organisationId) throw new AppError('not_found');
    return row;
  }

  async function notifyStaff(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    ticket: { id: string; reference: string; subject: string; assigneeId: string | null },
    from: string,
  ) {
    const assignee = ticket.assigneeId ? await repo.user(tx, ticket.assigneeId) : undefined;
    const recipients = assignee ? [{ email: assignee.email, locale: assignee.locale }] : await repo.staffEmails(tx);
    for (const r of recipients) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: r.email,
        template: 'ticket_staff_notice',
        locale: r.locale,
        content: newMessageForStaffEmail(r.locale, {
          reference: ticket.reference,
          subject: ticket.subject,
          from,
          url: staffUrl(ticket.id),
        }),
      });
    }
  }

  async function addMessage(
    tx: DbOrTx,
    ticketId: string,
    author: { userId: string | null; kind: 'customer' | 'staff' | 'contact' },
    body: string,
    files: UploadedFile[],
  ) {
    const message = await repo.insertMessage(tx, {
      ticketId,
      authorUserId: author.userId,
      authorKind: author.kind,
      body,
      createdAt: clock.now(),
    });
    await repo.insertAttachments(
      tx,
      files.map((f) => ({ ...f, ticketId, messageId: message.id })),
    );
    return message;
  }

  return {
    async create(actor: SessionUser, input: NewTicketInput, files: UploadedFile[], locale: Locale) {
      if (!actor.organisationId) throw new AppError('forbidden');
      const organisationId = actor.organisationId;
      // Read before the transaction: inside it only `tx` may be used (PGlite has one connection).
      const context = await deps.organisationContext(organisationId);
      const id = await withTransaction(db, async (tx, afterCommit) => {
        const existing = await repo.ticketByKey(tx, `${organisationId}:${input.idempotencyKey}`);
        if (existing) return existing.id;
        const now = clock.now();
        const ticket = (await repo.insertTicket(tx, {
          reference: newReference(),
          organisationId,
          createdBy: actor.id,
          contactName: `${actor.firstName} ${actor.lastName}`,
          contactEmail: actor.email,
          locale,
          category: input.category,
          subject: input.subject,
          firstResponseDueAt: firstResponseDue(
            context?.membership?.status === 'active' ? context.membership.tierCode : null,
          ),
          idempotencyKey: `${organisationId}:${input.idempotencyKey}`,
          createdAt: now,
          updatedAt: now,
        }))!;
        await addMessage(tx, ticket.id, { userId: actor.id, kind: 'customer' }, input.message, files);
        await deps.mailer.enqueue(tx, afterCommit, {
          to: actor.email,
          template: 'ticket_received',
          locale,
          content: ticketReceivedEmail(locale, {
            reference: ticket.reference,
            subject: ticket.subject,
            url: portalUrl(ticket.id),
          }),
        });
        await notifyStaff(
          tx,
          afterCommit,
          ticket,
          `${actor.firstName} ${actor.lastName} (${actor.organisationName ?? ''})`,
        );
        return ticket.id;
      });
      return full((await repo.ticket(db, id))!);
    },

    /**
     * The contact form for people who cannot log in. A filled-in honeypot gets the same answer
     * and creates nothing.
     */
    async contact(input: ContactInput) {
      if (input.website) return;
      await withTransaction(db, async (tx, afterCommit) => {
        const now = clock.now();
        const ticket = (await repo.insertTicket(tx, {
          reference: newReference(),
          contactName: input.name,
          contactEmail: input.email,
          locale: input.locale,
          category: input.category,
          subject: input.subject,
          firstResponseDueAt: firstResponseDue(null),
          createdAt: now,
          updatedAt: now,
        }))!;
        await addMessage(tx, ticket.id, { userId: null, kind: 'contact' }, input.message, []);
        await deps.mailer.enqueue(tx, afterCommit, {
          to: input.email,
          template: 'ticket_received',
          locale: input.locale,
          content: ticketReceivedEmail(input.locale, {
            reference: ticket.reference,
            subject: ticket.subject,
            url: null,
          }),
        });
        await notifyStaff(tx, afterCommit, ticket, `${input.name} <${input.email}>`);
      });
    },

    async reply(actor: SessionUser, id: string, input: ReplyInput, files: UploadedFile[]) {
      const row = await visible(actor, id);
      const isStaff = STAFF_ROLES.has(actor.role);
      await withTransaction(db, async (tx, afterCommit) => {
        const t = row.ticket;
        const now = clock.now();
        await addMessage(tx, t.id, { userId: actor.id, kind: isStaff ? 'staff' : 'customer' }, input.message, files);
        if (isStaff) {
          await repo.updateTicket(tx, t.id, {
            status: input.status ?? 'waiting_for_customer',
            firstRespondedAt: t.firstRespondedAt ?? now,
            assigneeId: t.assigneeId ?? actor.id,
            updatedAt: now,
          });
          await deps.mailer.enqueue(tx, afterCommit, {
            to: t.contactEmail,
            template: 'ticket_reply',
            locale: t.locale,
            content: staffReplyEmail(t.locale, {
              reference: t.reference,
              subject: t.subject,
              message: input.message,
              url: t.organisationId ? portalUrl(t.id) : null,
            }),
          });
          await recordAudit(tx, {
            actorUserId: actor.id,
            action: 'ticket.replied',
            entityType: 'ticket',
            entityId: t.id,
            detail: { status: input.status ?? 'waiting_for_customer' },
          });
        } else {
          await repo.updateTicket(tx, t.id, { status: 'open', updatedAt: now });
          await notifyStaff(tx, afterCommit, t, `${actor.firstName} ${actor.lastName}`);
        }
      });
      return full((await repo.ticket(db, id))!);
    },

    async setStatus(actor: SessionUser, id: string, status: Ticket['status']) {
      const row = await visible(actor, id);
      await repo.updateTicket(db, row.ticket.id, { status, updatedAt: clock.now() });
      return full((await repo.ticket(db, id))!);
    },

    async list(actor: SessionUser) {
      if (!actor.organisationId) throw new AppError('forbidden');
      return (await repo.forOrganisation(db, actor.organisationId)).map(toSummary);
    },
    get: async (actor: SessionUser, id: string) => full(await visible(actor, id)),

    async attachment(actor: SessionUser, ticketId: string, attachmentId: string) {
      await visible(actor, ticketId);
      const file = await repo.attachment(db, ticketId, attachmentId);
      if (!file) throw new AppError('not_found');
      return file;
    },

    async queue(status: 'open' | 'waiting_for_customer' | 'resolved' | 'unresolved', limit: number) {
      const statuses = status === 'unresolved' ? (['open', 'waiting_for_customer'] as const) : ([status] as const);
      return (await repo.queue(db, [...statuses], limit)).map(toSummary);
    },
    async staffTicket(actor: SessionUser, id: string) {
      const row = await visible(actor, id);
      return {
        ...(await full(row)),
        context: row.ticket.organisationId ? await deps.organisationContext(row.ticket.organisationId) : null,
      };
    },

    // FAQ
    /**
     * Seeds the FAQ of every language that has a `faq.json` and no articles yet: a language added
     * later gets its articles on the next start, and admins' edits (or deletions) in a language
     * that has articles are kept.
     */
    async seedFaq() {
      const present = new Set(await repo.faqLocales(db));
      const rows = faqSeedLanguages()
        .filter((language) => !present.has(language))
        .flatMap(faqSeed);
      if (rows.length) await repo.insertFaq(db, rows);
    },
    faq: (filter: { locale: Locale; q?: string; category?: string }) =>
      repo.faqSearch(db, filter) as Promise<FaqArticle[]>,
    async faqArticle(key: string, locale: Locale) {
      const row = await repo.faqByKey(db, key, locale);
      if (!row) throw new AppError('not_found');
      return row as FaqArticle;
    },
    adminFaq: (locale: Locale) => repo.faqSearch(db, { locale, includeUnpublished: true }) as Promise<FaqArticle[]>,
    async saveFaq(actor: SessionUser, input: FaqInput) {
      return withTransaction(db, async (tx) => {
        const row = await repo.upsertFaq(tx, { ...input, updatedAt: clock.now(), updatedBy: actor.id });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'faq.saved',
          entityType: 'faq',
          entityId: `${input.key}:${input.locale}`,
        });
        return row as FaqArticle;
      });
    },
  };
}
export type SupportService = ReturnType<typeof createSupportService>;
