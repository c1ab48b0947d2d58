import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParam, Ok } from '../../../contracts/common.js';
import {
  ConfirmLegacyEmailInput,
  LegacyImport,
  LegacyImportKind,
  LegacyImportList,
  LinkLegacyEmailInput,
  MigrationResult,
  MigrationState,
} from '../../../contracts/legacy.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { storeCsvFile } from '../../platform/http/uploads.js';
import type { Storage } from '../../platform/storage.js';
import { type LegacyService, MAX_IMPORT_BYTES } from './legacy.service.js';

const ok = { ok: true as const };

export const legacyRoutes =
  (
    service: LegacyService,
    options: { storage: Storage; linkRateLimit: { max: number; timeWindow: number } },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const customer = requireUser('superuser', 'member');
    const superuser = requireUser('superuser');
    const admin = requireUser('admin');

    app.get(
      '/api/migration',
      { preHandler: customer, schema: { tags: ['migration'], response: { 200: MigrationState } } },
      (request) => service.state(currentUser(request)),
    );
    app.post(
      '/api/migration',
      { preHandler: customer, schema: { tags: ['migration'], response: { 200: MigrationResult } } },
      (request) => service.migrate(currentUser(request)),
    );
    app.post(
      '/api/migration/link',
      {
        preHandler: superuser,
        config: { rateLimit: options.linkRateLimit },
        schema: { tags: ['migration'], body: LinkLegacyEmailInput, response: { 200: Ok } },
      },
      async (request) => {
        await service.requestLink(currentUser(request), request.body.email, request.locale);
        return ok;
      },
    );
    app.post(
      '/api/migration/link/confirm',
      {
        preHandler: superuser,
        config: { rateLimit: options.linkRateLimit },
        schema: { tags: ['migration'], body: ConfirmLegacyEmailInput, response: { 200: Ok } },
      },
      async (request) => {
        await service.confirmLink(currentUser(request), request.body.email, request.body.code);
        return ok;
      },
    );
    app.post(
      '/api/staff/organisations/:id/legacy-email',
      {
        preHandler: requireUser('support'),
        schema: { tags: ['migration'], params: IdParam, body: LinkLegacyEmailInput, response: { 200: Ok } },
      },
      async (request) => {
        await service.link(currentUser(request), request.params.id, request.body.email);
        return ok;
      },
    );

    app.get(
      '/api/admin/legacy-imports',
      { preHandler: admin, schema: { tags: ['migration'], response: { 200: LegacyImportList } } },
      async () => ({
        items: await service.listImports(),
      }),
    );
    app.get(
      '/api/admin/legacy-imports/:id',
      { preHandler: admin, schema: { tags: ['migration'], params: IdParam, response: { 200: LegacyImport } } },
      (request) => service.getImport(request.params.id),
    );
    app.post(
      '/api/admin/legacy-imports/:id/resume',
      { preHandler: admin, schema: { tags: ['migration'], params: IdParam, response: { 200: LegacyImport } } },
      (request) => service.resume(request.params.id),
    );
    app.post(
      '/api/admin/legacy-imports',
      {
        preHandler: admin,
        schema: {
          tags: ['migration'],
          consumes: ['multipart/form-data'],
          querystring: z.object({ kind: LegacyImportKind }),
          description:
            'A CSV file under the field "file"; the import runs as a job. Poll GET /api/admin/legacy-imports/:id.',
          response: { 202: LegacyImport },
        },
      },
      async (request, reply) => {
        // Stored (text CSV only) before the import row exists: a refused upload leaves no row.
        const file = await storeCsvFile(request, options.storage, { field: 'file', maxBytes: MAX_IMPORT_BYTES });
        const started = await service.startImport(currentUser(request), request.query.kind, file.name, file.stored);
        return reply.status(202).send(started);
      },
    );
  };
