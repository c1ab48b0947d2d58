import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LOCALES } from '../../../../contracts/common.js';
import { organisations, users } from './identity.js';

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    /** Null for the contact form (people who cannot log in). */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdBy: uuid('created_by').references(() => users.id),
    contactName: text('contact_name'),
    contactEmail: text('contact_email').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    category: text('category', {
      enum: ['registration', 'migration', 'points', 'membership', 'payment', 'other'],
    }).notNull(),
    subject: text('subject').notNull(),
    status: text('status', { enum: ['open', 'waiting_for_customer', 'resolved'] })
      .notNull()
      .default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tickets_reference_key').on(t.reference),
    uniqueIndex('tickets_idempotency_key').on(t.idempotencyKey),
    index('tickets_organisation_idx').on(t.organisationId, t.createdAt),
    index('tickets_open_idx').on(t.firstResponseDueAt).where(sql`${t.status} <> 'resolved'`),
  ],
);

export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorKind: text('author_kind', { enum: ['customer', 'staff', 'contact'] }).notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ticket_messages_ticket_idx').on(t.ticketId, t.seq)],
);

export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    messageId: uuid('message_id')
      .notNull()
      .references(() => ticketMessages.id),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull(),
  },
  (t) => [index('ticket_attachments_ticket_idx').on(t.ticketId)],
);

/** FAQ articles; the same article in each language shares a key. */
export const faqArticles = pgTable(
  'faq_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    category: text('category', {
      enum: ['business_account', 'migration', 'points', 'tiers', 'payment', 'membership_number'],
    }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    position: integer('position').notNull().default(0),
    published: boolean('published').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('faq_articles_key_locale').on(t.key, t.locale),
    index('faq_articles_search_en')
      .using('gin', sql`to_tsvector('english', ${t.title} || ' ' || ${t.body})`)
      .where(sql`${t.locale} = 'en'`),
    index('faq_articles_search_nl')
      .using('gin', sql`to_tsvector('dutch', ${t.title} || ' ' || ${t.body})`)
      .where(sql`${t.locale} = 'nl'`),
  ],
);
