import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../../contracts/auth.js';
import type { Role } from '../../../contracts/common.js';
import { AppError } from '../errors.js';
import type { Locale } from '../i18n/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    locale: Locale;
  }
}

export const STAFF: Role[] = ['validator', 'support', 'finance', 'admin'];

/** What a guard admits: any session, or a logged-in user with one of `roles` (none: any role). */
export type GuardSpec = { kind: 'session' } | { kind: 'user'; roles: readonly Role[] };

// Each guard function remembers what it admits, so the route table can be reviewed (the access
// matrix tests read it): a route's preHandler is looked up here, nothing else reads it.
const guards = new WeakMap<object, GuardSpec>();

/** What a route's preHandler admits, or undefined when it is not one of these guards. */
export function guardSpec(handler: unknown): GuardSpec | undefined {
  return typeof handler === 'function' ? guards.get(handler) : undefined;
}

/**
 * preHandler: a logged-in user, optionally with one of `roles` (admins pass every staff check).
 * Staff who must still set up two-step verification are refused until they have (see
 * `requireSession` for the few routes they may use before).
 */
export function requireUser(...roles: Role[]) {
  const guard = async (request: FastifyRequest) => {
    const user = request.user;
    if (!user) throw new AppError('unauthenticated');
    if (user.twoStep === 'setup_required') throw new AppError('two_step_setup_required');
    if (roles.length === 0) return;
    if (roles.includes(user.role)) return;
    if (user.role === 'admin' && roles.some((r) => STAFF.includes(r))) return;
    throw new AppError('forbidden');
  };
  guards.set(guard, { kind: 'user', roles: [...roles] });
  return guard;
}

/** preHandler: any logged-in user, also staff who still have to set up two-step verification. */
export function requireSession() {
  const guard = async (request: FastifyRequest) => {
    if (!request.user) throw new AppError('unauthenticated');
  };
  guards.set(guard, { kind: 'session' });
  return guard;
}

export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('unauthenticated');
  return request.user;
}

/** The organisation a customer acts for; staff (who have none) are refused. */
export function organisationOf(actor: SessionUser): string {
  if (!actor.organisationId) throw new AppError('forbidden');
  return actor.organisationId;
}
