import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProgrammeSettings } from '../../../contracts/programme.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { ProgrammeService } from './programme.service.js';

export const programmeRoutes =
  (service: ProgrammeService): FastifyPluginAsyncZod =>
  async (app) => {
    const admin = requireUser('admin');
    app.get(
      '/api/admin/programme',
      { preHandler: admin, schema: { tags: ['programme'], response: { 200: ProgrammeSettings } } },
      () => service.settings(),
    );
    app.put(
      '/api/admin/programme',
      {
        preHandler: admin,
        schema: { tags: ['programme'], body: ProgrammeSettings, response: { 200: ProgrammeSettings } },
      },
      (request) => service.update(currentUser(request), request.body),
    );
  };
