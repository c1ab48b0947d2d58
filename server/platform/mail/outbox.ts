import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Clock } from '../clock.js';
import type { Db, DbOrTx } from '../db/index.js';
import { schema } from '../db/index.js';
import type { AfterCommit } from '../db/transaction.js';
import type { Locale } from '../i18n/index.js';
import type { Jobs } from '../jobs.js';
import type { Storage } from '../storage.js';
import { type EmailContent, renderEmail } from './layout.js';

const { mailOutbox } = schema;
export const DELIVER_QUEUE = 'mail.deliver';
export const SWEEP_QUEUE = 'mail.sweep';
const LEASE_MS = 2 * 60_000;

export type MailAttachment = { filename: string; storageKey: string; contentType: string };
export type OutgoingMail = {
  to: string;
  template: string;
  locale: Locale;
  content: EmailContent;
  attachments?: MailAttachment[];
};

export type Mailer = ReturnType<typeof createMailer>;

export type MailerDeps = {
  db: Db;
  jobs: Jobs;
  clock: Clock;
  from: string;
  /** Unset → messages stay in the outbox and show in the dev mailbox. */
  smtpUrl: string | undefined;
  messageIdDomain: string;
  /** Where attachments are read from at delivery time. */
  storage: Pick<Storage, 'read'>;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
};

export function createMailer(deps: MailerDeps) {
  const transport = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : undefined;

  /** Writes the message in the caller's transaction; delivery is woken after commit. */
  async function enqueue(tx: DbOrTx, afterCommit: AfterCommit, mail: OutgoingMail): Promise<string> {
    const rendered = renderEmail(mail.locale, mail.content);
    const id = randomUUID();
    await tx.insert(mailOutbox).values({
      id,
      messageId: `<${id}@${deps.messageIdDomain}>`,
      toAddress: mail.to,
      template: mail.template,
      locale: mail.locale,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      attachments: mail.attachments ?? [],
    });
    afterCommit(() => deps.jobs.send(DELIVER_QUEUE, { id }));
    return id;
  }

  /**
   * Delivers one outbox row at most once: a lease claims it (so a duplicate job or a second
   * instance skips it), a sent row is never sent again, and a failure releases the lease and
   * throws so the job is retried with backoff.
   */
  async function deliver(id: string): Promise<'sent' | 'skipped'> {
    const now = deps.clock.now();
    const [row] = await deps.db
      .update(mailOutbox)
      .set({ attempts: sql`${mailOutbox.attempts} + 1`, leaseUntil: new Date(now.getTime() + LEASE_MS) })
      .where(
        and(
          eq(mailOutbox.id, id),
          eq(mailOutbox.status, 'pending'),
          or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, now)),
        ),
      )
      .returning();
    if (!row) return 'skipped';
    try {
      if (transport) {
        await transport.sendMail({
          from: deps.from,
          to: row.toAddress,
          subject: row.subject,
          html: row.html,
          text: row.text,
          messageId: row.messageId,
          attachments: row.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: deps.storage.read(a.storageKey),
          })),
        });
      }
    } catch (error) {
      await deps.db
        .update(mailOutbox)
        .set({ leaseUntil: null, lastError: String((error as Error).message).slice(0, 500) })
        .where(eq(mailOutbox.id, id));
      deps.log.warn({ mailId: id, attempt: row.attempts, err: (error as Error).message }, 'mail delivery failed');
      throw error;
    }
    await deps.db
      .update(mailOutbox)
      .set({ status: 'sent', sentAt: deps.clock.now(), leaseUntil: null, lastError: null })
      .where(eq(mailOutbox.id, id));
    deps.log.info({ mailId: id, template: row.template, smtp: Boolean(transport) }, 'mail delivered');
    return 'sent';
  }

  /** Re-wakes rows whose delivery job was lost (e.g. a crash between commit and send). */
  async function sweep(): Promise<number> {
    const cutoff = new Date(deps.clock.now().getTime() - 60_000);
    const rows = await deps.db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, 'pending'),
          lt(mailOutbox.createdAt, cutoff),
          or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, deps.clock.now())),
        ),
      )
      .limit(500);
    for (const row of rows) await deps.jobs.send(DELIVER_QUEUE, { id: row.id });
    return rows.length;
  }

  async function startWorkers() {
    await deps.jobs.work<{ id: string }>(DELIVER_QUEUE, async ({ id }) => {
      await deliver(id);
    });
    await deps.jobs.work(SWEEP_QUEUE, async () => {
      await sweep();
    });
    await deps.jobs.schedule(SWEEP_QUEUE, '*/5 * * * *');
  }

  async function list(limit = 100) {
    return deps.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
  }

  async function get(id: string) {
    const [row] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    return row;
  }

  return { enqueue, deliver, sweep, startWorkers, list, get };
}
