import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The membership module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in platform/i18n.
 */
export const MEMBERSHIP_ERRORS = registerErrorCodes('membership', { not_eligible: 422 });

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof MEMBERSHIP_ERRORS, true> {}
}
