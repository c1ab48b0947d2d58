import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViesRegistry, startViesStandIn, type ViesStandIn } from './index.js';

let vies: ViesStandIn;
beforeAll(async () => {
  vies = await startViesStandIn();
});
afterAll(() => vies.close());

const registry = (requesterVatNumber: string | null = 'NL004495445B01') =>
  createViesRegistry({ baseUrl: vies.url, requesterVatNumber, backoffMs: 5, timeoutMs: 2_000, standIn: true });

describe('the VIES adapter (against a stand-in speaking the VIES REST protocol)', () => {
  it('reads a registered number with its name, address and the consultation number the requester gets', async () => {
    const result = await registry().check('DE 100');
    expect(result).toMatchObject({
      outcome: 'valid',
      registry: 'vies',
      standIn: true,
      name: 'VIES STAND-IN TRADER',
      address: 'STAND-IN STREET 1 1000 AA STAND-IN CITY',
      consultationNumber: expect.stringMatching(/^WAPI/),
    });
    // VIES's terms: the country apart, and the requester's own number so it issues a consultation number.
    expect(vies.requests.at(-1)).toEqual({ countryCode: 'DE', vatNumber: '100', requesterNumber: '004495445B01' });
  });

  it('reads an unregistered number as invalid, and "---" as not shared', async () => {
    expect(await registry().check('DE200')).toMatchObject({ outcome: 'invalid', name: null, address: null });
    expect(await registry(null).check('FR12345678901')).toMatchObject({
      outcome: 'valid',
      name: null,
      consultationNumber: null,
    });
  });

  it('retries the answers that pass with time, then reports the registry unavailable (never valid)', async () => {
    for (const [number, reason] of [
      ['300', 'SERVICE_UNAVAILABLE'],
      ['301', 'MS_UNAVAILABLE'],
      ['600', 'MS_MAX_CONCURRENT_REQ'],
    ] as const) {
      const before = vies.requests.length;
      expect(await registry().check(`IT${number}`)).toEqual({
        outcome: 'unavailable',
        registry: 'vies',
        standIn: true,
        reason,
        retryLater: true,
      });
      expect(vies.requests.length - before, number).toBe(3);
    }
  });

  it('succeeds when the member state answers again on a retry', async () => {
    vies.answer.set('555', '301');
    setTimeout(() => vies.answer.delete('555'), 2);
    const slow = createViesRegistry({ baseUrl: vies.url, backoffMs: 20, attempts: 4 });
    expect((await slow.check('AT555')).outcome).toBe('valid');
  });

  it('does not retry a refused request, and reports a service that cannot be reached as unavailable', async () => {
    const before = vies.requests.length;
    expect(await registry().check('ES201')).toMatchObject({
      outcome: 'unavailable',
      reason: 'INVALID_INPUT',
      retryLater: false,
    });
    expect(vies.requests.length - before).toBe(1);
    const down = createViesRegistry({ baseUrl: 'http://127.0.0.1:9', backoffMs: 1, timeoutMs: 500 });
    expect(await down.check('NL004495445B01')).toMatchObject({
      outcome: 'unavailable',
      reason: 'SERVICE_UNAVAILABLE',
      retryLater: true,
    });
  });

  it('gives "no registry check" for countries outside VIES, without asking', async () => {
    const before = vies.requests.length;
    for (const number of ['NO974760673MVA', 'CHE116281710', 'GB980780684', 'nonsense']) {
      expect(await registry().check(number), number).toEqual({ outcome: 'no_registry' });
    }
    expect(vies.requests.length).toBe(before);
  });
});
