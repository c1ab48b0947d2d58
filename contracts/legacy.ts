import { z } from 'zod';
import { Email } from './common.js';
import { MissingField } from './products.js';

export const LEGACY_ACCOUNT_COLUMNS = ['legacy_id', 'email', 'membership_number', 'tier', 'expires_on'] as const;
export const LEGACY_PRODUCT_COLUMNS = [
  'legacy_id',
  'account_legacy_id',
  'model_code',
  'model_name',
  'serial_number',
  'purchase_date',
  'country',
  'dealer',
] as const;

export const LegacyImportKind = z.enum(['accounts', 'products']);
export const LegacyImport = z.object({
  id: z.uuid(),
  kind: LegacyImportKind,
  fileName: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  totalBytes: z.number(),
  bytesDone: z.number(),
  share: z.number(),
  rowsDone: z.number(),
  rowsImported: z.number(),
  rowsUnchanged: z.number(),
  rowsRejected: z.number(),
  rowsPerSecond: z.number().nullable(),
  problems: z.array(z.object({ row: z.number(), column: z.string(), problem: z.string() })),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type LegacyImport = z.infer<typeof LegacyImport>;
export const LegacyImportList = z.object({ items: z.array(LegacyImport) });

export const MigrationPreviewItem = z.object({
  legacyId: z.string(),
  modelName: z.string(),
  serialNumber: z.string().nullable(),
  points: z.number().int(),
  /** Fields the product will still need after migration (it then shows in My products without a green check). */
  missing: z.array(MissingField),
  /** Already registered by another organisation: it will be reported, not migrated. */
  serialConflict: z.boolean(),
});
export const MigrationState = z.object({
  /** Show the blue MIGRATE PRODUCTS button. */
  available: z.boolean(),
  legacyEmail: z.string().nullable(),
  /** Why there is no button: no old e-mail linked, or nothing left to migrate. */
  reason: z.enum(['no_legacy_email', 'nothing_to_migrate']).nullable(),
  previousMembershipNumber: z.string().nullable(),
  preview: z.array(MigrationPreviewItem),
  migratedCount: z.number().int(),
  pendingLink: z.string().nullable(),
});
export type MigrationState = z.infer<typeof MigrationState>;
export const MigrationResult = z.object({
  migrated: z.number().int(),
  complete: z.number().int(),
  incomplete: z.number().int(),
  conflicts: z.array(z.object({ legacyId: z.string(), modelName: z.string(), serialNumber: z.string() })),
  pointsAwarded: z.number().int(),
});
export type MigrationResult = z.infer<typeof MigrationResult>;

export const LinkLegacyEmailInput = z.object({ email: Email });
export const ConfirmLegacyEmailInput = z.object({
  email: Email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
