import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engine } from './test/runtime.js';

const root = join(import.meta.dirname, '..');
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', HOST: '127.0.0.1', SKIP_WEB_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function ready(url: string, child: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

const dataDir = mkdtempSync(join(tmpdir(), 'propass-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The process-level behaviour of the embedded engine; PostgreSQL is covered by the other files.
describe.skipIf(engine !== 'pglite')('the server process on the embedded database', () => {
  it('refuses a second start on the same data directory, keeps the first, stops cleanly and keeps the data', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = start({ DATA_DIR: dataDir, PORT: String(port) });
    await ready(url, first.child);
    const printed = /password: (\S+)/.exec(first.output())?.[1];
    expect(printed, first.output()).toBeTruthy();

    const second = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(3);
    expect(second.output()).toContain(
      `The data directory ${dataDir} is in use by another ProPass process (pid ${first.child.pid}`,
    );
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const login = async () =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@propass.local', password: printed }),
      });
    expect((await login()).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const again = start({ DATA_DIR: dataDir, PORT: String(port) });
    await ready(url, again.child);
    expect(again.output()).not.toContain('password:');
    expect((await login()).status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 120_000);

  it('exits with one clear line per bad setting', async () => {
    const bad = start({ DATA_DIR: dataDir, PORT: 'eighty', SMTP_URL: 'http://nope' });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/PORT: .*\n.*SMTP_URL: /);
    expect(bad.output()).not.toMatch(/at .*\.ts:\d+/);
  });
});
