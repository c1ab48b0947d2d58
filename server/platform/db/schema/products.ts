import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.js';

/** Programme configuration (invitation threshold, tier thresholds, serial patterns), editable by admins. */
export const programmeSettings = pgTable('programme_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
});

export const catalogueModels = pgTable(
  'catalogue_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    modelCode: text('model_code').notNull(),
    name: text('name').notNull(),
    category: text('category', {
      enum: [
        'camera_body',
        'lens',
        'video',
        'printer',
        'projector',
        'scanner',
        'binoculars',
        'accessory',
        'consumable',
      ],
    }).notNull(),
    points: integer('points').notNull(),
    active: boolean('active').notNull().default(true),
    /** The last day the manufacturer supports the model; from then on its products' points are removed. */
    endOfSupportOn: date('end_of_support_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('catalogue_models_code_key').on(t.modelCode), index('catalogue_models_name_idx').on(t.name)],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    modelId: uuid('model_id').references(() => catalogueModels.id),
    /** A legacy model name that could not be mapped to the catalogue (the product is then incomplete). */
    legacyModelName: text('legacy_model_name'),
    serialNumber: text('serial_number'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    purchaseCountry: text('purchase_country'),
    dealer: text('dealer'),
    source: text('source', { enum: ['registered', 'migrated'] }).notNull(),
    status: text('status', { enum: ['active', 'removed', 'sold', 'transferred'] })
      .notNull()
      .default('active'),
    /** The model's point value when the product was registered: later catalogue changes are not retroactive. */
    points: integer('points').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The client's key for the batch that registered it (a retried batch creates nothing new). */
    requestKey: text('request_key'),
  },
  (t) => [
    // My products pages newest first (created_at desc, id desc) straight from this index.
    index('products_organisation_idx').on(t.organisationId, t.createdAt, t.id),
    // One model + serial number can be active in one organisation only.
    uniqueIndex('products_active_serial_key')
      .on(t.modelId, t.serialNumber)
      .where(sql`${t.status} = 'active' and ${t.serialNumber} is not null and ${t.modelId} is not null`),
    uniqueIndex('products_request_key').on(t.organisationId, t.requestKey),
  ],
);

/** Append-only history of a product registration. */
export const productEvents = pgTable(
  'product_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('product_events_product_idx').on(t.productId, t.seq)],
);

/** Attempts to register a model + serial number that is active in another organisation; staff look at these. */
export const serialConflicts = pgTable(
  'serial_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => catalogueModels.id),
    serialNumber: text('serial_number').notNull(),
    existingProductId: uuid('existing_product_id')
      .notNull()
      .references(() => products.id),
    attemptedByOrganisationId: uuid('attempted_by_organisation_id')
      .notNull()
      .references(() => organisations.id),
    attemptedByUserId: uuid('attempted_by_user_id').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('serial_conflicts_open_idx').on(t.at).where(sql`${t.resolvedAt} is null`)],
);

/**
 * The points ledger: append-only; the balance and every summary derive from it. Corrections are
 * compensating entries. The idempotency key makes an award or a revocation happen once.
 */
export const pointsLedger = pgTable(
  'points_ledger',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    productId: uuid('product_id').references(() => products.id),
    delta: integer('delta').notNull(),
    reason: text('reason', {
      enum: [
        'product_completed',
        'product_removed',
        'product_sold',
        'product_transferred',
        'end_of_support',
        'correction',
      ],
    }).notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [
    uniqueIndex('points_ledger_idempotency_key').on(t.idempotencyKey),
    index('points_ledger_organisation_idx').on(t.organisationId),
    // The dashboard's points per week: a range of `at`, the sums read from the index alone.
    index('points_ledger_at_idx').on(t.at, t.delta),
  ],
);

/**
 * The dashboard's points per day: the ledger summed per completed local day in `time_zone` (the
 * programme's), filled by the daily run for days without a row. A day's row is its own watermark:
 * the chart reads the rows it finds and sums the ledger live for every day without one (today, or
 * all days on a fresh install), so a missed run only costs time, never exactness. A ledger entry
 * written into a day that already has a row deletes that row (trigger `points_ledger_unroll`, in
 * the migration), so a late or backdated entry is counted live until the next run rolls it up again.
 */
export const pointsDaily = pgTable(
  'points_daily',
  {
    timeZone: text('time_zone').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    awarded: bigint('awarded', { mode: 'number' }).notNull(),
    revoked: bigint('revoked', { mode: 'number' }).notNull(),
    rolledAt: timestamp('rolled_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Day first: the trigger finds a day's rows (any time zone) by the day alone.
  (t) => [primaryKey({ columns: [t.day, t.timeZone] })],
);

/** The advance notice of a model's end of support, claimed once per organisation, model and date. */
export const endOfSupportNotices = pgTable(
  'end_of_support_notices',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    modelId: uuid('model_id')
      .notNull()
      .references(() => catalogueModels.id),
    endOfSupportOn: date('end_of_support_on', { mode: 'string' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.modelId, t.endOfSupportOn] })],
);

/** The invitation to join CPS, sent once when an organisation first reaches the threshold. */
export const cpsInvitations = pgTable('cps_invitations', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
  balance: integer('balance').notNull(),
});
