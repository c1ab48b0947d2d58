/**
 * The platform's error codes (cross-cutting: requests, uploads, auth guards, generic outcomes), with
 * the HTTP status the one error handler maps them to. A module's own codes are declared by the
 * module (`<module>.errors.ts`, `registerErrorCodes`); every code's message is `error.<code>` in
 * `i18n/messages.ts`, in every language (checked by a test).
 */
const PLATFORM_ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  invalid_url: 400,
  unauthenticated: 401,
  csrf_rejected: 403,
  forbidden: 403,
  two_step_setup_required: 403,
  not_found: 404,
  route_not_found: 404,
  request_timeout: 408,
  conflict: 409,
  invalid_state: 409,
  token_invalid: 410,
  payload_too_large: 413,
  url_too_long: 414,
  unsupported_media_type: 415,
  document_type: 422,
  document_empty: 422,
  document_too_large: 413,
  document_name: 400,
  document_active_content: 422,
  document_image_too_large: 422,
  csv_not_text: 415,
  document_count: 422,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
} as const;

/**
 * Codes the modules add. A module's `<module>.errors.ts` registers them at run time and declares
 * them for the compiler by extending this interface:
 *
 *   export const PRODUCTS_ERRORS = registerErrorCodes('products', { serial_taken: 409 });
 *   declare module '../../platform/errors.js' {
 *     interface ModuleErrorCodes extends Record<keyof typeof PRODUCTS_ERRORS, true> {}
 *   }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the modules.
export interface ModuleErrorCodes {}
export type ErrorCode = keyof typeof PLATFORM_ERROR_STATUS | keyof ModuleErrorCodes;
type HttpErrorStatus = 400 | 401 | 403 | 404 | 408 | 409 | 410 | 413 | 414 | 415 | 422 | 429 | 431 | 500 | 503;

/** Every registered code → its HTTP status (the platform's, then each module's as it loads). */
export const ERROR_STATUS = { ...PLATFORM_ERROR_STATUS } as Record<ErrorCode, number>;
const owners = new Map<string, string>(Object.keys(PLATFORM_ERROR_STATUS).map((code) => [code, 'platform']));

/**
 * Adds a module's error codes. A code belongs to one owner: taking a platform code or another
 * module's code throws at start, so two meanings of one code cannot drift apart.
 */
export function registerErrorCodes<const T extends Record<string, HttpErrorStatus>>(owner: string, codes: T): T {
  for (const [code, status] of Object.entries(codes)) {
    const current = owners.get(code);
    if (current !== undefined && (current !== owner || ERROR_STATUS[code as ErrorCode] !== status))
      throw new Error(`Error code "${code}" of ${owner} is already declared by ${current}`);
    owners.set(code, owner);
    ERROR_STATUS[code as ErrorCode] = status;
  }
  return codes;
}

/** Who declared a code (`platform` or a module's name); undefined for an unknown code. */
export const errorCodeOwner = (code: string): string | undefined => owners.get(code);

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Field path → message key (translated by the handler). */
    readonly fields?: Record<string, string>,
    /** Values interpolated into the translated message. */
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'AppError';
  }

  get status(): number {
    // A module code whose errors file never loaded would be a programming error: answer it as one.
    return ERROR_STATUS[this.code] ?? 500;
  }
}
