import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import { createViesRegistry, startViesStandIn, type ViesStandIn } from '../../platform/vat-registry/index.js';
import { localDate } from '../../platform/working-days.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';
import { createCheckVatNumber, createRecheckUnavailable, latestVatCheck } from './index.js';

let rt: TestRuntime;
let vies: ViesStandIn;
const clock = fixedClock('2027-03-01T09:00:00Z');
const today = (at: Date) => localDate(at, 'Europe/Amsterdam');
let check: ReturnType<typeof createCheckVatNumber>;

beforeAll(async () => {
  [rt, vies] = await Promise.all([startTestRuntime(), startViesStandIn()]);
  const registry = createViesRegistry({
    baseUrl: vies.url,
    requesterVatNumber: 'NL004495445B01',
    backoffMs: 1,
    standIn: true,
  });
  check = createCheckVatNumber({ db: rt.database.db, clock, today, registry: async () => registry });
});
afterAll(() => vies.close());

const asked = (number: string) => vies.requests.filter((r) => r.vatNumber === number).length;

describe('VAT registry checks, kept per number and day', () => {
  it('asks VIES once a day for a number and keeps the answer with its consultation number', async () => {
    const first = await check('de 100');
    expect(first).toMatchObject({
      vatNumber: 'DE100',
      outcome: 'valid',
      standIn: true,
      name: 'VIES STAND-IN TRADER',
      consultationNumber: expect.stringMatching(/^WAPI/),
    });
    await check('DE100');
    expect(asked('100')).toBe(1);
    clock.advance(86_400_000);
    await check('DE100');
    expect(asked('100')).toBe(2);
    expect((await latestVatCheck(rt.database.db, 'DE 100'))?.checkedOn).toBe('2027-03-02');
  });

  it('records an outage as unavailable, and the re-check job books the verdict once VIES answers', async () => {
    vies.answer.set('777', '301');
    expect(await check('IT777')).toMatchObject({ outcome: 'unavailable', reason: 'MS_UNAVAILABLE', retryLater: true });
    const recheck = createRecheckUnavailable({ db: rt.database.db, clock, today, check });
    expect(await recheck()).toMatchObject({ answered: 0 });
    expect((await latestVatCheck(rt.database.db, 'IT777'))?.outcome).toBe('unavailable');

    vies.answer.delete('777');
    clock.advance(3_600_000);
    expect(await recheck()).toMatchObject({ answered: expect.any(Number) });
    expect(await latestVatCheck(rt.database.db, 'IT777')).toMatchObject({ outcome: 'valid', retryLater: false });
    // Answered: the next run does not ask again.
    const before = asked('777');
    await recheck();
    expect(asked('777')).toBe(before);
  });

  it('keeps "no registry check" for countries outside VIES without asking, and an invalid number as invalid', async () => {
    const before = vies.requests.length;
    expect(await check('NO 974 760 673 MVA')).toMatchObject({ outcome: 'no_registry', retryLater: false });
    expect(vies.requests.length).toBe(before);
    expect(await check('FR200')).toMatchObject({ outcome: 'invalid', name: null });
  });
});
