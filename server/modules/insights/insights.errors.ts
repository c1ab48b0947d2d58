import { registerErrorCodes } from '../../platform/errors.js';

/**
 * The insights module's own error codes and their HTTP statuses; its index.ts imports this file,
 * which registers them when the module loads. Messages: `error.<code>` in server/locales.
 */
export const INSIGHTS_ERRORS = registerErrorCodes('insights', {
  /** A period that ends before it starts. */
  period_reversed: 400,
  /** A period longer than a chart covers (MAX_PERIOD_DAYS). */
  period_too_long: 400,
});

declare module '../../platform/errors.js' {
  interface ModuleErrorCodes extends Record<keyof typeof INSIGHTS_ERRORS, true> {}
}
