import type { SessionUser } from '../../../contracts/auth.js';
import { recordAudit } from '../../platform/audit.js';
import { newToken } from '../../platform/auth/tokens.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { authRepository as repo } from './auth.repository.js';
import {
  type AuthDeps,
  CHALLENGE_MS,
  CUSTOMER_SESSION_MS,
  isStaff,
  type NewSession,
  type RequestMeta,
  STAFF_SESSION_MS,
  type TwoStepChallenge,
} from './auth.types.js';
import { twoStepRepository } from './two-step.repository.js';

/**
 * Sessions: started after a log-in (or a set password), resolved from the cookie on each request
 * and extended past half their life, ended at log-out; and the two-step challenge that stands in
 * for a session until the code is given.
 */
export function createSessions(deps: Pick<AuthDeps, 'db' | 'clock' | 'hashToken' | 'staffTwoStep'>) {
  const { db, clock } = deps;

  /** A session's user as the API shows it, with the two-step state. */
  function sessionUser(row: Omit<SessionUser, 'twoStep'> & { twoStepOn: boolean }): SessionUser {
    const { twoStepOn, ...user } = row;
    const state = !isStaff(user.role)
      ? 'off'
      : twoStepOn
        ? 'on'
        : deps.staffTwoStep === 'required'
          ? 'setup_required'
          : 'off';
    return { ...user, twoStep: state };
  }

  async function resolveById(tx: DbOrTx, sessionId: string): Promise<SessionUser | null> {
    const row = await repo.findSessionUser(tx, sessionId, clock.now());
    if (!row) return null;
    const { expiresAt: _, ...user } = row;
    return sessionUser(user);
  }

  async function startSession(tx: DbOrTx, userId: string, role: string, meta: RequestMeta): Promise<NewSession> {
    const token = newToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + (isStaff(role) ? STAFF_SESSION_MS : CUSTOMER_SESSION_MS));
    await repo.insertSession(tx, {
      id: deps.hashToken(token),
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300),
      createdAt: now,
      expiresAt,
    });
    const user = await resolveById(tx, deps.hashToken(token));
    return { token, expiresAt, user: user! };
  }

  return {
    startSession,

    /** A successful log-in: failures forgotten, an audit entry, a new session. */
    async loggedIn(
      tx: DbOrTx,
      user: { id: string; email: string; role: string },
      meta: RequestMeta,
      detail?: Record<string, unknown>,
    ) {
      await repo.clearLoginFailures(tx, user.email);
      await recordAudit(tx, {
        actorUserId: user.id,
        actorIp: meta.ip,
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        detail,
      });
      return startSession(tx, user.id, user.role, meta);
    },

    /** Password right, two-step on: no session yet, a challenge for the code (5 minutes, 5 codes). */
    async challengeFor(tx: DbOrTx, userId: string): Promise<TwoStepChallenge> {
      const challenge = newToken();
      const now = clock.now();
      await twoStepRepository.insertChallenge(tx, {
        id: deps.hashToken(`challenge:${challenge}`),
        userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CHALLENGE_MS),
      });
      return { challenge };
    },

    async logout(token: string) {
      await repo.deleteSession(db, deps.hashToken(token));
    },

    /** The user of a session cookie; extends a session past half its life. */
    async resolve(token: string): Promise<SessionUser | null> {
      const id = deps.hashToken(token);
      const row = await repo.findSessionUser(db, id, clock.now());
      if (!row) return null;
      const { expiresAt, ...rest } = row;
      const user = sessionUser(rest);
      const ttl = isStaff(user.role) ? STAFF_SESSION_MS : CUSTOMER_SESSION_MS;
      if (expiresAt.getTime() - clock.now().getTime() < ttl / 2) {
        await repo.extendSession(db, id, new Date(clock.now().getTime() + ttl));
      }
      return user;
    },

    async purgeExpiredSessions() {
      await repo.deleteExpiredSessions(db, clock.now());
      await twoStepRepository.deleteExpiredChallenges(db, clock.now());
    },
  };
}
export type Sessions = ReturnType<typeof createSessions>;
