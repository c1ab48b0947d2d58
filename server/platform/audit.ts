import type { AuditAction } from '../../contracts/audit.js';
import type { DbOrTx } from './db/index.js';
import { schema } from './db/index.js';

/** Appends to the audit log in the caller's transaction. Never updated or deleted. */
export async function recordAudit(
  tx: DbOrTx,
  entry: {
    actorUserId?: string | null;
    actorIp?: string | null;
    action: AuditAction;
    entityType: string;
    entityId: string;
    detail?: Record<string, unknown>;
  },
) {
  await tx.insert(schema.auditLog).values({ ...entry, detail: entry.detail ?? {} });
}
