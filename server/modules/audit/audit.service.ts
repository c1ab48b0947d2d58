import type { AuditEntry, AuditList, AuditQuery } from '../../../contracts/audit.js';
import type { Db } from '../../platform/db/index.js';
import { type AuditRow, auditRepository as repo } from './audit.repository.js';

export type AuditDeps = { db: Db; timeZone: string };

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  actor: row.actor_id
    ? {
        id: row.actor_id,
        name: `${row.actor_first ?? ''} ${row.actor_last ?? ''}`.trim(),
        email: row.actor_email ?? '',
        role: row.actor_role ?? '',
      }
    : null,
  actorIp: row.actor_ip,
  detail: typeof row.detail === 'string' ? JSON.parse(row.detail) : (row.detail ?? {}),
});

/** Reading the append-only audit trail (it is written by `recordAudit` in every module's transactions). */
export function createAuditService(deps: AuditDeps) {
  return {
    async list(query: AuditQuery): Promise<AuditList> {
      // One after another: on the embedded engine the database answers one query at a time anyway.
      const rows = await repo.page(deps.db, query, deps.timeZone);
      const actions = await repo.actions(deps.db);
      const page = rows.slice(0, query.limit);
      return {
        items: page.map(toEntry),
        nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
        actions,
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
