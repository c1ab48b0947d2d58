import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

/** The customer's invoices: query keys and fetchers. */
export const invoiceKeys = {
  all: ['billing', 'invoices'] as const,
};

export const invoiceQueries = {
  list: () => queryOptions({ queryKey: invoiceKeys.all, queryFn: () => call(apiClient.GET('/api/billing/invoices')) }),
};

export const invoiceRequests = {
  /** Starts the card checkout of an open invoice: the provider's hosted page to go to. */
  pay: (id: string) => call(apiClient.POST('/api/billing/invoices/{id}/pay', { params: { path: { id } } })),
};
