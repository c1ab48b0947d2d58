import type { SessionUser } from '../../../contracts/auth.js';
import type { Ticket } from '../../../contracts/support.js';
import { AppError } from '../../platform/errors.js';
import { supportRepository as repo, type TicketSummaryRow } from './support.repository.js';
import { STAFF_ROLES, type SupportDeps } from './support.types.js';

/** How a ticket is shown (a summary, or in full with its messages) and who may see it. */
export function createTicketView(deps: Pick<SupportDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;

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

  return {
    toSummary,
    full,
    /** The ticket as it is now, in full. */
    current: async (id: string) => full((await repo.ticket(db, id))!),

    /** A ticket the actor may see: their organisation's, or any for staff. Others look like "not found". */
    async visible(actor: SessionUser, id: string) {
      const row = await repo.ticket(db, id);
      if (!row) throw new AppError('not_found');
      if (STAFF_ROLES.has(actor.role)) return row;
      if (!actor.organisationId || row.ticket.organisationId !== actor.organisationId) throw new AppError('not_found');
      return row;
    },
  };
}
export type TicketView = ReturnType<typeof createTicketView>;
