import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { uploadMultipart } from '../../shared/api/client.js';
import type * as C from '../../shared/contracts.js';
import { supportKeys, supportQueries } from './queries.js';

export type TicketSummaryBody = z.infer<typeof C.TicketSummary>;
export type TicketListBody = z.infer<typeof C.TicketList>;
export type TicketBody = z.infer<typeof C.Ticket>;
export type TicketMessageBody = z.infer<typeof C.TicketMessage>;
export type TicketStatusValue = z.infer<typeof C.TicketStatus>;
export type TicketCategoryValue = z.infer<typeof C.TicketCategory>;
export type NewTicketBody = z.input<typeof C.NewTicketInput>;
export type ReplyBody = z.input<typeof C.ReplyInput>;
export type ContactBody = z.input<typeof C.ContactInput>;

export const ticketsKey = supportKeys.tickets;
export const ticketKey = supportKeys.ticket;

export function useMyTickets() {
  return useQuery(supportQueries.tickets());
}

export function useTicket(id: string) {
  return useQuery(supportQueries.ticket(id));
}

export function attachmentUrl(ticketId: string, attachmentId: string): string {
  return `/api/support/tickets/${ticketId}/attachments/${attachmentId}`;
}

/** A new ticket: the JSON part "ticket" first, then one file "attachments" per entry. */
export function createTicket(input: NewTicketBody, files: File[], onProgress: (fraction: number) => void) {
  const body = new FormData();
  body.append('ticket', JSON.stringify({ ...input, attachments: files.map((file) => ({ name: file.name })) }));
  for (const file of files) body.append('attachments', file, file.name);
  return uploadMultipart<TicketBody>('/api/support/tickets', body, onProgress);
}

export function replyToTicket(id: string, input: ReplyBody, files: File[], onProgress: (fraction: number) => void) {
  const body = new FormData();
  body.append('reply', JSON.stringify({ ...input, attachments: files.map((file) => ({ name: file.name })) }));
  for (const file of files) body.append('attachments', file, file.name);
  return uploadMultipart<TicketBody>(`/api/support/tickets/${id}/messages`, body, onProgress);
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
