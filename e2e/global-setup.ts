import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const ADMIN_EMAIL = 'admin@example.test';
export const ADMIN_PASSWORD = 'Admin-password-123!';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

/** The server serves dist/web; build it when it is missing or older than the sources. */
function ensureWebBuild() {
  const index = join(ROOT, 'dist/web/index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'web')), newestMtime(join(ROOT, 'contracts')));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('[e2e] building the web app');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `[e2e] the server exited with code ${child.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-4000)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`[e2e] the server did not become ready:\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
}

/** A port nobody listens on right now (for a server of a test's own). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the real server on a fresh data directory at `baseUrl` (port `port`), with `extraEnv` on top
 * of the suite's settings; the returned function stops it and removes its data.
 */
export async function startServer(baseUrl: string, port: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'propass-e2e-'));
  const logFile = join(dataDir, 'server.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: join(dataDir, 'data'),
    PORT: port,
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    NODE_ENV: 'development',
    // The suite registers many organisations from one address.
    REGISTRATIONS_PER_HOUR: '1000',
    // Every spec logs staff and customers in from this one address.
    PASSWORD_ATTEMPTS_PER_MINUTE: '300',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  // E-mails must land in the dev mailbox, and the database is the embedded one unless asked otherwise.
  delete env.SMTP_URL;
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  Object.assign(env, extraEnv);

  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  await waitForReady(baseUrl, child, logFile);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    if (process.env.E2E_KEEP_DATA) console.log(`[e2e] data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  };
}

/** Starts the real server on a fresh data directory; the returned function stops it again. */
export default async function globalSetup() {
  if (process.env.E2E_START_SERVER !== '1') return undefined;
  const baseUrl = process.env.E2E_BASE_URL!;
  ensureWebBuild();
  const stop = await startServer(baseUrl, process.env.E2E_PORT!);
  console.log(`[e2e] server ready at ${baseUrl}`);
  return stop;
}
