import { ConfigError, loadConfig } from './platform/config.js';
import { DataDirLockedError } from './platform/db/lock.js';
import { startRuntime } from './platform/runtime.js';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  try {
    runtime = await startRuntime(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(3);
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
    `ProPass is running at ${config.publicUrl} (database: ${runtime.database.engine === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'}` +
      `${config.devMailbox ? `; e-mails go to the dev mailbox at ${config.publicUrl}/dev/mailbox` : ''})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
