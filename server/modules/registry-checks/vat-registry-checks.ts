import type { VatRegistryEvidence } from '../../../contracts/registration.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import type { Jobs } from '../../platform/jobs.js';
import type { VatRegistry } from '../../platform/vat-registry/index.js';
import { localDate } from '../../platform/working-days.js';
import { createCheckVatNumber } from './check-vat-number.js';
import { createRecheckUnavailable } from './recheck-unavailable.js';
import { vatEvidence } from './vat-evidence.js';

const CHECK_QUEUE = 'vat-registry.check';
const RECHECK_QUEUE = 'vat-registry.recheck';

/**
 * VAT registry checks as the rest of the product uses them: `request` queues a check (never on the
 * request that asked: VIES may take seconds or be down), `evidence` reads the latest answer, and the
 * workers check queued numbers and re-check unavailable answers every 20 minutes.
 */
export function createVatRegistryChecks(deps: {
  db: Db;
  clock: Clock;
  jobs: Jobs;
  timeZone: string;
  registry: () => Promise<VatRegistry>;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}) {
  const today = (at: Date) => localDate(at, deps.timeZone);
  const check = createCheckVatNumber({ db: deps.db, clock: deps.clock, registry: deps.registry, today });
  const recheck = createRecheckUnavailable({ db: deps.db, clock: deps.clock, today, check });
  return {
    check,
    recheck,
    async request(vatNumber: string): Promise<void> {
      await deps.jobs.send(CHECK_QUEUE, { vatNumber }, { retryLimit: 3 }).catch((error: unknown) => {
        // The case page asks again when it finds no answer; a lost request costs a little time only.
        deps.log.warn({ err: error }, 'VAT registry check not queued');
      });
    },
    evidence(vatNumber: string, formNames: (string | null)[]): Promise<VatRegistryEvidence> {
      return vatEvidence(deps.db, vatNumber, formNames);
    },
    async startWorkers() {
      await deps.jobs.work<{ vatNumber: string }>(CHECK_QUEUE, async ({ vatNumber }) => {
        await check(vatNumber);
      });
      await deps.jobs.work(RECHECK_QUEUE, async () => {
        const result = await recheck();
        if (result.asked) deps.log.info(result, 'VAT registry re-check');
      });
      await deps.jobs.schedule(RECHECK_QUEUE, '*/20 * * * *');
    },
  };
}
export type VatRegistryChecks = ReturnType<typeof createVatRegistryChecks>;
