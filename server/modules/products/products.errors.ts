import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The products module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in platform/i18n.
 */
export const PRODUCTS_ERRORS = registerErrorCodes('products', { serial_taken: 409 });

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof PRODUCTS_ERRORS, true> {}
}
