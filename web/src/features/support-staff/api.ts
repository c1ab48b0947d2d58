import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, query, uploadMultipart } from '../../shared/api/client.js';
import type * as C from '../../shared/contracts.js';
import type { Locale } from '../../shared/contracts.js';

export type TicketListBody = z.infer<typeof C.TicketList>;
export type TicketSummaryBody = z.infer<typeof C.TicketSummary>;
export type StaffTicketBody = z.infer<typeof C.StaffTicket>;
export type TicketStatusValue = z.infer<typeof C.TicketStatus>;
export type QueueFilter = TicketStatusValue | 'unresolved';
export type FaqArticleBody = z.infer<typeof C.FaqArticle>;
export type FaqListBody = z.infer<typeof C.FaqList>;
export type FaqInputBody = z.input<typeof C.FaqInput>;

export const QUEUE_FILTERS = ['unresolved', 'open', 'waiting_for_customer', 'resolved'] as const;

export const staffTicketKey = (id: string) => ['staff', 'ticket', id] as const;

export function useTicketQueue(status: QueueFilter) {
  return useQuery({
    queryKey: ['staff', 'tickets', status],
    queryFn: () => api.get<TicketListBody>(`/api/staff/tickets${query({ status, limit: 200 })}`),
    refetchInterval: 60_000,
  });
}

export function useStaffTicket(id: string) {
  return useQuery({
    queryKey: staffTicketKey(id),
    queryFn: () => api.get<StaffTicketBody>(`/api/staff/tickets/${id}`),
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

export function attachmentUrl(ticketId: string, attachmentId: string): string {
  return `/api/support/tickets/${ticketId}/attachments/${attachmentId}`;
}

/** A staff reply: the JSON part "reply" (with the status after the reply), no files. */
export function sendStaffReply(id: string, input: { message: string; status: TicketStatusValue }) {
  const body = new FormData();
  body.append('reply', JSON.stringify({ ...input, attachments: [] }));
  return uploadMultipart<unknown>(`/api/support/tickets/${id}/messages`, body);
}

export function setTicketStatus(id: string, status: TicketStatusValue) {
  return api.put<unknown>(`/api/staff/tickets/${id}/status`, { status });
}

export function useAdminFaq(locale: Locale) {
  return useQuery({
    queryKey: ['admin', 'faq', locale],
    queryFn: () => api.get<FaqListBody>(`/api/admin/faq${query({ locale })}`),
  });
}

export function saveFaq(input: FaqInputBody) {
  return api.put<FaqArticleBody>('/api/admin/faq', input);
}
