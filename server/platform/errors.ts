/** Error codes a service may throw, with the HTTP status the one error handler maps them to. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  invalid_json: 400,
  invalid_url: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_rejected: 403,
  forbidden: 403,
  two_step_setup_required: 403,
  two_step_expired: 401,
  not_found: 404,
  route_not_found: 404,
  request_timeout: 408,
  conflict: 409,
  duplicate_application: 409,
  invalid_state: 409,
  token_invalid: 410,
  document_deleted: 410,
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
  document_kind_not_allowed: 422,
  weak_password: 422,
  catalogue_invalid: 422,
  not_eligible: 422,
  nothing_to_collect: 422,
  statement_account_unknown: 422,
  currency_mismatch: 422,
  serial_taken: 409,
  rate_limited: 429,
  headers_too_large: 431,
  account_locked: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

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
    return ERROR_STATUS[this.code];
  }
}
