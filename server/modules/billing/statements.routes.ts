import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MatchLineInput,
  StatementImportDetail,
  StatementImportList,
  StatementLinePage,
  StatementUpload,
  UnmatchedQuery,
} from '../../../contracts/billing.js';
import { IdParam, Ok } from '../../../contracts/common.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { readSingleFile } from '../../platform/http/uploads.js';
import type { BillingService } from './billing.service.js';
import { MAX_STATEMENT_BYTES } from './camt.js';

/** Finance's bank statements: CAMT.053 uploads and their imports. */
export const statementRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    const finance = requireUser('finance');

    app.post(
      '/api/finance/statements',
      {
        preHandler: finance,
        schema: {
          tags: ['finance'],
          consumes: ['multipart/form-data'],
          description:
            'A CAMT.053 XML file under "file" (at most 20 MB). Checked at once (400 naming the line, 422 for another account), then booked by a job: 202 with the import; poll GET /api/finance/statements/:id. The same statement again answers 200 with the earlier import and `duplicate`.',
          response: { 200: StatementUpload, 202: StatementUpload },
        },
      },
      async (request, reply) => {
        const file = await readSingleFile(request, { field: 'file', maxBytes: MAX_STATEMENT_BYTES });
        const result = await service.statements.upload(currentUser(request), file.name, file.bytes);
        return reply.status(result.duplicate ? 200 : 202).send(result);
      },
    );
    app.get(
      '/api/finance/statements',
      { preHandler: finance, schema: { tags: ['finance'], response: { 200: StatementImportList } } },
      async () => ({ items: await service.statements.list() }),
    );
    app.get(
      '/api/finance/statements/:id',
      {
        preHandler: finance,
        schema: { tags: ['finance'], params: IdParam, response: { 200: StatementImportDetail } },
      },
      (request) => service.statements.get(request.params.id),
    );
  };

/** Finance's statement lines no invoice was found for, and matching one by hand. */
export const statementLineRoutes =
  (service: BillingService): FastifyPluginAsyncZod =>
  async (app) => {
    const finance = requireUser('finance');

    app.get(
      '/api/finance/statement-lines/unmatched',
      {
        preHandler: finance,
        schema: { tags: ['finance'], querystring: UnmatchedQuery, response: { 200: StatementLinePage } },
      },
      async (request) => {
        const page = await service.statements.unmatched(request.query);
        return { ...page, page: request.query.page, size: request.query.size };
      },
    );
    app.post(
      '/api/finance/statement-lines/:id/match',
      {
        preHandler: finance,
        schema: { tags: ['finance'], params: IdParam, body: MatchLineInput, response: { 200: Ok } },
      },
      async (request) => {
        await service.matchLine(currentUser(request), request.params.id, request.body.invoiceId);
        return { ok: true as const };
      },
    );
  };
