import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApplicationsChart,
  InsightsPeriod,
  InvoiceExportQuery,
  MemberExportQuery,
  MembersChart,
  MigrationChart,
  OverdueChart,
  PaymentExportQuery,
  PointsChart,
  ProductExportQuery,
  QueueChart,
  RevenueChart,
} from '../../../contracts/insights.js';
import { requireUser } from '../../platform/auth/guards.js';
import { createExportsService } from './exports.service.js';
import { createInsightsService, type InsightsDeps } from './insights.service.js';

const CHARTS = {
  applications: ApplicationsChart,
  queue: QueueChart,
  members: MembersChart,
  revenue: RevenueChart,
  overdue: OverdueChart,
  migration: MigrationChart,
  points: PointsChart,
} as const;

const attachment = (reply: FastifyReply, name: string, body: Readable) =>
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(body);

/** The dashboard's charts and the CSV exports: finance and admins (admins pass every staff check). */
export const insightsRoutes =
  (deps: InsightsDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const insights = createInsightsService(deps);
    const exports = createExportsService(deps);
    const staff = requireUser('finance');
    for (const [name, response] of Object.entries(CHARTS) as [
      keyof typeof CHARTS,
      (typeof CHARTS)[keyof typeof CHARTS],
    ][])
      app.get(
        `/api/insights/${name}`,
        { preHandler: staff, schema: { tags: ['insights'], querystring: InsightsPeriod, response: { 200: response } } },
        // The loop widens each chart's row type to the union; the response schema checks the rows.
        async (request) => (await insights.chart(name, request.query)) as never,
      );

    const csv = { tags: ['insights'], produces: ['text/csv'] };
    app.get(
      '/api/exports/invoices.csv',
      { preHandler: staff, schema: { ...csv, querystring: InvoiceExportQuery } },
      (request, reply) => attachment(reply, 'invoices', exports.invoices(request.query)),
    );
    app.get(
      '/api/exports/payments.csv',
      { preHandler: staff, schema: { ...csv, querystring: PaymentExportQuery } },
      (request, reply) => attachment(reply, 'payments', exports.payments(request.query)),
    );
    app.get(
      '/api/exports/members.csv',
      { preHandler: staff, schema: { ...csv, querystring: MemberExportQuery } },
      (request, reply) => attachment(reply, 'members', exports.members(request.query)),
    );
    app.get(
      '/api/exports/products.csv',
      { preHandler: staff, schema: { ...csv, querystring: ProductExportQuery } },
      (request, reply) => attachment(reply, 'products', exports.products(request.query)),
    );
  };
