import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import type { CheckVatNumber } from './check-vat-number.js';
import { vatChecksRepository as repo } from './vat-checks.repository.js';

/**
 * The re-check job: numbers whose last answer in the past week was "registry unavailable" are asked
 * again, a bounded batch per run, so a VIES outage resolves by itself once VIES answers.
 */
export function createRecheckUnavailable(deps: {
  db: Db;
  clock: Clock;
  today: (at: Date) => string;
  check: CheckVatNumber;
  batch?: number;
}) {
  return async function recheckUnavailable(): Promise<{ asked: number; answered: number }> {
    const weekAgo = deps.today(new Date(deps.clock.now().getTime() - 7 * 86_400_000));
    const numbers = await repo.waitingForRegistry(deps.db, weekAgo, deps.batch ?? 50);
    let answered = 0;
    for (const number of numbers) {
      const row = await deps.check(number);
      if (!row.retryLater) answered++;
    }
    return { asked: numbers.length, answered };
  };
}
