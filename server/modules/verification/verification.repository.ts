import { and, asc, eq, gt, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { applications, applicationDocuments, applicationEvents, applicationEvidence, users } = schema;
export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type ApplicationStatus = ApplicationRow['status'];
export const OPEN_STATUSES: ApplicationStatus[] = ['received', 'in_review', 'more_info_needed'];

export type QueueFilter = {
  statuses: ApplicationStatus[];
  country?: string;
  overdueAt?: Date;
  assigneeId?: string | null;
  /** Only cases whose evidence signals are all green. */
  clean?: boolean;
  /** Clean cases first, then by due time; `after.clean` continues such a page. */
  cleanFirst?: boolean;
  after?: { due: Date | null; id: string; clean?: boolean };
  limit: number;
};

export const verificationRepository = {
  async findByIdempotencyKey(db: DbOrTx, key: string) {
    const [row] = await db.select().from(applications).where(eq(applications.idempotencyKey, key));
    return row;
  },

  async findById(db: DbOrTx, id: string, forUpdate = false) {
    const query = db.select().from(applications).where(eq(applications.id, id));
    const [row] = forUpdate ? await query.for('update') : await query;
    return row;
  },

  async insertApplication(db: DbOrTx, values: NewApplication) {
    const [row] = await db.insert(applications).values(values).onConflictDoNothing().returning();
    return row;
  },

  async updateApplication(db: DbOrTx, id: string, values: Partial<NewApplication>) {
    const [row] = await db.update(applications).set(values).where(eq(applications.id, id)).returning();
    return row!;
  },

  insertDocuments: (db: DbOrTx, rows: (typeof applicationDocuments.$inferInsert)[]) =>
    db.insert(applicationDocuments).values(rows).returning(),

  listDocuments: (db: DbOrTx, applicationId: string) =>
    db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.applicationId, applicationId))
      .orderBy(asc(applicationDocuments.round), asc(applicationDocuments.uploadedAt)),

  async findDocument(db: DbOrTx, applicationId: string, documentId: string) {
    const [row] = await db
      .select()
      .from(applicationDocuments)
      .where(and(eq(applicationDocuments.applicationId, applicationId), eq(applicationDocuments.id, documentId)));
    return row;
  },

  appendEvent: (db: DbOrTx, values: typeof applicationEvents.$inferInsert) =>
    db.insert(applicationEvents).values(values),

  listEvents: (db: DbOrTx, applicationId: string) =>
    db
      .select({ event: applicationEvents, actorFirst: users.firstName, actorLast: users.lastName })
      .from(applicationEvents)
      .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
      .where(eq(applicationEvents.applicationId, applicationId))
      .orderBy(asc(applicationEvents.seq)),

  /** Open applications with the same contact e-mail or VAT number. */
  async findOpenDuplicates(db: DbOrTx, email: string, vatNumber: string | undefined) {
    const match = vatNumber
      ? or(eq(applications.contactEmail, email), eq(applications.vatNumber, vatNumber))
      : eq(applications.contactEmail, email);
    return db
      .select()
      .from(applications)
      .where(and(inArray(applications.status, OPEN_STATUSES), match));
  },

  /** Duplicate signals for the case page: other applications sharing the VAT number, e-mail or old CPS e-mail. */
  async findRelated(db: DbOrTx, row: ApplicationRow) {
    const conditions: SQL[] = [eq(applications.contactEmail, row.contactEmail)];
    if (row.vatNumber) conditions.push(eq(applications.vatNumber, row.vatNumber));
    if (row.legacyEmail) conditions.push(eq(applications.legacyEmail, row.legacyEmail));
    return db
      .select({
        reference: applications.reference,
        contactEmail: applications.contactEmail,
        vatNumber: applications.vatNumber,
        legacyEmail: applications.legacyEmail,
      })
      .from(applications)
      .where(and(ne(applications.id, row.id), or(...conditions)))
      .limit(20);
  },

  async findOpenByContactEmail(db: DbOrTx, email: string) {
    const [row] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.contactEmail, email), inArray(applications.status, OPEN_STATUSES)))
      .limit(1);
    return row;
  },

  /** The validation queue, by SLA due time (keyset pagination on due time and id). */
  async queue(db: DbOrTx, f: QueueFilter) {
    const assignee = alias(users, 'assignee');
    const conditions: SQL[] = [inArray(applications.status, f.statuses)];
    if (f.country) conditions.push(eq(applications.country, f.country));
    if (f.overdueAt) conditions.push(lt(applications.slaDueAt, f.overdueAt));
    if (f.assigneeId === null) conditions.push(isNull(applications.assigneeId));
    else if (f.assigneeId) conditions.push(eq(applications.assigneeId, f.assigneeId));
    const clean = sql<boolean>`coalesce(${applicationEvidence.clean}, false)`;
    if (f.clean) conditions.push(eq(applicationEvidence.clean, true));
    if (f.after) {
      const afterDue = f.after.due
        ? or(
            gt(applications.slaDueAt, f.after.due),
            and(eq(applications.slaDueAt, f.after.due), gt(applications.id, f.after.id)),
            isNull(applications.slaDueAt),
          )!
        : and(isNull(applications.slaDueAt), gt(applications.id, f.after.id))!;
      // Clean first: past the last page's clean cases, every case that is not clean follows.
      conditions.push(
        f.cleanFirst && f.after.clean !== undefined
          ? f.after.clean
            ? or(sql`not ${clean}`, and(clean, afterDue))!
            : and(sql`not ${clean}`, afterDue)!
          : afterDue,
      );
    }
    return db
      .select({
        id: applications.id,
        reference: applications.reference,
        legalName: applications.legalName,
        country: applications.country,
        status: applications.status,
        submittedAt: applications.submittedAt,
        slaDueAt: applications.slaDueAt,
        assigneeId: applications.assigneeId,
        assigneeFirst: assignee.firstName,
        assigneeLast: assignee.lastName,
        clean,
      })
      .from(applications)
      .leftJoin(assignee, eq(assignee.id, applications.assigneeId))
      .leftJoin(applicationEvidence, eq(applicationEvidence.applicationId, applications.id))
      .where(and(...conditions))
      .orderBy(
        ...(f.cleanFirst ? [sql`${clean} desc`] : []),
        sql`${applications.slaDueAt} asc nulls last`,
        asc(applications.id),
      )
      .limit(f.limit);
  },
};
