import { apiClient, call } from '../../shared/api/typed.js';

/** Setting up staff two-step verification (no cached reads: each set-up answer is used once). */
export const twoStepRequests = {
  setup: () => call(apiClient.POST('/api/auth/two-step/setup')),
  confirm: (code: string) => call(apiClient.POST('/api/auth/two-step/confirm', { body: { code } })),
};
