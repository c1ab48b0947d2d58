import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.js';

/**
 * Tier configuration, versioned: every change is a new row; the newest row of a code is current.
 * Orders point at the version they bought, so a price change applies to new purchases only.
 */
export const tierVersions = pgTable(
  'tier_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    category: text('category', { enum: ['individual', 'corporate'] }).notNull(),
    minPoints: integer('min_points').notNull(),
    /** Yearly price per currency in minor units, e.g. { "EUR": 10000 }. */
    prices: jsonb('prices').$type<Record<string, number>>().notNull(),
    names: jsonb('names').$type<{ nl: string; en: string }>().notNull(),
    benefits: jsonb('benefits').$type<{ nl: string[]; en: string[] }>().notNull(),
    rank: integer('rank').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('tier_versions_code_version_key').on(t.code, t.version)],
);

/** Membership numbers come from a sequence: unique and never reused. */
export const membershipNumberSeq = pgSequence('membership_number_seq', { startWith: 10000001 });

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind', { enum: ['new', 'renewal', 'upgrade'] }).notNull(),
    tierVersionId: uuid('tier_version_id')
      .notNull()
      .references(() => tierVersions.id),
    tierCode: text('tier_code').notNull(),
    currency: text('currency').notNull(),
    netMinor: bigint('net_minor', { mode: 'number' }).notNull(),
    vatRateBasisPoints: integer('vat_rate_bp').notNull(),
    vatMinor: bigint('vat_minor', { mode: 'number' }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    vatTreatment: text('vat_treatment', { enum: ['domestic', 'reverse_charge', 'outside_scope'] }).notNull(),
    buyerCountry: text('buyer_country').notNull(),
    buyerVatNumber: text('buyer_vat_number'),
    paymentMethod: text('payment_method', { enum: ['card', 'bank_transfer', 'sepa_debit'] }).notNull(),
    sepaIban: text('sepa_iban'),
    sepaAccountHolder: text('sepa_account_holder'),
    sepaMandateReference: text('sepa_mandate_reference'),
    sepaMandateSignedAt: timestamp('sepa_mandate_signed_at', { withTimezone: true }),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }).notNull(),
    /** The date by which the invoice must be paid (issue date + the programme's payment term). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    membershipId: uuid('membership_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_idempotency_key').on(t.organisationId, t.idempotencyKey),
    index('orders_unpaid_idx').on(t.dueOn).where(sql`${t.paidAt} is null`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    membershipNumber: text('membership_number').notNull(),
    previousMembershipNumber: text('previous_membership_number'),
    tierCode: text('tier_code').notNull(),
    tierVersionId: uuid('tier_version_id')
      .notNull()
      .references(() => tierVersions.id),
    status: text('status', { enum: ['active', 'suspended', 'expired', 'cancelled'] }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_number_key').on(t.membershipNumber),
    // At most one current membership per organisation.
    uniqueIndex('memberships_current_key').on(t.organisationId).where(sql`${t.status} in ('active', 'suspended')`),
    index('memberships_ends_on_idx').on(t.endsOn),
  ],
);

/** Append-only: every change of status or tier (from, to, why, who). */
export const membershipEvents = pgTable(
  'membership_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    fromTier: text('from_tier'),
    toTier: text('to_tier'),
    reason: text('reason').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('membership_events_membership_idx').on(t.membershipId, t.seq)],
);

/** Reminders and notices sent for a membership, once each (e.g. 60 and 14 days before expiry). */
export const membershipNotices = pgTable(
  'membership_notices',
  {
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    /** e.g. "expiry-60:2027-11-24" — the end date is part of it, so a renewed term is reminded again. */
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('membership_notices_key').on(t.membershipId, t.key)],
);
