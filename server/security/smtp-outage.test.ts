import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../platform/db/transaction.js';
import { startTestRuntime } from '../test/runtime.js';

/** A port that nothing listens on until the SMTP server is started on it. */
const reservePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('SMTP down, then back', () => {
  const received: string[] = [];
  let smtp: SMTPServer | undefined;
  afterAll(() => new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r())));

  it('delivers every e-mail queued during the outage exactly once when the server comes back', async () => {
    const port = await reservePort();
    const rt = await startTestRuntime({ env: { SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true` } });
    const { mailer } = rt.services;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        await withTransaction(rt.database.db, (tx, afterCommit) =>
          mailer.enqueue(tx, afterCommit, {
            to: `outage${i}@example.test`,
            template: 'test',
            locale: 'en',
            content: { subject: `Message ${i}`, heading: 'Hello', paragraphs: ['Text'] },
          }),
        ),
      );
    }
    // The first attempts meet a closed port.
    const failing = Date.now() + 20_000;
    while (Date.now() < failing) {
      const rows = await Promise.all(ids.map((id) => mailer.get(id)));
      if (rows.every((r) => (r?.attempts ?? 0) >= 1 && r?.lastError)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const id of ids) expect((await mailer.get(id))?.status).toBe('pending');

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        stream.on('data', () => {});
        stream.on('end', () => {
          received.push(session.envelope.rcptTo.map((r) => r.address).join(','));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(port, '127.0.0.1', resolve));

    const deadline = Date.now() + 60_000;
    while (received.length < ids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // A late sweep and any duplicate wake-up send nothing again.
    await mailer.sweep();
    for (const id of ids) expect(await mailer.deliver(id)).toBe('skipped');
    await new Promise((r) => setTimeout(r, 1500));
    expect([...received].sort()).toEqual(ids.map((_, i) => `outage${i}@example.test`).sort());
    for (const id of ids) expect((await mailer.get(id))?.status).toBe('sent');
  }, 90_000);
});
