import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ORGANISATION_SECTIONS,
  OrganisationProfile,
  OrganisationSearchQuery,
  OrganisationSearchResult,
  OrganisationSectionPage,
  OrganisationSectionQuery,
} from '../../../contracts/organisations.js';
import { currentUser, requireUser, STAFF } from '../../platform/auth/guards.js';
import type { OrganisationPageService } from './organisation-page.service.js';

/** Every staff role may look a customer up; the audit section is the admins' (checked in the service). */
export const organisationPageRoutes =
  (service: OrganisationPageService): FastifyPluginAsyncZod =>
  async (app) => {
    const staff = requireUser(...STAFF);
    app.get(
      '/api/staff/organisations',
      {
        preHandler: staff,
        schema: {
          tags: ['organisations'],
          querystring: OrganisationSearchQuery,
          response: { 200: OrganisationSearchResult },
        },
      },
      async (request) => service.search(request.query.q),
    );
    app.get(
      '/api/staff/organisations/:id',
      {
        preHandler: staff,
        schema: { tags: ['organisations'], params: z.object({ id: z.uuid() }), response: { 200: OrganisationProfile } },
      },
      async (request) => service.profile(currentUser(request), request.params.id),
    );
    // One route per section (not `/:section`): a path parameter is validated before the guard, and
    // a stranger must get 401 before learning which sections exist.
    for (const section of ORGANISATION_SECTIONS)
      app.get(
        `/api/staff/organisations/:id/${section}`,
        {
          preHandler: staff,
          schema: {
            tags: ['organisations'],
            params: z.object({ id: z.uuid() }),
            querystring: OrganisationSectionQuery,
            response: { 200: OrganisationSectionPage },
          },
        },
        async (request) => service.section(currentUser(request), request.params.id, section, request.query),
      );
  };
