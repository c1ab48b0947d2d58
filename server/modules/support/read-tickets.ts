import type { SessionUser } from '../../../contracts/auth.js';
import { AppError } from '../../platform/errors.js';
import { supportRepository as repo } from './support.repository.js';
import type { SupportDeps } from './support.types.js';
import type { TicketView } from './ticket-view.js';

/** Reading tickets: the organisation's list, one ticket and its attachments, the staff queue. */
export function createReadTickets(deps: Pick<SupportDeps, 'db' | 'organisationContext'>, view: TicketView) {
  const { db } = deps;
  return {
    async list(actor: SessionUser) {
      if (!actor.organisationId) throw new AppError('forbidden');
      return (await repo.forOrganisation(db, actor.organisationId)).map(view.toSummary);
    },
    get: async (actor: SessionUser, id: string) => view.full(await view.visible(actor, id)),

    async attachment(actor: SessionUser, ticketId: string, attachmentId: string) {
      await view.visible(actor, ticketId);
      const file = await repo.attachment(db, ticketId, attachmentId);
      if (!file) throw new AppError('not_found');
      return file;
    },

    async queue(status: 'open' | 'waiting_for_customer' | 'resolved' | 'unresolved', limit: number) {
      const statuses = status === 'unresolved' ? (['open', 'waiting_for_customer'] as const) : ([status] as const);
      return (await repo.queue(db, [...statuses], limit)).map(view.toSummary);
    },
    /** A ticket for staff, with what the agent should know about the organisation. */
    async staffTicket(actor: SessionUser, id: string) {
      const row = await view.visible(actor, id);
      return {
        ...(await view.full(row)),
        context: row.ticket.organisationId ? await deps.organisationContext(row.ticket.organisationId) : null,
      };
    },
  };
}
