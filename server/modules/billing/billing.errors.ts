import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The billing module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in platform/i18n.
 */
export const BILLING_ERRORS = registerErrorCodes('billing', {
  nothing_to_collect: 422,
  /** A bank statement of an account that is not the programme's. */
  statement_account_unknown: 422,
  /** A payment in another currency than the invoice's. */
  currency_mismatch: 422,
});

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof BILLING_ERRORS, true> {}
}
