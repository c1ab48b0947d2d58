import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.js';
import { products } from './products.js';

/** Accounts of the old CPS programme, imported by admins; keyed on the old programme's id. */
export const legacyAccounts = pgTable(
  'legacy_accounts',
  {
    legacyId: text('legacy_id').primaryKey(),
    email: text('email').notNull(),
    membershipNumber: text('membership_number'),
    tier: text('tier'),
    expiresOn: date('expires_on', { mode: 'string' }),
    importId: uuid('import_id'),
    /**
     * When the first of the account's old products was migrated (the earliest `migrated_at` of its
     * `legacy_products`), for the dashboard's migration progress. Kept by triggers on
     * `legacy_products` (in the migration) in the same statement as every write there, so imports,
     * migrations and any later writer keep it exact without reading old products per chart.
     */
    firstMigratedAt: timestamp('first_migrated_at', { withTimezone: true }),
  },
  (t) => [
    index('legacy_accounts_email_idx').on(t.email),
    index('legacy_accounts_first_migrated_idx').on(t.firstMigratedAt).where(sql`${t.firstMigratedAt} is not null`),
  ],
);

/** Products of the old programme; any field may be missing. Each row records where it went. */
export const legacyProducts = pgTable(
  'legacy_products',
  {
    legacyId: text('legacy_id').primaryKey(),
    legacyAccountId: text('legacy_account_id').notNull(),
    modelCode: text('model_code'),
    modelName: text('model_name'),
    serialNumber: text('serial_number'),
    purchaseDate: date('purchase_date', { mode: 'string' }),
    country: text('country'),
    dealer: text('dealer'),
    importId: uuid('import_id'),
    migratedProductId: uuid('migrated_product_id').references(() => products.id),
    migratedToOrganisationId: uuid('migrated_to_organisation_id').references(() => organisations.id),
    migrationOutcome: text('migration_outcome', { enum: ['migrated', 'serial_conflict'] }),
    migratedAt: timestamp('migrated_at', { withTimezone: true }),
  },
  (t) => [
    index('legacy_products_account_idx').on(t.legacyAccountId),
    index('legacy_products_pending_idx').on(t.legacyAccountId).where(sql`${t.migrationOutcome} is null`),
    // "Already migrated" of My products' migration state; only migrated rows are in it.
    index('legacy_products_migrated_to_idx')
      .on(t.migratedToOrganisationId)
      .where(sql`${t.migratedToOrganisationId} is not null`),
    // The dashboard's migration progress: each account's first migration, from migrated rows only.
    index('legacy_products_migrated_at_idx')
      .on(t.legacyAccountId, t.migratedAt)
      .where(sql`${t.migratedAt} is not null`),
  ],
);

/** One import run (back office or CLI): progress, checkpoint for resuming, and the problem report. */
export const legacyImports = pgTable('legacy_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind', { enum: ['accounts', 'products'] }).notNull(),
  fileName: text('file_name').notNull(),
  storageKey: text('storage_key'),
  status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
    .notNull()
    .default('queued'),
  totalBytes: bigint('total_bytes', { mode: 'number' }).notNull(),
  bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
  /** Data rows read and committed so far (the checkpoint a resumed run skips to). */
  rowsDone: integer('rows_done').notNull().default(0),
  rowsImported: integer('rows_imported').notNull().default(0),
  rowsUnchanged: integer('rows_unchanged').notNull().default(0),
  rowsRejected: integer('rows_rejected').notNull().default(0),
  problems: jsonb('problems').$type<{ row: number; column: string; problem: string }[]>().notNull().default([]),
  startedAt: timestamp('started_at', { withTimezone: true }),
  /** Updated with every committed batch; a run whose heartbeat stops may be resumed by another. */
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  error: text('error'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A code sent to an old CPS e-mail address to prove the organisation owns it. */
export const legacyLinkCodes = pgTable(
  'legacy_link_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('legacy_link_codes_open_key').on(t.organisationId).where(sql`${t.usedAt} is null`)],
);
