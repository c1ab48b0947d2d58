import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';
import { AppError, ERROR_STATUS, type ErrorCode } from '../errors.js';
import { pickLocale, translate } from '../i18n/index.js';

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
  return reply.status(ERROR_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

/** The one error handler: every failure becomes `{ error: { code, message, fields? } }`; 5xx never leak internals. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError | ZodError, request, reply) => {
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
  });
}
