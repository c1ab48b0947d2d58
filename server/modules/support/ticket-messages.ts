import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import { workingDaysDue } from '../../platform/working-days.js';
import { newMessageForStaffEmail } from './support.emails.js';
import { supportRepository as repo } from './support.repository.js';
import type { SupportDeps } from './support.types.js';

const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const newReference = () => `T-${[...randomBytes(7)].map((b) => REFERENCE_ALPHABET[b % 32]).join('')}`;

/** What every write on a ticket shares: its links, the first-response deadline, a message, the staff notice. */
export function createTicketMessages(
  deps: Pick<SupportDeps, 'clock' | 'mailer' | 'publicUrl' | 'programmeCountry' | 'timeZone'>,
) {
  const { clock } = deps;
  const staffUrl = (id: string) => `${deps.publicUrl}/back-office/tickets/${id}`;
  return {
    portalUrl: (id: string) => `${deps.publicUrl}/portal/support/${id}`,

    /** First response within 1 working day for Corporate and Platinum members, 2 for everyone else. */
    firstResponseDue: (tier: string | null) =>
      workingDaysDue(
        clock.now(),
        tier === 'corporate' || tier === 'platinum' ? 1 : 2,
        deps.programmeCountry,
        deps.timeZone,
      ).dueAt,

    async notifyStaff(
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
    },

    async addMessage(
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
    },
  };
}
export type TicketMessages = ReturnType<typeof createTicketMessages>;
