import type { z } from 'zod';
import { uploadMultipart } from '../../shared/api/client.js';
import type * as C from '../../shared/contracts.js';

export type TicketStatusValue = z.infer<typeof C.TicketStatus>;
export type QueueFilter = TicketStatusValue | 'unresolved';

export const QUEUE_FILTERS = ['unresolved', 'open', 'waiting_for_customer', 'resolved'] as const;

export function attachmentUrl(ticketId: string, attachmentId: string): string {
  return `/api/support/tickets/${ticketId}/attachments/${attachmentId}`;
}

/**
 * A staff reply: the JSON part "reply" (with the status after the reply), no files. Multipart, as
 * the customer's replies with attachments, so it stays on `uploadMultipart`.
 */
export function sendStaffReply(id: string, input: { message: string; status: TicketStatusValue }) {
  const body = new FormData();
  body.append('reply', JSON.stringify({ ...input, attachments: [] }));
  return uploadMultipart<unknown>(`/api/support/tickets/${id}/messages`, body);
}
