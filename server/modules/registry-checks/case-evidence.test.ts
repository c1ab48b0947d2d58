import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../contracts/registration.js';
import { startViesStandIn, type ViesStandIn } from '../../platform/vat-registry/index.js';
import { adminClient, registrationInput, submitRegistration } from '../../test/fixtures.js';
import { type client, PDF } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let vies: ViesStandIn;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  vies = await startViesStandIn();
  rt = await startTestRuntime({ env: { VAT_REGISTRY: 'vies', VIES_URL: vies.url } });
  admin = await adminClient(rt);
});
afterAll(() => vies.close());

/** A VAT-registered application, submitted through the API; returns its case id. */
async function apply(legalName: string, vatNumber: string, organisation: Record<string, string> = {}) {
  const input = registrationInput({ legalName });
  const { applicationId } = await submitRegistration(
    rt,
    {
      ...input,
      organisation: { ...input.organisation, ...organisation },
      company: { vatRegistered: true, vatNumber, legacyEmail: '' },
      documents: [{ kind: 'vat_certificate' }],
    },
    [{ name: 'certificate.pdf', data: PDF }],
  );
  return applicationId;
}

/** The case page once the registry's answer is in (the check runs in a job after the submission). */
async function evidence(id: string, until: (e: CaseDetail['vatRegistry']) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const detail = (await admin.get(`/api/staff/cases/${id}`)).json() as CaseDetail;
    if (until(detail.vatRegistry) || Date.now() > deadline) return detail.vatRegistry;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('VAT registry evidence beside the case', () => {
  it('checks the number after submission (not on the request) and shows name, address, consultation number and the name match', async () => {
    vies.answer.set('100000009B01', { name: 'FOTOSTUDIO DE VRIES B.V.', address: 'KEIZERSGRACHT 1\n1015CJ AMSTERDAM' });
    const id = await apply('Fotostudio de Vries B.V.', 'NL100000009B01');
    const found = await evidence(id, (e) => e?.outcome !== 'pending');
    expect(found).toMatchObject({
      outcome: 'valid',
      registry: 'vies',
      standIn: false,
      name: 'FOTOSTUDIO DE VRIES B.V.',
      address: 'KEIZERSGRACHT 1 1015CJ AMSTERDAM',
      consultationNumber: expect.stringMatching(/^WAPI/),
      nameMatch: 'match',
    });
    // Asked with the seller's own VAT number (programme settings), so VIES issues a consultation number.
    expect(vies.requests.find((r) => r.vatNumber === '100000009B01')).toMatchObject({
      countryCode: 'NL',
      requesterNumber: '004495445B01',
    });
  });

  it('shows another company’s name as differing', async () => {
    vies.answer.set('100000010B01', { name: 'BAKKERIJ JANSEN B.V.', address: 'DORPSSTRAAT 2' });
    const id = await apply('Studio Lux B.V.', 'NL100000010B01');
    expect(await evidence(id, (e) => e?.outcome !== 'pending')).toMatchObject({
      outcome: 'valid',
      nameMatch: 'differs',
    });
  });

  it('shows VIES down as unavailable, and the re-check job turns it into the verdict', async () => {
    vies.answer.set('100000022B01', '301');
    const id = await apply('Studio Noord B.V.', 'NL100000022B01');
    expect(await evidence(id, (e) => e?.outcome !== 'pending')).toMatchObject({
      outcome: 'unavailable',
      reason: 'MS_UNAVAILABLE',
    });
    vies.answer.set('100000022B01', { name: 'STUDIO NOORD B.V.', address: 'NOORDWEG 3' });
    await rt.services.vatRegistry!.recheck();
    expect(await evidence(id, () => true)).toMatchObject({ outcome: 'valid', nameMatch: 'match' });
  });

  it('says "no registry check" for a British number, never valid', async () => {
    const id = await apply('Camden Photo Ltd', 'GB980780684', {
      country: 'GB',
      postcode: 'NW1 8NH',
      city: 'London',
      street: 'Camden High Street',
      phone: '+44 20 7946 0000',
    });
    expect(await evidence(id, (e) => e?.outcome !== 'pending')).toMatchObject({
      outcome: 'no_registry',
      nameMatch: null,
    });
    expect(vies.requests.some((r) => r.countryCode === 'GB')).toBe(false);
  });
});
