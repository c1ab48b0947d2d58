import { beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../test/fixtures.js';
import { ORIGIN } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime({ env: { INVITATIONS_PER_HOUR: '3' } });
});

let n = 0;
const invite = (cookie: string, ip: string) =>
  rt.app.inject({
    method: 'POST',
    url: '/api/org/colleagues',
    remoteAddress: ip,
    headers: { cookie, origin: ORIGIN, 'accept-language': 'nl' },
    payload: { email: `probe${++n}@example.test`, firstName: 'P', lastName: 'Q', locale: 'en' },
  });

describe('colleague invitations are rate-limited (INVITATIONS_PER_HOUR)', () => {
  it('per IP address and per Superuser, with the one translated error shape', async () => {
    const a = (await approvedOrganisation(rt)).http.cookie;
    const b = (await approvedOrganisation(rt)).http.cookie;
    for (let i = 0; i < 3; i++) expect((await invite(a, '10.0.0.1')).statusCode).toBe(201);
    const refused = await invite(a, '10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.json().error.message).toBeTruthy();
    // Another Superuser from the same address: the address's counter is used up.
    expect((await invite(b, '10.0.0.1')).statusCode).toBe(429);
    // The same Superuser from another address: their own counter is used up.
    expect((await invite(a, '10.0.0.2')).statusCode).toBe(429);
    // Someone else elsewhere is not affected.
    expect((await invite(b, '10.0.0.3')).statusCode).toBe(201);
  });
});
