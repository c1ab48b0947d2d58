import type { SessionUser } from '../../../contracts/auth.js';
import type { LinkTokens } from '../../platform/auth/link-tokens.js';
import type { SecretBox } from '../../platform/auth/secret-box.js';
import type { TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/index.js';
import type { Mailer } from '../../platform/mail/outbox.js';

export const CUSTOMER_SESSION_MS = 30 * 24 * 3_600_000;
export const STAFF_SESSION_MS = 12 * 3_600_000;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_FAILURES = 10;
export const RESET_TTL_HOURS = 2;
export const CHALLENGE_MS = 5 * 60_000;
export const CHALLENGE_ATTEMPTS = 5;

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

export const isStaff = (role: string) => role !== 'superuser' && role !== 'member';

/** The link purposes that set a password (and log the holder in). */
export const PASSWORD_LINKS = ['set_password', 'reset_password', 'invitation'] as const;
