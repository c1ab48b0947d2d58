import type { SessionUser } from '../../../contracts/auth.js';
import type { ReplyInput, Ticket } from '../../../contracts/support.js';
import { recordAudit } from '../../platform/audit.js';
import { withTransaction } from '../../platform/db/transaction.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import { staffReplyEmail } from './support.emails.js';
import { supportRepository as repo } from './support.repository.js';
import { STAFF_ROLES, type SupportDeps } from './support.types.js';
import type { TicketMessages } from './ticket-messages.js';
import type { TicketView } from './ticket-view.js';

/**
 * A reply on a ticket: staff answer the customer (first response noted, assigned to them if no one
 * was, an e-mail to the contact); a customer's reply reopens it and tells staff. And a status change.
 */
export function createReplyTicket(
  deps: Pick<SupportDeps, 'db' | 'clock' | 'mailer'>,
  messages: TicketMessages,
  view: TicketView,
) {
  const { db, clock } = deps;
  return {
    async reply(actor: SessionUser, id: string, input: ReplyInput, files: UploadedFile[]) {
      const row = await view.visible(actor, id);
      const isStaff = STAFF_ROLES.has(actor.role);
      await withTransaction(db, async (tx, afterCommit) => {
        const t = row.ticket;
        const now = clock.now();
        await messages.addMessage(
          tx,
          t.id,
          { userId: actor.id, kind: isStaff ? 'staff' : 'customer' },
          input.message,
          files,
        );
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
              url: t.organisationId ? messages.portalUrl(t.id) : null,
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
          await messages.notifyStaff(tx, afterCommit, t, `${actor.firstName} ${actor.lastName}`);
        }
      });
      return view.current(id);
    },

    async setStatus(actor: SessionUser, id: string, status: Ticket['status']) {
      const row = await view.visible(actor, id);
      await repo.updateTicket(db, row.ticket.id, { status, updatedAt: clock.now() });
      return view.current(id);
    },
  };
}
