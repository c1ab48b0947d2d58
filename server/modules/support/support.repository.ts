import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/index.js';
import { likePattern, schema } from '../../platform/db/index.js';
import { type Locale, TEXT_SEARCH_CONFIG } from '../../platform/i18n/index.js';

const { tickets, ticketMessages, ticketAttachments, faqArticles, organisations, users, memberships } = schema;
export type TicketRow = typeof tickets.$inferSelect;

/** Corporate and Platinum first, then Gold, Silver, no membership. */
const tierRank = sql<number>`case ${memberships.tierCode} when 'corporate' then 0 when 'platinum' then 1 when 'gold' then 2 when 'silver' then 3 else 4 end`;

const summaryColumns = {
  ticket: tickets,
  organisationName: organisations.legalName,
  tier: memberships.tierCode,
  assigneeFirst: users.firstName,
  assigneeLast: users.lastName,
};

function summaries(db: DbOrTx) {
  return db
    .select(summaryColumns)
    .from(tickets)
    .leftJoin(organisations, eq(organisations.id, tickets.organisationId))
    .leftJoin(
      memberships,
      and(eq(memberships.organisationId, tickets.organisationId), inArray(memberships.status, ['active', 'suspended'])),
    )
    .leftJoin(users, eq(users.id, tickets.assigneeId));
}
export type TicketSummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

export const supportRepository = {
  insertTicket: async (db: DbOrTx, values: typeof tickets.$inferInsert) =>
    (await db.insert(tickets).values(values).onConflictDoNothing({ target: tickets.idempotencyKey }).returning())[0],
  async ticketByKey(db: DbOrTx, key: string) {
    const [row] = await db.select().from(tickets).where(eq(tickets.idempotencyKey, key));
    return row;
  },
  updateTicket: (db: DbOrTx, id: string, values: Partial<typeof tickets.$inferInsert>) =>
    db.update(tickets).set(values).where(eq(tickets.id, id)),

  async ticket(db: DbOrTx, id: string) {
    const [row] = await summaries(db).where(eq(tickets.id, id));
    return row;
  },
  forOrganisation: (db: DbOrTx, organisationId: string) =>
    summaries(db).where(eq(tickets.organisationId, organisationId)).orderBy(desc(tickets.updatedAt)).limit(200),

  /** The staff queue: by membership tier (Corporate and Platinum first), then by first-response due time. */
  queue: (db: DbOrTx, statuses: TicketRow['status'][], limit: number) =>
    summaries(db)
      .where(inArray(tickets.status, statuses))
      .orderBy(tierRank, asc(tickets.firstResponseDueAt), asc(tickets.createdAt))
      .limit(limit),

  insertMessage: async (db: DbOrTx, values: typeof ticketMessages.$inferInsert) =>
    (await db.insert(ticketMessages).values(values).returning())[0]!,
  insertAttachments: (db: DbOrTx, rows: (typeof ticketAttachments.$inferInsert)[]) =>
    rows.length ? db.insert(ticketAttachments).values(rows) : Promise.resolve(),
  messages: (db: DbOrTx, ticketId: string) =>
    db
      .select({ message: ticketMessages, authorFirst: users.firstName, authorLast: users.lastName })
      .from(ticketMessages)
      .leftJoin(users, eq(users.id, ticketMessages.authorUserId))
      .where(eq(ticketMessages.ticketId, ticketId))
      .orderBy(asc(ticketMessages.seq)),
  attachments: (db: DbOrTx, ticketId: string) =>
    db.select().from(ticketAttachments).where(eq(ticketAttachments.ticketId, ticketId)),
  async attachment(db: DbOrTx, ticketId: string, id: string) {
    const [row] = await db
      .select()
      .from(ticketAttachments)
      .where(and(eq(ticketAttachments.ticketId, ticketId), eq(ticketAttachments.id, id)));
    return row;
  },
  staffEmails: (db: DbOrTx) =>
    db
      .select({ email: users.email, locale: users.locale })
      .from(users)
      .where(and(eq(users.role, 'support'), sql`${users.removedAt} is null`, ne(users.passwordHash, ''))),
  async user(db: DbOrTx, id: string) {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },

  faqSearch(db: DbOrTx, filter: { locale: Locale; q?: string; category?: string; includeUnpublished?: boolean }) {
    const config = TEXT_SEARCH_CONFIG[filter.locale];
    const conditions = [eq(faqArticles.locale, filter.locale)];
    if (!filter.includeUnpublished) conditions.push(eq(faqArticles.published, true));
    if (filter.category) conditions.push(eq(faqArticles.category, filter.category as never));
    if (!filter.q) {
      return db
        .select()
        .from(faqArticles)
        .where(and(...conditions))
        .orderBy(asc(faqArticles.category), asc(faqArticles.position));
    }
    // Any of the words (stemmed per language), best matches first; a title containing the text also counts.
    const words = filter.q.split(/\s+/).filter(Boolean).slice(0, 12).join(' or ');
    const document = sql`to_tsvector(${sql.raw(`'${config}'`)}, ${faqArticles.title} || ' ' || ${faqArticles.body})`;
    const query = sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${words})`;
    const like = likePattern(filter.q);
    return db
      .select()
      .from(faqArticles)
      .where(and(...conditions, sql`(${document} @@ ${query} or ${faqArticles.title} ilike ${like})`))
      .orderBy(desc(sql`ts_rank_cd(${document}, ${query})`), asc(faqArticles.position))
      .limit(20);
  },
  async faq(db: DbOrTx, id: string) {
    const [row] = await db.select().from(faqArticles).where(eq(faqArticles.id, id));
    return row;
  },
  async faqByKey(db: DbOrTx, key: string, locale: Locale) {
    const [row] = await db
      .select()
      .from(faqArticles)
      .where(and(eq(faqArticles.key, key), eq(faqArticles.locale, locale), eq(faqArticles.published, true)));
    return row;
  },
  insertFaq: (db: DbOrTx, rows: (typeof faqArticles.$inferInsert)[]) =>
    db.insert(faqArticles).values(rows).onConflictDoNothing(),
  upsertFaq: async (db: DbOrTx, values: typeof faqArticles.$inferInsert) =>
    (
      await db
        .insert(faqArticles)
        .values(values)
        .onConflictDoUpdate({ target: [faqArticles.key, faqArticles.locale], set: values })
        .returning()
    )[0]!,
  /** The languages that have at least one FAQ article (published or not). */
  async faqLocales(db: DbOrTx): Promise<Locale[]> {
    const rows = await db.selectDistinct({ locale: faqArticles.locale }).from(faqArticles);
    return rows.map((r) => r.locale as Locale);
  },
};
