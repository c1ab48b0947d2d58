import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { s3Storage } from '../platform/storage-s3.js';
import { registrationInput } from './fixtures.js';
import { PDF } from './http.js';
import { engine, freshPostgresDatabase } from './runtime.js';
import { startS3StandIn } from './s3-stand-in.js';

/**
 * Two real server processes on one PostgreSQL database and one S3 bucket, behind a round-robin
 * proxy: what one instance accepts, the other serves; one limit and one run of each scheduled job
 * across both; a killed instance loses nothing it acknowledged. PostgreSQL only (PGlite is one
 * process by design).
 */
const ADMIN = { email: 'admin@two-instances.test', password: 'Two-instances-admin-1!' };
const SCHEDULED = ['billing.sweep', 'programme.daily-run', 'mail.sweep', 'verification.document-retention'];
const ROOT = resolve(import.meta.dirname, '../..');

type Instance = { name: string; port: number; process: ChildProcess; alive: boolean; dataDir: string };

describe.skipIf(engine !== 'postgres')('two instances on one database and one bucket', () => {
  let db: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let sql: pg.Client;
  let standIn: Awaited<ReturnType<typeof startS3StandIn>>;
  let proxy: Server;
  let url = '';
  const instances: Instance[] = [];
  const began = Date.now();

  const freePort = () =>
    new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => done(port));
      });
    });

  async function startInstance(name: string): Promise<Instance> {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), `propass-${name}-`));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        DEV_TOOLS: 'false',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: db.url,
        PUBLIC_URL: url,
        SESSION_SECRET: 'two-instances-share-one-session-secret',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        TRUST_PROXY: '127.0.0.1',
        VAT_REGISTRY: 'off',
        LOG_LEVEL: 'error',
        ...standIn.env,
      },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const instance = { name, port, process: child, alive: true, dataDir };
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`instance ${name} exited: ${stderr}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (ready?.ok) return instance;
      await sleep(100);
    }
    throw new Error(`instance ${name} not ready: ${stderr}`);
  }

  /** Round-robin over the live instances; a refused connection (an instance gone) goes to the next. */
  function startProxy() {
    let turn = 0;
    return createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const attempt = (tries: number) => {
          const live = instances.filter((i) => i.alive);
          const target = live[turn++ % live.length];
          if (!target) return res.writeHead(502).end();
          const forwarded = req.headers['x-forwarded-for'] ?? req.socket.remoteAddress ?? '';
          const upstream = httpRequest(
            {
              host: '127.0.0.1',
              port: target.port,
              method: req.method,
              path: req.url,
              headers: { ...req.headers, 'x-forwarded-for': String(forwarded) },
            },
            (answer) => {
              res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': target.name });
              answer.pipe(res);
            },
          );
          upstream.on('error', (error: NodeJS.ErrnoException) => {
            // Never connected: safe to send elsewhere. A connection lost mid-request is a 502.
            if (error.code === 'ECONNREFUSED' && tries < 3) {
              target.alive = false;
              return attempt(tries + 1);
            }
            if (!res.headersSent) res.writeHead(502);
            res.end();
          });
          upstream.end(body);
        };
        attempt(0);
      });
    });
  }

  const call = async (path: string, init: RequestInit & { cookie?: string; ip?: string } = {}) => {
    const res = await fetch(`${url}${path}`, {
      ...init,
      headers: {
        origin: url,
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...(init.ip ? { 'x-forwarded-for': init.ip } : {}),
        ...(init.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
    return { res, servedBy: res.headers.get('x-served-by') ?? '' };
  };
  const register = (ip: string, data: Buffer = PDF) => {
    const input = registrationInput();
    const form = new FormData();
    form.set('application', JSON.stringify(input));
    form.set('documents', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), 'extract.pdf');
    return call('/api/registrations', { method: 'POST', body: form, ip }).then((r) => ({ ...r, input }));
  };

  beforeAll(async () => {
    db = await freshPostgresDatabase('propass_two', inject('postgresTemplate'));
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    // In its own process: killing an instance mid-upload makes s3rver clean up asynchronously.
    standIn = await startS3StandIn(undefined, { ownProcess: true });
    proxy = startProxy();
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    // One after the other: the first creates the admin and seeds, the second finds them.
    instances.push(await startInstance('a'));
    instances.push(await startInstance('b'));
  }, 120_000);

  afterAll(async () => {
    for (const i of instances) i.process.kill('SIGKILL');
    proxy?.close();
    await sql?.end();
    await standIn?.stop();
    await db?.drop();
    for (const i of instances) rmSync(i.dataDir, { recursive: true, force: true });
    console.log(`two instances: ${((Date.now() - began) / 1000).toFixed(1)} s in all`);
  });

  it('serves a document uploaded through one instance to staff on the other, with a session from either', async () => {
    const document = Buffer.concat([PDF.subarray(0, PDF.length - 6), Buffer.from(`%${Date.now()}\n%%EOF\n`)]);
    const uploaded = await register('198.51.100.10', document);
    expect(uploaded.res.status).toBe(201);

    const login = await call('/api/auth/login', { method: 'POST', body: JSON.stringify(ADMIN) });
    expect(login.res.status).toBe(200);
    const cookie = login.res.headers.getSetCookie()[0]!.split(';')[0]!;
    const me = await call('/api/auth/me', { cookie });
    expect(me.servedBy).not.toBe(login.servedBy);
    expect((await me.res.json()).user.email).toBe(ADMIN.email);

    const { rows } = await sql.query(
      `select a.id, d.id as document_id from applications a join application_documents d on d.application_id = a.id
       where a.idempotency_key = $1`,
      [uploaded.input.idempotencyKey],
    );
    let served = await call(`/api/staff/cases/${rows[0].id}/documents/${rows[0].document_id}`, { cookie });
    if (served.servedBy === uploaded.servedBy) {
      served = await call(`/api/staff/cases/${rows[0].id}/documents/${rows[0].document_id}`, { cookie });
    }
    expect(served.servedBy).not.toBe(uploaded.servedBy);
    expect(served.res.status).toBe(200);
    expect(Buffer.from(await served.res.arrayBuffer()).equals(document)).toBe(true);
  });

  it('holds a limit of 20 across both instances', async () => {
    const answers = [];
    for (let i = 0; i < 24; i++) {
      answers.push(
        await call('/api/auth/login', {
          method: 'POST',
          ip: '203.0.113.20',
          body: JSON.stringify({ email: `nobody-${i}@two-instances.test`, password: 'Wrong-password-123' }),
        }),
      );
    }
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(new Set(['a', 'b']));
    expect(answers.filter((a) => a.res.status === 401)).toHaveLength(20);
    expect(answers.filter((a) => a.res.status === 429)).toHaveLength(4);
  });

  it('runs each scheduled job once across both instances', async () => {
    // Every schedule due each minute from now: both instances' schedulers see every tick.
    const since = (await sql.query('select now() as t')).rows[0].t as Date;
    await sql.query(`update pgboss.schedule set cron = '* * * * *' where name = any($1)`, [SCHEDULED]);
    const runs = async () =>
      (
        await sql.query(
          `select name, date_trunc('minute', created_on) as minute, count(*)::int as jobs,
                  count(*) filter (where state = 'completed')::int as completed
           from (select name, created_on, state from pgboss.job union all select name, created_on, state from pgboss.archive) j
           where name = any($1) and created_on >= $2 group by 1, 2`,
          [SCHEDULED, since],
        )
      ).rows as { name: string; minute: Date; jobs: number; completed: number }[];
    let seen: Awaited<ReturnType<typeof runs>> = [];
    for (let i = 0; i < 100; i++) {
      seen = await runs();
      if (SCHEDULED.every((q) => seen.some((r) => r.name === q && r.completed === 1))) break;
      await sleep(1000);
    }
    for (const queue of SCHEDULED) expect(seen.filter((r) => r.name === queue).length, queue).toBeGreaterThanOrEqual(1);
    // One job per queue and minute, run once, whichever instance took it.
    expect(seen.filter((r) => r.jobs !== 1)).toEqual([]);
    expect(seen.filter((r) => r.completed > 1)).toEqual([]);
  }, 120_000);

  it('loses no acknowledged registration when an instance is killed', async () => {
    const acknowledged: { reference: string; key: string }[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < 24) {
        const n = ++sent;
        if (n === 8) {
          instances[0]!.process.kill('SIGKILL');
        }
        const r = await register(`192.0.2.${n}`).catch(() => null);
        if (r?.res.status === 201)
          acknowledged.push({ reference: (await r.res.json()).reference, key: r.input.idempotencyKey });
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(16);
    const { rows } = await sql.query(
      `select a.reference, d.storage_key from applications a join application_documents d on d.application_id = a.id
       where a.reference = any($1)`,
      [acknowledged.map((a) => a.reference)],
    );
    expect(rows.map((r) => r.reference).sort()).toEqual(acknowledged.map((a) => a.reference).sort());
    const bucket = s3Storage(standIn.settings);
    for (const row of rows as { storage_key: string }[]) {
      const key = row.storage_key;
      await expect(
        bucket.client.send(
          new HeadObjectCommand({ Bucket: standIn.bucket, Key: `${key.slice(0, 2)}/${key.slice(2, 4)}/${key}` }),
        ),
      ).resolves.toBeTruthy();
    }
    // The survivor still serves.
    expect((await call('/readyz')).res.status).toBe(200);
  }, 60_000);
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
