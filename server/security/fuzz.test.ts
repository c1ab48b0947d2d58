/**
 * Schema-driven fuzzing of the whole API: every operation of /api/openapi.json, as anonymous, a
 * customer (Superuser) and each staff role, with inputs generated from the operation's schemas
 * (valid values, boundaries, malformed values) and a fixed set of malformed requests. Property: the
 * answer is never 5xx, and every 4xx is the one JSON error shape.
 *
 *   FUZZ_RUNS=200 npx vitest run --project pglite server/security/fuzz.test.ts   # a nightly-size run
 *   FUZZ_SEED=123 …     another seed (the default is fixed, so a run is repeatable)
 *   FUZZ_ONLY='POST /api/products' …   one operation (as printed in a failure)
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { schema as tables } from '../platform/db/index.js';
import { startTestRuntime } from '../test/runtime.js';
import { malformedCases } from './fuzz.malformed.js';
import { type ApiDocument, collectOperations, HIDDEN, LAST, UPLOADS } from './fuzz.operations.js';
import { requestArbitrary, toCall } from './fuzz.requests.js';
import { type Actor, allActors, type Call, ensureSession, freshActor, send, staffActor } from './support/actors.js';
import type { Context } from './support/arbitraries.js';
import { errorShapeProblem } from './support/error-shape.js';
import { admits, routeTable } from './support/route-table.js';
import { brief } from './support/wire.js';
import { application, ownedData } from './support/world.js';

// The hidden routes (not in the API document) come from the route table.
vi.mock('fastify', async (importOriginal) =>
  (await import('./support/route-table.js')).recordingFastify(await importOriginal()),
);

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const ONLY = process.env.FUZZ_ONLY;

const rt = await startTestRuntime();
const doc = (await rt.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as ApiDocument;
const { operations, documented, hiddenRoutes, guards } = collectOperations(doc);

let actors: Actor[] = [];
const ctx: Context & { ids: string[] } = { ids: [] };
let otherUserIds: string[] = [];

beforeAll(async () => {
  actors = await allActors(rt);
  const customer = actors.find((a) => a.name === 'customer')!;
  const owned = await ownedData(rt, customer);
  const submitted = await application(rt);
  // Someone for the staff and colleague routes to act on: never one of the fuzzing actors.
  const victim = await staffActor(rt, 'validator');
  otherUserIds = [victim.userId!, owned.colleagueId];
  const models = await rt.database.db.select({ id: tables.catalogueModels.id }).from(tables.catalogueModels).limit(2);
  const mails = await rt.database.db.select({ id: tables.mailOutbox.id }).from(tables.mailOutbox).limit(2);
  ctx.ids.push(
    ...Object.values(owned),
    ...Object.values(submitted),
    ...otherUserIds,
    ...models.map((m) => m.id),
    ...mails.map((m) => m.id),
  );
}, 120_000);

afterAll(() => rt.clock.reset());

// ---------------------------------------------------------------------------------------------
// The property

function problemWith(res: { statusCode: number; headers: Record<string, unknown>; body: string }): string | null {
  if (res.statusCode >= 500) return `${res.statusCode} ${brief(res.body, 300)}`;
  const shape = errorShapeProblem(res);
  return shape ? `${res.statusCode}: ${shape}` : null;
}

function describeCall(call: Call): string {
  const type = call.headers?.['content-type'] ?? '';
  return `${call.method} ${brief(call.url, 200)}${type ? ` [${type.split(';')[0]}]` : ''}${
    call.payload !== undefined ? ` ${brief(call.payload, 300)}` : ''
  }`;
}

/** Keeps an actor logged in as itself; replaces it when it cannot log in any more (locked out by fuzzed passwords). */
async function usable(index: number): Promise<Actor> {
  const actor = actors[index]!;
  try {
    await ensureSession(actor);
    return actor;
  } catch {
    actors[index] = await freshActor(rt, actor);
    return actors[index]!;
  }
}

describe('the fuzzed operations', () => {
  it('cover every route of the app: documented operations, and hidden routes with a reason', () => {
    expect(hiddenRoutes.map((r) => r.key).filter((k) => !(k in HIDDEN))).toEqual([]);
    expect(Object.keys(UPLOADS).filter((k) => !documented.has(k))).toEqual([]);
    expect(operations.length).toBe(routeTable().length);
  });
});

describe.each(operations.filter((o) => !ONLY || o.key === ONLY).map((o) => [o.key, o] as const))(
  'fuzz %s',
  (_key, op) => {
    it('never answers 5xx, and every error is the JSON error shape', { timeout: 600_000 }, async () => {
      const failures: string[] = [];
      const cases = malformedCases(op, ctx, SEED, otherUserIds);
      const firstAdmitted = actors.findIndex((a) => a.role !== null && admits(guards.get(op.key), a.role));
      for (const [i] of actors.entries()) {
        const who = actors[i]!.name;
        // Generated requests (valid, at the boundaries, one field malformed): a fixed seed per operation and actor.
        if (!op.hidden) {
          const seed = SEED + operations.indexOf(op) * 31 + i;
          const details = await fc.check(
            fc.asyncProperty(requestArbitrary(op, ctx), async (generated) => {
              const actor = await usable(i);
              const call = toCall(op, generated);
              const problem = problemWith(await send(rt, actor, call));
              if (problem) throw new Error(`${problem}\n      request: ${describeCall(call)}`);
            }),
            { numRuns: RUNS, seed, endOnFailure: true },
          );
          if (details.failed) {
            failures.push(
              `[${who}] generated (replay: FUZZ_SEED=${SEED} FUZZ_ONLY='${op.key}', case seed ${details.seed} path ${details.counterexamplePath}): ${
                (details.errorInstance as Error | undefined)?.message ?? 'failed'
              }`,
            );
          }
        }
        if (LAST.includes(op.key)) rt.clock.reset();
        // The fixed malformed requests as anonymous and as the first actor the guard lets through:
        // parsing and validation run before the guard, and the handler sees the same input whoever
        // sends it, so more actors would add time, not cases (the generated requests vary by actor).
        if (i !== 0 && i !== firstAdmitted) continue;
        for (const { label, call } of cases) {
          const actor = await usable(i);
          const problem = problemWith(await send(rt, actor, call));
          if (problem) failures.push(`[${who}] ${label}: ${problem}\n      request: ${describeCall(call)}`);
        }
        if (LAST.includes(op.key)) rt.clock.reset();
      }
      if (failures.length) expect.fail(`${failures.length} failing cases:\n${failures.join('\n')}`);
    });
  },
);
