import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { fixedClock } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { migrateDatabase } from '../platform/db/index.js';
import { createJobs } from '../platform/jobs.js';
import { diskStorage } from '../platform/storage.js';
import { testDatabase } from '../test/runtime.js';

// Security headers on the pages of the web app and on the API, over http and over https.

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** The app with a small built web app in front (the real build is not needed to see its headers). */
async function appServing(publicUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'propass-headers-'));
  const webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'export {};');
  const { database, drop } = await testDatabase();
  await migrateDatabase(database);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    PUBLIC_URL: publicUrl,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-000',
  });
  const jobs = createJobs({ database, timeZone: config.timeZone, workers: false, onError: () => {} });
  const { app } = await buildApp({
    config,
    database,
    jobs,
    clock: fixedClock('2026-11-25T10:00:00Z'),
    storage: diskStorage(join(dir, 'files')),
    logger: false,
    webRoot,
  });
  cleanups.push(async () => {
    await app.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });
  return app;
}

let http: Awaited<ReturnType<typeof appServing>>;
let https: Awaited<ReturnType<typeof appServing>>;
beforeAll(async () => {
  http = await appServing('http://propass.test');
  https = await appServing('https://propass.example');
});

const URLS = [
  ['a page of the web app', '/login'],
  ['the start page', '/'],
  ['a script of the web app', '/assets/app.js'],
  ['an API answer', '/api/meta'],
  ['an API error', '/api/auth/me/nothing'],
  ['the API reference', '/api/docs/'],
] as const;

function directives(csp: string) {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values] as const;
      }),
  );
}

describe('security headers', () => {
  it('serve a page of the web app (the set-up works)', async () => {
    const page = await http.inject('/login');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  for (const [what, url] of URLS) {
    it(`${what}: strict CSP without inline scripts, no framing by others, nosniff, a referrer policy`, async () => {
      for (const app of [http, https]) {
        const res = await app.inject(url);
        expect(res.statusCode, url).toBeLessThan(500);
        const csp = directives(String(res.headers['content-security-policy']));
        const scripts = csp.get('script-src') ?? csp.get('default-src');
        expect(scripts, url).toContain("'self'");
        expect(scripts, url).not.toContain("'unsafe-inline'");
        expect(scripts, url).not.toContain("'unsafe-eval'");
        expect(
          scripts?.some((s) => s === '*' || s.endsWith(':')),
          url,
        ).toBe(false);
        expect(csp.get('default-src'), url).toEqual(["'self'"]);
        expect(csp.get('object-src'), url).toBeDefined();
        expect(csp.get('frame-ancestors'), url).toEqual(["'self'"]);
        expect(csp.get('base-uri'), url).toEqual(["'self'"]);
        expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
        expect(res.headers['x-content-type-options'], url).toBe('nosniff');
        expect(res.headers['referrer-policy'], url).toMatch(
          /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
        );
      }
    });
  }

  it('sends HSTS only when the site is https, for a year at least', async () => {
    for (const [, url] of URLS) {
      expect((await http.inject(url)).headers['strict-transport-security'], url).toBeUndefined();
      const hsts = String((await https.inject(url)).headers['strict-transport-security']);
      expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), url).toBeGreaterThanOrEqual(31_536_000);
      // Over https the page asks the browser to upgrade any http sub-resource.
      expect(String((await https.inject(url)).headers['content-security-policy'])).toContain(
        'upgrade-insecure-requests',
      );
      expect(String((await http.inject(url)).headers['content-security-policy'])).not.toContain(
        'upgrade-insecure-requests',
      );
    }
  });
});
