import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { schema } from '../../platform/db/index.js';

const { vatChecks } = schema;
export type VatCheckRow = typeof vatChecks.$inferSelect;
export type NewVatCheck = typeof vatChecks.$inferInsert;

export const vatChecksRepository = {
  async onDay(db: DbOrTx, vatNumber: string, day: string): Promise<VatCheckRow | undefined> {
    const [row] = await db
      .select()
      .from(vatChecks)
      .where(and(eq(vatChecks.vatNumber, vatNumber), eq(vatChecks.checkedOn, day)));
    return row;
  },

  async latest(db: DbOrTx, vatNumber: string): Promise<VatCheckRow | undefined> {
    const [row] = await db
      .select()
      .from(vatChecks)
      .where(eq(vatChecks.vatNumber, vatNumber))
      .orderBy(desc(vatChecks.checkedOn))
      .limit(1);
    return row;
  },

  /** The day's answer for the number, replacing an earlier one of the same day. */
  async save(db: DbOrTx, row: NewVatCheck): Promise<VatCheckRow> {
    const { vatNumber, checkedOn, ...answer } = row;
    const [saved] = await db
      .insert(vatChecks)
      .values(row)
      .onConflictDoUpdate({ target: [vatChecks.vatNumber, vatChecks.checkedOn], set: answer })
      .returning();
    return saved!;
  },

  /** Numbers whose newest answer (since `since`) was "unavailable, ask again later". */
  async waitingForRegistry(db: DbOrTx, since: string, limit: number): Promise<string[]> {
    const rows = await db
      .selectDistinctOn([vatChecks.vatNumber], { vatNumber: vatChecks.vatNumber, retryLater: vatChecks.retryLater })
      .from(vatChecks)
      .where(gte(vatChecks.checkedOn, since))
      .orderBy(vatChecks.vatNumber, desc(vatChecks.checkedOn), desc(sql`${vatChecks.checkedAt}`))
      .limit(limit * 4);
    return rows
      .filter((r) => r.retryLater)
      .slice(0, limit)
      .map((r) => r.vatNumber);
  },
};
