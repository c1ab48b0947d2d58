import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileTypeFromBuffer } from 'file-type';
import type { z } from 'zod';
import { IdParam } from '../../../contracts/common.js';
import {
  CaseDetail,
  CaseList,
  CaseListQuery,
  Decision,
  DOCUMENT_MIME_TYPES,
  type DocumentKind,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS,
  MoreInfoInput,
  RegistrationInput,
  RegistrationResponse,
  StatusQuery,
  StatusResponse,
} from '../../../contracts/registration.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/errors.js';
import { zodFields } from '../../platform/http/error-handler.js';
import { type Storage, TooLargeError } from '../../platform/storage.js';
import type { UploadedDocument, VerificationService } from './verification.service.js';

export type VerificationRouteOptions = { storage: Storage; registrationRateLimit: { max: number; timeWindow: number } };

/**
 * Reads a multipart request: the JSON field `field` first (validated with `schema` and `check`
 * before any file is stored), then streams each file to storage, detecting its type from content.
 */
async function readUpload<S extends z.ZodType, R>(
  request: FastifyRequest,
  storage: Storage,
  field: string,
  schema: S,
  check: (data: z.infer<S>) => Promise<R> | R,
): Promise<{ data: R; kinds: DocumentKind[]; documents: UploadedDocument[] }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  let data: R | undefined;
  let kinds: DocumentKind[] = [];
  const documents: UploadedDocument[] = [];
  for await (const part of request.parts({
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: MAX_DOCUMENTS, fields: 5, parts: 10 },
  })) {
    if (part.type === 'field') {
      if (part.fieldname !== field || data !== undefined) continue;
      let json: unknown;
      try {
        json = JSON.parse(String(part.value));
      } catch {
        throw new AppError('invalid_json');
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new AppError('validation_failed', zodFields(parsed.error.issues));
      data = await check(parsed.data);
      kinds = (parsed.data as { documents: { kind: DocumentKind }[] }).documents.map((d) => d.kind);
      continue;
    }
    if (data === undefined) throw new AppError('bad_request');
    const kind = kinds[documents.length];
    if (!kind || part.fieldname !== 'documents') throw new AppError('document_count');
    documents.push(await storeFile(part, storage, kind));
  }
  if (data === undefined) throw new AppError('validation_failed', { [field]: 'field.required' });
  if (documents.length !== kinds.length) throw new AppError('document_count');
  return { data, kinds, documents };
}

async function storeFile(part: MultipartFile, storage: Storage, kind: DocumentKind): Promise<UploadedDocument> {
  const name = part.filename.slice(0, 200) || 'document';
  let stored: Awaited<ReturnType<Storage['put']>>;
  try {
    stored = await storage.put(part.file, MAX_DOCUMENT_BYTES);
  } catch (error) {
    if (error instanceof TooLargeError || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('document_too_large', undefined, { name });
    throw error;
  }
  if (part.file.truncated) throw new AppError('document_too_large', undefined, { name });
  if (stored.size === 0) throw new AppError('document_empty', undefined, { name });
  const type = await fileTypeFromBuffer(stored.head);
  if (!type || !(DOCUMENT_MIME_TYPES as readonly string[]).includes(type.mime)) {
    throw new AppError('document_type', undefined, { name });
  }
  return { kind, storageKey: stored.key, contentType: type.mime, size: stored.size, originalName: name };
}

export const verificationRoutes =
  (service: VerificationService, options: VerificationRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const staff = requireUser('validator', 'admin');

    app.post(
      '/api/registrations',
      {
        config: { rateLimit: options.registrationRateLimit },
        schema: {
          tags: ['registration'],
          consumes: ['multipart/form-data'],
          description:
            'Field "application": RegistrationInput as JSON; files "documents" in the order of application.documents.',
          response: { 201: RegistrationResponse, 200: RegistrationResponse },
        },
      },
      async (request, reply) => {
        const { data, documents } = await readUpload(
          request,
          options.storage,
          'application',
          RegistrationInput,
          (input) => service.validate(input),
        );
        const result = await service.submit(data, documents, { ip: request.ip });
        return reply.status(201).send(result);
      },
    );

    app.get(
      '/api/registrations/status',
      { schema: { tags: ['registration'], querystring: StatusQuery, response: { 200: StatusResponse } } },
      async (request) => service.status(request.query.token, request.locale),
    );

    app.post(
      '/api/registrations/more-info',
      {
        config: { rateLimit: options.registrationRateLimit },
        schema: { tags: ['registration'], consumes: ['multipart/form-data'], response: { 200: StatusResponse } },
      },
      async (request) => {
        const { data, documents } = await readUpload(request, options.storage, 'data', MoreInfoInput, async (input) => {
          await service.checkMoreInfo(
            input.token,
            input.documents.map((d) => d.kind),
          );
          return input;
        });
        return service.moreInfo(data.token, documents, request.locale);
      },
    );

    app.get(
      '/api/staff/cases',
      { preHandler: staff, schema: { tags: ['validation'], querystring: CaseListQuery, response: { 200: CaseList } } },
      async (request) => service.queue(currentUser(request), request.query),
    );
    app.get(
      '/api/staff/cases/:id',
      { preHandler: staff, schema: { tags: ['validation'], params: IdParam, response: { 200: CaseDetail } } },
      async (request) => service.caseDetail(request.params.id),
    );
    app.post(
      '/api/staff/cases/:id/claim',
      { preHandler: staff, schema: { tags: ['validation'], params: IdParam, response: { 200: CaseDetail } } },
      async (request) => service.claim(currentUser(request), request.params.id, true),
    );
    app.post(
      '/api/staff/cases/:id/release',
      { preHandler: staff, schema: { tags: ['validation'], params: IdParam, response: { 200: CaseDetail } } },
      async (request) => service.claim(currentUser(request), request.params.id, false),
    );
    app.post(
      '/api/staff/cases/:id/decision',
      {
        preHandler: staff,
        schema: { tags: ['validation'], params: IdParam, body: Decision, response: { 200: CaseDetail } },
      },
      async (request) => service.decide(currentUser(request), request.params.id, request.body, { ip: request.ip }),
    );
    app.post(
      '/api/staff/cases/:id/resend-set-password',
      { preHandler: staff, schema: { tags: ['validation'], params: IdParam, response: { 200: CaseDetail } } },
      async (request) => service.resendSetPassword(currentUser(request), request.params.id),
    );
    app.get(
      '/api/staff/cases/:id/documents/:documentId',
      { preHandler: staff, schema: { tags: ['validation'], params: IdParam.extend({ documentId: IdParam.shape.id }) } },
      async (request, reply) => {
        const doc = await service.document(request.params.id, request.params.documentId);
        // The content type is the one detected at upload, never the client's; inline, not sniffed.
        return reply
          .header('content-type', doc.contentType)
          .header('content-disposition', `inline; filename="${doc.id}.${doc.contentType.split('/')[1]}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(options.storage.read(doc.storageKey));
      },
    );
  };
