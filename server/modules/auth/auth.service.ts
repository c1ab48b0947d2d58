import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import { recordAudit } from '../../platform/audit.js';
import { type LinkTokens, SET_PASSWORD_TTL_HOURS } from '../../platform/auth/link-tokens.js';
import {
  checkPasswordStrength,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from '../../platform/auth/passwords.js';
import type { SecretBox } from '../../platform/auth/secret-box.js';
import { newToken, type TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, DbOrTx } from '../../platform/db/index.js';
import { type AfterCommit, withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { longDateTime } from '../../platform/i18n/format.js';
import type { Mailer } from '../../platform/mail/outbox.js';
import { accountReadyEmail, passwordChangedEmail, resetPasswordEmail } from './auth.emails.js';
import { authRepository as repo } from './auth.repository.js';
import { codeInvalid, createTwoStep } from './two-step.js';
import { twoStepRepository } from './two-step.repository.js';

const CUSTOMER_SESSION_MS = 30 * 24 * 3_600_000;
const STAFF_SESSION_MS = 12 * 3_600_000;
const LOCKOUT_WINDOW_MS = 15 * 60_000;
const LOCKOUT_FAILURES = 10;
const RESET_TTL_HOURS = 2;
const CHALLENGE_MS = 5 * 60_000;
const CHALLENGE_ATTEMPTS = 5;

export type AuthDeps = {
  db: Db;
  clock: Clock;
  hashToken: TokenHasher;
  linkTokens: LinkTokens;
  mailer: Mailer;
  publicUrl: string;
  /** Encrypts two-step secrets in the database. */
  secretBox: SecretBox;
  /** Whether staff must set up two-step verification before using the back office. */
  staffTwoStep: 'required' | 'optional';
  /** The programme's time zone (times in e-mails). */
  timeZone: string;
};
export type RequestMeta = { ip: string | null; userAgent: string | null };
export type NewSession = { token: string; expiresAt: Date; user: SessionUser };
/** The password was right; the user's two-step code comes next, with this challenge. */
export type TwoStepChallenge = { challenge: string };

const isStaff = (role: string) => role !== 'superuser' && role !== 'member';

export function createAuthService(deps: AuthDeps) {
  const { db, clock } = deps;
  const twoStep = createTwoStep({ clock, box: deps.secretBox, hashToken: deps.hashToken });

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

  /** A successful log-in: failures forgotten, an audit entry, a new session. */
  async function loggedIn(
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
  }

  /** Password right, two-step on: no session yet, a challenge for the code (5 minutes, 5 codes). */
  async function challengeFor(tx: DbOrTx, userId: string): Promise<TwoStepChallenge> {
    const challenge = newToken();
    const now = clock.now();
    await twoStepRepository.insertChallenge(tx, {
      id: deps.hashToken(`challenge:${challenge}`),
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHALLENGE_MS),
    });
    return { challenge };
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

  async function resolveById(tx: DbOrTx, sessionId: string): Promise<SessionUser | null> {
    const row = await repo.findSessionUser(tx, sessionId, clock.now());
    if (!row) return null;
    const { expiresAt: _, ...user } = row;
    return sessionUser(user);
  }

  /** The user's own words a password must not lean on (the shared rule adds the product's). */
  async function passwordWords(
    tx: DbOrTx,
    user: { email: string; firstName: string; lastName: string; organisationId: string | null },
  ) {
    return [user.email, user.firstName, user.lastName, await repo.organisationName(tx, user.organisationId)];
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

    /** Password log-in: a session, or — for staff with two-step verification — a challenge for the code. */
    async login(email: string, password: string, meta: RequestMeta): Promise<NewSession | TwoStepChallenge> {
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
        if (isStaff(user.role) && (await twoStep.isOn(tx, user.id))) return challengeFor(tx, user.id);
        return loggedIn(tx, user, meta);
      });
    },

    /**
     * The second step: the challenge of a right password and a code from the app (or a recovery
     * code). A wrong code counts against the challenge (5) and the account's lockout; a used-up or
     * expired challenge sends the user back to the password.
     */
    async loginTwoStep(challenge: string, code: string, meta: RequestMeta): Promise<NewSession> {
      const now = clock.now();
      const id = deps.hashToken(`challenge:${challenge}`);
      type Outcome = { kind: 'expired' | 'locked' | 'wrong' } | { kind: 'in'; session: NewSession };
      const outcome = await withTransaction(db, async (tx): Promise<Outcome> => {
        const live = await twoStepRepository.liveChallenge(tx, id, now, CHALLENGE_ATTEMPTS);
        if (!live) return { kind: 'expired' };
        const user = await repo.findUserById(tx, live.userId);
        if (!user) return { kind: 'expired' };
        const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
        if ((await repo.countLoginFailures(tx, user.email, since)) >= LOCKOUT_FAILURES) return { kind: 'locked' };
        const how = await twoStep.verify(tx, user.id, code);
        if (!how) {
          await twoStepRepository.countAttempt(tx, id);
          await repo.recordLoginFailure(tx, user.email, meta.ip, now);
          return { kind: 'wrong' };
        }
        await twoStepRepository.deleteChallenge(tx, id);
        return { kind: 'in', session: await loggedIn(tx, user, meta, { twoStep: how }) };
      });
      if (outcome.kind === 'in') return outcome.session;
      if (outcome.kind === 'locked') throw new AppError('account_locked');
      if (outcome.kind === 'wrong') throw codeInvalid();
      throw new AppError('two_step_expired');
    },

    /** Staff: start setting up two-step verification (secret, otpauth URI, QR code). */
    async setupTwoStep(user: SessionUser) {
      if (!isStaff(user.role)) throw new AppError('forbidden');
      return withTransaction(db, (tx) => twoStep.setup(tx, user));
    },

    /** Staff: confirm the set-up with a first code; answers the recovery codes and the updated user. */
    async confirmTwoStep(user: SessionUser, code: string, meta: RequestMeta) {
      if (!isStaff(user.role)) throw new AppError('forbidden');
      const recoveryCodes = await withTransaction(db, async (tx) => {
        const codes = await twoStep.confirm(tx, user.id, code);
        await recordAudit(tx, {
          actorUserId: user.id,
          actorIp: meta.ip,
          action: 'auth.two_step_on',
          entityType: 'user',
          entityId: user.id,
        });
        return codes;
      });
      return { recoveryCodes, user: { ...user, twoStep: 'on' as const } };
    },

    /** An admin resets a staff member's two-step verification (lost phone): set up anew, sessions ended. */
    async resetTwoStep(actor: SessionUser, userId: string, meta: RequestMeta) {
      await withTransaction(db, async (tx) => {
        const user = await repo.findUserById(tx, userId);
        if (!user || !isStaff(user.role)) throw new AppError('not_found');
        await twoStep.remove(tx, userId);
        await repo.deleteUserSessions(tx, userId);
        await recordAudit(tx, {
          actorUserId: actor.id,
          actorIp: meta.ip,
          action: 'auth.two_step_reset',
          entityType: 'user',
          entityId: userId,
        });
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
      const { expiresAt, ...rest } = row;
      const user = sessionUser(rest);
      const ttl = isStaff(user.role) ? STAFF_SESSION_MS : CUSTOMER_SESSION_MS;
      if (expiresAt.getTime() - clock.now().getTime() < ttl / 2) {
        await repo.extendSession(db, id, new Date(clock.now().getTime() + ttl));
      }
      return user;
    },

    async checkLinkToken(token: string) {
      const row = await deps.linkTokens.find(db, token, ['set_password', 'reset_password', 'invitation']);
      if (!row?.userId) return { valid: false, purpose: null, email: null, passwordWords: [] };
      const user = await repo.findUserById(db, row.userId);
      if (!user) return { valid: false, purpose: null, email: null, passwordWords: [] };
      return {
        valid: true,
        purpose: row.purpose as 'set_password' | 'reset_password' | 'invitation',
        email: user.email,
        // The holder of the link is the user: the meter checks with the same words as the server.
        passwordWords: await passwordWords(db, user),
      };
    },

    /**
     * Sets the password from a set/reset/invitation link (once) and logs the user in — after the
     * two-step code for staff who have it on (a reset link alone does not get past it).
     */
    async setPassword(token: string, password: string, meta: RequestMeta): Promise<NewSession | TwoStepChallenge> {
      const probe = await deps.linkTokens.find(db, token, ['set_password', 'reset_password', 'invitation']);
      if (!probe?.userId) throw new AppError('token_invalid');
      const user = await repo.findUserById(db, probe.userId);
      if (!user) throw new AppError('token_invalid');
      const problem = await checkPasswordStrength(password, await passwordWords(db, user));
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
        if (isStaff(user.role) && (await twoStep.isOn(tx, user.id))) return challengeFor(tx, user.id);
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

    /**
     * A logged-in user changes their password: the current one must be right (a wrong one counts
     * towards the lockout), the new one strong. Other sessions end, this one stays; an e-mail
     * tells the user. Sent again after it worked (a double click, a retry), it changes nothing and
     * answers the same.
     */
    async changePassword(
      user: SessionUser,
      sessionToken: string,
      input: { currentPassword: string; newPassword: string },
      meta: RequestMeta,
    ) {
      const now = clock.now();
      if (
        (await repo.countLoginFailures(db, user.email, new Date(now.getTime() - LOCKOUT_WINDOW_MS))) >= LOCKOUT_FAILURES
      ) {
        throw new AppError('account_locked');
      }
      const row = await repo.findUserById(db, user.id);
      if (!row?.passwordHash) throw new AppError('unauthenticated');
      if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
        if (await verifyPassword(row.passwordHash, input.newPassword))
          return { ok: true as const, otherSessionsEnded: 0 };
        await repo.recordLoginFailure(db, user.email, meta.ip, now);
        throw new AppError('validation_failed', { currentPassword: 'field.current_password_wrong' });
      }
      const problem = await checkPasswordStrength(input.newPassword, await passwordWords(db, row));
      if (problem) throw new AppError('weak_password', { newPassword: `field.${problem}` });
      if (input.newPassword === input.currentPassword)
        throw new AppError('validation_failed', { newPassword: 'field.password_unchanged' });
      const passwordHash = await hashPassword(input.newPassword);
      return withTransaction(db, async (tx, afterCommit) => {
        // Locked, and checked again: of two changes at once, the second finds the password changed.
        const locked = await repo.findUserById(tx, user.id, true);
        if (!locked?.passwordHash || locked.passwordHash !== row.passwordHash) {
          return { ok: true as const, otherSessionsEnded: 0 };
        }
        await repo.setPassword(tx, user.id, passwordHash, now);
        const otherSessionsEnded = await repo.deleteOtherSessions(tx, user.id, deps.hashToken(sessionToken));
        await deps.linkTokens.revokeForUser(tx, user.id, ['reset_password']);
        await repo.clearLoginFailures(tx, user.email);
        await recordAudit(tx, {
          actorUserId: user.id,
          actorIp: meta.ip,
          action: 'auth.password_changed',
          entityType: 'user',
          entityId: user.id,
          detail: { otherSessionsEnded },
        });
        await deps.mailer.enqueue(tx, afterCommit, {
          to: row.email,
          template: 'password_changed',
          locale: row.locale,
          content: passwordChangedEmail(row.locale, {
            firstName: row.firstName,
            at: longDateTime(row.locale, now, deps.timeZone),
            url: `${deps.publicUrl}/forgot-password`,
          }),
        });
        return { ok: true as const, otherSessionsEnded };
      });
    },

    async updateLocale(user: SessionUser, locale: Locale) {
      await repo.setLocale(db, user.id, locale);
    },

    async purgeExpiredSessions() {
      await repo.deleteExpiredSessions(db, clock.now());
      await twoStepRepository.deleteExpiredChallenges(db, clock.now());
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
