import type { Role } from '../../../contracts/common.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { schema } from '../../platform/db/index.js';
import { approvedOrganisation, CUSTOMER_PASSWORD } from '../../test/fixtures.js';
import { client, ORIGIN } from '../../test/http.js';
import type { TestRuntime } from '../../test/runtime.js';

export const STAFF_ROLES = ['validator', 'support', 'finance', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type ActorName = 'anonymous' | 'customer' | StaffRole;

/** Someone calling the API: a cookie jar, and for users the means to log in again. */
export type Actor = {
  name: ActorName;
  role: Role | null;
  userId: string | null;
  organisationId: string | null;
  http: ReturnType<typeof client>;
  /** A fresh session (after a log-out, a password change or a moved clock ended the old one). */
  relogin(): Promise<void>;
};

const STAFF_PASSWORD = 'Herfst-bladeren-2026-staff';
let n = 0;

async function login(http: ReturnType<typeof client>, email: string, password: string) {
  const res = await http.post('/api/auth/login', { email, password });
  if (res.statusCode !== 200 || !http.cookie) throw new Error(`login of ${email} failed: ${res.body}`);
}

/**
 * A staff member with a password, as after the admin's invitation and the set-password link
 * (two-step verification is optional outside production), logged in through the API.
 */
export async function staffActor(rt: TestRuntime, role: StaffRole): Promise<Actor> {
  n++;
  const email = `${role}${n}-${Date.now()}@staff.example.test`;
  const [user] = await rt.database.db
    .insert(schema.users)
    .values({
      email,
      firstName: 'Sec',
      lastName: `${role} ${n}`,
      role,
      locale: 'en',
      passwordHash: await hashPassword(STAFF_PASSWORD),
    })
    .returning({ id: schema.users.id });
  const actor: Actor = {
    name: role,
    role,
    userId: user!.id,
    organisationId: null,
    http: client(rt.app),
    async relogin() {
      actor.http = client(rt.app);
      await login(actor.http, email, STAFF_PASSWORD);
    },
  };
  await actor.relogin();
  return actor;
}

/** The Superuser of a fresh approved organisation, logged in. */
export async function customerActor(rt: TestRuntime): Promise<Actor & { email: string }> {
  const org = await approvedOrganisation(rt);
  const actor = {
    name: 'customer' as const,
    role: 'superuser' as const,
    userId: org.userId,
    organisationId: org.organisationId,
    email: org.email,
    http: org.http,
    async relogin() {
      actor.http = client(rt.app);
      await login(actor.http, org.email, CUSTOMER_PASSWORD);
    },
  };
  return actor;
}

export function anonymousActor(rt: TestRuntime): Actor {
  const actor: Actor = {
    name: 'anonymous',
    role: null,
    userId: null,
    organisationId: null,
    http: client(rt.app),
    async relogin() {
      actor.http = client(rt.app);
    },
  };
  return actor;
}

/** Anonymous, a customer (Superuser) and one of each staff role. */
export async function allActors(rt: TestRuntime): Promise<Actor[]> {
  const actors: Actor[] = [anonymousActor(rt), await customerActor(rt)];
  for (const role of STAFF_ROLES) actors.push(await staffActor(rt, role));
  return actors;
}

/** Whether the actor's session still belongs to the actor (a fuzzed log-out or deactivation may have ended it). */
export async function ensureSession(actor: Actor) {
  if (!actor.userId) return;
  const me = await actor.http.get('/api/auth/me');
  const user = me.statusCode === 200 ? (me.json() as { user: { id: string } | null }).user : null;
  if (user?.id !== actor.userId) await actor.relogin();
}

export type Call = {
  method: string;
  url: string;
  payload?: string | Buffer | object;
  headers?: Record<string, string>;
};

/** One request as `actor`, CSRF-valid (the site's own Origin), with the actor's session cookie. */
export function send(rt: TestRuntime, actor: Actor, call: Call) {
  return rt.app.inject({
    method: call.method as 'GET',
    url: call.url,
    headers: {
      'accept-language': 'en',
      origin: ORIGIN,
      ...(actor.http.cookie ? { cookie: actor.http.cookie } : {}),
      ...call.headers,
    },
    ...(call.payload !== undefined ? { payload: call.payload } : {}),
  });
}

/** A customer without Superuser rights (a colleague who has set a password), in the organisation of `of`. */
export async function memberActor(rt: TestRuntime, of: Actor): Promise<Actor> {
  n++;
  const email = `member${n}-${Date.now()}@example.test`;
  const [user] = await rt.database.db
    .insert(schema.users)
    .values({
      email,
      firstName: 'Mia',
      lastName: `Member ${n}`,
      role: 'member',
      locale: 'en',
      organisationId: of.organisationId,
      passwordHash: await hashPassword(CUSTOMER_PASSWORD),
    })
    .returning({ id: schema.users.id });
  const actor: Actor = {
    name: 'customer',
    role: 'member',
    userId: user!.id,
    organisationId: of.organisationId,
    http: client(rt.app),
    async relogin() {
      actor.http = client(rt.app);
      await login(actor.http, email, CUSTOMER_PASSWORD);
    },
  };
  await actor.relogin();
  return actor;
}

/** A new actor of the same kind (when the old one can no longer log in: locked out by fuzzed passwords). */
export async function freshActor(rt: TestRuntime, actor: Actor): Promise<Actor> {
  if (actor.name === 'anonymous') return anonymousActor(rt);
  if (actor.name === 'customer') return customerActor(rt);
  return staffActor(rt, actor.name);
}
