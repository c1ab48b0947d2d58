import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime } from '../../test/runtime.js';
import { schema } from '../db/index.js';
import { withTransaction } from '../db/transaction.js';

type Received = { to: string; messageId: string; raw: string };

/** A real SMTP server on loopback that refuses the first `refusals` messages. */
async function smtpServer(refusals: number) {
  const received: Received[] = [];
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refused < refusals) {
          refused++;
          const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString();
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '',
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    received,
    port,
    refusedCount: () => refused,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('e-mail delivery through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof smtpServer>>;
  let rt: Awaited<ReturnType<typeof startTestRuntime>>;

  beforeAll(async () => {
    smtp = await smtpServer(2);
    rt = await startTestRuntime({ env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` } });
  });
  afterAll(() => smtp.close());

  it('delivers exactly once, with retries and backoff after the server refused the first attempts', async () => {
    const { mailer } = rt.services;
    const id = await withTransaction(rt.database.db, (tx, afterCommit) =>
      mailer.enqueue(tx, afterCommit, {
        to: 'applicant@example.test',
        template: 'test',
        locale: 'nl',
        content: {
          subject: 'Onderwerp',
          heading: 'Hallo',
          paragraphs: ['Tekst'],
          action: { label: 'Open', url: 'http://propass.test/x' },
        },
      }),
    );
    // Generous: the retries wait for their backoff, and a busy machine slows the job polling.
    const deadline = Date.now() + 50_000;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(smtp.refusedCount()).toBe(2);
    expect(smtp.received).toHaveLength(1);
    const [row] = await rt.database.db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.id, id));
    expect(row?.status).toBe('sent');
    expect(row?.attempts).toBe(3);
    expect(smtp.received[0]?.messageId).toBe(row?.messageId);
    expect(smtp.received[0]?.to).toBe('applicant@example.test');
    expect(smtp.received[0]?.raw).toMatch(/^From: .*donotreply@/im);
    expect(smtp.received[0]?.raw).toMatch(/text\/plain/);
    expect(smtp.received[0]?.raw).toMatch(/text\/html/);

    // A duplicate wake-up (another job, the sweep) never sends it again.
    expect(await mailer.deliver(id)).toBe('skipped');
    await mailer.sweep();
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received).toHaveLength(1);
  }, 70_000);

  it('writes nothing when the transaction that causes the message rolls back', async () => {
    const before = (await rt.services.mailer.list(1000)).length;
    await expect(
      withTransaction(rt.database.db, async (tx, afterCommit) => {
        await rt.services.mailer.enqueue(tx, afterCommit, {
          to: 'nobody@example.test',
          template: 'test',
          locale: 'en',
          content: { subject: 'S', heading: 'H', paragraphs: [] },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await rt.services.mailer.list(1000)).length).toBe(before);
  });
});
