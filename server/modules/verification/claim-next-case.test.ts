import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../contracts/registration.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { schema } from '../../platform/db/index.js';
import { adminClient, approvedOrganisation, registrationInput, submitRegistration } from '../../test/fixtures.js';
import { client } from '../../test/http.js';
import { startTestRuntime, type TestRuntime } from '../../test/runtime.js';

let rt: TestRuntime;
let admin: Awaited<ReturnType<typeof adminClient>>;
beforeAll(async () => {
  rt = await startTestRuntime();
});

const DAY = 86_400_000;
const { applications, applicationEvidence, applicationEvents } = schema;

/** A second validator, logged in. */
async function validator(name: string) {
  const email = `${name}-${Date.now()}@example.test`;
  const invited = await admin.post('/api/admin/staff', {
    email,
    firstName: name,
    lastName: 'Validator',
    locale: 'en',
    role: 'validator',
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const password = 'Herfst-bladeren-2026-kast';
  await rt.database.db
    .update(schema.users)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(schema.users.email, email));
  const http = client(rt.app);
  expect((await http.post('/api/auth/login', { email, password })).statusCode).toBe(200);
  return { http, id: (invited.json() as { id: string }).id };
}

/** A case in the queue, submitted now; `clean` sets its evidence flag (all signals green or not). */
async function waiting(clean?: boolean, dueInDays?: number) {
  const { applicationId } = await submitRegistration(rt, registrationInput());
  if (dueInDays !== undefined) {
    await rt.database.db
      .update(applications)
      .set({ slaDueAt: new Date(rt.clock.now().getTime() + dueInDays * DAY) })
      .where(eq(applications.id, applicationId));
  }
  if (clean !== undefined) {
    // Once the reading job is done (it writes the flag too), the flag this test wants.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const detail = (await admin.get(`/api/staff/cases/${applicationId}`)).json() as CaseDetail;
      if (detail.evidence?.documents.every((d) => d.status !== 'pending') || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await rt.database.db
      .insert(applicationEvidence)
      .values({ applicationId, clean, signals: [] })
      .onConflictDoUpdate({ target: applicationEvidence.applicationId, set: { clean } });
  }
  return applicationId;
}

async function row(id: string) {
  const [found] = await rt.database.db.select().from(applications).where(eq(applications.id, id));
  return found!;
}

/** Every waiting case out of the way, so each test sees only its own; a fresh admin session. */
beforeEach(async () => {
  admin = await adminClient(rt);
  await rt.database.db
    .update(applications)
    .set({ status: 'rejected', assigneeId: null })
    .where(eq(applications.status, 'received'));
  await rt.database.db
    .update(applications)
    .set({ status: 'rejected', assigneeId: null })
    .where(eq(applications.status, 'in_review'));
});

describe('next case: a validator takes the next unassigned case in one request', () => {
  it('gives the clean case first, then by SLA, assigns it as a claim does and never hands out the same case twice', async () => {
    const vera = await validator('vera');
    const late = await waiting(undefined, 3);
    const early = await waiting(false, 1); // due first, but not clean
    const clean = await waiting(true, 2);

    const first = await vera.http.post('/api/staff/cases/next', {});
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ id: clean });
    expect(await row(clean)).toMatchObject({ assigneeId: vera.id, status: 'in_review' });
    const events = await rt.database.db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, clean));
    expect(events.at(-1)).toMatchObject({
      action: 'claimed',
      actorUserId: vera.id,
      fromStatus: 'received',
      toStatus: 'in_review',
    });
    // The case page shows the validator as its assignee.
    expect((await vera.http.get(`/api/staff/cases/${clean}`)).json()).toMatchObject({ assigneeId: vera.id });

    expect((await vera.http.post('/api/staff/cases/next', {})).json()).toEqual({ id: early });
    expect((await vera.http.post('/api/staff/cases/next', {})).json()).toEqual({ id: late });
    expect((await vera.http.post('/api/staff/cases/next', {})).json()).toEqual({ id: null });
  });

  it('with clean: true offers only clean cases, and leaves cases someone holds or that wait for the applicant', async () => {
    const vera = await validator('vera');
    const otto = await validator('otto');
    const held = await waiting(true);
    expect((await otto.http.post(`/api/staff/cases/${held}/claim`)).statusCode).toBe(200);
    const waitingForApplicant = await waiting(true);
    const asked = await admin.post(`/api/staff/cases/${waitingForApplicant}/decision`, {
      type: 'request_info',
      documents: ['chamber_extract'],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const notClean = await waiting(false);
    const unread = await waiting();

    expect((await vera.http.post('/api/staff/cases/next', { clean: true })).json()).toEqual({ id: null });
    expect(await row(held)).toMatchObject({ assigneeId: otto.id });
    expect(await row(waitingForApplicant)).toMatchObject({ status: 'more_info_needed' });
    expect(await row(notClean)).toMatchObject({ assigneeId: null, status: 'received' });

    const next = (await vera.http.post('/api/staff/cases/next', { clean: false })).json();
    expect([notClean, unread]).toContain(next.id);
  });

  it('two validators asking at the same moment get different cases, and the last one none', async () => {
    const vera = await validator('vera');
    const otto = await validator('otto');
    const a = await waiting(true);
    const b = await waiting(true);
    const answers = await Promise.all([
      vera.http.post('/api/staff/cases/next', { clean: true }),
      otto.http.post('/api/staff/cases/next', { clean: true }),
      vera.http.post('/api/staff/cases/next', { clean: true }),
    ]);
    const ids = answers.map((r) => r.json().id);
    expect(ids.filter(Boolean).sort()).toEqual([a, b].sort());
    expect(ids.filter((id) => id === null)).toHaveLength(1);
  });

  it('is staff only, and a bad body is a 400 that changes nothing', async () => {
    const id = await waiting(true);
    const customer = await approvedOrganisation(rt);
    expect((await customer.http.post('/api/staff/cases/next', {})).statusCode).toBe(403);
    expect((await client(rt.app).post('/api/staff/cases/next', {})).statusCode).toBe(401);
    const bad = await admin.post('/api/staff/cases/next', { clean: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTruthy();
    expect(await row(id)).toMatchObject({ assigneeId: null, status: 'received' });
  });
});
