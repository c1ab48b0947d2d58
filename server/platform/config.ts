import { resolve } from 'node:path';
import { z } from 'zod';
import { fastifyTrustProxy, isLoopbackHost, parseTrustProxy, type TrustProxy } from './config-network.js';
import { persistentSecret } from './config-secret.js';
import { type StorageConfig, StorageEnv, storageConfig } from './config-storage.js';
import { type TelemetryConfig, TelemetryEnv, telemetryConfig } from './config-telemetry.js';

export { fastifyTrustProxy, isLoopbackHost, type TrustProxy } from './config-network.js';

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

const booleanSetting = z.enum(['true', 'false'], { message: 'must be true or false' }).transform((v) => v === 'true');

const EnvSchema = z.object({
  ...StorageEnv,
  ...TelemetryEnv,
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a number' }).int().min(0).max(65535).default(3000),
  /** Unset: 127.0.0.1 while development tools are on, 0.0.0.0 otherwise. */
  HOST: z.string().trim().min(1).optional(),
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
  /** Development tools (dev mailbox, clock, daily run); on by default outside production, never in it. */
  DEV_TOOLS: booleanSetting.optional(),
  /** Explicit consent to listen on a non-loopback HOST while development tools are on. */
  DEV_TOOLS_ALLOW_PUBLIC_HOST: booleanSetting.default(false),
  /** Explicit consent to the test payment provider in production (a demonstration installation). */
  DEMO_PAYMENTS: booleanSetting.default(false),
  /** Which proxies in front of the server are believed about the client address (X-Forwarded-For). */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((v, ctx) => {
      const trust = parseTrustProxy(v);
      if (trust === undefined) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be true, false, a number of proxy hops (such as 1) or a comma-separated list of addresses or CIDR ranges (such as 10.0.0.0/8,127.0.0.1)',
        });
        return z.NEVER;
      }
      return trust;
    }),
  /** Colleague invitations accepted per hour, per Superuser and per IP address. */
  INVITATIONS_PER_HOUR: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100_000).default(20),
  /** The largest request body (JSON) the server reads, in KiB; uploads have their own limits. */
  BODY_LIMIT_KB: z.coerce.number({ message: 'must be a number' }).int().min(16).max(10_240).default(256),
  /**
   * The VAT registry validators see beside a case: `vies` (the EU service, default in production),
   * `stand-in` (a local server speaking the VIES protocol, for demonstrations and tests; named so in
   * the UI; default elsewhere) or `off`.
   */
  VAT_REGISTRY: z.enum(['vies', 'stand-in', 'off']).optional(),
  /** The VIES REST service's address (the EU's by default). */
  VIES_URL: optionalUrl(/^https?:$/, 'http:// or https://'),
  /** Bearer token Prometheus sends to GET /metrics; unset → /metrics is not served. */
  METRICS_TOKEN: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || /^[\x21-\x7e]+$/.test(v), {
      message: 'must be printable ASCII without spaces (it is sent in an Authorization header)',
    }),
  /** Days company documents are kept after the validation decision; then the daily retention job deletes them. */
  DOCUMENT_RETENTION_DAYS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(3650).default(90),
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
  /** The dev mailbox API (development tools on, no SMTP server); it answers loopback clients only. */
  devMailbox: boolean;
  /** Development tools: the clock can be moved and the daily jobs run on request (/api/dev/clock); loopback clients only. */
  devTools: boolean;
  /** Consent to listen on a non-loopback HOST while development tools are on (warned about at start). */
  devToolsPublicHost: boolean;
  /** Consent to the test payment provider in production (warned about at start). */
  demoPayments: boolean;
  /** TRUST_PROXY: whose X-Forwarded-For is believed for the client address (rate limits, audit). */
  trustProxy: TrustProxy;
  /** The HTTP server's deployment options, in Fastify's terms (app.ts passes them on as they are). */
  http: {
    trustProxy: ReturnType<typeof fastifyTrustProxy>;
    /** Bytes. */
    bodyLimit: number;
  };
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
  /** Colleague invitations accepted per hour, per Superuser and per IP address. */
  invitationsPerHour: number;
  documentRetentionDays: number;
  vatRegistry: 'vies' | 'stand-in' | 'off';
  viesUrl: string;
  /** Bearer token for GET /metrics; undefined → the route answers 404. */
  metricsToken: string | undefined;
  /** Where documents are kept (STORAGE and S3_*). */
  storage: StorageConfig;
  /** OpenTelemetry tracing (OTEL_*): undefined unless an OTLP endpoint is configured. */
  telemetry: TelemetryConfig | undefined;
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
    if (e.PAYMENT_PROVIDER === 'test' && !e.DEMO_PAYMENTS)
      problems.push(
        'PAYMENT_PROVIDER: test charges nothing; in production it needs DEMO_PAYMENTS=true (a demonstration installation only)',
      );
    if (e.METRICS_TOKEN !== undefined && e.METRICS_TOKEN.length < 32)
      problems.push('METRICS_TOKEN: must be at least 32 characters in production (such as `openssl rand -hex 32`)');
    if (e.DEV_TOOLS === true) problems.push('DEV_TOOLS: development tools are never available in production');
  }
  const devTools = e.NODE_ENV !== 'production' && e.DEV_TOOLS !== false;
  const host = e.HOST ?? (devTools ? '127.0.0.1' : '0.0.0.0');
  if (devTools && !isLoopbackHost(host) && !e.DEV_TOOLS_ALLOW_PUBLIC_HOST) {
    problems.push(
      `HOST: ${host} is reachable from other machines while development tools are on (dev mailbox, clock); ` +
        'set DEV_TOOLS=false to switch them off, or DEV_TOOLS_ALLOW_PUBLIC_HOST=true to listen there anyway (the tools still answer loopback clients only)',
    );
  }
  if (e.PAYMENT_PROVIDER === 'stripe') {
    if (!e.STRIPE_SECRET_KEY) problems.push('STRIPE_SECRET_KEY: required when PAYMENT_PROVIDER is stripe');
    if (!e.STRIPE_WEBHOOK_SECRET) problems.push('STRIPE_WEBHOOK_SECRET: required when PAYMENT_PROVIDER is stripe');
  }
  if (e.ADMIN_PASSWORD !== undefined && e.ADMIN_EMAIL === undefined) {
    problems.push('ADMIN_EMAIL: required when ADMIN_PASSWORD is set');
  }
  const storage = storageConfig(e, e.NODE_ENV === 'production', problems);
  const telemetry = telemetryConfig(e, env, problems);
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host,
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
    devMailbox: devTools && !e.SMTP_URL,
    devTools,
    devToolsPublicHost: devTools && !isLoopbackHost(host),
    demoPayments: e.NODE_ENV === 'production' && e.PAYMENT_PROVIDER === 'test',
    trustProxy: e.TRUST_PROXY,
    http: { trustProxy: fastifyTrustProxy(e.TRUST_PROXY), bodyLimit: e.BODY_LIMIT_KB * 1024 },
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
    invitationsPerHour: e.INVITATIONS_PER_HOUR,
    documentRetentionDays: e.DOCUMENT_RETENTION_DAYS,
    vatRegistry: e.VAT_REGISTRY ?? (e.NODE_ENV === 'production' ? 'vies' : 'stand-in'),
    viesUrl: e.VIES_URL ?? 'https://ec.europa.eu/taxation_customs/vies/rest-api',
    metricsToken: e.METRICS_TOKEN,
    storage,
    telemetry,
  };
}
