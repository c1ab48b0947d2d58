import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The auth module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in platform/i18n.
 */
export const AUTH_ERRORS = registerErrorCodes('auth', {
  invalid_credentials: 401,
  two_step_expired: 401,
  weak_password: 422,
  account_locked: 429,
});

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof AUTH_ERRORS, true> {}
}
