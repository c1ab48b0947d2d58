import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { twoStepSecrets, twoStepRecoveryCodes, loginChallenges } = schema;

export const twoStepRepository = {
  async secret(db: DbOrTx, userId: string, lock = false) {
    const query = db.select().from(twoStepSecrets).where(eq(twoStepSecrets.userId, userId));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },

  /** A new secret not yet confirmed (replacing an unconfirmed one; a confirmed one stays). */
  async putPendingSecret(db: DbOrTx, userId: string, secret: string, at: Date) {
    const rows = await db
      .insert(twoStepSecrets)
      .values({ userId, secret, createdAt: at })
      .onConflictDoUpdate({
        target: twoStepSecrets.userId,
        set: { secret, createdAt: at, lastStep: null },
        setWhere: isNull(twoStepSecrets.confirmedAt),
      })
      .returning({ userId: twoStepSecrets.userId });
    return rows.length === 1;
  },

  confirm: (db: DbOrTx, userId: string, step: number, at: Date) =>
    db.update(twoStepSecrets).set({ confirmedAt: at, lastStep: step }).where(eq(twoStepSecrets.userId, userId)),
  setLastStep: (db: DbOrTx, userId: string, step: number) =>
    db.update(twoStepSecrets).set({ lastStep: step }).where(eq(twoStepSecrets.userId, userId)),

  async replaceRecoveryCodes(db: DbOrTx, userId: string, hashes: string[]) {
    await db.delete(twoStepRecoveryCodes).where(eq(twoStepRecoveryCodes.userId, userId));
    await db.insert(twoStepRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
  },

  /** Uses a recovery code once: true when it was unused. */
  async spendRecoveryCode(db: DbOrTx, userId: string, codeHash: string, at: Date) {
    const rows = await db
      .update(twoStepRecoveryCodes)
      .set({ usedAt: at })
      .where(
        and(
          eq(twoStepRecoveryCodes.userId, userId),
          eq(twoStepRecoveryCodes.codeHash, codeHash),
          isNull(twoStepRecoveryCodes.usedAt),
        ),
      )
      .returning({ id: twoStepRecoveryCodes.id });
    return rows.length === 1;
  },

  async remove(db: DbOrTx, userId: string) {
    await db.delete(loginChallenges).where(eq(loginChallenges.userId, userId));
    await db.delete(twoStepRecoveryCodes).where(eq(twoStepRecoveryCodes.userId, userId));
    await db.delete(twoStepSecrets).where(eq(twoStepSecrets.userId, userId));
  },

  insertChallenge: (db: DbOrTx, values: typeof loginChallenges.$inferInsert) =>
    db.insert(loginChallenges).values(values),

  /** A live challenge (not expired, codes left), locked for this attempt. */
  async liveChallenge(db: DbOrTx, id: string, now: Date, maxAttempts: number) {
    const [row] = await db
      .select()
      .from(loginChallenges)
      .where(
        and(eq(loginChallenges.id, id), gt(loginChallenges.expiresAt, now), lt(loginChallenges.attempts, maxAttempts)),
      )
      .for('update');
    return row;
  },
  countAttempt: (db: DbOrTx, id: string) =>
    db
      .update(loginChallenges)
      .set({ attempts: sql`${loginChallenges.attempts} + 1` })
      .where(eq(loginChallenges.id, id)),
  deleteChallenge: (db: DbOrTx, id: string) => db.delete(loginChallenges).where(eq(loginChallenges.id, id)),
  deleteExpiredChallenges: (db: DbOrTx, now: Date) =>
    db.delete(loginChallenges).where(lt(loginChallenges.expiresAt, now)),
};
