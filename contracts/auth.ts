import { z } from 'zod';
import { Email, Locale, Role } from './common.js';

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: Role,
  locale: Locale,
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const LoginInput = z.object({
  email: Email,
  password: z.string().min(1).max(1024),
});
export const MeResponse = z.object({ user: SessionUser.nullable() });

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
});

export const UpdateLocaleInput = z.object({ locale: Locale });
