import { createFaq } from './faq.js';
import { createOpenTicket } from './open-ticket.js';
import { createReadTickets } from './read-tickets.js';
import { createReplyTicket } from './reply-ticket.js';
import type { SupportDeps } from './support.types.js';
import { createTicketMessages } from './ticket-messages.js';
import { createTicketView } from './ticket-view.js';

export type { SupportDeps } from './support.types.js';

/** The support module's use cases (tickets, contact form, FAQ), each in its own file, over one set of dependencies. */
export function createSupportService(deps: SupportDeps) {
  const view = createTicketView(deps);
  const messages = createTicketMessages(deps);
  return {
    ...createOpenTicket(deps, messages, view),
    ...createReplyTicket(deps, messages, view),
    ...createReadTickets(deps, view),
    ...createFaq(deps),
  };
}
export type SupportService = ReturnType<typeof createSupportService>;
