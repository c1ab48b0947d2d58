import type { SessionUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import { authRepository as repo } from './auth.repository.js';
import type { AuthDeps } from './auth.types.js';
import { createChangePassword } from './change-password.js';
import { createSendResetIfKnown } from './forgot-password.js';
import { createLogin } from './login.js';
import { createManageTwoStep } from './manage-two-step.js';
import { createSessions } from './sessions.js';
import { createSetPassword } from './set-password.js';
import { createSetPasswordLink } from './set-password-link.js';
import { createTwoStep } from './two-step.js';

export type { AuthDeps, NewSession, RequestMeta, TwoStepChallenge } from './auth.types.js';

/** The auth module's use cases, each in its own file, composed over one set of dependencies. */
export function createAuthService(deps: AuthDeps) {
  const twoStep = createTwoStep({ clock: deps.clock, box: deps.secretBox, hashToken: deps.hashToken });
  const sessions = createSessions(deps);
  const sendSetPasswordLink = createSetPasswordLink(deps);
  const { setupTwoStep, confirmTwoStep, resetTwoStep } = createManageTwoStep(deps, twoStep);
  const { checkLinkToken, setPassword } = createSetPassword(deps, sessions, twoStep);
  return {
    sendSetPasswordLink,
    ...createLogin(deps, sessions, twoStep),
    setupTwoStep,
    confirmTwoStep,
    resetTwoStep,
    logout: sessions.logout,
    resolve: sessions.resolve,
    checkLinkToken,
    setPassword,
    sendResetIfKnown: createSendResetIfKnown(deps, sendSetPasswordLink),
    changePassword: createChangePassword(deps),
    async updateLocale(user: SessionUser, locale: Locale) {
      await repo.setLocale(deps.db, user.id, locale);
    },
    purgeExpiredSessions: sessions.purgeExpiredSessions,
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
