import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../contracts/common.js';
import { multipart } from '../test/http.js';
import { startTestRuntime, type TestRuntime } from '../test/runtime.js';
import {
  type Actor,
  anonymousActor,
  type Call,
  customerActor,
  ensureSession,
  memberActor,
  STAFF_ROLES,
  send,
  staffActor,
} from './support/actors.js';
import { errorCode, errorShapeProblem } from './support/error-shape.js';
import { PUBLIC_ROUTES } from './support/public-routes.js';
import { fillPath, paramNames, queryStrings, validFor, withQuery } from './support/requests.js';
import { admits as admitsRole, type RouteEntry, routeTable } from './support/route-table.js';
import { application, type OwnedData, ownedData, ticketWithAttachment } from './support/world.js';

// The app builds its own Fastify instance: record every route it registers, with its guard.
vi.mock('fastify', async (importOriginal) =>
  (await import('./support/route-table.js')).recordingFastify(await importOriginal()),
);

/**
 * Customer routes with an id, and which of an organisation's own ids each takes. A customer route
 * with an id that is not here fails the test, so a new one gets its cross-organisation check.
 */
const OWNED_IDS: Record<string, (d: OwnedData) => Record<string, string>> = {
  'DELETE /api/org/colleagues/:id': (d) => ({ id: d.colleagueId }),
  'GET /api/products/:id': (d) => ({ id: d.productId }),
  'PATCH /api/products/:id': (d) => ({ id: d.productId }),
  'POST /api/products/:id/end': (d) => ({ id: d.productId }),
  'GET /api/billing/invoices/:id/pdf': (d) => ({ id: d.invoiceId }),
  'GET /api/billing/invoices/:id/ubl': (d) => ({ id: d.invoiceId }),
  'POST /api/billing/invoices/:id/pay': (d) => ({ id: d.invoiceId }),
  'POST /api/billing/orders/:id/pay': (d) => ({ id: d.orderId }),
  'GET /api/billing/orders/:id/payment': (d) => ({ id: d.orderId }),
  'GET /api/support/tickets/:id': (d) => ({ id: d.ticketId }),
  'POST /api/support/tickets/:id/messages': (d) => ({ id: d.ticketId }),
  'GET /api/support/tickets/:id/attachments/:attachmentId': (d) => ({ id: d.ticketId, attachmentId: d.attachmentId }),
};

/** Routes whose body is multipart (no JSON body schema): a valid upload by hand. */
const MULTIPART_BODIES: Record<string, () => Pick<Call, 'payload' | 'headers'>> = {
  'POST /api/support/tickets/:id/messages': () =>
    multipart({ reply: JSON.stringify({ message: 'Any news?', attachments: [] }) }, []),
};

let rt: TestRuntime;
let routes: RouteEntry[];
const actors = {} as Record<'anonymous' | 'superuser' | 'member' | (typeof STAFF_ROLES)[number], Actor>;
let mine: OwnedData;
let theirs: OwnedData;
let theirCustomer: Actor;
let secondTicket: { ticketId: string; attachmentId: string };
let cases: { applicationId: string; documentId: string }[];

beforeAll(async () => {
  rt = await startTestRuntime();
  routes = routeTable();
  actors.anonymous = anonymousActor(rt);
  actors.superuser = await customerActor(rt);
  actors.member = await memberActor(rt, actors.superuser);
  for (const role of STAFF_ROLES) actors[role] = await staffActor(rt, role);
  theirCustomer = await customerActor(rt);
  mine = await ownedData(rt, actors.superuser);
  theirs = await ownedData(rt, theirCustomer);
  secondTicket = await ticketWithAttachment(rt, actors.superuser);
  cases = [await application(rt), await application(rt)];
}, 120_000);

const key = (r: Pick<RouteEntry, 'method' | 'url'>) => `${r.method} ${r.url}`;
const ctx = () => ({ ids: [] as string[] });

