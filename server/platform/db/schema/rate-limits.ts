import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Rate-limit counters shared by every instance on the database: one row per limiter and client
 * (`id`: the route's limit and the client's address, or whatever the route counts by), the
 * requests counted in the current window and when that window ends. Expired rows are restarted by
 * the next request and deleted by the hourly clean-up.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    id: text('id').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('rate_limit_counters_window_ends_at_idx').on(t.windowEndsAt)],
);
