import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CollectionRun, CollectionRunInput, CollectionRunList, ReturnInput } from '../../../contracts/billing.js';
import { IdParam, Ok } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import type { BillingService } from './billing.service.js';

/** Finance's SEPA direct debits: collection runs, their pain.008 file, submission, settlement and returns. */
export const directDebitRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    const finance = requireUser('finance');

    app.post(
      '/api/finance/collection-runs',
      {
        preHandler: finance,
        schema: { tags: ['finance'], body: CollectionRunInput, response: { 200: CollectionRun } },
      },
      (request) => service.createCollectionRun(currentUser(request), request.body.collectionDate),
    );
    app.get(
      '/api/finance/collection-runs',
      { preHandler: finance, schema: { tags: ['finance'], response: { 200: CollectionRunList } } },
      async () => ({
        items: await service.collectionRuns(),
      }),
    );
    app.get(
      '/api/finance/collection-runs/:id',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam, response: { 200: CollectionRun } } },
      (request) => service.collectionRun(request.params.id),
    );
    app.get(
      '/api/finance/collection-runs/:id/pain008',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam } },
      async (request, reply) => {
        const { run, stream } = await service.collectionFile(request.params.id);
        return reply
          .header('content-type', 'application/xml')
          .header('content-disposition', `attachment; filename="${run.messageId}.xml"`)
          .send(stream);
      },
    );
    for (const status of ['submitted', 'settled'] as const) {
      app.post(
        `/api/finance/collection-runs/:id/${status}`,
        { preHandler: finance, schema: { tags: ['finance'], params: IdParam, response: { 200: CollectionRun } } },
        (request) => service.markRun(currentUser(request), request.params.id, status),
      );
    }
    app.post(
      '/api/finance/collection-items/:id/returned',
      { preHandler: finance, schema: { tags: ['finance'], params: IdParam, body: ReturnInput, response: { 200: Ok } } },
      async (request) => {
        await service.returnCollection(currentUser(request), request.params.id, request.body.reason);
        return { ok: true as const };
      },
    );
  };
