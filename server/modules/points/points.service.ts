import { is, type SQL } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Locale } from '../../../contracts/common.js';
import type { PointsSummary } from '../../../contracts/products.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { invitationToJoinEmail } from './points.emails.js';
import { type LedgerEntry, pointsRepository as repo } from './points.repository.js';

export type PointsPorts = {
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  nextTier(tx: DbOrTx, balance: number): Promise<PointsSummary['nextTier']>;
  /** Holds a current (active or suspended) membership: the invitation has been taken up. */
  isMember(tx: DbOrTx, organisationId: string): Promise<boolean>;
  superusers(tx: DbOrTx, organisationId: string): Promise<{ email: string; firstName: string; locale: Locale }[]>;
  organisationName(tx: DbOrTx, organisationId: string): Promise<string>;
};

export type PointsDeps = { db: Db; clock: Clock; mailer: Mailer; publicUrl: string; ports: PointsPorts };

/** The ledger state a summary is built from, when the caller has already read it. */
export type LedgerState = { balance: number; invited: boolean };

/** What recordMany did: entries inserted, the organisation's summary after them, and the ids of the products added alongside. */
export type Recorded = { inserted: number; summary?: PointsSummary; added?: string[] };

/** The append-only points ledger, the balance derived from it, and the one-time CPS invitation. */
export function createPointsService(deps: PointsDeps) {
  // An invitation is for good (one row per organisation, never removed), so once seen it needs no
  // further check: the ledger writes of these organisations skip the lock and the transaction.
  const invitedOrganisations = new Set<string>();
  const noted = (organisationId: string, state: LedgerState) => {
    if (state.invited) invitedOrganisations.add(organisationId);
    return state;
  };

  /** Threshold and next tier come from cached settings and tiers; only the ledger state is read. */
  async function summary(db: DbOrTx, organisationId: string, known?: LedgerState): Promise<PointsSummary> {
    // One after another: `db` may be a transaction (one connection); the settings are cached.
    const { balance, invited } = known ?? (await repo.summary(db, organisationId));
    const settings = await deps.ports.settings(db);
    noted(organisationId, { balance, invited });
    return {
      balance,
      // The invitation is shown until it is taken up: a member is not asked to join again.
      invited: invited && !(await deps.ports.isMember(db, organisationId)),
      invitationThreshold: settings.invitationThreshold,
      nextTier: await deps.ports.nextTier(db, balance),
    };
  }

  /**
   * Appends entries of one organisation once each (by idempotency key) and, when the balance first
   * reaches the invitation threshold, records the invitation and e-mails the Superusers — once,
   * not again when the balance dips and rises. One round trip writes the entries and reads the new
   * balance; the summary comes back with it (pass `organisationId` to get it without entries).
   *
   * Concurrent writers must not both miss the threshold (each seeing the balance without the
   * other's entries), so a writer that added entries to a not yet invited organisation takes the
   * organisation lock and reads the balance again: the last one to take it sees every entry. An
   * invited organisation's writers skip the lock and never queue.
   *
   * `tx` is the caller's transaction, or the database itself: then the write is one statement on
   * its own when the organisation is known to be invited, and a transaction of this function's
   * otherwise. `alongside` (the products module's registration) runs in the same statement.
   */
  async function recordMany(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    entries: LedgerEntry[],
    organisationId: string | undefined = entries[0]?.organisationId,
    alongside?: SQL,
  ): Promise<Recorded> {
    if (!organisationId) return { inserted: 0 };
    // Not inside a transaction of the caller's: this function decides whether it needs one.
    const own = !is(tx, PgTransaction);
    if (own && !invitedOrganisations.has(organisationId))
      return withTransaction(tx as Db, (t, after) => recordMany(t, after, entries, organisationId, alongside));
    const at = deps.clock.now();
    const written = await repo.appendAndBalance(
      tx,
      organisationId,
      entries.map((e) => ({ ...e, at })),
      alongside,
    );
    let state: LedgerState = noted(organisationId, written);
    if (written.inserted > 0 && !written.invited) {
      if (own) {
        // Only for an organisation seen invited, whose invitation row has gone since: check anew.
        invitedOrganisations.delete(organisationId);
        state = await withTransaction(tx as Db, (t, after) => checkInvitation(t, after, organisationId, at));
      } else state = await checkInvitation(tx, afterCommit, organisationId, at);
    }
    return {
      inserted: written.inserted,
      summary: await summary(tx, organisationId, state),
      added: written.added,
    };
  }

  /** Under the organisation lock, a fresh balance: invites when it first reaches the threshold. */
  async function checkInvitation(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    organisationId: string,
    at: Date,
  ): Promise<LedgerState> {
    await repo.lockOrganisation(tx, organisationId);
    const state = await repo.summary(tx, organisationId);
    const settings = await deps.ports.settings(tx);
    if (state.invited || state.balance < settings.invitationThreshold) return state;
    const invited = await repo.insertInvitation(tx, organisationId, state.balance, at);
    if (invited) await invite(tx, afterCommit, organisationId, state.balance);
    return { ...state, invited };
  }

  async function invite(tx: DbOrTx, afterCommit: AfterCommit, organisationId: string, balance: number) {
    const organisation = await deps.ports.organisationName(tx, organisationId);
    for (const user of await deps.ports.superusers(tx, organisationId)) {
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template: 'cps_invitation',
        locale: user.locale,
        content: invitationToJoinEmail(user.locale, {
          firstName: user.firstName,
          organisation,
          balance,
          // The button leads to the tiers (the membership page's tiers section), where joining starts.
          url: `${deps.publicUrl}/portal/membership#tiers`,
        }),
      });
    }
  }

  return {
    summary: (organisationId: string, db: DbOrTx = deps.db, known?: LedgerState) => summary(db, organisationId, known),
    lockOrganisation: repo.lockOrganisation,
    hasEntry: repo.hasEntry,

    /** One entry; see recordMany. */
    async record(tx: DbOrTx, afterCommit: AfterCommit, entry: LedgerEntry): Promise<boolean> {
      return (await recordMany(tx, afterCommit, [entry])).inserted === 1;
    },

    recordMany,
  };
}
export type PointsService = ReturnType<typeof createPointsService>;
