import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES } from '../../../../contracts/common.js';
import { users } from './identity.js';

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    idempotencyKey: uuid('idempotency_key').notNull(),
    status: text('status', { enum: ['received', 'in_review', 'more_info_needed', 'approved', 'rejected'] }).notNull(),
    source: text('source'),
    locale: text('locale', { enum: LOCALES }).notNull(),
    legalName: text('legal_name').notNull(),
    tradingName: text('trading_name'),
    country: text('country').notNull(),
    street: text('street').notNull(),
    houseNumber: text('house_number').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    phone: text('phone').notNull(),
    vatRegistered: boolean('vat_registered').notNull(),
    vatNumber: text('vat_number'),
    vatFormatValid: boolean('vat_format_valid'),
    tradeRegisterNumber: text('trade_register_number'),
    /** The Peppol participant id given on the form (null: derived from the VAT or register number at approval). */
    electronicAddress: text('electronic_address'),
    legacyEmail: text('legacy_email'),
    contactFirstName: text('contact_first_name').notNull(),
    contactLastName: text('contact_last_name').notNull(),
    contactEmail: text('contact_email').notNull(),
    declarationAt: timestamp('declaration_at', { withTimezone: true }).notNull(),
    declarationIp: text('declaration_ip').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** Start of the current SLA clock: submission, or the latest re-upload after "more information". */
    slaStartAt: timestamp('sla_start_at', { withTimezone: true }).notNull(),
    slaDueAt: timestamp('sla_due_at', { withTimezone: true }),
    requestedDocuments: jsonb('requested_documents').$type<string[]>().notNull().default([]),
    decisionMessage: text('decision_message'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_reference_key').on(t.reference),
    uniqueIndex('applications_idempotency_key').on(t.idempotencyKey),
    index('applications_status_idx').on(t.status, t.slaDueAt),
    // The validation queue: open cases by SLA due time.
    index('applications_open_queue_idx').on(t.slaDueAt, t.id).where(sql`${t.status} in ('received', 'in_review')`),
    index('applications_contact_email_idx').on(t.contactEmail),
    // The dashboard's applications per day.
    index('applications_submitted_idx').on(t.submittedAt),
    index('applications_vat_number_idx').on(t.vatNumber),
    index('applications_legacy_email_idx').on(t.legacyEmail),
  ],
);

export const applicationDocuments = pgTable(
  'application_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    kind: text('kind').notNull(),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    originalName: text('original_name').notNull(),
    /** Upload round: 0 at registration, +1 for every "more information" re-upload. */
    round: integer('round').notNull().default(0),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the retention job deleted the file (DOCUMENT_RETENTION_DAYS after the decision); the row stays as the record. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('application_documents_application_idx').on(t.applicationId)],
);

/** Append-only status history and decisions of an application. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order: several events can share one timestamp. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('application_events_application_idx').on(t.applicationId, t.seq)],
);
