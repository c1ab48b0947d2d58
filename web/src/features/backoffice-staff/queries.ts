import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type { StaffInviteInput } from '../../shared/contracts.js';

/** The staff list's query keys and fetchers, in one place. */
export const staffKeys = {
  all: ['admin', 'staff'] as const,
};

const fetchStaff = () => call(apiClient.GET('/api/admin/staff'));
export type StaffMember = Awaited<ReturnType<typeof fetchStaff>>['items'][number];

export const staffQueries = {
  list: () => queryOptions({ queryKey: staffKeys.all, queryFn: fetchStaff }),
};

/** The staff list's writes; callers invalidate through `staffKeys`. */
export const staffRequests = {
  invite: (body: z.output<typeof StaffInviteInput>) => call(apiClient.POST('/api/admin/staff', { body })),
  remove: (id: string) => call(apiClient.DELETE('/api/admin/staff/{id}', { params: { path: { id } } })),
  resetTwoStep: (id: string) => call(apiClient.DELETE('/api/admin/staff/{id}/two-step', { params: { path: { id } } })),
};

export const fullName = (member: Pick<StaffMember, 'firstName' | 'lastName'>) =>
  `${member.firstName} ${member.lastName}`;
