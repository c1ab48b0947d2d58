import type { Category } from '../../../contracts/products.js';
import type { TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import type { AfterCommit } from '../../platform/db/transaction.js';
import type { Jobs } from '../../platform/jobs.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import type { Storage } from '../../platform/storage.js';

export const IMPORT_QUEUE = 'legacy.import';
/** The largest legacy CSV the back office accepts. */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

export type Model = {
  id: string;
  modelCode: string;
  name: string;
  category: Category;
  points: number;
  active: boolean;
};
type MigratedOutcome = { legacyId: string; productId: string | null; complete: boolean; points: number };

/** What legacy needs from the catalogue, accounts and products modules, passed in at composition. */
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
