import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import { recordAudit } from '../../platform/audit.js';
import type { LinkTokens } from '../../platform/auth/link-tokens.js';
import {
  checkPasswordStrength,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from '../../platform/auth/passwords.js';
import { newToken, type TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { accountReadyEmail, resetPasswordEmail } from './auth.emails.js';
import { authRepository as repo } from './auth.repository.js';

const CUSTOMER_SESSION_MS = 30 * 24 * 3_600_000;
const STAFF_SESSION_MS = 12 * 3_600_000;
const LOCKOUT_WINDOW_MS = 15 * 60_000;
const LOCKOUT_FAILURES = 10;
export const SET_PASSWORD_TTL_HOURS = 72;
const RESET_TTL_HOURS = 2;

export type AuthDeps = {
  db: Db;
  clock: Clock;
  hashToken: TokenHasher;
  linkTokens: LinkTokens;
  mailer: Mailer;
  publicUrl: string;
};
export type RequestMeta = { ip: string | null; userAgent: string | null };
export type NewSession = { token: string; expiresAt: Date; user: SessionUser };

const isStaff = (role: string) => role !== 'superuser' && role !== 'member';

export function createAuthService(deps: AuthDeps) {
  const { db, clock } = deps;

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

  async function resolveById(tx: DbOrTx, sessionId: string): Promise<SessionUser | null> {
    const row = await repo.findSessionUser(tx, sessionId, clock.now());
    if (!row) return null;
    const { expiresAt: _, ...user } = row;
    return user;
  }

  /** Sends the "set your password" link (account ready, or a resend), ending earlier links. */
  async function sendSetPasswordLink(
    tx: DbOrTx,
    afterCommit: AfterCommit,
    user: { id: string; email: string; firstName: string; locale: Locale },
    organisation: string,
  ) {
    await deps.linkTokens.revokeForUser(tx, user.id, ['set_password']);
    const token = await deps.linkTokens.issue(tx, {
      purpose: 'set_password',
      userId: user.id,
      ttlHours: SET_PASSWORD_TTL_HOURS,
    });
    await deps.mailer.enqueue(tx, afterCommit, {
      to: user.email,
      template: 'account_ready',
      locale: user.locale,
      content: accountReadyEmail(user.locale, {
        firstName: user.firstName,
        organisation,
        url: `${deps.publicUrl}/set-password?token=${token}`,
      }),
    });
  }

  return {
    sendSetPasswordLink,

    async login(email: string, password: string, meta: RequestMeta): Promise<NewSession> {
      const now = clock.now();
      if ((await repo.countLoginFailures(db, email, new Date(now.getTime() - LOCKOUT_WINDOW_MS))) >= LOCKOUT_FAILURES) {
        throw new AppError('account_locked');
      }
      const user = await repo.findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user?.passwordHash || !ok) {
        await repo.recordLoginFailure(db, email, meta.ip, now);
        throw new AppError('invalid_credentials');
      }
      return withTransaction(db, async (tx) => {
        await repo.clearLoginFailures(tx, email);
        await recordAudit(tx, {
          actorUserId: user.id,
          actorIp: meta.ip,
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
        });
        return startSession(tx, user.id, user.role, meta);
      });
    },

    async logout(token: string) {
      await repo.deleteSession(db, deps.hashToken(token));
    },

    /** The user of a session cookie; extends a session past half its life. */
    async resolve(token: string): Promise<SessionUser | null> {
      const id = deps.hashToken(token);
      const row = await repo.findSessionUser(db, id, clock.now());
      if (!row) return null;
      const { expiresAt, ...user } = row;
      const ttl = isStaff(user.role) ? STAFF_SESSION_MS : CUSTOMER_SESSION_MS;
      if (expiresAt.getTime() - clock.now().getTime() < ttl / 2) {
        await repo.extendSession(db, id, new Date(clock.now().getTime() + ttl));
      }
      return user;
    },

    async checkLinkToken(token: string) {
      const row = await deps.linkTokens.find(db, token, ['set_password', 'reset_password', 'invitation']);
      if (!row?.userId) return { valid: false, purpose: null, email: null };
      const user = await repo.findUserById(db, row.userId);
      if (!user) return { valid: false, purpose: null, email: null };
      return {
        valid: true,
        purpose: row.purpose as 'set_password' | 'reset_password' | 'invitation',
        email: user.email,
      };
    },

    /** Sets the password from a set/reset/invitation link (once) and logs the user in. */
    async setPassword(token: string, password: string, meta: RequestMeta): Promise<NewSession> {
      const probe = await deps.linkTokens.find(db, token, ['set_password', 'reset_password', 'invitation']);
      if (!probe?.userId) throw new AppError('token_invalid');
      const user = await repo.findUserById(db, probe.userId);
      if (!user) throw new AppError('token_invalid');
      const problem = await checkPasswordStrength(password, [user.email, user.firstName, user.lastName, 'propass']);
      if (problem) throw new AppError('weak_password', { password: `field.${problem}` });
      const passwordHash = await hashPassword(password);
      return withTransaction(db, async (tx) => {
        const row = await deps.linkTokens.find(tx, token, ['set_password', 'reset_password', 'invitation']);
        if (!row || !(await deps.linkTokens.consume(tx, row))) throw new AppError('token_invalid');
        await repo.setPassword(tx, user.id, passwordHash, clock.now());
        await repo.deleteUserSessions(tx, user.id);
        await repo.clearLoginFailures(tx, user.email);
        await deps.linkTokens.revokeForUser(tx, user.id, ['set_password', 'reset_password', 'invitation']);
        await recordAudit(tx, {
          actorUserId: user.id,
          actorIp: meta.ip,
          action: `auth.password_${row.purpose}`,
          entityType: 'user',
          entityId: user.id,
        });
        return startSession(tx, user.id, user.role, meta);
      });
    },

    /**
     * Forgot password for a known user: a reset link, or — when the password was never set — the
     * set-password link again. Returns false when the address has no user (the caller decides
     * what else to tell, always with the same on-screen answer).
     */
    async sendResetIfKnown(tx: DbOrTx, afterCommit: AfterCommit, email: string): Promise<boolean> {
      const user = await repo.findUserByEmail(tx, email);
      if (!user) return false;
      if (!user.passwordHash && user.role !== 'admin') {
        const org = user.organisationId
          ? await tx.query.organisations.findFirst({ where: (o, { eq }) => eq(o.id, user.organisationId!) })
          : undefined;
        await sendSetPasswordLink(tx, afterCommit, user, org?.legalName ?? '');
        return true;
      }
      await deps.linkTokens.revokeForUser(tx, user.id, ['reset_password']);
      const token = await deps.linkTokens.issue(tx, {
        purpose: 'reset_password',
        userId: user.id,
        ttlHours: RESET_TTL_HOURS,
      });
      await deps.mailer.enqueue(tx, afterCommit, {
        to: user.email,
        template: 'reset_password',
        locale: user.locale,
        content: resetPasswordEmail(user.locale, {
          firstName: user.firstName,
          url: `${deps.publicUrl}/set-password?token=${token}`,
        }),
      });
      return true;
    },

    async updateLocale(user: SessionUser, locale: Locale) {
      await repo.setLocale(db, user.id, locale);
    },

    purgeExpiredSessions: () => repo.deleteExpiredSessions(db, clock.now()),
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
