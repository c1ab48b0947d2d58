import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type { ChangePasswordInput } from '../../shared/contracts.js';

/** My account: query keys and fetchers. */
export const accountKeys = {
  eInvoicing: ['org', 'e-invoicing'] as const,
};

export const accountQueries = {
  eInvoicing: () =>
    queryOptions({ queryKey: accountKeys.eInvoicing, queryFn: () => call(apiClient.GET('/api/org/e-invoicing')) }),
};

export const accountRequests = {
  setEInvoicing: (electronicAddress: string) =>
    call(apiClient.PUT('/api/org/e-invoicing', { body: { electronicAddress } })),
  changePassword: (body: z.infer<typeof ChangePasswordInput>) => call(apiClient.POST('/api/auth/password', { body })),
};
