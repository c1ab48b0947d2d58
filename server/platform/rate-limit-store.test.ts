import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/runtime.js';
import { fixedClock } from './clock.js';
import { loadConfig } from './config.js';
import { purgeRateLimitCounters } from './rate-limit-store.js';
import { type Runtime, startRuntime } from './runtime.js';

/** Two app instances on one database, as behind a load balancer; the password limit lowered to 4 a window. */
describe('rate limits shared by instances on one database', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  const instances: Runtime[] = [];
  const dirs: string[] = [];
  const start = async (timeWindow: number) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'propass-limits-'));
    dirs.push(dataDir);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://propass.test',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-000',
    });
    const rt = await startRuntime(config, {
      database: db.database,
      clock: fixedClock('2026-11-25T10:00:00Z'),
      logger: false,
      workers: false,
      limits: { password: { max: 4, timeWindow }, registration: { max: 1000, timeWindow: 60_000 } },
    });
    instances.push(rt);
    return rt;
  };
  const login = (rt: Runtime, ip: string) =>
    rt.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: ip,
      headers: { origin: 'http://propass.test', 'content-type': 'application/json' },
      // A new address each time: the per-account lock (also a 429) stays out of the count.
      payload: JSON.stringify({ email: `${randomUUID()}@example.test`, password: 'Wrong-password-123' }),
    });

  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    for (const rt of instances) await rt.app.close();
    await db.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('counts requests to either instance against one limit per client', async () => {
    const a = await start(60_000);
    const b = await start(60_000);
    const statuses = [];
    for (const rt of [a, b, a, b, a, b]) statuses.push((await login(rt, '203.0.113.7')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    // Another client has its own count, on either instance.
    expect((await login(b, '203.0.113.8')).statusCode).toBe(401);
    // Another limited route counts on its own.
    const other = await a.app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      remoteAddress: '203.0.113.7',
      headers: { origin: 'http://propass.test', 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'nobody@example.test' }),
    });
    expect(other.statusCode).not.toBe(429);
  });

  it('counts concurrent requests exactly (one atomic increment each)', async () => {
    const [a, b] = instances as [Runtime, Runtime];
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => login(i % 2 ? a : b, '198.51.100.1')));
    expect(statuses.filter((r) => r.statusCode === 429)).toHaveLength(6);
  });

  it('starts a new window when the old one ended, and the purge deletes ended windows', async () => {
    const c = await start(3000);
    const began = Date.now();
    for (let i = 0; i < 4; i++) expect((await login(c, '192.0.2.55')).statusCode).toBe(401);
    expect((await login(c, '192.0.2.55')).statusCode).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, began + 3200 - Date.now()));
    const restarted = Date.now();
    expect((await login(c, '192.0.2.55')).statusCode).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, restarted + 3200 - Date.now()));
    expect(await purgeRateLimitCounters(db.database.sql)).toBeGreaterThanOrEqual(1);
    const { rows } = await db.database.sql.executeSql(
      "select count(*)::int as n from rate_limit_counters where id like '%192.0.2.55'",
    );
    expect(rows).toEqual([{ n: 0 }]);
  });
});
