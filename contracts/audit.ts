import { z } from 'zod';

/**
 * Every action the audit log records, `<area>.<what>`. `recordAudit` accepts only these (the
 * compiler checks every call), and each has a label in web/src/locales/<language>/audit.json under
 * `audit.action.<area>.<what>` (a test checks Dutch and English).
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.password_changed',
  'auth.password_set_password',
  'auth.password_reset_password',
  'auth.password_invitation',
  'auth.two_step_on',
  'auth.two_step_reset',
  'staff.invited',
  'staff.removed',
  'colleague.invited',
  'colleague.invited_elsewhere',
  'colleague.removed',
  'application.approve',
  'application.reject',
  'application.request_info',
  'application.documents_deleted',
  'catalogue.imported',
  'catalogue.points_changed',
  'catalogue.end_of_support_set',
  'programme.updated',
  'tier.saved',
  'membership.new',
  'membership.renewal',
  'membership.upgrade',
  'order.paid',
  'invoice.credited',
  'statement.uploaded',
  'statement.imported',
  'statement_line.matched',
  'collection_run.created',
  'collection_run.submitted',
  'collection_run.settled',
  'collection.returned',
  'faq.saved',
  'ticket.replied',
  'legacy.migrated',
  'legacy.linked_by_code',
  'legacy.linked_by_staff',
  'organisation.e_invoicing_address_changed',
  'organisation.exported',
  'person.erased',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
  /** One of AUDIT_ACTIONS (a string: entries written before an action was renamed keep their code). */
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
