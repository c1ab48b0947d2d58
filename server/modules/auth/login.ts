import { dummyPasswordHash, verifyPassword } from '../../platform/auth/passwords.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/errors.js';
import { authRepository as repo } from './auth.repository.js';
import {
  type AuthDeps,
  CHALLENGE_ATTEMPTS,
  isStaff,
  LOCKOUT_FAILURES,
  LOCKOUT_WINDOW_MS,
  type NewSession,
  type RequestMeta,
  type TwoStepChallenge,
} from './auth.types.js';
import type { Sessions } from './sessions.js';
import { codeInvalid, type TwoStep } from './two-step.js';
import { twoStepRepository } from './two-step.repository.js';

/** Whether the address has had too many wrong passwords (or codes) in the lockout window. */
export async function lockedOut(tx: DbOrTx, email: string, now: Date) {
  return (await repo.countLoginFailures(tx, email, new Date(now.getTime() - LOCKOUT_WINDOW_MS))) >= LOCKOUT_FAILURES;
}

/** Log-in with a password and, for staff with two-step verification on, the code that follows it. */
export function createLogin(
  deps: Pick<AuthDeps, 'db' | 'clock' | 'hashToken'>,
  sessions: Pick<Sessions, 'loggedIn' | 'challengeFor'>,
  twoStep: Pick<TwoStep, 'isOn' | 'verify'>,
) {
  const { db, clock } = deps;
  return {
    /** Password log-in: a session, or — for staff with two-step verification — a challenge for the code. */
    async login(email: string, password: string, meta: RequestMeta): Promise<NewSession | TwoStepChallenge> {
      const now = clock.now();
      if (await lockedOut(db, email, now)) throw new AppError('account_locked');
      const user = await repo.findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user?.passwordHash || !ok) {
        await repo.recordLoginFailure(db, email, meta.ip, now);
        throw new AppError('invalid_credentials');
      }
      return withTransaction(db, async (tx) => {
        if (isStaff(user.role) && (await twoStep.isOn(tx, user.id))) return sessions.challengeFor(tx, user.id);
        return sessions.loggedIn(tx, user, meta);
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
        if (await lockedOut(tx, user.email, now)) return { kind: 'locked' };
        const how = await twoStep.verify(tx, user.id, code);
        if (!how) {
          await twoStepRepository.countAttempt(tx, id);
          await repo.recordLoginFailure(tx, user.email, meta.ip, now);
          return { kind: 'wrong' };
        }
        await twoStepRepository.deleteChallenge(tx, id);
        return { kind: 'in', session: await sessions.loggedIn(tx, user, meta, { twoStep: how }) };
      });
      if (outcome.kind === 'in') return outcome.session;
      if (outcome.kind === 'locked') throw new AppError('account_locked');
      if (outcome.kind === 'wrong') throw codeInvalid();
      throw new AppError('two_step_expired');
    },
  };
}
