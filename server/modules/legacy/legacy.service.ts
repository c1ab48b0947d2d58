import { randomInt } from 'node:crypto';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { MigrationResult, MigrationState } from '../../../contracts/legacy.js';
import type { Category } from '../../../contracts/products.js';
import { recordAudit } from '../../platform/audit.js';
import { organisationOf } from '../../platform/auth/guards.js';
import type { TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { Storage } from '../../platform/storage.js';
import { linkCodeEmail } from './legacy.emails.js';
import { createLegacyImporter, toImport } from './legacy.import.js';
import { type PendingLegacyProduct, legacyRepository as repo } from './legacy.repository.js';

export const IMPORT_QUEUE = 'legacy.import';
/** The largest legacy CSV the back office accepts. */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;
const CODE_TTL_MS = 30 * 60_000;
const CODE_ATTEMPTS = 5;

type Model = { id: string; modelCode: string; name: string; category: Category; points: number; active: boolean };
type MigratedOutcome = { legacyId: string; productId: string | null; complete: boolean; points: number };

export type LegacyPorts = {
  findModelsByCodes(tx: DbOrTx, codes: string[]): Promise<Model[]>;
  lockOrganisation(tx: DbOrTx, organisationId: string): Promise<unknown>;
  activeSerials(pairs: { modelId: string; serialNumber: string }[]): Promise<Set<string>>;
  addMigrated(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    organisationId: string,
    actorId: string,
    items: {
      legacyId: string;
      model: Model | undefined;
      legacyModelName: string | null;
      serialNumber: string | null;
      purchaseDate: string | null;
      purchaseCountry: string | null;
      dealer: string | null;
    }[],
  ): Promise<MigratedOutcome[]>;
};

export type LegacyDeps = {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  storage: Storage;
  mailer: Mailer;
  hashToken: TokenHasher;
  ports: LegacyPorts;
};

export function createLegacyService(deps: LegacyDeps) {
  const { db, clock, ports } = deps;

  const importer = createLegacyImporter({ db, clock });

  async function previousMembershipNumber(
    tx: DbOrTx,
    org: { legacyEmail: string | null; previousMembershipNumber: string | null },
  ) {
    if (org.previousMembershipNumber || !org.legacyEmail) return org.previousMembershipNumber;
    const accounts = await repo.accountsByEmail(tx, org.legacyEmail);
    return accounts.find((a) => a.membershipNumber)?.membershipNumber ?? null;
  }

  function migrationItems(pending: PendingLegacyProduct[], models: Map<string, Model>) {
    return pending.map((p) => ({
      legacyId: p.legacyId,
      model: p.modelCode ? models.get(p.modelCode) : undefined,
      legacyModelName: p.modelName ?? p.modelCode,
      serialNumber: p.serialNumber,
      purchaseDate: p.purchaseDate,
      purchaseCountry: p.country,
      dealer: p.dealer,
    }));
  }

  async function modelsFor(tx: DbOrTx, pending: PendingLegacyProduct[]) {
    const codes = [...new Set(pending.flatMap((p) => (p.modelCode ? [p.modelCode] : [])))];
    return new Map((await ports.findModelsByCodes(tx, codes)).filter((m) => m.active).map((m) => [m.modelCode, m]));
  }

  /** Support links an old e-mail for an organisation after checking (also used by the code flow). */
  async function link(actor: SessionUser, organisationId: string, email: string, by: 'staff' | 'code' = 'staff') {
    await withTransaction(db, async (tx) => {
      const org = await repo.organisation(tx, organisationId, true);
      if (!org) throw new AppError('not_found');
      const previous = await previousMembershipNumber(tx, { legacyEmail: email, previousMembershipNumber: null });
      await repo.setOrganisationLegacy(tx, organisationId, { legacyEmail: email, previousMembershipNumber: previous });
      await repo.closeLinkCodes(tx, organisationId, clock.now());
      await recordAudit(tx, {
        actorUserId: actor.id,
        action: `legacy.linked_by_${by}`,
        entityType: 'organisation',
        entityId: organisationId,
        detail: { email, before: org.legacyEmail },
      });
    });
  }

  return {
    runImport: importer.runImport,

    /** Back office upload: the file is stored (and checked) first, then a job imports it (and can resume it). */
    async startImport(
      actor: SessionUser,
      kind: 'accounts' | 'products',
      fileName: string,
      stored: { key: string; size: number },
    ) {
      const row = await repo.createImport(db, {
        kind,
        fileName,
        storageKey: stored.key,
        totalBytes: stored.size,
        createdBy: actor.id,
      });
      await deps.jobs.send(IMPORT_QUEUE, { id: row.id }, { retryLimit: 3, retryDelay: 5 });
      return toImport(row, clock.now());
    },

    createImport: importer.createImport,
    markInterrupted: importer.markInterrupted,

    async resume(id: string) {
      const row = await repo.findImport(db, id);
      if (!row?.storageKey) throw new AppError('not_found');
      if (row.status === 'done') throw new AppError('invalid_state');
      await deps.jobs.send(IMPORT_QUEUE, { id }, { retryLimit: 3, retryDelay: 5 });
      return toImport(row, clock.now());
    },

    async startWorkers() {
      await deps.jobs.work<{ id: string }>(IMPORT_QUEUE, async ({ id }) => {
        const row = await repo.findImport(db, id);
        if (!row?.storageKey || row.status === 'done') return;
        await importer.runImport(id, () => deps.storage.read(row.storageKey!));
      });
    },

    getImport: importer.getImport,
    listImports: async () => (await repo.listImports(db)).map((r) => toImport(r, clock.now())),

    /** For the customer's home page: how many products MIGRATE PRODUCTS would bring in (0 without a linked e-mail). */
    async pendingCount(organisationId: string) {
      const org = await repo.organisation(db, organisationId);
      return org?.legacyEmail ? repo.countPending(db, org.legacyEmail) : 0;
    },

    async state(actor: SessionUser): Promise<MigrationState> {
      const organisationId = organisationOf(actor);
      const org = await repo.organisation(db, organisationId);
      if (!org) throw new AppError('not_found');
      const [migratedCount, link] = await Promise.all([
        repo.countMigrated(db, organisationId),
        repo.openLinkCode(db, organisationId),
      ]);
      const pendingLink = link && link.expiresAt > clock.now() ? link.email : null;
      if (!org.legacyEmail) {
        return {
          available: false,
          legacyEmail: null,
          reason: 'no_legacy_email',
          previousMembershipNumber: null,
          preview: [],
          migratedCount,
          pendingLink,
        };
      }
      const pending = await repo.productsOfEmail(db, org.legacyEmail, { pendingOnly: true });
      const models = await modelsFor(db, pending);
      const items = migrationItems(pending, models);
      const taken = await ports.activeSerials(
        items.flatMap((it) =>
          it.model && it.serialNumber ? [{ modelId: it.model.id, serialNumber: it.serialNumber }] : [],
        ),
      );
      const today = clock.now().toISOString().slice(0, 10);
      return {
        available: pending.length > 0,
        legacyEmail: org.legacyEmail,
        reason: pending.length > 0 ? null : 'nothing_to_migrate',
        previousMembershipNumber: await previousMembershipNumber(db, org),
        migratedCount,
        pendingLink,
        preview: items.map((it) => {
          const missing: MigrationState['preview'][number]['missing'] = [];
          if (!it.model) missing.push('model');
          if (!it.serialNumber) missing.push('serialNumber');
          if (!it.purchaseDate || it.purchaseDate > today) missing.push('purchaseDate');
          if (!it.purchaseCountry) missing.push('purchaseCountry');
          if (!it.dealer) missing.push('dealer');
          return {
            legacyId: it.legacyId,
            modelName: it.model?.name ?? it.legacyModelName ?? '',
            serialNumber: it.serialNumber,
            points: it.model?.points ?? 0,
            missing,
            serialConflict: Boolean(it.model && it.serialNumber && taken.has(`${it.model.id}|${it.serialNumber}`)),
          };
        }),
      };
    },

    /**
     * MIGRATE PRODUCTS: copies every not-yet-migrated legacy product of the linked old e-mail
     * into the organisation, once. The organisation lock and the row locks make a double click,
     * two tabs or 50 concurrent requests migrate once; a second attempt finds nothing left.
     */
    async migrate(actor: SessionUser): Promise<MigrationResult> {
      const organisationId = organisationOf(actor);
      return withTransaction(db, async (tx, afterCommit) => {
        await ports.lockOrganisation(tx, organisationId);
        const org = await repo.organisation(tx, organisationId);
        if (!org?.legacyEmail) throw new AppError('invalid_state');
        const pending = await repo.productsOfEmail(tx, org.legacyEmail, { pendingOnly: true, lock: true });
        const result: MigrationResult = { migrated: 0, complete: 0, incomplete: 0, conflicts: [], pointsAwarded: 0 };
        if (pending.length === 0) return result;
        const items = migrationItems(pending, await modelsFor(tx, pending));
        const outcomes = await ports.addMigrated(tx, afterCommit, organisationId, actor.id, items);
        await repo.setMigratedMany(tx, organisationId, clock.now(), outcomes);
        for (const [i, outcome] of outcomes.entries()) {
          const item = items[i]!;
          if (!outcome.productId) {
            result.conflicts.push({
              legacyId: outcome.legacyId,
              modelName: item.model?.name ?? item.legacyModelName ?? '',
              serialNumber: item.serialNumber ?? '',
            });
            continue;
          }
          result.migrated++;
          if (outcome.complete) result.complete++;
          else result.incomplete++;
          result.pointsAwarded += outcome.points;
        }
        if (!org.previousMembershipNumber) {
          const previous = await previousMembershipNumber(tx, org);
          if (previous)
            await repo.setOrganisationLegacy(tx, organisationId, {
              legacyEmail: org.legacyEmail,
              previousMembershipNumber: previous,
            });
        }
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'legacy.migrated',
          entityType: 'organisation',
          entityId: organisationId,
          detail: { ...result, conflicts: result.conflicts.length },
        });
        return result;
      });
    },

    /** Link an old CPS e-mail later: a 6-digit code goes to that address (or word that none was found). */
    async requestLink(actor: SessionUser, email: string, locale: Locale) {
      if (actor.role !== 'superuser') throw new AppError('forbidden');
      const organisationId = organisationOf(actor);
      await withTransaction(db, async (tx, afterCommit) => {
        const now = clock.now();
        const known = (await repo.accountsByEmail(tx, email)).length > 0;
        const code = known ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
        await repo.closeLinkCodes(tx, organisationId, now);
        if (code) {
          await repo.insertLinkCode(tx, {
            organisationId,
            email,
            codeHash: deps.hashToken(`${organisationId}:${email}:${code}`),
            createdAt: now,
            expiresAt: new Date(now.getTime() + CODE_TTL_MS),
          });
        }
        await deps.mailer.enqueue(tx, afterCommit, {
          to: email,
          template: code ? 'legacy_link_code' : 'legacy_link_unknown',
          locale,
          content: linkCodeEmail(locale, { organisation: actor.organisationName ?? '', code }),
        });
      });
    },

    async confirmLink(actor: SessionUser, email: string, code: string) {
      if (actor.role !== 'superuser') throw new AppError('forbidden');
      const organisationId = organisationOf(actor);
      const open = await repo.openLinkCode(db, organisationId);
      if (!open || open.email !== email || open.expiresAt <= clock.now() || open.attempts >= CODE_ATTEMPTS) {
        throw new AppError('validation_failed', { code: 'field.code_invalid' });
      }
      if (open.codeHash !== deps.hashToken(`${organisationId}:${email}:${code}`)) {
        await repo.countAttempt(db, open.id);
        throw new AppError('validation_failed', { code: 'field.code_invalid' });
      }
      await link(actor, organisationId, email, 'code');
    },

    link,
  };
}
export type LegacyService = ReturnType<typeof createLegacyService>;
