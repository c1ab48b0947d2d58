import { and, count, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Locale } from '../../../contracts/common.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { sessions, users, organisations, loginFailures, twoStepSecrets } = schema;

export const authRepository = {
  async findUserByEmail(db: DbOrTx, email: string) {
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.email, email), isNull(users.removedAt)));
    return row;
  },

  /** The user's organisation's name (empty for staff): one of the words a password must not lean on. */
  async organisationName(db: DbOrTx, organisationId: string | null) {
    if (!organisationId) return '';
    const [row] = await db
      .select({ name: schema.organisations.legalName })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, organisationId));
    return row?.name ?? '';
  },

  async findUserById(db: DbOrTx, id: string, lock = false) {
    const query = db
      .select()
      .from(users)
      .where(and(eq(users.id, id), isNull(users.removedAt)));
    const [row] = lock ? await query.for('update') : await query;
    return row;
  },

  async findSessionUser(db: DbOrTx, sessionId: string, now: Date) {
    const [row] = await db
      .select({
        expiresAt: sessions.expiresAt,
        id: users.id,
        email: users.email,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
        locale: users.locale,
        organisationId: users.organisationId,
        organisationName: organisations.legalName,
        twoStepOn: sql<boolean>`${twoStepSecrets.confirmedAt} is not null`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .leftJoin(twoStepSecrets, eq(twoStepSecrets.userId, users.id))
      .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), isNull(users.removedAt)));
    return row;
  },

  insertSession: (db: DbOrTx, values: typeof sessions.$inferInsert) => db.insert(sessions).values(values),
  extendSession: (db: DbOrTx, id: string, expiresAt: Date) =>
    db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)),
  deleteSession: (db: DbOrTx, id: string) => db.delete(sessions).where(eq(sessions.id, id)),
  deleteUserSessions: (db: DbOrTx, userId: string) => db.delete(sessions).where(eq(sessions.userId, userId)),
  /** Ends the user's sessions except `keepId`; answers how many ended. */
  async deleteOtherSessions(db: DbOrTx, userId: string, keepId: string) {
    const rows = await db
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, keepId)))
      .returning({ id: sessions.id });
    return rows.length;
  },
  deleteExpiredSessions: (db: DbOrTx, now: Date) => db.delete(sessions).where(lt(sessions.expiresAt, now)),

  setPassword: (db: DbOrTx, userId: string, passwordHash: string, at: Date) =>
    db.update(users).set({ passwordHash, passwordChangedAt: at }).where(eq(users.id, userId)),
  setLocale: (db: DbOrTx, userId: string, locale: Locale) =>
    db.update(users).set({ locale }).where(eq(users.id, userId)),

  recordLoginFailure: (db: DbOrTx, email: string, ip: string | null, at: Date) =>
    db.insert(loginFailures).values({ email, ip, at }),
  async countLoginFailures(db: DbOrTx, email: string, since: Date) {
    const [row] = await db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)));
    return Number(row?.n ?? 0);
  },
  clearLoginFailures: (db: DbOrTx, email: string) => db.delete(loginFailures).where(eq(loginFailures.email, email)),
};
