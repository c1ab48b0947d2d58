import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
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

  it('listens on 127.0.0.1 only by default while development tools are on, and says so', async () => {
    const port = await freePort();
    // HOST empty: the default applies.
    const server = start({ DATA_DIR: dataDir, PORT: String(port), HOST: '' });
    await ready(`http://127.0.0.1:${port}`, server.child);
    expect(await reach('127.0.0.1', port)).toBe('connected');
    // Bound to 0.0.0.0 it would answer on every other address of the machine too.
    expect(await reach('127.0.0.2', port)).toBe('ECONNREFUSED');
    if (externalAddress) expect(await reach(externalAddress, port)).toBe('ECONNREFUSED');
    expect(server.output()).toContain(`listening on 127.0.0.1:${port}`);
    expect(server.output()).toMatch(
      /Development tools on: dev mailbox \(\/api\/dev\/mailbox\), clock \(\/api\/dev\/clock\), daily run \(\/api\/dev\/daily-run\)\. They answer loopback clients only/,
    );
    expect(server.output()).not.toContain('WARNING');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);

  it('refuses a public HOST with development tools on unless told so, naming both settings', async () => {
    const refused = start({ DATA_DIR: dataDir, PORT: String(await freePort()), HOST: '0.0.0.0' });
    expect(await refused.exited).toBe(2);
    expect(refused.output()).toMatch(/HOST: 0\.0\.0\.0 .*DEV_TOOLS=false.*DEV_TOOLS_ALLOW_PUBLIC_HOST=true/);

    const demo = start({
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://propass.example',
      SESSION_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://127.0.0.1:1',
      PAYMENT_PROVIDER: 'test',
    });
    expect(await demo.exited).toBe(2);
    expect(demo.output()).toMatch(/PAYMENT_PROVIDER: .*DEMO_PAYMENTS=true/);
  });

  it('with consent listens on every interface, warns, and still serves development tools to loopback clients only', async () => {
    const port = await freePort();
    const server = start({
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '0.0.0.0',
      DEV_TOOLS_ALLOW_PUBLIC_HOST: 'true',
    });
    await ready(`http://127.0.0.1:${port}`, server.child);
    expect(server.output()).toMatch(/WARNING: listening on 0\.0\.0\.0.*DEV_TOOLS_ALLOW_PUBLIC_HOST=true/);
    expect((await fetch(`http://127.0.0.1:${port}/api/dev/clock`)).status).toBe(200);
    if (externalAddress) {
      const remote = `http://${externalAddress}:${port}`;
      expect((await fetch(`${remote}/api/meta`)).status).toBe(200);
      expect((await fetch(`${remote}/api/dev/clock`)).status).toBe(404);
      expect((await fetch(`${remote}/api/dev/mailbox`)).status).toBe(404);
      expect(await (await fetch(`${remote}/api/meta`)).json()).toMatchObject({ devMailbox: false });
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});

/** An IPv4 address of this machine that is not loopback (absent in a sandbox without a network). */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

/** Whether a TCP connection to host:port is accepted. */
function reach(host: string, port: number) {
  return new Promise<string>((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}
