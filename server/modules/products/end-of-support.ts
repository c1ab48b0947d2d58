import type { Locale } from '../../../contracts/common.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { addDays, localDate } from '../../platform/working-days.js';
import { endOfSupportKey } from './completion-awards.js';
import { endOfSupportEmail } from './end-of-support.emails.js';
import { endOfSupportRepository as repo } from './end-of-support.repository.js';

/** Customers are told this many days before a model's support ends. */
export const END_OF_SUPPORT_NOTICE_DAYS = 30;

export type EndOfSupportDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  timeZone: string;
  ports: {
    lockOrganisation(tx: DbOrTx, organisationId: string): Promise<unknown>;
    recordMany(
      tx: DbOrTx,
      afterCommit: AfterCommit,
      entries: {
        organisationId: string;
        productId: string;
        delta: number;
        reason: 'end_of_support';
        idempotencyKey: string;
        actorUserId: null;
      }[],
    ): Promise<{ inserted: number }>;
    superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  };
};

/**
 * A model's end of support: 30 days before it each organisation holding products of the model is
 * e-mailed once; from the date on, every such product's points are removed by a compensating
 * ledger entry, once per product (its idempotency key). The daily job takes every date up to
 * today, so dates passed while the server was down are caught up on the next run.
 */
export function createEndOfSupport(deps: EndOfSupportDeps) {
  const { db, clock, ports } = deps;

  async function sendNotices(today: string) {
    let sent = 0;
    for (const n of await repo.dueNotices(db, today, addDays(today, END_OF_SUPPORT_NOTICE_DAYS))) {
      await withTransaction(db, async (tx, afterCommit) => {
        const notice = { organisationId: n.organisation_id, modelId: n.model_id, endOfSupportOn: n.end_of_support_on };
        if (!(await repo.claimNotice(tx, { ...notice, at: clock.now() }))) return;
        sent++;
        for (const user of await ports.superusers(tx, n.organisation_id)) {
          await deps.mailer.enqueue(tx, afterCommit, {
            to: user.email,
            template: 'product_end_of_support',
            locale: user.locale,
            content: endOfSupportEmail(user.locale, {
              firstName: user.firstName,
              model: n.model_name,
              on: n.end_of_support_on,
              url: `${deps.publicUrl}/portal/products`,
            }),
          });
        }
      });
    }
    return sent;
  }

  async function removePoints(today: string) {
    let removed = 0;
    const organisations = new Set((await repo.dueRemovals(db, today)).map((r) => r.organisation_id));
    for (const organisationId of organisations) {
      removed += await withTransaction(db, async (tx, afterCommit) => {
        // Under the lock ending a product takes too: a product is either ended or loses its
        // points here, never both (each path checks the other's entry).
        await ports.lockOrganisation(tx, organisationId);
        const due = await repo.dueRemovals(tx, today, organisationId);
        if (due.length === 0) return 0;
        const entries = due.map((p) => ({
          organisationId,
          productId: p.id,
          delta: -p.points,
          reason: 'end_of_support' as const,
          idempotencyKey: endOfSupportKey(p.id),
          actorUserId: null,
        }));
        return (await ports.recordMany(tx, afterCommit, entries)).inserted;
      });
    }
    return removed;
  }

  /** Idempotent: a second run the same day (or another instance's) writes and sends nothing more. */
  async function runDaily() {
    const today = localDate(clock.now(), deps.timeZone);
    const notified = await sendNotices(today);
    const removed = await removePoints(today);
    return { notified, removed };
  }

  // A step of the programme's one ordered daily run (flows/daily-run.ts), between billing and the
  // membership, so a renewal that morning already sees the points removed.
  return { runDaily };
}
export type EndOfSupport = ReturnType<typeof createEndOfSupport>;
