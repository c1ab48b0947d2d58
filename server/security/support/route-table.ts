import type { RouteOptions } from 'fastify';
import type { Role } from '../../../contracts/common.js';
import { type GuardSpec, guardSpec, STAFF } from '../../platform/auth/guards.js';

/** One registered route as the app declared it: method, URL, its guard and whether the API document shows it. */
export type RouteEntry = {
  method: string;
  url: string;
  guard: GuardSpec | undefined;
  hidden: boolean;
  /** The route's zod schemas (validation runs before the guard, so a request must pass them to reach it). */
  schema: { body?: unknown; querystring?: unknown; params?: unknown };
};

const recorded: RouteEntry[] = [];

function entriesOf(route: RouteOptions): RouteEntry[] {
  // Files of the built web app: @fastify/static registers one public route per file once the web
  // app has been built (never under /api/); they are static files, not operations.
  if (!route.url.startsWith('/api/') && /\/[^/:*]+\.[a-z0-9]+$/i.test(route.url)) return [];
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const handlers = [route.preHandler ?? []].flat();
  const guards = handlers.map(guardSpec).filter((g): g is GuardSpec => g !== undefined);
  if (guards.length > 1) throw new Error(`${route.url}: more than one guard; the matrix expects one`);
  const schema = (route.schema ?? {}) as RouteEntry['schema'] & { hide?: boolean };
  return methods
    .filter((m) => m !== 'HEAD' && m !== 'OPTIONS')
    .map((method) => ({ method, url: route.url, guard: guards[0], hidden: schema.hide === true, schema }));
}

/**
 * Wraps the `fastify` module so every instance it creates records its routes through an
 * `onRoute` hook. The app's composition root builds its own instance, so the test file replaces
 * the module before the app is imported:
 *
 *   vi.mock('fastify', async (original) => (await import('./support/route-table.js')).recordingFastify(await original()));
 */
export function recordingFastify<M extends { default: (...args: never[]) => unknown }>(mod: M): M {
  const original = mod.default as unknown as (...args: unknown[]) => {
    addHook(name: 'onRoute', hook: (route: RouteOptions) => void): void;
  };
  const wrapped = (...args: unknown[]) => {
    const app = original(...args);
    app.addHook('onRoute', (route) => {
      recorded.push(...entriesOf(route));
    });
    return app;
  };
  Object.assign(wrapped, original);
  return { ...mod, default: wrapped, fastify: wrapped };
}

/** The routes recorded so far (one app per test file), without duplicates. */
export function routeTable(): RouteEntry[] {
  const seen = new Map<string, RouteEntry>();
  for (const r of recorded) seen.set(`${r.method} ${r.url}`, r);
  return [...seen.values()];
}

/** `/api/products/:id` → `/api/products/{id}`: the OpenAPI document's spelling. */
export function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, '{$1}');
}

/**
 * Whether a guard lets `role` through (null: no session): public routes everyone, a session guard
 * every user, a role guard its roles (none: any role) and admins on every staff route.
 */
export function admits(guard: GuardSpec | undefined, role: Role | null): boolean {
  if (!guard) return true;
  if (!role) return false;
  if (guard.kind === 'session' || guard.roles.length === 0) return true;
  return guard.roles.includes(role) || (role === 'admin' && guard.roles.some((r) => STAFF.includes(r)));
}