/** A request for `route` that passes its validation: path ids given (or fresh uuids), a valid query and body. */
function requestFor(route: RouteEntry, params: Record<string, string> = {}): Call {
  const path = fillPath(
    route.url,
    Object.fromEntries(paramNames(route.url).map((p) => [p, params[p] ?? randomUUID()])),
  );
  const query = validFor(`${key(route)} query`, route.schema.querystring, ctx(), true);
  const url = withQuery(path, query === undefined ? undefined : queryStrings(query));
  const upload = MULTIPART_BODIES[key(route)];
  if (upload) return { method: route.method, url, ...upload() };
  const body = validFor(`${key(route)} body`, route.schema.body, ctx());
  if (body === undefined) return { method: route.method, url };
  if (typeof body === 'string')
    return { method: route.method, url, payload: body, headers: { 'content-type': 'text/csv' } };
  return { method: route.method, url, payload: body as object };
}

const admits = (route: RouteEntry, role: Role) => admitsRole(route.guard, role);

describe('the route table', () => {
  it('records the routes of the app with their guards', () => {
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.find((r) => key(r) === 'GET /api/admin/staff')?.guard).toEqual({ kind: 'user', roles: ['admin'] });
    expect(routes.find((r) => key(r) === 'PUT /api/auth/locale')?.guard).toEqual({ kind: 'session' });
  });

  it('matches the reviewed table of routes and roles (a loosened guard shows as a diff here)', async () => {
    const table = routes
      .map((r) => {
        const who = !r.guard
          ? 'public'
          : r.guard.kind === 'session'
            ? 'any session'
            : r.guard.roles.join(' ') || 'any user';
        return `${key(r).padEnd(62)} ${who}`;
      })
      .sort()
      .join('\n');
    await expect(`${table}\n`).toMatchFileSnapshot('./access-matrix.routes.txt');
  });

  it('every route without a guard is a reviewed public route', () => {
    const unguarded = routes.filter((r) => !r.guard).map(key);
    expect(unguarded.filter((k) => !(k in PUBLIC_ROUTES))).toEqual([]);
    // A public route that has gone (or got a guard) leaves the list too, so it stays a review.
    expect(Object.keys(PUBLIC_ROUTES).filter((k) => !unguarded.includes(k))).toEqual([]);
  });

  it('every customer route with an id has its cross-organisation check', () => {
    const customerRoutesWithIds = routes
      .filter((r) => r.guard && paramNames(r.url).length > 0)
      .filter((r) => admits(r, 'superuser') || admits(r, 'member'))
      .map(key);
    expect(customerRoutesWithIds.filter((k) => !(k in OWNED_IDS))).toEqual([]);
  });
});

