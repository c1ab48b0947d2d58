import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient, call } from '../../shared/api/typed.js';
import type { ForgotPasswordInput, LoginInput, TwoStepLoginInput } from '../../shared/contracts.js';

/** Log-in, set-password and forgotten-password: query keys and fetchers. */
export const authKeys = {
  tokenCheck: (token: string) => ['token-check', token] as const,
};

export const authQueries = {
  /** Whether a set-password link is still good, and for whom. */
  tokenCheck: (token: string) =>
    queryOptions({
      queryKey: authKeys.tokenCheck(token),
      queryFn: () => call(apiClient.GET('/api/auth/token', { params: { query: { token } } })),
    }),
};

export const authRequests = {
  login: (body: z.output<typeof LoginInput>) => call(apiClient.POST('/api/auth/login', { body })),
  loginTwoStep: (body: z.input<typeof TwoStepLoginInput>) => call(apiClient.POST('/api/auth/login/two-step', { body })),
  setPassword: (body: { token: string; password: string }) => call(apiClient.POST('/api/auth/set-password', { body })),
  forgotPassword: (body: z.output<typeof ForgotPasswordInput>) =>
    call(apiClient.POST('/api/auth/forgot-password', { body })),
  resendSetPassword: (email: string) => call(apiClient.POST('/api/auth/resend-set-password', { body: { email } })),
};
