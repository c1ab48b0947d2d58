import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Answers of the VAT registry (EU VIES), one per number and day: the day's answer is reused (VIES asks
 * callers not to repeat a check), an "unavailable" is replaced by the next answer. Kept as proof of
 * the check (the consultation number) for reverse-charge invoices and validators' decisions.
 */
export const vatChecks = pgTable(
  'vat_checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Compact, with its country prefix (NL004495445B01). */
    vatNumber: text('vat_number').notNull(),
    checkedOn: date('checked_on').notNull(),
    outcome: text('outcome', { enum: ['valid', 'invalid', 'unavailable', 'no_registry'] }).notNull(),
    registry: text('registry'),
    standIn: boolean('stand_in').notNull().default(false),
    name: text('name'),
    address: text('address'),
    consultationNumber: text('consultation_number'),
    /** VIES's error code when it gave no verdict. */
    reason: text('reason'),
    retryLater: boolean('retry_later').notNull().default(false),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('vat_checks_number_day_key').on(t.vatNumber, t.checkedOn),
    // The re-check job looks only at the answers that may change.
    index('vat_checks_retry_idx').on(t.checkedOn).where(sql`retry_later`),
  ],
);
