import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Colleague,
  ColleagueList,
  EInvoicingAddress,
  EInvoicingAddressInput,
  InviteInput,
  StaffInviteInput,
  StaffList,
  StaffMember,
} from '../../../contracts/accounts.js';
import { IdParam, Ok } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { AccountsService } from './accounts.service.js';
import type { EInvoicingAddressService } from './e-invoicing-address.js';

export type AccountsRouteOptions = {
  /** Colleague invitations per window and IP address. */
  invitationRateLimit: { max: number; timeWindow: number };
};

export const accountsRoutes =
  (service: AccountsService, options: AccountsRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const superuser = requireUser('superuser');
    app.get(
      '/api/org/colleagues',
      {
        preHandler: requireUser('superuser', 'member'),
        schema: { tags: ['colleagues'], response: { 200: ColleagueList } },
      },
      async (request) => ({ items: await service.listColleagues(currentUser(request)) }),
    );
    app.post(
      '/api/org/colleagues',
      {
        // Per IP address here; per Superuser in the service (counted in the database, so it holds
        // across addresses and app instances).
        config: { rateLimit: { ...options.invitationRateLimit, keyGenerator: (request) => `invite:${request.ip}` } },
        preHandler: superuser,
        schema: { tags: ['colleagues'], body: InviteInput, response: { 201: Colleague } },
      },
      async (request, reply) =>
        reply.status(201).send(await service.inviteColleague(currentUser(request), request.body)),
    );
    app.delete(
      '/api/org/colleagues/:id',
      { preHandler: superuser, schema: { tags: ['colleagues'], params: IdParam, response: { 200: Ok } } },
      async (request) => {
        await service.removeColleague(currentUser(request), request.params.id);
        return { ok: true as const };
      },
    );

    const admin = requireUser('admin');
    app.get(
      '/api/admin/staff',
      { preHandler: admin, schema: { tags: ['staff'], response: { 200: StaffList } } },
      async () => ({
        items: await service.listStaff(),
      }),
    );
    app.post(
      '/api/admin/staff',
      { preHandler: admin, schema: { tags: ['staff'], body: StaffInviteInput, response: { 201: StaffMember } } },
      async (request, reply) => reply.status(201).send(await service.inviteStaff(currentUser(request), request.body)),
    );
    app.delete(
      '/api/admin/staff/:id',
      { preHandler: admin, schema: { tags: ['staff'], params: IdParam, response: { 200: Ok } } },
      async (request) => {
        await service.removeStaff(currentUser(request), request.params.id);
        return { ok: true as const };
      },
    );
  };

/** The organisation's e-invoicing address: every user of the organisation sees it, its Superuser sets it. */
export const eInvoicingRoutes =
  (service: EInvoicingAddressService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/org/e-invoicing',
      {
        preHandler: requireUser('superuser', 'member'),
        schema: { tags: ['colleagues'], response: { 200: EInvoicingAddress } },
      },
      async (request) => service.get(currentUser(request)),
    );
    app.put(
      '/api/org/e-invoicing',
      {
        preHandler: requireUser('superuser'),
        schema: { tags: ['colleagues'], body: EInvoicingAddressInput, response: { 200: EInvoicingAddress } },
      },
      async (request) => service.set(currentUser(request), request.body.electronicAddress),
    );
  };
