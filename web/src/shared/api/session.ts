import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { STAFF_ROLES } from '../../../../contracts/roles.js';
import type { MeResponseBody, Meta, SessionUser } from '../contracts.js';
import { ApiError, api } from './client.js';

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

/** The back-office page where staff set up two-step verification (an authenticator app). */
export const TWO_STEP_PATH = '/back-office/two-step';

/** The "My account" page (details, password) inside the user's own layout: back office or portal. */
export function accountPathFor(user: SessionUser | null | undefined): string {
  return isStaff(user) ? '/back-office/account' : '/portal/account';
}

/** True while the programme requires two-step verification of this staff user and it is not set up. */
export function needsTwoStepSetup(user: SessionUser | null | undefined): boolean {
  return isStaff(user) && user?.twoStep === 'setup_required';
}

export function homePathFor(user: SessionUser | null | undefined): string {
  if (!user) return '/';
  if (needsTwoStepSetup(user)) return TWO_STEP_PATH;
  return isStaff(user) ? '/back-office' : '/portal';
}

/**
 * Any API call may answer 403 `two_step_setup_required` (the session's staff user must set up
 * two-step verification first): mark the session so the back office sends the user to the set-up
 * page, and ask the server for the session again.
 */
export function handleTwoStepSetupRequired(client: QueryClient, error: unknown) {
  if (!(error instanceof ApiError) || error.code !== 'two_step_setup_required') return;
  client.setQueryData<MeResponseBody>(meQueryKey, (old) =>
    old?.user ? { user: { ...old.user, twoStep: 'setup_required' } } : old,
  );
  void client.invalidateQueries({ queryKey: meQueryKey });
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
