import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { openDatabase } from '../platform/db/index.js';
import { engine, freshPostgresDatabase } from '../test/runtime.js';

/** The crash test's set-up: the real server as a child process, its database, and what it is sent. */

const root = join(import.meta.dirname, '../..');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A valid PDF whose one stream holds `size` random bytes written as hex (unique content per file). */
export function randomPdf(size: number): Buffer {
  const hex = randomBytes(size).toString('hex');
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${hex.length}>>stream\n${hex}\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

export const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function application(n: number, key: string) {
  return {
    idempotencyKey: key,
    source: 'crash',
    organisation: {
      legalName: `Crash Studio ${n} B.V.`,
      tradingName: `Crash ${n}`,
      country: 'NL',
      street: 'Keizersgracht',
      houseNumber: String(n + 1),
      postcode: '1015 CJ',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
    },
    company: { vatRegistered: false, tradeRegisterNumber: '34126549', legacyEmail: '' },
    contact: { firstName: 'Anna', lastName: `Crash ${n}`, email: `crash-${key}@example.test`, locale: 'nl' },
    documents: [{ kind: 'chamber_extract' }],
    declaration: true,
  };
}

export type Server = { child: ChildProcess; exited: Promise<number | null>; output: () => string };

export function startServer(env: Record<string, string>): Server {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      REGISTRATIONS_PER_HOUR: '100000',
      PASSWORD_ATTEMPTS_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

export async function ready(url: string, server: Server) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && server.child.exitCode === null) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become ready:\n${server.output().slice(-3000)}`);
}

/** A fresh PostgreSQL database for the postgres project; the embedded data directory otherwise. */
export async function databaseSettings(dataDir: string) {
  if (engine === 'pglite')
    return {
      env: {} as Record<string, string>,
      open: () => openDatabase({ pgliteDir: dataDir }),
      drop: async () => {},
    };
  const fresh = await freshPostgresDatabase('propass_crash');
  return {
    env: { DATABASE_URL: fresh.url } as Record<string, string>,
    open: () => openDatabase({ databaseUrl: fresh.url }),
    drop: fresh.drop,
  };
}
