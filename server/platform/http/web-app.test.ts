import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAssets } from '../../../scripts/compress-assets.mjs';
import { buildApp } from '../../app.js';
import { testDatabase } from '../../test/runtime.js';
import { fixedClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { migrateDatabase } from '../db/index.js';
import { createJobs } from '../jobs.js';
import { diskStorage } from '../storage.js';

// How the built web app reaches a browser: compressed, cached by what may change, and answering
// HEAD wherever it answers GET (uptime checks and link checkers use HEAD).

const INDEX =
  '<!doctype html><html lang="en"><head><title>ProPass</title>' +
  '<script type="module" crossorigin src="/assets/index-AbC123.js"></script>' +
  '<link rel="stylesheet" href="/assets/index-DeF456.css"></head><body><div id="root"></div></body></html>';
const SCRIPT = `export const pages = [${Array.from({ length: 400 }, (_, i) => `"page ${i}"`).join(',')}];\n`;
const STYLE = Array.from({ length: 200 }, (_, i) => `.c${i} { color: #333; margin: ${i}px; }`).join('\n');

let dir: string;
let app: Awaited<ReturnType<typeof buildApp>>['app'];
let drop: () => Promise<void>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'propass-web-'));
  const webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), INDEX.repeat(3));
  writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(webRoot, 'assets', 'index-DeF456.css'), STYLE);
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // The build step that runs after `vite build`.
  compressAssets(webRoot);

  const db = await testDatabase();
  drop = db.drop;
  await migrateDatabase(db.database);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    PUBLIC_URL: 'http://propass.test',
    SESSION_SECRET: 'test-secret-test-secret-test-secret-000',
  });
  const jobs = createJobs({ database: db.database, timeZone: config.timeZone, workers: false, onError: () => {} });
  ({ app } = await buildApp({
    config,
    database: db.database,
    jobs,
    clock: fixedClock('2026-11-25T10:00:00Z'),
    storage: diskStorage(join(dir, 'files')),
    logger: false,
    webRoot,
  }));
});

afterAll(async () => {
  await app?.close();
  await drop?.();
  rmSync(dir, { recursive: true, force: true });
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGES = ['/', '/login', '/portal/products', '/back-office/cases/0b6f7c2e'];
const ASSETS = [
  ['/assets/index-AbC123.js', /javascript/, SCRIPT],
  ['/assets/index-DeF456.css', /text\/css/, STYLE],
] as const;

describe('web app delivery', () => {
  for (const [url, type, body] of ASSETS) {
    it(`${url}: brotli when asked, else gzip, else plain; always the same content`, async () => {
      const br = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(type);
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.rawPayload.length).toBeLessThan(body.length / 2);
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(body);

      const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(body);

      const both = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
      expect(both.headers['content-encoding']).toBe('br');

      const plain = await app.inject({ url, headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(body);
    });

    it(`${url}: a hashed asset is cached for a year, without revalidation`, async () => {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const res = await app.inject({ url, headers: { 'accept-encoding': encoding } });
        expect(res.headers['cache-control'], encoding).toBe(IMMUTABLE);
      }
    });
  }

  for (const url of PAGES) {
    it(`${url}: the page is revalidated on every visit (a new release shows at once) and compressed`, async () => {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX.repeat(3));
    });

    it(`HEAD ${url} answers like GET, without a body`, async () => {
      const res = await app.inject({ method: 'HEAD', url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.rawPayload.length).toBe(0);
    });
  }

  it('HEAD of an asset answers like GET, without a body', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/assets/index-AbC123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.rawPayload.length).toBe(0);
  });

  it('a file outside assets/ (not content-hashed) is revalidated', async () => {
    const res = await app.inject('/favicon.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('a missing asset is a 404, not the page (a stale chunk must not be answered with HTML)', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url: '/assets/index-Old999.js' });
      expect(res.statusCode, method).toBe(404);
      expect(res.headers['content-type'] ?? '', method).not.toMatch(/text\/html/);
    }
  });

  it('the compressed copies are not published as files of their own', async () => {
    const res = await app.inject('/assets/index-AbC123.js.br');
    expect(res.statusCode).toBe(404);
  });

  it('the API keeps its own answers: a missing API route is a JSON 404 for GET and HEAD', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url: '/api/nothing-here' });
      expect(res.statusCode, method).toBe(404);
      expect(res.headers['content-type'], method).toMatch(/application\/json/);
    }
  });
});
