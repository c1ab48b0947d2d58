import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The catalogue module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in platform/i18n.
 */
export const CATALOGUE_ERRORS = registerErrorCodes('catalogue', { catalogue_invalid: 422 });

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof CATALOGUE_ERRORS, true> {}
}
