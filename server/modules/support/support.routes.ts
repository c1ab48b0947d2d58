import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParam, Locale, Ok } from '../../../contracts/common.js';
import {
  ContactInput,
  FaqArticle,
  FaqInput,
  FaqList,
  FaqQuery,
  NewTicketInput,
  ReplyInput,
  StaffTicket,
  Ticket,
  TicketList,
  TicketQueueQuery,
  TicketStatus,
} from '../../../contracts/support.js';
import { currentUser, requireUser } from '../../platform/auth/guards.js';
import { readUpload } from '../../platform/http/uploads.js';
import type { Storage } from '../../platform/storage.js';
import type { SupportService } from './support.service.js';

export type SupportRouteOptions = { storage: Storage; contactRateLimit: { max: number; timeWindow: number } };

export const supportRoutes =
  (service: SupportService, options: SupportRouteOptions): FastifyPluginAsyncZod =>
  async (app) => {
    const customer = requireUser('superuser', 'member');
    const anyUser = requireUser();
    const staff = requireUser('support');
    const tags = ['support'];
    const AttachmentParams = IdParam.extend({ attachmentId: z.uuid() });

    app.get(
      '/api/support/tickets',
      { preHandler: customer, schema: { tags, response: { 200: TicketList } } },
      async (request) => ({
        items: await service.list(currentUser(request)),
      }),
    );
    app.post(
      '/api/support/tickets',
      {
        preHandler: customer,
        schema: {
          tags,
          consumes: ['multipart/form-data'],
          description: 'Field "ticket": NewTicketInput as JSON; files "attachments".',
          response: { 201: Ticket },
        },
      },
      async (request, reply) => {
        const { data, files } = await readUpload(request, options.storage, {
          field: 'ticket',
          fileField: 'attachments',
          schema: NewTicketInput,
          check: (input) => input,
          expectedFiles: (input) => input.attachments.length,
        });
        return reply.status(201).send(await service.create(currentUser(request), data, files, request.locale));
      },
    );
    app.get(
      '/api/support/tickets/:id',
      { preHandler: anyUser, schema: { tags, params: IdParam, response: { 200: Ticket } } },
      (request) => service.get(currentUser(request), request.params.id),
    );
    app.post(
      '/api/support/tickets/:id/messages',
      {
        preHandler: anyUser,
        schema: {
          tags,
          params: IdParam,
          consumes: ['multipart/form-data'],
          description: 'Field "reply": ReplyInput as JSON; files "attachments".',
          response: { 200: Ticket },
        },
      },
      async (request) => {
        const { data, files } = await readUpload(request, options.storage, {
          field: 'reply',
          fileField: 'attachments',
          schema: ReplyInput,
          check: (input) => input,
          expectedFiles: (input) => input.attachments.length,
        });
        return service.reply(currentUser(request), request.params.id, data, files);
      },
    );
    app.get(
      '/api/support/tickets/:id/attachments/:attachmentId',
      { preHandler: anyUser, schema: { tags, params: AttachmentParams } },
      async (request, reply) => {
        const file = await service.attachment(currentUser(request), request.params.id, request.params.attachmentId);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `inline; filename="${file.id}.${file.contentType.split('/')[1]}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(options.storage.read(file.storageKey));
      },
    );
    app.post(
      '/api/support/contact',
      { config: { rateLimit: options.contactRateLimit }, schema: { tags, body: ContactInput, response: { 200: Ok } } },
      async (request) => {
        await service.contact(request.body);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/staff/tickets',
      { preHandler: staff, schema: { tags, querystring: TicketQueueQuery, response: { 200: TicketList } } },
      async (request) => ({
        items: await service.queue(request.query.status, request.query.limit),
      }),
    );
    app.get(
      '/api/staff/tickets/:id',
      { preHandler: staff, schema: { tags, params: IdParam, response: { 200: StaffTicket } } },
      (request) => service.staffTicket(currentUser(request), request.params.id),
    );
    app.put(
      '/api/staff/tickets/:id/status',
      {
        preHandler: staff,
        schema: { tags, params: IdParam, body: z.object({ status: TicketStatus }), response: { 200: Ticket } },
      },
      (request) => service.setStatus(currentUser(request), request.params.id, request.body.status),
    );

    app.get(
      '/api/faq',
      { schema: { tags: ['faq'], querystring: FaqQuery, response: { 200: FaqList } } },
      async (request) => ({
        items: await service.faq({ ...request.query, locale: request.query.locale ?? request.locale }),
      }),
    );
    app.get(
      '/api/faq/:key',
      {
        schema: {
          tags: ['faq'],
          params: z.object({ key: z.string().max(80) }),
          querystring: z.object({ locale: Locale.optional() }),
          response: { 200: FaqArticle },
        },
      },
      (request) => service.faqArticle(request.params.key, request.query.locale ?? request.locale),
    );
    app.get(
      '/api/admin/faq',
      {
        preHandler: requireUser('admin'),
        schema: { tags: ['faq'], querystring: z.object({ locale: Locale }), response: { 200: FaqList } },
      },
      async (request) => ({ items: await service.adminFaq(request.query.locale) }),
    );
    app.put(
      '/api/admin/faq',
      { preHandler: requireUser('admin'), schema: { tags: ['faq'], body: FaqInput, response: { 200: FaqArticle } } },
      (request) => service.saveFaq(currentUser(request), request.body),
    );
  };
