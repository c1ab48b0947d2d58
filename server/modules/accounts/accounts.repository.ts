import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { users, organisations } = schema;
export type UserRow = typeof users.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type NewUser = typeof users.$inferInsert;

export const accountsRepository = {
  async findActiveUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
    const [row] = await db
      .select()
      .from(users)
      .where(and(eq(users.email, email), isNull(users.removedAt)));
    return row;
  },

  async findUser(db: DbOrTx, id: string) {
    const [row] = await db
      .select({ user: users, organisationName: organisations.legalName })
      .from(users)
      .leftJoin(organisations, eq(organisations.id, users.organisationId))
      .where(and(eq(users.id, id), isNull(users.removedAt)));
    return row;
  },

  async insertOrganisation(tx: DbOrTx, values: NewOrganisation) {
    const [row] = await tx.insert(organisations).values(values).returning();
    return row!;
  },

  async insertUser(tx: DbOrTx, values: NewUser) {
    const [row] = await tx.insert(users).values(values).returning();
    return row!;
  },

  async findOrganisationByVat(db: DbOrTx, vatNumber: string) {
    const [row] = await db.select().from(organisations).where(eq(organisations.vatNumber, vatNumber));
    return row;
  },

  async findOrganisationsByLegacyEmail(db: DbOrTx, legacyEmail: string) {
    return db.select().from(organisations).where(eq(organisations.legacyEmail, legacyEmail));
  },

  async listOrganisationUsers(db: DbOrTx, organisationId: string) {
    return db
      .select()
      .from(users)
      .where(and(eq(users.organisationId, organisationId), isNull(users.removedAt)))
      .orderBy(asc(users.lastName), asc(users.firstName));
  },

  async markRemoved(tx: DbOrTx, organisationId: string, userId: string, at: Date) {
    return tx
      .update(users)
      .set({ removedAt: at })
      .where(and(eq(users.id, userId), eq(users.organisationId, organisationId), isNull(users.removedAt)))
      .returning({ id: users.id });
  },

  /** Staff with whether their two-step verification is set up. */
  async listStaff(db: DbOrTx) {
    return db
      .select({
        id: users.id,
        email: users.email,
        firstName: users.firstName,
        lastName: users.lastName,
        role: users.role,
        passwordHash: users.passwordHash,
        twoStep: sql<boolean>`${schema.twoStepSecrets.confirmedAt} is not null`,
      })
      .from(users)
      .leftJoin(schema.twoStepSecrets, eq(schema.twoStepSecrets.userId, users.id))
      .where(and(inArray(users.role, ['validator', 'support', 'finance', 'admin']), isNull(users.removedAt)))
      .orderBy(asc(users.lastName), asc(users.firstName));
  },

  async markStaffRemoved(tx: DbOrTx, userId: string, at: Date) {
    return tx
      .update(users)
      .set({ removedAt: at })
      .where(and(eq(users.id, userId), isNull(users.organisationId), isNull(users.removedAt)))
      .returning({ id: users.id });
  },

  superusers: (db: DbOrTx, organisationId: string) =>
    db
      .select({ email: users.email, firstName: users.firstName, locale: users.locale })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.role, 'superuser'), isNull(users.removedAt))),

  superusersOf: (db: DbOrTx, organisationIds: string[]) =>
    organisationIds.length
      ? db
          .select({
            organisationId: users.organisationId,
            email: users.email,
            firstName: users.firstName,
            locale: users.locale,
          })
          .from(users)
          .where(
            and(inArray(users.organisationId, organisationIds), eq(users.role, 'superuser'), isNull(users.removedAt)),
          )
      : Promise.resolve([]),

  async organisationIdentifiers(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .select({
        country: organisations.country,
        vatNumber: organisations.vatNumber,
        tradeRegisterNumber: organisations.tradeRegisterNumber,
        electronicAddress: organisations.electronicAddress,
      })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    return row;
  },

  async setElectronicAddress(tx: DbOrTx, organisationId: string, electronicAddress: string | null) {
    await tx.update(organisations).set({ electronicAddress }).where(eq(organisations.id, organisationId));
  },

  async organisationName(db: DbOrTx, organisationId: string) {
    const [row] = await db
      .select({ name: organisations.legalName })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    return row?.name ?? '';
  },

  /**
   * Invitations of this organisation to addresses that already had an account elsewhere: kept as
   * their audit entries (no user row can exist for them), shown as pending until withdrawn.
   */
  async invitationsElsewhere(db: DbOrTx, organisationId: string) {
    const a = schema.auditLog;
    return db
      .select({ id: a.entityId, detail: a.detail })
      .from(a)
      .where(
        and(
          eq(a.action, 'colleague.invited_elsewhere'),
          sql`${a.detail}->>'organisationId' = ${organisationId}`,
          sql`not exists (select 1 from audit_log r where r.action = 'colleague.removed' and r.entity_id = ${a.entityId})`,
        ),
      );
  },

  /** Invitations a user sent within the last hour (database time), for the per-user limit. */
  async invitationsInLastHour(db: DbOrTx, actorUserId: string) {
    const a = schema.auditLog;
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(a)
      .where(
        and(
          eq(a.actorUserId, actorUserId),
          inArray(a.action, ['colleague.invited', 'colleague.invited_elsewhere']),
          sql`${a.at} > now() - interval '1 hour'`,
        ),
      );
    return Number(row?.n ?? 0);
  },

  /** Whether a mail of this template went to this address within the last day (database time). */
  async mailedWithinDay(db: DbOrTx, to: string, template: string) {
    const m = schema.mailOutbox;
    const [row] = await db
      .select({ id: m.id })
      .from(m)
      .where(and(eq(m.toAddress, to), eq(m.template, template), sql`${m.createdAt} > now() - interval '1 day'`))
      .limit(1);
    return Boolean(row);
  },

  async findAnyAdmin(db: DbOrTx) {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'admin'), isNull(users.removedAt)))
      .limit(1);
    return row;
  },
};
