import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The verification module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in platform/i18n.
 */
export const VERIFICATION_ERRORS = registerErrorCodes('verification', {
  duplicate_application: 409,
  document_kind_not_allowed: 422,
  /** A company document the retention job deleted: its record stays, the file is gone. */
  document_deleted: 410,
});

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof VERIFICATION_ERRORS, true> {}
}
