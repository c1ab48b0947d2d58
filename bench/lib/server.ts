import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { SESSION_COOKIE } from '../../server/modules/auth/index.js';
import { hashPassword } from '../../server/platform/auth/passwords.js';
import { schema } from '../../server/platform/db/index.js';
import { startRuntime } from '../../server/platform/runtime.js';
import { benchConfig, benchEnv, freePort, sessionOf } from './common.js';
import { loggedInSuperuser } from './organisation.js';

const ROOT = resolve(import.meta.dirname, '../..');

export type Seeded = {
  /** Session cookie (`name=value`) of a customer's Superuser whose organisation has products. */
  customerCookie: string;
  /** Session cookie of a staff validator. */
  staffCookie: string;
  /** An open case (an application received, not decided). */
  caseId: string;
  products: number;
};

/**
 * Seeds a data directory (PGlite) or database before the server starts: a customer with `products`
 * registered products, logged in, and a staff validator, logged in, with an open case in the queue.
 * Runs the app in this process on the same DATA_DIR / DATABASE_URL and SESSION_SECRET the server
 * child then uses, so the sessions made here are valid there; the app is stopped (and the PGlite
 * directory unlocked) before returning.
 */
export async function seed(env: NodeJS.ProcessEnv, products: number): Promise<Seeded> {
  const config = benchConfig(env.DATA_DIR!, { DATABASE_URL: env.DATABASE_URL, SESSION_SECRET: env.SESSION_SECRET });
  const runtime = await startRuntime(config, { logger: false, workers: false });
  try {
    const { app, services } = runtime;
    const db = runtime.database.db;
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const customer = await loggedInSuperuser(services, db, { name: 'web', email: 'customer@bench.example' });
    const models = (
      await runtime.database.sql.executeSql(
        'select id from catalogue_models where active and points > 0 order by model_code',
        [],
      )
    ).rows as { id: string }[];
    for (let done = 0; done < products; done += 50) {
      const items = Array.from({ length: Math.min(50, products - done) }, (_, i) => ({
        modelId: models[(done + i) % models.length]!.id,
        serialNumber: `BW${String(done + i).padStart(6, '0')}`,
        purchaseDate: '2025-03-01',
        purchaseCountry: 'NL',
        ...((done + i) % 2 === 0 ? { dealer: 'Bench Camera Shop' } : {}),
      }));
      const res = await fetch(`${base}/api/products`, {
        method: 'POST',
        headers: { cookie: customer.cookie, origin: base, 'content-type': 'application/json' },
        body: JSON.stringify({ idempotencyKey: randomUUID(), items }),
      });
      if (res.status !== 201) throw new Error(`registering products answered ${res.status}: ${await res.text()}`);
    }

    // The first admin invites a validator, whose password is then set as the invitation link would.
    await services.accounts.ensureFirstAdmin({ email: 'admin@bench.example', password: 'bench-admin-password-1' });
    const admin = sessionOf(
      await services.auth.login('admin@bench.example', 'bench-admin-password-1', {
        ip: '127.0.0.1',
        userAgent: 'bench',
      }),
    );
    const validator = await services.accounts.inviteStaff(admin.user, {
      email: 'validator@bench.example',
      firstName: 'Bench',
      lastName: 'Validator',
      locale: 'en',
      role: 'validator',
    });
    const password = 'bench-validator-password-1';
    await db
      .update(schema.users)
      .set({ passwordHash: await hashPassword(password), passwordChangedAt: new Date() })
      .where(eq(schema.users.id, validator.id));
    const staff = sessionOf(
      await services.auth.login('validator@bench.example', password, { ip: '127.0.0.1', userAgent: 'bench' }),
    );

    // An open case: a registration with one small PDF, as the form sends it.
    const file = Buffer.from('%PDF-1.4\n%propass bench\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const stored = await runtime.storage.put(Readable.from(file), file.length);
    const input = services.verification.validate({
      idempotencyKey: randomUUID(),
      source: 'bench',
      organisation: {
        legalName: 'Bench Applicant B.V.',
        tradingName: undefined,
        country: 'NL',
        street: 'Damrak',
        houseNumber: '7',
        postcode: '1012 AB',
        city: 'Amsterdam',
        phone: '+31 20 123 4567',
      },
      company: { vatRegistered: false, vatNumber: undefined, tradeRegisterNumber: '34126549', electronicAddress: undefined },
      contact: { firstName: 'Bench', lastName: 'Applicant', email: 'applicant@bench.example', locale: 'en' },
      documents: [{ kind: 'company_invoice' }],
      declaration: true,
    });
    await services.verification.submit(
      input,
      [
        {
          kind: 'company_invoice',
          storageKey: stored.key,
          contentType: 'application/pdf',
          size: stored.size,
          originalName: 'factuur.pdf',
        },
      ],
      { ip: '127.0.0.1' },
    );
    const open = (await runtime.database.sql.executeSql("select id from applications where status = 'received'", []))
      .rows as { id: string }[];
    if (!open[0]) throw new Error('no open case after the registration');
    return {
      customerCookie: customer.cookie,
      staffCookie: `${SESSION_COOKIE}=${staff.token}`,
      caseId: open[0].id,
      products,
    };
  } finally {
    await runtime.stop();
  }
}

export type ServerChild = { child: ChildProcess; pid: number; port: number; base: string; stop(): Promise<void> };

/** The environment of a server child: a fresh SESSION_SECRET, the data directory, the engine. */
export async function serverEnv(dataDir: string, databaseUrl: string | undefined) {
  const port = await freePort();
  return benchEnv(dataDir, {
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl ?? '',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SESSION_SECRET: randomBytes(32).toString('hex'),
  });
}

/** The real server as a child process (`node --import tsx server/main.ts`), once /readyz answers. */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerChild> {
  const port = Number(env.PORT);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    await exited;
    clearTimeout(timer);
  };
  // Generous: on a busy 2-core machine the first start can take minutes.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not ready after 300 s:\n${output}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server/main.ts'))
    throw new Error('the started pid is not the server');
  return { child, pid, port, base: `http://127.0.0.1:${port}`, stop };
}
