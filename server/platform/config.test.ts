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

  it('keeps development tools on loopback: 127.0.0.1 by default, a public HOST only with explicit consent', () => {
    const dev = loadConfig({ DATA_DIR: dataDir() });
    expect(dev).toMatchObject({ host: '127.0.0.1', devTools: true, devMailbox: true, devToolsPublicHost: false });
    for (const host of ['localhost', '127.0.0.1', '127.0.0.2', '::1']) {
      expect(loadConfig({ DATA_DIR: dataDir(), HOST: host }).host).toBe(host);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      try {
        loadConfig({ DATA_DIR: dataDir(), HOST: host });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([
          expect.stringMatching(/^HOST: .*DEV_TOOLS=false.*DEV_TOOLS_ALLOW_PUBLIC_HOST=true/),
        ]);
      }
    }
    const consented = loadConfig({ DATA_DIR: dataDir(), HOST: '0.0.0.0', DEV_TOOLS_ALLOW_PUBLIC_HOST: 'true' });
    expect(consented).toMatchObject({ host: '0.0.0.0', devTools: true, devToolsPublicHost: true });

    // Switched off outside production: any host, no dev mailbox, no clock.
    const off = loadConfig({ DATA_DIR: dataDir(), DEV_TOOLS: 'false' });
    expect(off).toMatchObject({ host: '0.0.0.0', devTools: false, devMailbox: false });
    expect(loadConfig({ DATA_DIR: dataDir(), DEV_TOOLS: 'false', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ DATA_DIR: dataDir(), DEV_TOOLS: 'maybe' })).toThrow(/DEV_TOOLS: must be true or false/);
  });

  const production = {
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://propass.example',
    SESSION_SECRET: 'x'.repeat(40),
    SMTP_URL: 'smtp://mail.example:25',
    PAYMENT_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: 'sk_live_abc123',
    STRIPE_WEBHOOK_SECRET: 'whsec_abc123',
  };

  it('listens on every interface in production, where development tools never exist', () => {
    expect(loadConfig({ ...production, DATA_DIR: dataDir() })).toMatchObject({ host: '0.0.0.0', devTools: false });
    expect(() => loadConfig({ ...production, DATA_DIR: dataDir(), DEV_TOOLS: 'true' })).toThrow(
      /DEV_TOOLS: development tools are never available in production/,
    );
  });

  it('refuses the test payment provider in production unless it is a declared demonstration', () => {
    expect(() => loadConfig({ ...production, DATA_DIR: dataDir(), PAYMENT_PROVIDER: 'test' })).toThrow(
      /PAYMENT_PROVIDER: .*DEMO_PAYMENTS=true/,
    );
    const demo = loadConfig({ ...production, DATA_DIR: dataDir(), PAYMENT_PROVIDER: 'test', DEMO_PAYMENTS: 'true' });
    expect(demo).toMatchObject({ payment: { provider: 'test' }, demoPayments: true });
    expect(loadConfig({ ...production, DATA_DIR: dataDir() }).demoPayments).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ payment: { provider: 'test' }, demoPayments: false });
  });

  it('reads TRUST_PROXY as a boolean, a hop count or a list of addresses and ranges, and refuses anything else', () => {
    const trust = (value?: string) => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: value }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('0')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('127.0.0.1')).toEqual(['127.0.0.1']);
    expect(trust('10.0.0.0/8, 192.168.1.1,::1,fd00::/8')).toEqual(['10.0.0.0/8', '192.168.1.1', '::1', 'fd00::/8']);
    for (const bad of ['yes', '-1', '1.5', '10.0.0.0/33', 'proxy.example', '10.0.0.1,', '::1/129']) {
      expect(() => trust(bad), bad).toThrow(/TRUST_PROXY: must be true, false, a number of proxy hops/);
    }
  });
});
