import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { ContactInput, NewTicketInput } from '../../../contracts/support.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import { ticketReceivedEmail } from './support.emails.js';
import { supportRepository as repo } from './support.repository.js';
import type { SupportDeps } from './support.types.js';
import { newReference, type TicketMessages } from './ticket-messages.js';
import type { TicketView } from './ticket-view.js';

/** A new ticket: from a logged-in customer (once per idempotency key), or from the public contact form. */
export function createOpenTicket(
  deps: Pick<SupportDeps, 'db' | 'clock' | 'mailer' | 'organisationContext'>,
  messages: TicketMessages,
  view: TicketView,
) {
  const { db, clock } = deps;
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
          firstResponseDueAt: messages.firstResponseDue(
            context?.membership?.status === 'active' ? context.membership.tierCode : null,
          ),
          idempotencyKey: `${organisationId}:${input.idempotencyKey}`,
          createdAt: now,
          updatedAt: now,
        }))!;
        await messages.addMessage(tx, ticket.id, { userId: actor.id, kind: 'customer' }, input.message, files);
        await deps.mailer.enqueue(tx, afterCommit, {
          to: actor.email,
          template: 'ticket_received',
          locale,
          content: ticketReceivedEmail(locale, {
            reference: ticket.reference,
            subject: ticket.subject,
            url: messages.portalUrl(ticket.id),
          }),
        });
        await messages.notifyStaff(
          tx,
          afterCommit,
          ticket,
          `${actor.firstName} ${actor.lastName} (${actor.organisationName ?? ''})`,
        );
        return ticket.id;
      });
      return view.current(id);
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
          firstResponseDueAt: messages.firstResponseDue(null),
          createdAt: now,
          updatedAt: now,
        }))!;
        await messages.addMessage(tx, ticket.id, { userId: null, kind: 'contact' }, input.message, []);
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
        await messages.notifyStaff(tx, afterCommit, ticket, `${input.name} <${input.email}>`);
      });
    },
  };
}
