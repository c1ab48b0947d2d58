import { beforeAll } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

/** Fields that complete a product (with a model and a serial number). */
export const complete = { purchaseDate: '2025-06-01', purchaseCountry: 'NL', dealer: 'Foto Konijnenberg' };

/**
 * The set-up the products tests share: a fresh runtime with a first admin, and serial numbers
 * unique within the file. Call it at the top of a test file; `kit.rt` is ready once the file's
 * `beforeAll` has run.
 */
export function productsKit() {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startTestRuntime();
    await rt.services.accounts.ensureFirstAdmin({ email: 'admin@example.test', password: 'Admin-password-123!' });
  });
  let serial = 1000;
  return {
    get rt() {
      return rt;
    },
    nextSerial: () => `SN${serial++}`,
  };
}
