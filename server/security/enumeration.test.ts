import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../platform/db/index.js';
import { adminClient, approvedOrganisation, TEST_ADMIN } from '../test/fixtures.js';
import { client } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';

let rt: TestRuntime;
beforeAll(async () => {
  rt = await startTestRuntime();
  await adminClient(rt);
});

const mails = async (to: string) => (await rt.services.mailer.list(1000)).filter((m) => m.toAddress === to);
async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('forgot password', () => {
  it('answers known and unknown addresses alike, and in the same time; the link comes afterwards', async () => {
    const known = await approvedOrganisation(rt);
    const http = client(rt.app);
    const ask = async (email: string) => {
      const start = process.hrtime.bigint();
      const res = await http.post('/api/auth/forgot-password', { email });
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, res };
    };
    // Warm up both paths, then interleave samples so load on the machine hits both alike.
    await ask(known.email);
    await ask('nobody-warm@example.test');
    const knownMs: number[] = [];
    const unknownMs: number[] = [];
    for (let i = 0; i < 40; i++) {
      // Alternate which goes first, so background work (the previous job) slows both alike.
      const first = i % 2 === 0;
      const b0 = first ? undefined : await ask(`nobody-${i}@example.test`);
      const a = await ask(known.email);
      const b = b0 ?? (await ask(`nobody-${i}@example.test`));
      expect(a.res.statusCode).toBe(200);
      expect(a.res.body).toBe(b.res.body);
      knownMs.push(a.ms);
      unknownMs.push(b.ms);
    }
    const [k, u] = [median(knownMs), median(unknownMs)];
    // The old code did the look-up, a token and an outbox row in the request for known addresses
    // only: its known median was 2–2.5× the unknown one here. Queueing one job for every address keeps
    // them within noise.
    expect(k / u, `known ${k.toFixed(2)} ms, unknown ${u.toFixed(2)} ms`).toBeLessThan(1.5);
    const resets = await eventually(
      async () => (await mails(known.email)).filter((m) => m.template === 'reset_password'),
      (r) => r.length > 0,
    );
    expect(resets.length).toBeGreaterThan(0);
    expect(await mails('nobody-0@example.test')).toHaveLength(0);
  });
});

describe('inviting a colleague', () => {
  it('answers an address with an account elsewhere (another organisation, staff) as a new one, and tells its owner', async () => {
    const other = await approvedOrganisation(rt, { locale: 'nl' });
    const { http } = await approvedOrganisation(rt);
    const invite = (email: string) =>
      http.post('/api/org/colleagues', { email, firstName: 'Kim', lastName: 'Jansen', locale: 'en' });
    const fresh = await invite('kim.new@example.test');
    const elsewhere = await invite(other.email);
    const staff = await invite(TEST_ADMIN.email);
    for (const res of [fresh, elsewhere, staff]) {
      expect(res.statusCode).toBe(201);
      expect(Object.keys(res.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
      expect(res.json()).toMatchObject({ role: 'member', status: 'invited', firstName: 'Kim' });
    }
    expect(elsewhere.json().id).not.toBe(fresh.json().id);
    // The same answer on a retry (idempotent), for both kinds.
    expect((await invite(other.email)).json()).toEqual(elsewhere.json());
    expect((await invite('kim.new@example.test')).json()).toEqual(fresh.json());

    // The list shows both as pending invitations; nothing moved into this organisation.
    const list = (await http.get('/api/org/colleagues')).json().items as {
      id: string;
      email: string;
      status: string;
    }[];
    expect(list.find((c) => c.email === other.email)).toMatchObject({ id: elsewhere.json().id, status: 'invited' });
    expect(list.find((c) => c.email === 'kim.new@example.test')).toMatchObject({ status: 'invited' });
    const [owner] = await rt.database.db.select().from(schema.users).where(eq(schema.users.email, other.email));
    expect(owner?.organisationId).toBe(other.organisationId);

    // The owner hears it, translated, once however often it is tried; no invitation link reaches them.
    const toOwner = await mails(other.email);
    expect(toOwner.map((m) => m.template)).toEqual(['invitation_existing_account']);
    expect(toOwner[0]?.subject).toContain('probeerde u toe te voegen');
    expect(toOwner[0]?.text).not.toContain('set-password');
    const third = await approvedOrganisation(rt);
    await third.http.post('/api/org/colleagues', { email: other.email, firstName: 'K', lastName: 'J', locale: 'en' });
    expect((await mails(other.email)).length).toBe(1);

    // Withdrawing it works as for any pending invitation.
    expect((await http.delete(`/api/org/colleagues/${elsewhere.json().id}`)).statusCode).toBe(200);
    const after = (await http.get('/api/org/colleagues')).json().items as { email: string }[];
    expect(after.map((c) => c.email)).not.toContain(other.email);
  });
});
