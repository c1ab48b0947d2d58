import type { SQL } from 'drizzle-orm';
import type { Category, PointsSummary } from '../../../contracts/products.js';
import type { ProgrammeSettings } from '../../../contracts/programme.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';

export type Model = {
  id: string;
  name: string;
  modelCode: string;
  category: Category;
  points: number;
  active: boolean;
};
export type Fields = {
  serialNumber?: string;
  purchaseDate?: string;
  purchaseCountry?: string;
  dealer?: string;
  modelId?: string;
};

/** What products needs from other modules, wired at composition. */
export type ProductsPorts = {
  findModels(tx: DbOrTx, ids: string[]): Promise<Model[]>;
  settings(tx: DbOrTx): Promise<ProgrammeSettings>;
  /** The summary; with `known` (balance and invitation already read) nothing more is queried. */
  summary(organisationId: string, db?: DbOrTx, known?: { balance: number; invited: boolean }): Promise<PointsSummary>;
  lockOrganisation(tx: DbOrTx, organisationId: string): Promise<unknown>;
  hasLedgerEntry(tx: DbOrTx, key: string): Promise<boolean>;
  /**
   * Appends ledger entries (the caller holds the organisation lock) and answers the summary after
   * them, in one round trip; with no entries it only reads the summary of `organisationId`.
   */
  recordPointsMany(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    entries: {
      organisationId: string;
      productId: string;
      delta: number;
      reason: 'product_completed';
      idempotencyKey: string;
      actorUserId: string | null;
    }[],
    organisationId?: string,
    /** The products' own insert (`with`-list items with `products_added(id)`), run in the same statement. */
    alongside?: SQL,
  ): Promise<{ inserted: number; summary?: PointsSummary; added?: string[] }>;
  recordPoints(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    entry: {
      organisationId: string;
      productId: string;
      delta: number;
      reason: 'product_completed' | 'product_removed' | 'product_sold' | 'product_transferred';
      idempotencyKey: string;
      actorUserId: string | null;
    },
  ): Promise<boolean>;
};

export type MigratedItem = {
  legacyId: string;
  model: Model | undefined;
  legacyModelName: string | null;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCountry: string | null;
  dealer: string | null;
};

export type ProductsDeps = { db: Db; clock: Clock; timeZone: string; ports: ProductsPorts };
