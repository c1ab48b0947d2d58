import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, approvedOrganisation } from '../test/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

// Answers under /api/ are personal (a session, an invoice, a case) or about a person's request: a
// shared cache or the browser's back button must never hand them to the next person.

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
  await rt.app.ready();
});

/** Every GET of the API (the OpenAPI document, plus the routes it hides), path parameters filled in. */
function apiGets(): string[] {
  const doc = rt.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const id = randomUUID();
  const paths = Object.entries(doc.paths)
    .filter(([path, methods]) => path.startsWith('/api/') && 'get' in methods)
    .map(([path]) => path.replace(/\{[^}]+\}/g, (name) => (/index|year|number/i.test(name) ? '0' : id)));
  return [...paths, '/api/openapi.json', '/api/docs/', '/api/no-such-route'];
}

describe('caching of API answers', () => {
  it('has a route table to check', () => {
    expect(apiGets().length).toBeGreaterThan(40);
    expect(apiGets()).toEqual(expect.arrayContaining(['/api/auth/me', '/api/meta']));
  });

  it('answers every GET under /api/ with no-store, for a customer, an admin and nobody, errors included', async () => {
    const customer = (await approvedOrganisation(rt)).http;
    const admin = await adminClient(rt);
    const statuses = new Set<number>();
    for (const [who, get] of [
      ['customer', customer.get],
      ['admin', admin.get],
      ['anonymous', (url: string) => rt.app.inject({ method: 'GET', url })],
    ] as const) {
      for (const url of apiGets()) {
        const res = await get(url);
        statuses.add(res.statusCode);
        expect(String(res.headers['cache-control']), `${who} GET ${url} (${res.statusCode})`).toMatch(/\bno-store\b/);
      }
    }
    // Successes and refusals alike were checked.
    expect([...statuses]).toEqual(expect.arrayContaining([200, 401, 403, 404]));
  });

  it('answers a write with no-store too', async () => {
    const customer = (await approvedOrganisation(rt)).http;
    const write = await customer.put('/api/auth/locale', { locale: 'nl' });
    expect(write.statusCode).toBe(200);
    expect(write.headers['cache-control']).toBe('no-store');
  });
});
