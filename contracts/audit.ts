import { z } from 'zod';

/**
 * The audit trail for admins: newest first, filtered by action, by who did it (e-mail address, or
 * part of it), by the entity it concerns, and by date (inclusive, in the programme's time zone).
 * `cursor` is the `nextCursor` of the previous page.
 */
export const AuditQuery = z.object({
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(200).optional(),
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  /** e.g. `auth.login`, `staff.invited`, `auth.two_step_reset`; the web translates known ones. */
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** Who did it: null for the system (jobs, the daily run) or an unknown user. */
  actor: z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.string() }).nullable(),
  actorIp: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({
  items: z.array(AuditEntry),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.uuid().nullable(),
  /** The actions that occur in the trail, for the filter's choices. */
  actions: z.array(z.string()),
});
export type AuditList = z.infer<typeof AuditList>;
