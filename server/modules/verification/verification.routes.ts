import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParam } from '../../../contracts/common.js';
import {
  CaseDetail,
  CaseList,
  CaseListQuery,
  Decision,
  type DocumentKind,
  MoreInfoInput,
  NextCase,
  NextCaseInput,
  RegistrationInput,
  RegistrationResponse,
  StatusQuery,
  StatusResponse,
} from '../../../contracts/registration.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { readUpload, type UploadedFile } from '../../platform/http/uploads.js';
import type { Storage } from '../../platform/storage.js';
import type { VerificationService } from './verification.module.js';
import type { UploadedDocument } from './verification.service.js';

export type VerificationRouteOptions = { storage: Storage; registrationRateLimit: { max: number; timeWindow: number } };

/** Registration and more-information uploads: the document kind of each file comes from the JSON. */
const withKinds = <T extends { documents: { kind: DocumentKind }[] }>(
  data: T,
  files: UploadedFile[],
): UploadedDocument[] => files.map((f, i) => ({ ...f, kind: data.documents[i]!.kind }));

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
        const { data, files } = await readUpload(request, options.storage, {
          field: 'application',
          fileField: 'documents',
          schema: RegistrationInput,
          check: (input) => service.validate(input),
          expectedFiles: (input) => input.documents.length,
        });
        const result = await service.submit(data, withKinds(data, files), { ip: request.ip });
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
        const { data, files } = await readUpload(request, options.storage, {
          field: 'data',
          fileField: 'documents',
          schema: MoreInfoInput,
          check: async (input) => {
            await service.checkMoreInfo(
              input.token,
              input.documents.map((d) => d.kind),
            );
            return input;
          },
          expectedFiles: (input) => input.documents.length,
        });
        return service.moreInfo(data.token, withKinds(data, files), request.locale);
      },
    );

    app.get(
      '/api/staff/cases',
      { preHandler: staff, schema: { tags: ['validation'], querystring: CaseListQuery, response: { 200: CaseList } } },
      async (request) => service.queue(currentUser(request), request.query),
    );
    app.post(
      '/api/staff/cases/next',
      {
        preHandler: staff,
        schema: { tags: ['validation'], body: NextCaseInput, response: { 200: NextCase } },
      },
      async (request) => service.claimNextCase(currentUser(request), request.body),
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
