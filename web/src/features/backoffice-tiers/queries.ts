import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type { TierInput } from '../../shared/contracts.js';

/** The tiers' query keys and fetchers: every version of every tier under one key. */
export const tierKeys = {
  all: ['admin', 'tiers'] as const,
};

const fetchTiers = () => call(apiClient.GET('/api/admin/tiers'));
export type Tier = Awaited<ReturnType<typeof fetchTiers>>['items'][number];
export type TierBody = z.input<typeof TierInput>;

export const tierQueries = {
  list: () => queryOptions({ queryKey: tierKeys.all, queryFn: fetchTiers }),
};

/** The tiers' writes (saving makes a new version); callers invalidate through `tierKeys`. */
export const tierRequests = {
  save: (body: TierBody) => call(apiClient.POST('/api/admin/tiers', { body })),
};
