import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Config, loadConfig } from '../../server/platform/config.js';

export type Engine = { name: 'pglite' } | { name: 'postgres'; adminUrl: string };

/** PGlite always; PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set; BENCH_ENGINES narrows. */
export function engines(): Engine[] {
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const list: Engine[] = [{ name: 'pglite' }];
  if (adminUrl) list.push({ name: 'postgres', adminUrl });
  else console.log('(BENCH_DATABASE_URL / TEST_DATABASE_URL not set: PostgreSQL runs skipped)');
  // BENCH_ENGINES=postgres (or pglite) runs one engine only.
  const only = process.env.BENCH_ENGINES?.split(',').map((e) => e.trim());
  return only ? list.filter((e) => only.includes(e.name)) : list;
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `propass-bench-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The environment a benchmark's server runs with: quiet, no SMTP, nothing from the caller's DATABASE_URL. */
export function benchEnv(dataDir: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    SMTP_URL: '',
    PUBLIC_URL: '',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ...extra,
  };
}

export function benchConfig(dataDir: string, extra: Record<string, string | undefined> = {}): Config {
  return loadConfig(benchEnv(dataDir, extra));
}

/**
 * Creates a fresh database on the PostgreSQL server of `adminUrl`, runs `work` with its URL and
 * drops it afterwards, also when `work` fails.
 */
export async function withFreshPostgres<T>(adminUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `propass_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await admin.end();
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : '—');
export const round = (value: number, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/** Prints an aligned text table. */
export function printTable(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** The one machine-readable line of a benchmark: starts with {"bench": so it can be grepped. */
export function printJson(bench: string, data: Record<string, unknown>) {
  console.log(JSON.stringify({ bench, date: new Date().toISOString(), node: process.version, ...data }));
}

/** Exit status: 0, or 1 when BENCH_STRICT=1 and a target was missed. */
export function finish(targetsMet: boolean) {
  console.log(`\nTarget ${targetsMet ? 'met' : 'MISSED'}.`);
  if (!targetsMet && process.env.BENCH_STRICT === '1') process.exitCode = 1;
}

/** Prints the core count and load average, warning when other work competes for the CPU. */
export function printMachine() {
  const [one] = loadavg();
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  if ((one ?? 0) > cpus().length * 0.5) {
    console.log('warning: the machine is busy with other work; figures will be noisy (latency tails above all).');
  }
}

/** Job workers on (the real app) unless BENCH_WORKERS=0, to see their share of the figures. */
export const benchWorkers = () => process.env.BENCH_WORKERS !== '0';

/** A password log-in's session (customers never get the two-step challenge staff may get). */
export function sessionOf<T extends object>(result: T | { challenge: string }): T {
  if ('challenge' in result) throw new Error('log-in asked for a two-step code');
  return result as T;
}
