import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalUrl = (protocols: RegExp, what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || (URL.canParse(v) && protocols.test(new URL(v).protocol)), {
      message: `must be a ${what} URL`,
    });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, 'postgres://'),
  SMTP_URL: optionalUrl(/^smtps?:$/, 'smtp:// or smtps://'),
  MAIL_FROM: z.string().trim().min(3).default('ProPass <donotreply@propass.example>'),
  PUBLIC_URL: optionalUrl(/^https?:$/, 'http:// or https://'),
  SESSION_SECRET: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.length >= 32, { message: 'must be at least 32 characters' }),
  ADMIN_EMAIL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'must be an e-mail address' }))
    .optional(),
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.length >= 12, { message: 'must be at least 12 characters' }),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TIME_ZONE: z
    .string()
    .default('Europe/Amsterdam')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Europe/Amsterdam'),
  PROGRAMME_COUNTRY: z.string().length(2).toUpperCase().default('NL'),
  PAYMENT_PROVIDER: z.enum(['test', 'stripe']).optional(),
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(/^whsec_\w+$/, 'must be a Stripe webhook signing secret (whsec_…)')
    .optional(),
  /** Another Stripe API address (a local stripe-mock, say); the real one by default. */
  STRIPE_API_URL: optionalUrl(/^https?:$/, 'http:// or https://'),
  REGISTRATIONS_PER_HOUR: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000).default(20),
  /** Log-in and other password requests accepted per IP address per minute (each account also locks after 10 failures). */
  PASSWORD_ATTEMPTS_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000).default(20),
  /** Staff two-step verification: required (default in production) or optional (default elsewhere). */
  STAFF_TWO_STEP: z.enum(['required', 'optional']).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  secureCookies: boolean;
  sessionSecret: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  timeZone: string;
  programmeCountry: string;
  devMailbox: boolean;
  /** Outside production: the clock can be moved and the daily jobs run on request (/api/dev/clock). */
  devTools: boolean;
  /** The card payment provider: the built-in test provider (default outside production) or Stripe. */
  payment:
    | { provider: 'test' }
    | { provider: 'stripe'; secretKey: string; webhookSecret: string; apiUrl: string | undefined };
  /** Registrations (and uploads, contact messages) accepted per IP address per hour. */
  registrationsPerHour: number;
  /** Whether staff must set up two-step verification before using the back office. */
  staffTwoStep: 'required' | 'optional';
  /** Log-in and other password requests accepted per IP address per minute. */
  passwordAttemptsPerMinute: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment. Every wrong value is named on its own line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.keys(EnvSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = EnvSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message} (got "${String(env[String(issue.path[0])] ?? '')}")`,
      ),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production') {
    if (!e.PUBLIC_URL) problems.push('PUBLIC_URL: required in production (links in e-mails point at it)');
    if (!e.SESSION_SECRET) problems.push('SESSION_SECRET: required in production (at least 32 characters)');
    if (!e.SMTP_URL) problems.push('SMTP_URL: required in production (the dev mailbox is never offered there)');
    if (!e.PAYMENT_PROVIDER)
      problems.push('PAYMENT_PROVIDER: required in production (stripe; test only for a demonstration installation)');
  }
  if (e.PAYMENT_PROVIDER === 'stripe') {
    if (!e.STRIPE_SECRET_KEY) problems.push('STRIPE_SECRET_KEY: required when PAYMENT_PROVIDER is stripe');
    if (!e.STRIPE_WEBHOOK_SECRET) problems.push('STRIPE_WEBHOOK_SECRET: required when PAYMENT_PROVIDER is stripe');
  }
  if (e.ADMIN_PASSWORD !== undefined && e.ADMIN_EMAIL === undefined) {
    problems.push('ADMIN_EMAIL: required when ADMIN_PASSWORD is set');
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    sessionSecret: e.SESSION_SECRET ?? persistentSecret(dataDir),
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    logLevel: e.LOG_LEVEL,
    timeZone: e.TIME_ZONE,
    programmeCountry: e.PROGRAMME_COUNTRY,
    devMailbox: e.NODE_ENV !== 'production' && !e.SMTP_URL,
    devTools: e.NODE_ENV !== 'production',
    payment:
      e.PAYMENT_PROVIDER === 'stripe'
        ? {
            provider: 'stripe',
            secretKey: e.STRIPE_SECRET_KEY!,
            webhookSecret: e.STRIPE_WEBHOOK_SECRET!,
            apiUrl: e.STRIPE_API_URL,
          }
        : { provider: 'test' },
    registrationsPerHour: e.REGISTRATIONS_PER_HOUR,
    staffTwoStep: e.STAFF_TWO_STEP ?? (e.NODE_ENV === 'production' ? 'required' : 'optional'),
    passwordAttemptsPerMinute: e.PASSWORD_ATTEMPTS_PER_MINUTE,
  };
}

/** Outside production an unset SESSION_SECRET is generated once and kept under DATA_DIR. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
