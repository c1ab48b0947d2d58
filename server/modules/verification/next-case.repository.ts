import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type DbOrTx, schema } from '../../platform/db/index.js';

const { applications, applicationEvidence } = schema;

export const nextCaseRepository = {
  /**
   * The first unassigned case waiting for a decision, in the queue's order (clean cases first, then by
   * SLA due time), locked for the caller's transaction. `skip locked`: two validators asking for the
   * next case at the same moment each get a different one instead of waiting for the other's.
   */
  async firstUnassigned(tx: DbOrTx, onlyClean: boolean) {
    const clean = sql<boolean>`coalesce(${applicationEvidence.clean}, false)`;
    const conditions = [inArray(applications.status, ['received', 'in_review']), isNull(applications.assigneeId)];
    if (onlyClean) conditions.push(eq(applicationEvidence.clean, true));
    const [row] = await tx
      .select({ id: applications.id, status: applications.status })
      .from(applications)
      .leftJoin(applicationEvidence, eq(applicationEvidence.applicationId, applications.id))
      .where(and(...conditions))
      .orderBy(sql`${clean} desc`, sql`${applications.slaDueAt} asc nulls last`, asc(applications.id))
      .limit(1)
      .for('update', { of: applications, skipLocked: true });
    return row;
  },
};
