import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { LOCALES } from '../../../../contracts/common.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    legalName: text('legal_name').notNull(),
    tradingName: text('trading_name'),
    country: text('country').notNull(),
    street: text('street').notNull(),
    houseNumber: text('house_number').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    phone: text('phone').notNull(),
    vatNumber: text('vat_number'),
    tradeRegisterNumber: text('trade_register_number'),
    /**
     * Where e-invoices reach the organisation (UBL EndpointID): `<EAS scheme>:<identifier>`, e.g.
     * `0106:12345678`. Derived from the VAT or register number at registration; a Peppol
     * participant id replaces it. Null when nothing registered identifies the organisation.
     */
    electronicAddress: text('electronic_address'),
    /** The old CPS e-mail given at registration (step 4 of Company details), kept for migration. */
    legacyEmail: text('legacy_email'),
    /** The membership number of the old programme (or an earlier membership), shown as "previous". */
    previousMembershipNumber: text('previous_membership_number'),
    applicationId: uuid('application_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('organisations_vat_number_key').on(t.vatNumber),
    uniqueIndex('organisations_application_key').on(t.applicationId),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    role: text('role', { enum: ['superuser', 'member', 'validator', 'support', 'finance', 'admin'] }).notNull(),
    locale: text('locale', { enum: LOCALES }).notNull().default('en'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email).where(sql`${t.removedAt} is null`),
    index('users_organisation_idx').on(t.organisationId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** HMAC of the opaque token; the token itself only lives in the cookie. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use links: set password, reset password, invitation, application status, more information. */
export const linkTokens = pgTable(
  'link_tokens',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose', {
      enum: ['set_password', 'reset_password', 'invitation', 'application_status'],
    }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    applicationId: uuid('application_id'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('link_tokens_user_idx').on(t.userId), index('link_tokens_application_idx').on(t.applicationId)],
);

export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    ip: text('ip'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_failures_email_at_idx').on(t.email, t.at)],
);

/**
 * Two-step verification of a staff member: the TOTP secret, encrypted with a key derived from the
 * session secret (AES-256-GCM), set up once the first code is confirmed. `last_step` is the last
 * 30-second step whose code was accepted, so a code works once.
 */
export const twoStepSecrets = pgTable('two_step_secrets', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  secret: text('secret').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastStep: bigint('last_step', { mode: 'number' }),
  createdAt: createdAt(),
});

/** Single-use recovery codes (hashed) of a staff member's two-step verification. */
export const twoStepRecoveryCodes = pgTable(
  'two_step_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('two_step_recovery_codes_key').on(t.userId, t.codeHash)],
);

/** The step between password and code: a hashed token, valid 5 minutes, for 5 codes. */
export const loginChallenges = pgTable(
  'login_challenges',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_challenges_expires_idx').on(t.expiresAt)],
);

/** Append-only: who did what to which entity. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorIp: text('actor_ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    // The back office's trail: newest first, by action, by who.
    index('audit_log_at_idx').on(t.at, t.id),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
  ],
);
