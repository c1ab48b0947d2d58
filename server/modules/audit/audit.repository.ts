import { type SQL, sql } from 'drizzle-orm';
import type { AuditQuery } from '../../../contracts/audit.js';
import { type DbOrTx, likePattern, rowsOf } from '../../platform/db/index.js';

export type AuditRow = {
  id: string;
  at: string;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_ip: string | null;
  detail: Record<string, unknown> | string;
  actor_id: string | null;
  actor_first: string | null;
  actor_last: string | null;
  actor_email: string | null;
  actor_role: string | null;
};

export const auditRepository = {
  /**
   * A page of the trail, newest first (`at desc, id desc`, read in that order from
   * `audit_log_at_idx`), after `cursor` when given. Dates are whole days in `timeZone`.
   */
  async page(db: DbOrTx, query: AuditQuery, timeZone: string): Promise<AuditRow[]> {
    const conditions: SQL[] = [];
    if (query.action) conditions.push(sql`a.action = ${query.action}`);
    if (query.entityType) conditions.push(sql`a.entity_type = ${query.entityType}`);
    if (query.entityId) conditions.push(sql`a.entity_id = ${query.entityId}`);
    if (query.actor)
      conditions.push(
        sql`a.actor_user_id in (select id from users where email ilike ${likePattern(query.actor.toLowerCase())})`,
      );
    if (query.from) conditions.push(sql`a.at >= (${query.from}::date)::timestamp at time zone ${timeZone}`);
    if (query.to) conditions.push(sql`a.at < (${query.to}::date + 1)::timestamp at time zone ${timeZone}`);
    if (query.cursor)
      conditions.push(sql`(a.at, a.id) < (select c.at, c.id from audit_log c where c.id = ${query.cursor})`);
    const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
    return rowsOf<AuditRow>(
      await db.execute(sql`
        select a.id, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, a.action,
          a.entity_type, a.entity_id, a.actor_ip, a.detail,
          u.id as actor_id, u.first_name as actor_first, u.last_name as actor_last, u.email as actor_email,
          u.role as actor_role
        from audit_log a
        left join users u on u.id = a.actor_user_id
        ${where}
        order by a.at desc, a.id desc
        limit ${query.limit + 1}`),
    );
  },

  /** The distinct actions in the trail, by skipping through `audit_log_action_idx` (one probe per action). */
  async actions(db: DbOrTx): Promise<string[]> {
    const rows = rowsOf<{ action: string }>(
      await db.execute(sql`
        with recursive found(action) as (
          (select action from audit_log order by action limit 1)
          union all
          select (select a.action from audit_log a where a.action > found.action order by a.action limit 1)
          from found where found.action is not null
        )
        select action from found where action is not null`),
    );
    return rows.map((r) => r.action);
  },
};
