import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParam } from '../../../contracts/common.js';
import { MailboxList, MailboxMessage } from '../../../contracts/mailbox.js';
import { AppError } from '../errors.js';
import { loopbackOnly } from '../http/security.js';
import type { Storage } from '../storage.js';
import type { Mailer } from './outbox.js';

type Row = NonNullable<Awaited<ReturnType<Mailer['get']>>>;
const summary = (row: Row) => ({
  id: row.id,
  to: row.toAddress,
  subject: row.subject,
  template: row.template,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

/**
 * The development mailbox: every message the outbox holds, set-password links included. Only
 * registered when no SMTP server is configured, never in production, and answered to loopback
 * clients only (anyone else could take over any account with its links).
 */
export const mailboxRoutes =
  (mailer: Mailer, storage: Storage): FastifyPluginAsyncZod =>
  async (app) => {
    loopbackOnly(app);
    app.get('/api/dev/mailbox', { schema: { tags: ['dev'], response: { 200: MailboxList } } }, async () => ({
      items: (await mailer.list(200)).map(summary),
    }));
    app.get(
      '/api/dev/mailbox/:id',
      { schema: { tags: ['dev'], params: IdParam, response: { 200: MailboxMessage } } },
      async (request) => {
        const row = await mailer.get(request.params.id);
        if (!row) throw new AppError('not_found');
        const links = [...row.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
        const attachments = row.attachments.map((a, index) => ({
          index,
          filename: a.filename,
          contentType: a.contentType,
        }));
        return { ...summary(row), html: row.html, text: row.text, links, attachments };
      },
    );
    app.get(
      '/api/dev/mailbox/:id/attachments/:index',
      {
        schema: {
          tags: ['dev'],
          params: z.object({ id: z.uuid(), index: z.coerce.number().int().min(0).max(20) }),
        },
      },
      async (request, reply) => {
        const row = await mailer.get(request.params.id);
        const attachment = row?.attachments[request.params.index];
        if (!attachment) throw new AppError('not_found');
        return reply
          .type(attachment.contentType)
          .header('content-disposition', `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, '_')}"`)
          .send(storage.read(attachment.storageKey));
      },
    );
  };
