import type { ProgrammeService } from '../modules/programme/index.js';
import { createVatRegistryChecks, type VatRegistryChecks } from '../modules/registry-checks/index.js';
import type { Clock } from '../platform/clock.js';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db/index.js';
import type { Jobs } from '../platform/jobs.js';
import { createViesRegistry, startViesStandIn } from '../platform/vat-registry/index.js';

/**
 * The VAT registry as configured (VAT_REGISTRY): the EU VIES service, a local stand-in speaking its
 * protocol (started here, closed with the app), or none. VIES is asked with the seller's own VAT
 * number from the programme settings, so each answer carries a consultation number.
 */
export async function vatRegistryFlow(deps: {
  config: Pick<Config, 'vatRegistry' | 'viesUrl' | 'timeZone'>;
  db: Db;
  clock: Clock;
  jobs: Jobs;
  programme: Pick<ProgrammeService, 'settings'>;
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  onClose: (close: () => Promise<void>) => void;
}): Promise<VatRegistryChecks | null> {
  if (deps.config.vatRegistry === 'off') return null;
  let baseUrl = deps.config.viesUrl;
  const standIn = deps.config.vatRegistry === 'stand-in';
  if (standIn) {
    const server = await startViesStandIn();
    deps.onClose(server.close);
    baseUrl = server.url;
  }
  return createVatRegistryChecks({
    db: deps.db,
    clock: deps.clock,
    jobs: deps.jobs,
    timeZone: deps.config.timeZone,
    log: deps.log,
    registry: async () =>
      createViesRegistry({
        baseUrl,
        standIn,
        requesterVatNumber: (await deps.programme.settings()).seller.vatNumber || null,
      }),
  });
}