describe('guards', () => {
  const guarded = () => routes.filter((r) => r.guard);
  const outcomes: string[] = [];

  it('without a session every guarded route answers 401 unauthenticated', async () => {
    const wrong: string[] = [];
    for (const route of guarded()) {
      const res = await send(rt, actors.anonymous, requestFor(route));
      const problem = errorShapeProblem(res);
      if (res.statusCode !== 401 || errorCode(res) !== 'unauthenticated' || problem)
        wrong.push(`${key(route)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  for (const name of ['superuser', 'member', ...STAFF_ROLES] as const) {
    it(`${name}: 403 forbidden on every route its role is not admitted to, and past the guard on the others`, async () => {
      const actor = actors[name];
      const wrong: string[] = [];
      let refused = 0;
      for (const route of guarded()) {
        await ensureSession(actor);
        const res = await send(rt, actor, requestFor(route));
        const code = errorCode(res);
        if (admits(route, actor.role!)) {
          if (res.statusCode === 401 || code === 'two_step_setup_required' || errorShapeProblem(res))
            wrong.push(`${key(route)} (admitted) → ${res.statusCode} ${res.body.slice(0, 160)}`);
          continue;
        }
        refused++;
        if (res.statusCode !== 403 || code !== 'forbidden' || errorShapeProblem(res))
          wrong.push(`${key(route)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
      outcomes.push(`${name}: ${refused} routes refused`);
      expect(wrong).toEqual([]);
      expect(refused).toBeGreaterThan(0);
    });
  }
});

describe('another organisation', () => {
  it("a customer asking for another organisation's ids gets 404 not_found on every customer route with an id", async () => {
    const wrong: string[] = [];
    for (const [k, ids] of Object.entries(OWNED_IDS)) {
      const route = routes.find((r) => key(r) === k);
      if (!route) {
        wrong.push(`${k}: no such route any more`);
        continue;
      }
      for (const actor of [actors.superuser, actors.member]) {
        if (!admits(route, actor.role!)) continue;
        await ensureSession(actor);
        const res = await send(rt, actor, requestFor(route, ids(theirs)));
        if (res.statusCode !== 404 || errorCode(res) !== 'not_found' || errorShapeProblem(res))
          wrong.push(`${actor.role} ${k} with their ids → ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('their data is unchanged, and the same reads with our own ids succeed', async () => {
    await ensureSession(theirCustomer);
    expect((await theirCustomer.http.get(`/api/products/${theirs.productId}`)).json()).toMatchObject({
      id: theirs.productId,
      status: 'active',
    });
    const ticket = (await theirCustomer.http.get(`/api/support/tickets/${theirs.ticketId}`)).json();
    expect(ticket.messages).toHaveLength(1);
    const colleagues = (await theirCustomer.http.get('/api/org/colleagues')).json();
    expect(colleagues.items.map((c: { id: string }) => c.id)).toContain(theirs.colleagueId);
    // The reads above, with our own ids: the 404s are about ownership, not about the requests.
    for (const k of Object.keys(OWNED_IDS).filter((k) => k.startsWith('GET '))) {
      const route = routes.find((r) => key(r) === k)!;
      const res = await send(rt, actors.superuser, requestFor(route, OWNED_IDS[k]!(mine)));
      expect(res.statusCode, k).toBe(200);
    }
  });
});

describe('a child under the wrong parent', () => {
  /** Every route with more than one id names its parent and child; a new one fails until it is added. */
  const CHILD_ROUTES = [
    'GET /api/support/tickets/:id/attachments/:attachmentId',
    'GET /api/staff/cases/:id/documents/:documentId',
  ];
  // Mail attachments are addressed by their position in a message, not an id (development only).
  const NOT_CHILD_IDS = ['GET /api/dev/mailbox/:id/attachments/:index'];

  it('lists every route with a parent and a child id', () => {
    const nested = routes.filter((r) => paramNames(r.url).length > 1).map(key);
    expect(nested.filter((k) => !CHILD_ROUTES.includes(k) && !NOT_CHILD_IDS.includes(k))).toEqual([]);
  });

  it("a ticket attachment under another ticket of the same organisation, or another organisation's, is 404", async () => {
    const url = (ticketId: string, attachmentId: string) =>
      `/api/support/tickets/${ticketId}/attachments/${attachmentId}`;
    const own = await send(rt, actors.superuser, { method: 'GET', url: url(mine.ticketId, mine.attachmentId) });
    expect(own.statusCode).toBe(200);
    for (const actor of [actors.superuser, actors.support]) {
      await ensureSession(actor);
      for (const wrongUrl of [
        url(secondTicket.ticketId, mine.attachmentId),
        url(mine.ticketId, secondTicket.attachmentId),
        url(mine.ticketId, theirs.attachmentId),
      ]) {
        const res = await send(rt, actor, { method: 'GET', url: wrongUrl });
        expect(res.statusCode, `${actor.role} ${wrongUrl}`).toBe(404);
        expect(errorShapeProblem(res)).toBeNull();
      }
    }
  });

  it("an application's document under another application is 404 for validation staff", async () => {
    const [first, second] = cases as [(typeof cases)[0], (typeof cases)[0]];
    const url = (applicationId: string, documentId: string) =>
      `/api/staff/cases/${applicationId}/documents/${documentId}`;
    for (const actor of [actors.validator, actors.admin]) {
      await ensureSession(actor);
      expect(
        (await send(rt, actor, { method: 'GET', url: url(first.applicationId, first.documentId) })).statusCode,
      ).toBe(200);
      const res = await send(rt, actor, { method: 'GET', url: url(second.applicationId, first.documentId) });
      expect(res.statusCode, `${actor.role}`).toBe(404);
      expect(errorShapeProblem(res)).toBeNull();
    }
  });
});
