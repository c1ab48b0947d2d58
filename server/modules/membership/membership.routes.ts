import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParam, Ok } from '../../../contracts/common.js';
import {
  AdminTier,
  AdminTierList,
  Membership,
  MembershipHistory,
  MembershipPage,
  PurchaseInput,
  PurchaseResult,
  Quote,
  QuoteQuery,
  TierInput,
} from '../../../contracts/membership.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { membershipCardPdf } from './card-pdf.js';
import type { MembershipService } from './membership.service.js';

export const membershipRoutes =
  (service: MembershipService): FastifyPluginAsyncZod =>
  async (app) => {
    const customer = requireUser('superuser', 'member');
    const tags = ['membership'];
    app.get(
      '/api/membership',
      { preHandler: customer, schema: { tags, response: { 200: MembershipPage } } },
      (request) => service.page(currentUser(request), request.locale),
    );
    app.get(
      '/api/membership/quote',
      { preHandler: customer, schema: { tags, querystring: QuoteQuery, response: { 200: Quote } } },
      (request) => service.quote(currentUser(request), request.query.tierCode, request.query.kind),
    );
    app.post(
      '/api/membership/purchase',
      {
        preHandler: requireUser('superuser'),
        schema: { tags, body: PurchaseInput, response: { 200: PurchaseResult } },
      },
      (request) => service.purchase(currentUser(request), request.body, request.locale),
    );
    app.post(
      '/api/membership/cancel',
      { preHandler: requireUser('superuser'), schema: { tags, response: { 200: Ok } } },
      async (request) => {
        await service.cancel(currentUser(request));
        return { ok: true as const };
      },
    );
    app.get(
      '/api/membership/history',
      { preHandler: customer, schema: { tags, response: { 200: MembershipHistory } } },
      async (request) => ({
        items: await service.history(currentUser(request)),
      }),
    );
    app.get(
      '/api/membership/card',
      { preHandler: customer, schema: { tags, response: { 200: Membership } } },
      async (request) => (await service.card(currentUser(request), request.locale)).membership,
    );
    app.get('/api/membership/card.pdf', { preHandler: customer, schema: { tags } }, async (request, reply) => {
      const { membership, organisation } = await service.card(currentUser(request), request.locale);
      const pdf = await membershipCardPdf(request.locale, membership, organisation);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="cps-${membership.membershipNumber}.pdf"`)
        .send(pdf);
    });

    app.post(
      '/api/finance/orders/:id/paid',
      { preHandler: requireUser('finance'), schema: { tags: ['finance'], params: IdParam, response: { 200: Ok } } },
      async (request) => {
        await service.orderPaid(currentUser(request), request.params.id);
        return { ok: true as const };
      },
    );
    app.get(
      '/api/admin/tiers',
      { preHandler: requireUser('admin'), schema: { tags, response: { 200: AdminTierList } } },
      async () => ({
        items: await service.adminTiers(),
      }),
    );
    app.post(
      '/api/admin/tiers',
      { preHandler: requireUser('admin'), schema: { tags, body: TierInput, response: { 200: AdminTier } } },
      (request) => service.saveTier(currentUser(request), request.body),
    );
  };
