import { type Config, ConfigError, loadConfig } from './platform/config.js';
import { DataDirLockedError } from './platform/db/lock.js';
import { startTelemetry } from './platform/telemetry.js';

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  // Before the runtime is imported: tracing patches http and pg as they load.
  const telemetry = await startTelemetry(config.telemetry, { postgres: Boolean(config.databaseUrl) });
  const { startRuntime } = await import('./platform/runtime.js');
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  try {
    runtime = await startRuntime(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(3);
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, services } = runtime;

  const admin = await services.accounts.ensureFirstAdmin({ email: config.adminEmail, password: config.adminPassword });
  if (admin?.password) {
    console.log(
      `\n  First admin created. Log in to the back office with\n    e-mail:   ${admin.email}\n    password: ${admin.password}\n  This password is shown only once.\n`,
    );
  } else if (admin) {
    console.log(`First admin created: ${admin.email} (password from ADMIN_PASSWORD)`);
  }

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await runtime.stop();
      // The spans of the last requests are exported before the process ends.
      await telemetry?.shutdown();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  console.log(
    `ProPass is running at ${config.publicUrl}, listening on ${config.host}:${config.port} (database: ${runtime.database.engine === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'}` +
      `${config.devMailbox ? `; e-mails go to the dev mailbox at ${config.publicUrl}/dev/mailbox` : ''})`,
  );
  for (const line of startNotices(config)) console.log(line);
}

/** What a person starting the server must know: which development tools answer, and every setting that lowers a defence. */
function startNotices(config: Config): string[] {
  const lines: string[] = [];
  if (config.devTools) {
    const tools = [
      ...(config.devMailbox ? ['dev mailbox (/api/dev/mailbox)'] : []),
      'clock (/api/dev/clock)',
      'daily run (/api/dev/daily-run)',
    ];
    lines.push(
      `Development tools on: ${tools.join(', ')}. They answer loopback clients only (this machine, not through a proxy); DEV_TOOLS=false switches them off.`,
    );
  }
  if (config.devToolsPublicHost) {
    lines.push(
      `WARNING: listening on ${config.host}, reachable from other machines, with development tools on (DEV_TOOLS_ALLOW_PUBLIC_HOST=true). The tools still answer loopback clients only; do not run this on a network you do not trust.`,
    );
  }
  if (config.telemetry) {
    const { endpoint, protocol, serviceName } = config.telemetry;
    const shown = new URL(endpoint);
    shown.username = shown.password = '';
    lines.push(`Tracing on: spans of service ${serviceName} are exported to ${shown} (OTLP ${protocol}).`);
  }
  if (config.demoPayments) {
    lines.push(
      'WARNING: production with PAYMENT_PROVIDER=test (DEMO_PAYMENTS=true): card payments are simulated and nothing is charged. For a demonstration installation only.',
    );
  }
  return lines;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
