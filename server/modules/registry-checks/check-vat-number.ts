import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import type { VatRegistry } from '../../platform/vat-registry/index.js';
import { vatChecksRepository as repo, type VatCheckRow } from './vat-checks.repository.js';

export type CheckVatNumberDeps = {
  db: Db;
  clock: Clock;
  /** The registry to ask, made with the seller's current VAT number as requester. */
  registry: () => Promise<VatRegistry>;
  /** The programme's calendar day (YYYY-MM-DD) of a moment. */
  today: (at: Date) => string;
};

export const compactVatNumber = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

/**
 * Asks the VAT registry about a number once a day at most: the day's verdict is reused, a day's
 * "unavailable" is asked again (by the re-check job or the next request).
 */
export function createCheckVatNumber(deps: CheckVatNumberDeps) {
  return async function checkVatNumber(vatNumber: string): Promise<VatCheckRow> {
    const number = compactVatNumber(vatNumber);
    const day = deps.today(deps.clock.now());
    const cached = await repo.onDay(deps.db, number, day);
    if (cached && !cached.retryLater) return cached;
    const result = await (await deps.registry()).check(number);
    const common = { vatNumber: number, checkedOn: day, checkedAt: deps.clock.now() };
    switch (result.outcome) {
      case 'no_registry':
        return repo.save(deps.db, {
          ...common,
          outcome: 'no_registry',
          registry: null,
          standIn: false,
          retryLater: false,
        });
      case 'unavailable':
        return repo.save(deps.db, {
          ...common,
          outcome: 'unavailable',
          registry: result.registry,
          standIn: result.standIn,
          reason: result.reason,
          retryLater: result.retryLater,
          name: null,
          address: null,
          consultationNumber: null,
        });
      default:
        return repo.save(deps.db, {
          ...common,
          outcome: result.outcome,
          registry: result.registry,
          standIn: result.standIn,
          name: result.name,
          address: result.address,
          consultationNumber: result.consultationNumber,
          reason: null,
          retryLater: false,
        });
    }
  };
}
export type CheckVatNumber = ReturnType<typeof createCheckVatNumber>;
