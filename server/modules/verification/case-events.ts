import type { Clock } from '../../platform/clock.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { type ApplicationRow, verificationRepository as repo } from './verification.repository.js';

/** Appends to the application's status history (append-only), with the actor and the status change. */
export function createCaseEvents(deps: { clock: Clock }) {
  return async function event(
    tx: DbOrTx,
    row: ApplicationRow,
    action: string,
    actor: string | null,
    to: ApplicationRow['status'] | null,
    detail: Record<string, unknown> = {},
  ) {
    await repo.appendEvent(tx, {
      applicationId: row.id,
      at: deps.clock.now(),
      actorUserId: actor,
      action,
      fromStatus: to && action !== 'submitted' ? row.status : null,
      toStatus: to,
      detail,
    });
  };
}
export type CaseEvents = ReturnType<typeof createCaseEvents>;
