import { z } from 'zod';
import { Email, Locale, LocaleTag, Role } from './common.js';

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: Role,
  locale: Locale,
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  /**
   * Two-step verification (staff only; customers are always `off`): `on` once an authenticator
   * app is set up; `setup_required` while the programme requires it of staff and it is not set up
   * yet — such a session can only set it up (other staff endpoints answer 403
   * `two_step_setup_required`).
   */
  twoStep: z.enum(['off', 'on', 'setup_required']),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1).max(1024),
});
export const MeResponse = z.object({ user: SessionUser.nullable() });

/**
 * A log-in answers the session's user, or — for staff with two-step verification — a challenge to
 * send back with the code from the authenticator app (no session yet). The challenge lasts 5
 * minutes and allows 5 codes.
 */
export const LoginResponse = z.union([
  z.object({ user: SessionUser }),
  z.object({ twoStep: z.object({ challenge: z.string() }) }),
]);
/** A 6-digit code from the authenticator app, or a recovery code (`xxxxx-xxxxx`). */
export const TwoStepCode = z
  .string()
  .trim()
  .regex(/^(\d{6}|[a-z0-9]{5}-?[a-z0-9]{5})$/i);
export const TwoStepLoginInput = z.object({ challenge: z.string().min(20).max(200), code: TwoStepCode });
/** Setting up: the secret (also for typing in by hand), its otpauth:// URI and that URI as a QR code (SVG). */
export const TwoStepSetupResponse = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export const TwoStepConfirmInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
/** Ten single-use recovery codes, shown this once; the user now has `twoStep: 'on'`. */
export const TwoStepConfirmResponse = z.object({ recoveryCodes: z.array(z.string()), user: SessionUser });

export const ForgotPasswordInput = z.object({ email: Email });
/** The same answer whatever the address: unknown, pending or known. */
export const ForgotPasswordResponse = z.object({ ok: z.literal(true) });

export const PASSWORD_MIN_LENGTH = 12;
export const SetPasswordInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(256),
});
export const TokenCheckResponse = z.object({
  valid: z.boolean(),
  purpose: z.enum(['set_password', 'reset_password', 'invitation']).nullable(),
  email: z.string().nullable(),
  /** The user's own words (names, organisation) the password rule checks against, for the meter. */
  passwordWords: z.array(z.string()).default([]),
});

export const UpdateLocaleInput = z.object({ locale: LocaleTag });

/**
 * A logged-in user changes their password: the current one, and a new one (≥ 12 characters, not a
 * common or easily guessed one). Other sessions of the user end; this one stays. An e-mail tells the
 * user it happened.
 */
export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(256),
});
/** How many other sessions (other browsers, devices) were ended. */
export const ChangePasswordResponse = z.object({ ok: z.literal(true), otherSessionsEnded: z.number().int() });
