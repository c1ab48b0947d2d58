import { z } from 'zod';
import { ChangePasswordInput } from '../../shared/contracts.js';

/** The API's body plus the repeated new password, which must match (checked here only). */
export const ChangePasswordFields = ChangePasswordInput.extend({ repeatPassword: z.string() }).refine(
  (values) => values.repeatPassword === values.newPassword,
  {
    path: ['repeatPassword'],
    params: { key: 'account.password.mismatch' },
    // Also while another field still has a problem, so every problem shows at once.
    when: (payload) => {
      const value = payload.value as { newPassword?: unknown; repeatPassword?: unknown } | undefined;
      return typeof value?.newPassword === 'string' && typeof value.repeatPassword === 'string';
    },
  },
);
