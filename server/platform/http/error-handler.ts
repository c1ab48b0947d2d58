import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';
import { isDatabaseUnavailable } from '../db/index.js';
import { AppError, ERROR_STATUS, type ErrorCode } from '../errors.js';
import { pickLocale, translate } from '../i18n/index.js';

/** Seconds a client is asked to wait before trying again after a 503 (the database is back within seconds of a restart or fail-over). */
export const RETRY_AFTER_SECONDS = 5;

type Issue = {
  path: PropertyKey[];
  code: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
  format?: string;
  message: string;
};

/** Maps a zod issue to a translated field message key. */
function fieldKey(issue: Issue): string {
  if (issue.message.startsWith('field.')) return issue.message;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'field.whole_number';
  if (issue.origin === 'number' && issue.code === 'too_big') return 'field.too_high';
  if (issue.origin === 'number' && issue.code === 'too_small') return 'field.too_low';
  if (
    issue.code === 'invalid_type' ||
    (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
  )
    return 'field.required';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'field.invalid_email';
  if (issue.code === 'too_big') return 'field.too_long';
  if (issue.code === 'too_small') return 'field.too_short';
  return 'field.invalid';
}

export function zodFields(issues: readonly Issue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= fieldKey(issue);
  }
  return fields;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_INVALID_JSON_FIELD_ERROR: 'invalid_json',
  FST_FILES_LIMIT: 'document_count',
  FST_PARTS_LIMIT: 'document_count',
  FST_FIELDS_LIMIT: 'bad_request',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
  FST_PROTO_VIOLATION: 'bad_request',
  // Fastify's router: an undecodable %-sequence in the path, a path parameter over maxParamLength.
  FST_ERR_BAD_URL: 'invalid_url',
  FST_ERR_MAX_PARAM_LENGTH: 'url_too_long',
};

export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  fields?: Record<string, string>,
  params?: Record<string, string | number>,
) {
  const locale = request.locale ?? pickLocale(request.headers['accept-language']);
  const body = {
    error: {
      code,
      message: translate(locale, `error.${code}`, params),
      ...(fields && Object.keys(fields).length
        ? { fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, translate(locale, v, params)])) }
        : {}),
    },
  };
  if (code === 'unavailable') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.status(ERROR_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

/**
 * PostgreSQL's class 22 (data exception: a number out of its column's range, text it cannot
 * store, a malformed date or uuid) raised by a value of the request. Found on the error or the
 * error it wraps (the query builder wraps driver errors).
 */
function isRefusedData(error: unknown): boolean {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

/** The one error handler: every failure becomes `{ error: { code, message, fields? } }`; 5xx never leak internals. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler(handleError);
}

function handleError(error: FastifyError | AppError | ZodError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return sendError(request, reply, error.code, error.fields, error.params);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map(
      (v): Issue => ({
        ...(v.params as Partial<Issue>),
        code: v.keyword,
        message: v.message ?? '',
        path: v.instancePath.split('/').filter(Boolean),
      }),
    );
    return sendError(request, reply, 'validation_failed', zodFields(issues));
  }
  if ((error as ZodError).name === 'ZodError' && 'issues' in error) {
    return sendError(request, reply, 'validation_failed', zodFields((error as ZodError).issues as Issue[]));
  }
  if (isDatabaseUnavailable(error)) {
    // Expected while the database restarts or fails over; the client retries after Retry-After.
    request.log.warn({ err: error }, 'database unavailable');
    return sendError(request, reply, 'unavailable');
  }
  if (isRefusedData(error)) {
    // Input that slipped past validation and that PostgreSQL refused as data: the asker's mistake, not ours.
    request.log.warn({ err: error }, 'value refused by the database');
    return sendError(request, reply, 'bad_request');
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (mapped) return sendError(request, reply, mapped);
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return sendError(request, reply, 'rate_limited');
  if (status >= 400 && status < 500) {
    request.log.info({ err: error }, 'client error');
    return sendError(
      request,
      reply,
      status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : 'bad_request',
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(request, reply, 'internal');
}

/**
 * Fastify's `frameworkErrors`: failures of its router before any hook runs (an undecodable URL, a
 * path parameter over maxParamLength) take the one error path instead of Fastify's own body,
 * which echoed the URL. No hook has set the language yet, so it comes from Accept-Language.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.locale = pickLocale(request.headers['accept-language']);
  return handleError(error, request, reply);
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser refused (malformed request line or
 * header, headers over the size limit, too slow) never becomes a request, so there is no reply
 * and no language: the one error shape in English on the bare socket.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 'request_timeout'
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 'headers_too_large'
        : 'bad_request';
  const status = ERROR_STATUS[code];
  const body = JSON.stringify({ error: { code, message: translate('en', `error.${code}`) } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
