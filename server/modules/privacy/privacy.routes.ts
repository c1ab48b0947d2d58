import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErasureInput, ErasureResult } from '../../../contracts/privacy.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { ErasureService } from './erasure.service.js';
import type { ExportService } from './export.service.js';

export const privacyRoutes =
  (services: { exports: ExportService; erasure: ErasureService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/org/export',
      {
        // Each export reads everything the organisation holds: a few per user and minute is plenty.
        config: { rateLimit: { max: 5, timeWindow: 60_000, keyGenerator: (r) => `export:${r.user?.id ?? r.ip}` } },
        preHandler: requireUser('superuser'),
        schema: {
          tags: ['privacy'],
          description: "The organisation's data (GDPR): a zip with organisation.json and its stored files.",
        },
      },
      async (request, reply) => {
        const { filename, stream } = await services.exports.exportOrganisation(currentUser(request), {
          ip: request.ip,
        });
        return reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('cache-control', 'private, no-store')
          .send(stream);
      },
    );

    app.post(
      '/api/admin/erasures',
      {
        preHandler: requireUser('admin'),
        schema: { tags: ['privacy'], body: ErasureInput, response: { 200: ErasureResult } },
      },
      async (request) => services.erasure.erase(currentUser(request), request.body, { ip: request.ip }),
    );
  };
