import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../contracts/auth.js';
import { PROGRAMME_DEFAULTS, ProgrammeSettings } from '../../../contracts/programme.js';
import { recordAudit } from '../../platform/audit.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { isSepaIban, normaliseBic, normaliseCreditorId, normaliseIban } from '../../platform/identifiers.js';

const { programmeSettings } = schema;
const KEY = 'programme';
const OLD_SAMPLE_CREDITOR_ID = 'NL98ZZZ999999999999';

/**
 * The seller's account as direct debits and invoices use it: a valid IBAN in the SEPA area, a valid
 * BIC and a SEPA creditor identifier with correct check digits, stored in their compact forms. A
 * wrong one would only surface as a file the bank rejects; here it is a 400 naming the field.
 */
function sellerAccount(seller: ProgrammeSettings['seller']): ProgrammeSettings['seller'] {
  const iban = normaliseIban(seller.iban);
  const bic = normaliseBic(seller.bic);
  const creditorId = normaliseCreditorId(seller.sepaCreditorId);
  const fields: Record<string, string> = {};
  if (!iban) fields['seller.iban'] = 'field.iban_invalid';
  else if (!isSepaIban(iban)) fields['seller.iban'] = 'field.seller_iban_not_sepa';
  if (!bic) fields['seller.bic'] = 'field.bic_invalid';
  if (!creditorId) fields['seller.sepaCreditorId'] = 'field.creditor_id_invalid';
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
  return { ...seller, iban: iban!, bic: bic!, sepaCreditorId: creditorId! };
}

/** Programme configuration, one versioned document; every change is audited. */
export function createProgrammeService(deps: { db: Db }) {
  async function read(db: DbOrTx): Promise<ProgrammeSettings> {
    const [row] = await db.select().from(programmeSettings).where(eq(programmeSettings.key, KEY));
    // Settings saved by an older version lack newer keys: those take their defaults.
    const stored = row?.value as Partial<ProgrammeSettings> | undefined;
    // The sample creditor identifier shipped before had wrong check digits: it reads as the valid sample.
    const seller =
      stored?.seller?.sepaCreditorId === OLD_SAMPLE_CREDITOR_ID
        ? { ...stored.seller, sepaCreditorId: PROGRAMME_DEFAULTS.seller.sepaCreditorId }
        : stored?.seller;
    const parsed = ProgrammeSettings.safeParse({ ...PROGRAMME_DEFAULTS, ...stored, ...(seller ? { seller } : {}) });
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

    async update(actor: SessionUser, input: ProgrammeSettings) {
      for (const [category, pattern] of Object.entries(input.serialPatterns)) {
        try {
          new RegExp(pattern ?? '');
        } catch {
          throw new AppError('validation_failed', { [`serialPatterns.${category}`]: 'field.invalid' });
        }
      }
      const next = { ...input, seller: sellerAccount(input.seller) };
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
