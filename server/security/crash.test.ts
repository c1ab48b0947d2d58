import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.js';
import { type Database, schema } from '../platform/db/index.js';
import { startRuntime } from '../platform/runtime.js';
import { approvedOrganisation, CUSTOMER_PASSWORD, givePoints } from '../test/fixtures.js';
import { multipart } from '../test/http.js';
import type { TestRuntime } from '../test/runtime.js';
import { application, databaseSettings, freePort, randomPdf, ready, sha256, startServer } from './crash.helpers.js';

/**
 * Crash safety of the real server process: registrations with uploads and membership purchases
 * run concurrently, the process is killed with SIGKILL in the middle, and after a restart every
 * acknowledged write is there whole (documents byte for byte), nothing is half made, and retries
 * of the unanswered requests take effect exactly once.
 */

const REGISTRATIONS = 40;
const ORGANISATIONS = 10;
const ADMIN = { email: 'admin@example.test', password: 'Admin-password-123!' };

const dataDir = mkdtempSync(join(tmpdir(), 'propass-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('kill -9 during concurrent registrations with uploads and purchases', () => {
  it('keeps every acknowledged write whole, makes nothing half, and retries take effect once', async () => {
    const settings = await databaseSettings(dataDir);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...settings.env,
    };

    // Organisations with 600 points each, made through the services before the server starts.
    const seeding = await startRuntime(loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', ...env }), {
      logger: false,
      workers: false,
    });
    const customers: string[] = [];
    for (let i = 0; i < ORGANISATIONS; i++) {
      const org = await approvedOrganisation(seeding as unknown as TestRuntime);
      await givePoints(seeding as unknown as TestRuntime, org.organisationId, 600);
      customers.push(org.email);
    }
    await seeding.stop();

    let server = startServer(env);
    await ready(url, server);

    const cookies = new Map<string, string>();
    for (const email of customers) {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: JSON.stringify({ email, password: CUSTOMER_PASSWORD }),
      });
      expect(res.status).toBe(200);
      cookies.set(email, /pp_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '');
    }

    const registrations = Array.from({ length: REGISTRATIONS }, (_, n) => {
      const key = randomUUID();
      return { key, body: application(n, key), file: randomPdf(150_000 + n * 1000) };
    });
    const purchases = customers.map((email) => ({
      email,
      body: { idempotencyKey: randomUUID(), tierCode: 'silver', paymentMethod: 'bank_transfer', acceptTerms: true },
    }));

    const register = (r: (typeof registrations)[number]) => {
      const form = multipart({ application: JSON.stringify(r.body) }, [
        { field: 'documents', name: 'extract.pdf', type: 'application/pdf', data: r.file },
      ]);
      return fetch(`${url}/api/registrations`, {
        method: 'POST',
        headers: { ...form.headers, origin: url },
        body: form.payload,
      });
    };
    const purchase = (p: (typeof purchases)[number]) =>
      fetch(`${url}/api/membership/purchase`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url, cookie: cookies.get(p.email) ?? '' },
        body: JSON.stringify(p.body),
      });

    // Four registration senders and the purchases run at once; the process is killed after the
    // tenth acknowledged registration, with requests of both kinds still in flight.
    const acknowledged = new Set<string>();
    const refused: string[] = [];
    const purchaseAnswers = new Map<string, string>();
    let killed = false;
    let next = 0;
    const kill = () => {
      if (killed) return;
      killed = true;
      server.child.kill('SIGKILL');
    };
    const sender = async () => {
      while (!killed && next < registrations.length) {
        const r = registrations[next++]!;
        try {
          const res = await register(r);
          if (res.status === 201 || res.status === 200) acknowledged.add(r.key);
          else refused.push(`registration answered ${res.status}: ${await res.text()}`);
        } catch {
          // the connection died with the process
        }
        if (acknowledged.size >= 10) kill();
      }
    };
    const buyer = async (p: (typeof purchases)[number], delay: number) => {
      await new Promise((r) => setTimeout(r, delay));
      if (killed) return;
      try {
        const res = await purchase(p);
        if (res.status === 200) purchaseAnswers.set(p.email, (await res.json()).orderId);
        else refused.push(`purchase answered ${res.status}: ${await res.text()}`);
      } catch {
        // the connection died with the process
      }
    };
    await Promise.all([
      sender(),
      sender(),
      sender(),
      sender(),
      ...purchases.map((p, i) => buyer(p, 50 * i)),
      new Promise<void>((r) =>
        setTimeout(() => {
          kill();
          r();
        }, 20_000),
      ),
    ]);
    await server.exited;
    expect(refused).toEqual([]);
    console.log(
      `killed after ${acknowledged.size} of ${REGISTRATIONS} registrations and ${purchaseAnswers.size} of ${ORGANISATIONS} purchases answered`,
    );
    expect(acknowledged.size).toBeGreaterThan(0);
    const unanswered = registrations.filter((r) => !acknowledged.has(r.key));
    expect(unanswered.length, 'the kill came after every registration was answered').toBeGreaterThan(0);

    // Restart on the same data; every request that got no answer is sent again with its key,
    // and the answered ones too (a client that did not see the answer).
    server = startServer(env);
    await ready(url, server);
    for (const r of registrations) {
      const res = await register(r);
      expect([200, 201], await res.clone().text()).toContain(res.status);
    }
    for (const p of purchases) {
      const res = await purchase(p);
      expect(res.status, await res.clone().text()).toBe(200);
      const { orderId } = await res.json();
      const before = purchaseAnswers.get(p.email);
      if (before) expect(orderId).toBe(before);
    }
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const database: Database = await settings.open();
    try {
      const { db } = database;
      const keys = registrations.map((r) => r.key);
      const applications = await db
        .select()
        .from(schema.applications)
        .where(inArray(schema.applications.idempotencyKey, keys));
      // Each registration exactly once.
      expect(applications.map((a) => a.idempotencyKey).sort()).toEqual([...keys].sort());
      for (const app of applications) {
        const sent = registrations.find((r) => r.key === app.idempotencyKey)!;
        const documents = await db
          .select()
          .from(schema.applicationDocuments)
          .where(eq(schema.applicationDocuments.applicationId, app.id));
        expect(documents).toHaveLength(1);
        const stored = join(
          dataDir,
          'files',
          documents[0]!.storageKey.slice(0, 2),
          documents[0]!.storageKey.slice(2, 4),
          documents[0]!.storageKey,
        );
        expect(existsSync(stored), `document of ${app.reference}`).toBe(true);
        expect(sha256(readFileSync(stored))).toBe(sha256(sent.file));
        const events = await db
          .select()
          .from(schema.applicationEvents)
          .where(eq(schema.applicationEvents.applicationId, app.id));
        expect(events.map((e) => e.action)).toContain('submitted');
        const mails = await db
          .select()
          .from(schema.mailOutbox)
          .where(eq(schema.mailOutbox.toAddress, app.contactEmail));
        expect(mails.filter((m) => m.template === 'application_received')).toHaveLength(1);
      }

      // Each purchase exactly once: one order, one membership under one number, one welcome e-mail.
      for (const p of purchases) {
        const [user] = await db.select().from(schema.users).where(eq(schema.users.email, p.email));
        const orders = await db
          .select()
          .from(schema.orders)
          .where(eq(schema.orders.organisationId, user!.organisationId!));
        expect(orders).toHaveLength(1);
        expect(orders[0]!.membershipId).not.toBeNull();
        const memberships = await db
          .select()
          .from(schema.memberships)
          .where(eq(schema.memberships.organisationId, user!.organisationId!));
        expect(memberships).toHaveLength(1);
        expect(memberships[0]!.id).toBe(orders[0]!.membershipId);
        expect(memberships[0]!.status).toBe('active');
        const welcome = (
          await db.select().from(schema.mailOutbox).where(eq(schema.mailOutbox.toAddress, p.email))
        ).filter((m) => m.template === 'membership_welcome');
        expect(welcome).toHaveLength(1);
      }
    } finally {
      await database.close();
      await settings.drop();
    }

    // Every stored file belongs to a document (partial uploads live only in files/tmp).
    const filesRoot = join(dataDir, 'files');
    for (const a of readdirSync(filesRoot)) {
      if (a === 'tmp') continue;
      for (const b of readdirSync(join(filesRoot, a)))
        for (const key of readdirSync(join(filesRoot, a, b))) expect(key).toMatch(/^[a-f0-9]{64}$/);
    }
  }, 240_000);
});
