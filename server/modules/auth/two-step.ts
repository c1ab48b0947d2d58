import { randomInt } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import type { SecretBox } from '../../platform/auth/secret-box.js';
import type { TokenHasher } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { twoStepRepository as repo } from './two-step.repository.js';

const ISSUER = 'ProPass';
const PERIOD_S = 30;
/** An unconfirmed secret this recent is handed out again (a double click or a retry of "Set up"). */
const PENDING_REUSE_MS = 10 * 60_000;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export type TwoStepDeps = { clock: Clock; box: SecretBox; hashToken: TokenHasher };

const totp = (secret: string, label = '') =>
  new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
  });

/** `xxxxx-xxxxx` from an alphabet without look-alikes (no 0/o, 1/l/i), each character uniformly drawn. */
function recoveryCode() {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}
const normaliseRecovery = (code: string) => code.trim().toLowerCase().replace(/-/g, '');

export const codeInvalid = () => new AppError('validation_failed', { code: 'field.two_step_code_invalid' });

/** TOTP (RFC 6238) for staff: the secret sealed in the database, codes used once, recovery codes. */
export function createTwoStep(deps: TwoStepDeps) {
  const { clock, box } = deps;
  const recoveryHash = (userId: string, code: string) =>
    deps.hashToken(`two-step-recovery:${userId}:${normaliseRecovery(code)}`);

  /** The 30-second step a code from now (± one step for clock drift) matches, or null. */
  function matchingStep(secret: string, code: string): number | null {
    const now = clock.now().getTime();
    const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
    return delta === null ? null : Math.floor(now / 1000 / PERIOD_S) + delta;
  }

  return {
    /** Whether the user has two-step verification set up (confirmed). */
    async isOn(db: DbOrTx, userId: string) {
      return Boolean((await repo.secret(db, userId))?.confirmedAt);
    },

    /** Starts setting up: a secret (the recent unconfirmed one again, if any), its URI and QR code. */
    async setup(tx: DbOrTx, user: { id: string; email: string }) {
      const existing = await repo.secret(tx, user.id, true);
      if (existing?.confirmedAt) throw new AppError('invalid_state');
      let secret =
        existing && clock.now().getTime() - existing.createdAt.getTime() < PENDING_REUSE_MS
          ? box.open(existing.secret)
          : null;
      if (!secret) {
        secret = new OTPAuth.Secret({ size: 20 }).base32;
        await repo.putPendingSecret(tx, user.id, box.seal(secret), clock.now());
      }
      const uri = totp(secret, user.email).toString();
      const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return { secret, uri, qrSvg };
    },

    /** Confirms the set-up with a first code; answers ten new recovery codes (shown once). */
    async confirm(tx: DbOrTx, userId: string, code: string) {
      const row = await repo.secret(tx, userId, true);
      if (!row || row.confirmedAt) throw new AppError('invalid_state');
      const secret = box.open(row.secret);
      const step = secret ? matchingStep(secret, code) : null;
      if (step === null) throw codeInvalid();
      await repo.confirm(tx, userId, step, clock.now());
      const codes = Array.from({ length: RECOVERY_CODES }, recoveryCode);
      await repo.replaceRecoveryCodes(
        tx,
        userId,
        codes.map((c) => recoveryHash(userId, c)),
      );
      return codes;
    },

    /**
     * Checks a code at log-in: a 6-digit code from the app (each 30-second step once, so a code
     * seen over a shoulder or sent twice does not work again) or an unused recovery code.
     * Answers how the user got in, or null for a wrong code. Run it in a transaction.
     */
    async verify(tx: DbOrTx, userId: string, code: string): Promise<'app' | 'recovery' | null> {
      const row = await repo.secret(tx, userId, true);
      if (!row?.confirmedAt) return null;
      if (/^\d{6}$/.test(code.trim())) {
        const secret = box.open(row.secret);
        const step = secret ? matchingStep(secret, code.trim()) : null;
        if (step === null || (row.lastStep !== null && step <= row.lastStep)) return null;
        await repo.setLastStep(tx, userId, step);
        return 'app';
      }
      return (await repo.spendRecoveryCode(tx, userId, recoveryHash(userId, code), clock.now())) ? 'recovery' : null;
    },

    remove: repo.remove,
  };
}
export type TwoStep = ReturnType<typeof createTwoStep>;
