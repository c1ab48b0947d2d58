import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../contracts/auth.js';
import { PROGRAMME_DEFAULTS, ProgrammeSettings } from '../../../contracts/programme.js';
import { recordAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';

const { programmeSettings } = schema;
const KEY = 'programme';

/** Programme configuration, one versioned document; every change is audited. */
export function createProgrammeService(deps: { db: Db }) {
  async function read(db: DbOrTx): Promise<ProgrammeSettings> {
    const [row] = await db.select().from(programmeSettings).where(eq(programmeSettings.key, KEY));
    // Settings saved by an older version lack newer keys: those take their defaults.
    const parsed = ProgrammeSettings.safeParse({ ...PROGRAMME_DEFAULTS, ...(row?.value as object | undefined) });
    return parsed.success ? parsed.data : PROGRAMME_DEFAULTS;
  }

  // Read on nearly every request (My products, checkout) and changed rarely: kept for a few
  // seconds. An update in this process clears it; another instance sees it within CACHE_MS.
  let cached: { value: ProgrammeSettings; at: number } | undefined;
  const CACHE_MS = 5_000;

  return {
    async settings(db: DbOrTx = deps.db) {
      if (cached && Date.now() - cached.at < CACHE_MS) return cached.value;
      const value = await read(db);
      cached = { value, at: Date.now() };
      return value;
    },

    /** Writes the defaults once; an admin's later changes are kept. */
    async seedDefaults() {
      await deps.db.insert(programmeSettings).values({ key: KEY, value: PROGRAMME_DEFAULTS }).onConflictDoNothing();
    },

    async update(actor: SessionUser, next: ProgrammeSettings) {
      for (const [category, pattern] of Object.entries(next.serialPatterns)) {
        try {
          new RegExp(pattern ?? '');
        } catch {
          throw new AppError('validation_failed', { [`serialPatterns.${category}`]: 'field.invalid' });
        }
      }
      const saved = await withTransaction(deps.db, async (tx) => {
        const before = await read(tx);
        await tx
          .insert(programmeSettings)
          .values({ key: KEY, value: next, updatedBy: actor.id })
          .onConflictDoUpdate({
            target: programmeSettings.key,
            set: { value: next, updatedBy: actor.id, updatedAt: new Date() },
          });
        await recordAudit(tx, {
          actorUserId: actor.id,
          action: 'programme.updated',
          entityType: 'programme',
          entityId: KEY,
          detail: { before, after: next },
        });
        return next;
      });
      cached = undefined;
      return saved;
    },
  };
}
export type ProgrammeService = ReturnType<typeof createProgrammeService>;
