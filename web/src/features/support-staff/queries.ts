import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type * as C from '../../shared/contracts.js';

// Types from the contracts and the API document, not api.ts: api.ts builds its hooks on this file.
type TicketStatusValue = z.infer<typeof C.TicketStatus>;
type QueueFilter = TicketStatusValue | 'unresolved';

/** The staff side of support: the ticket queue, one ticket, and the FAQ editor. */
export const supportStaffKeys = {
  /** Every filter of the queue. */
  queue: ['staff', 'tickets'] as const,
  queueFilter: (status: QueueFilter) => ['staff', 'tickets', status] as const,
  ticket: (id: string) => ['staff', 'ticket', id] as const,
  /** Every language of the FAQ editor. */
  faq: ['admin', 'faq'] as const,
  faqLocale: (locale: C.Locale) => ['admin', 'faq', locale] as const,
  /**
   * The customers' FAQ's root key (the faq feature's `faqKeys.all`; features do not import one
   * another): a saved article shows there at once.
   */
  customerFaq: ['faq'] as const,
};

const fetchQueue = (status: QueueFilter) =>
  call(apiClient.GET('/api/staff/tickets', { params: { query: { status, limit: 200 } } }));
const fetchTicket = (id: string) => call(apiClient.GET('/api/staff/tickets/{id}', { params: { path: { id } } }));
const fetchFaq = (locale: C.Locale) => call(apiClient.GET('/api/admin/faq', { params: { query: { locale } } }));

export type TicketSummary = Awaited<ReturnType<typeof fetchQueue>>['items'][number];
export type StaffTicket = Awaited<ReturnType<typeof fetchTicket>>;
export type FaqArticle = Awaited<ReturnType<typeof fetchFaq>>['items'][number];

export const supportStaffQueries = {
  /** The queue, refreshed every minute (new tickets and first responses falling due). */
  queue: (status: QueueFilter) =>
    queryOptions({
      queryKey: supportStaffKeys.queueFilter(status),
      queryFn: () => fetchQueue(status),
      refetchInterval: 60_000,
    }),
  ticket: (id: string) =>
    queryOptions({
      queryKey: supportStaffKeys.ticket(id),
      queryFn: () => fetchTicket(id),
      retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
    }),
  faq: (locale: C.Locale) =>
    queryOptions({ queryKey: supportStaffKeys.faqLocale(locale), queryFn: () => fetchFaq(locale) }),
};

/** The writes (a reply with its status goes as multipart: api.ts); callers invalidate through `supportStaffKeys`. */
export const supportStaffRequests = {
  setStatus: (id: string, status: TicketStatusValue) =>
    call(apiClient.PUT('/api/staff/tickets/{id}/status', { params: { path: { id } }, body: { status } })),
  saveFaq: (body: z.input<typeof C.FaqInput>) => call(apiClient.PUT('/api/admin/faq', { body })),
};
