import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParam } from '../../../contracts/common.js';
import {
  CatalogueEndOfSupportInput,
  CatalogueImportReport,
  CatalogueImportResult,
  CatalogueList,
  CatalogueModel,
  CataloguePointsInput,
  CatalogueQuery,
} from '../../../contracts/products.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { textCsvChecker } from '../../platform/documents.js';
import { AppError } from '../../platform/errors.js';
import { translate } from '../../platform/i18n/index.js';
import { CatalogueImportError, type CatalogueService } from './catalogue.service.js';

export const catalogueRoutes =
  (service: CatalogueService): FastifyPluginAsyncZod =>
  async (app) => {
    // Text only: a binary file, a zip or PDF renamed .csv, or a NUL byte is refused before parsing.
    app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (_request, body, done) => {
      const checker = textCsvChecker();
      const bytes = body as Buffer;
      if (!checker.chunk(bytes) || !checker.end()) {
        done(new AppError('csv_not_text', undefined, { name: 'CSV' }), undefined);
        return;
      }
      done(null, bytes.toString('utf8'));
    });
    const admin = requireUser('admin');

    app.get(
      '/api/catalogue',
      {
        preHandler: requireUser(),
        schema: { tags: ['catalogue'], querystring: CatalogueQuery, response: { 200: CatalogueList } },
      },
      async (request) => ({ items: await service.search(request.query) }),
    );

    app.get(
      '/api/admin/catalogue/export',
      { preHandler: admin, schema: { tags: ['catalogue'] } },
      async (_request, reply) =>
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="catalogue.csv"')
          .send(await service.exportCsv()),
    );

    app.post(
      '/api/admin/catalogue/import',
      {
        preHandler: admin,
        schema: {
          tags: ['catalogue'],
          consumes: ['text/csv'],
          body: z.string(),
          response: { 200: CatalogueImportResult, 422: CatalogueImportReport },
        },
      },
      async (request, reply) => {
        try {
          return await service.importCsv(currentUser(request), request.body);
        } catch (error) {
          if (!(error instanceof CatalogueImportError)) throw error;
          return reply.status(422).send({
            error: {
              code: 'catalogue_invalid',
              message: translate(request.locale, 'error.catalogue_invalid', { count: error.problems.length }),
              problems: error.problems,
            },
          });
        }
      },
    );

    app.put(
      '/api/admin/catalogue/:id/points',
      {
        preHandler: admin,
        schema: { tags: ['catalogue'], params: IdParam, body: CataloguePointsInput, response: { 200: CatalogueModel } },
      },
      async (request) => service.setPoints(currentUser(request), request.params.id, request.body.points),
    );

    app.put(
      '/api/admin/catalogue/:id/end-of-support',
      {
        preHandler: admin,
        schema: {
          tags: ['catalogue'],
          params: IdParam,
          body: CatalogueEndOfSupportInput,
          response: { 200: CatalogueModel },
        },
      },
      async (request) => service.setEndOfSupport(currentUser(request), request.params.id, request.body.endOfSupportOn),
    );
  };
