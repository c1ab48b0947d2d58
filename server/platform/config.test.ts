import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'propass-config-'));

describe('configuration', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.devMailbox).toBe(true);
    expect(config.mailFrom).toMatch(/donotreply@/);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.passwordAttemptsPerMinute).toBe(20);
    expect(config.staffTwoStep).toBe('optional');
    expect(loadConfig({ DATA_DIR: dataDir(), PASSWORD_ATTEMPTS_PER_MINUTE: '300' }).passwordAttemptsPerMinute).toBe(
      300,
    );
    expect(loadConfig({ DATA_DIR: dataDir(), STAFF_TWO_STEP: 'required' }).staffTwoStep).toBe('required');
  });

  it('keeps a generated session secret under DATA_DIR across starts', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(loadConfig({ DATA_DIR: dir }).sessionSecret);
  });

  it('names every wrong value on its own line', () => {
    try {
      loadConfig({
        DATA_DIR: dataDir(),
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'http://mail',
        LOG_LEVEL: 'loud',
        PASSWORD_ATTEMPTS_PER_MINUTE: 'many',
        STAFF_TWO_STEP: 'sometimes',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const lines = (error as ConfigError).problems;
      expect(lines.some((l) => l.startsWith('PORT:'))).toBe(true);
      expect(lines.some((l) => l.startsWith('DATABASE_URL:'))).toBe(true);
      expect(lines.some((l) => l.startsWith('SMTP_URL:'))).toBe(true);
      expect(lines.some((l) => l.startsWith('LOG_LEVEL:'))).toBe(true);
      expect(lines.some((l) => l.startsWith('PASSWORD_ATTEMPTS_PER_MINUTE:'))).toBe(true);
      expect(lines.some((l) => l.startsWith('STAFF_TWO_STEP:'))).toBe(true);
      expect(lines).toHaveLength(6);
    }
  });

  it('requires public URL, secret and SMTP in production, and never offers the dev mailbox there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(
      /PUBLIC_URL[\s\S]*SESSION_SECRET[\s\S]*SMTP_URL[\s\S]*PAYMENT_PROVIDER/,
    );
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), PAYMENT_PROVIDER: 'stripe', STRIPE_SECRET_KEY: 'pk_live_x' }),
    ).toThrow(/STRIPE_SECRET_KEY: must be a Stripe secret key/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PAYMENT_PROVIDER: 'stripe' })).toThrow(
      /STRIPE_SECRET_KEY: required[\s\S]*STRIPE_WEBHOOK_SECRET: required/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir(),
      PUBLIC_URL: 'https://propass.example',
      SESSION_SECRET: 'x'.repeat(40),
      SMTP_URL: 'smtp://mail.example:25',
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_live_abc123',
      STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
    });
    expect(config.devMailbox).toBe(false);
    expect(config.devTools).toBe(false);
    expect(config.payment).toMatchObject({ provider: 'stripe', secretKey: 'sk_live_abc123' });
    expect(config.secureCookies).toBe(true);
    // Staff sign in with two-step verification in production unless told otherwise.
    expect(config.staffTwoStep).toBe('required');
  });
});
