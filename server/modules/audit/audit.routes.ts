import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '../../../contracts/audit.js';
import { requireUser } from '../../platform/auth/guards.js';
import type { AuditService } from './audit.service.js';

export const auditRoutes =
  (service: AuditService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/audit',
      {
        preHandler: requireUser('admin'),
        schema: { tags: ['admin'], querystring: AuditQuery, response: { 200: AuditList } },
      },
      async (request) => service.list(request.query),
    );
  };
