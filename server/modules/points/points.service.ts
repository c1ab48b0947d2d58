import type { Locale } from '../../../contracts/common.js';
import type { PointsSummary } from '../../../contracts/products.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { invitationToJoinEmail } from './points.emails.js';
import { type LedgerEntry, pointsRepository as repo } from './points.repository.js';

export type PointsPorts = {
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  nextTier(tx: DbOrTx, balance: number): Promise<PointsSummary['nextTier']>;
  superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  organisationName(tx: DbOrTx, organisationId: string): Promise<string>;
};

export type PointsDeps = { db: Db; clock: Clock; mailer: Mailer; publicUrl: string; ports: PointsPorts };

/** The append-only points ledger, the balance derived from it, and the one-time CPS invitation. */
export function createPointsService(deps: PointsDeps) {
  async function summary(db: DbOrTx, organisationId: string): Promise<PointsSummary> {
    const [{ balance, invited }, settings] = await Promise.all([
      repo.summary(db, organisationId),
      deps.ports.settings(db),
    ]);
    return {
      balance,
      invited,
      invitationThreshold: settings.invitationThreshold,
      nextTier: await deps.ports.nextTier(db, balance),
    };
  }

  /**
   * Appends entries of one organisation once each (by idempotency key) and, when the balance first
   * reaches the invitation threshold, records the invitation and e-mails the Superusers — once,
   * not again when the balance dips and rises. The caller holds the organisation lock.
   */
  async function recordMany(tx: DbOrTx, afterCommit: AfterCommit, entries: LedgerEntry[]): Promise<number> {
    const at = deps.clock.now();
    const inserted = await repo.appendMany(
      tx,
      entries.map((e) => ({ ...e, at })),
    );
    const organisationId = entries[0]?.organisationId;
    if (inserted === 0 || !organisationId) return inserted;
    const now = await summary(tx, organisationId);
    if (now.invited || now.balance < now.invitationThreshold) return inserted;
    if (!(await repo.insertInvitation(tx, organisationId, now.balance, at))) return inserted;
    const organisation = await deps.ports.organisationName(tx, organisationId);
    for (const user of await deps.ports.superusers(tx, organisationId)) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template: 'cps_invitation',
        locale: user.locale,
        content: invitationToJoinEmail(user.locale, {
          firstName: user.firstName,
          organisation,
          balance: now.balance,
          url: `${deps.publicUrl}/portal/products`,
        }),
      });
    }
    return inserted;
  }

  return {
    summary: (organisationId: string, db: DbOrTx = deps.db) => summary(db, organisationId),
    lockOrganisation: repo.lockOrganisation,
    hasEntry: repo.hasEntry,

    /** One entry; see recordMany. */
    async record(tx: DbOrTx, afterCommit: AfterCommit, entry: LedgerEntry): Promise<boolean> {
      return (await recordMany(tx, afterCommit, [entry])) === 1;
    },

    recordMany,
  };
}
export type PointsService = ReturnType<typeof createPointsService>;
