// The HTTP server's deployment options come from the configuration (config.http), not from app.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGIN } from '../test/http.js';
import { startTestRuntime } from '../test/runtime.js';
import { loadConfig } from './config.js';

const config = (env: Record<string, string> = {}) =>
  loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'propass-config-')), ...env });

describe('HTTP deployment options', () => {
  it('reads BODY_LIMIT_KB (default 256 KiB) and refuses a value out of range', () => {
    expect(config().http.bodyLimit).toBe(256 * 1024);
    expect(config({ BODY_LIMIT_KB: '64' }).http.bodyLimit).toBe(64 * 1024);
    for (const bad of ['8', '20000', 'lots'])
      expect(() => config({ BODY_LIMIT_KB: bad }), bad).toThrow(/BODY_LIMIT_KB/);
  });

  it('gives TRUST_PROXY to Fastify with a hop count meaning the nearest n proxies', () => {
    expect(config().http.trustProxy).toBe(false);
    expect(config({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(config({ TRUST_PROXY: '10.0.0.0/8' }).http.trustProxy).toEqual(['10.0.0.0/8']);
    const hops = config({ TRUST_PROXY: '2' }).http.trustProxy as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => hops('10.0.0.1', hop))).toEqual([true, true, false]);
  });

  it('refuses a body over BODY_LIMIT_KB with 413 in the one error shape, and reads one under it', {
    timeout: 60_000,
  }, async () => {
    const [small, standard] = await Promise.all([
      startTestRuntime({ env: { BODY_LIMIT_KB: '16' } }),
      startTestRuntime(),
    ]);
    const body = { email: 'someone@example.com', password: 'x'.repeat(20 * 1024) };
    const login = (app: typeof small.app) =>
      app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: ORIGIN }, payload: body });
    const refused = await login(small.app);
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.code).toBe('payload_too_large');
    const read = await login(standard.app);
    expect(read.statusCode).not.toBe(413);
    expect(read.statusCode).toBeLessThan(500);
  });
});
