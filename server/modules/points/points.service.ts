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
  nextTier(settings: ProgrammeSettings, balance: number): PointsSummary['nextTier'];
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
      nextTier: deps.ports.nextTier(settings, balance),
    };
  }

  return {
    summary: (organisationId: string, db: DbOrTx = deps.db) => summary(db, organisationId),
    lockOrganisation: repo.lockOrganisation,
    hasEntry: repo.hasEntry,

    /**
     * Appends an entry once (by its idempotency key) and, when the balance first reaches the
     * invitation threshold, records the invitation and e-mails the Superusers — once, not again
     * when the balance dips and rises. The caller holds the organisation lock.
     */
    async record(tx: DbOrTx, afterCommit: AfterCommit, entry: LedgerEntry): Promise<boolean> {
      if (!(await repo.append(tx, { ...entry, at: deps.clock.now() }))) return false;
      const now = await summary(tx, entry.organisationId);
      if (!now.invited && now.balance >= now.invitationThreshold) {
        if (await repo.insertInvitation(tx, entry.organisationId, now.balance, deps.clock.now())) {
          const organisation = await deps.ports.organisationName(tx, entry.organisationId);
          for (const user of await deps.ports.superusers(tx, entry.organisationId)) {
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
        }
      }
      return true;
    },
  };
}
export type PointsService = ReturnType<typeof createPointsService>;
