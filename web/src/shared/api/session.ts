import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeResponseBody, Meta, SessionUser } from '../contracts.js';
import { STAFF_ROLES } from '../contracts.js';
import { api } from './client.js';

export const meQueryKey = ['auth', 'me'] as const;

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => api.get<MeResponseBody>('/api/auth/me'),
    staleTime: 60_000,
    retry: 1,
  });
}

export function useMeta() {
  return useQuery({
    queryKey: ['meta'],
    queryFn: () => api.get<Meta>('/api/meta'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function isStaff(user: SessionUser | null | undefined): boolean {
  return !!user && (STAFF_ROLES as readonly string[]).includes(user.role);
}

export function homePathFor(user: SessionUser | null | undefined): string {
  if (!user) return '/';
  return isStaff(user) ? '/back-office' : '/portal';
}

let loggedOutByUser = false;

/** True after the user logged out in this page: guarded pages then send them to login without `next`. */
export function userLoggedOut(): boolean {
  return loggedOutByUser;
}

/** `leave` runs before the session is forgotten, so guarded pages do not first redirect to login?next=…. */
export function useLogout(leave?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      loggedOutByUser = true;
      leave?.();
      client.setQueryData(meQueryKey, { user: null });
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'meta' && query.queryKey[0] !== 'auth' });
    },
  });
}

/** After a login or set-password: store the new session user. */
export function useSetSessionUser() {
  const client = useQueryClient();
  return (user: SessionUser) => {
    loggedOutByUser = false;
    client.setQueryData(meQueryKey, { user });
  };
}
