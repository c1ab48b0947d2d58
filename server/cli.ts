import { createReadStream, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { LegacyImport } from '../contracts/legacy.js';
import { createLegacyImporter } from './modules/legacy/index.js';
import { systemClock } from './platform/clock.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { openMigratedDatabase } from './platform/db/index.js';
import { DataDirLockedError } from './platform/db/lock.js';

const USAGE = `Usage:
  npm run cli -- legacy-import accounts <file.csv>     import old-programme accounts
  npm run cli -- legacy-import products <file.csv>     import old-programme products
  npm run cli -- legacy-import --resume <import-id> <file.csv>
                                                       continue an interrupted import of that file

Accounts CSV columns: legacy_id,email,membership_number,tier,expires_on
Products CSV columns: legacy_id,account_legacy_id,model_code,model_name,serial_number,purchase_date,country,dealer
Importing a file again changes nothing (rows are keyed on legacy_id). Uses DATABASE_URL or the
embedded database in DATA_DIR (stop the server first: the embedded database allows one process).`;

function printProgress(p: LegacyImport, final = false) {
  const line = `${p.rowsDone.toLocaleString('en')} rows · ${p.rowsPerSecond?.toLocaleString('en') ?? '–'} rows/s · ${(p.share * 100).toFixed(1)}% of the file · imported ${p.rowsImported.toLocaleString('en')}, unchanged ${p.rowsUnchanged.toLocaleString('en')}, rejected ${p.rowsRejected.toLocaleString('en')}`;
  if (process.stdout.isTTY && !final) process.stdout.write(`\r${line}`);
  else console.log(line);
}

async function legacyImport(args: string[]) {
  let resumeId: string | undefined;
  if (args[0] === '--resume') {
    resumeId = args[1];
    args = args.slice(2);
  }
  const [kindOrFile, maybeFile] = args;
  const kind = resumeId ? undefined : kindOrFile;
  const file = resumeId ? kindOrFile : maybeFile;
  if ((!resumeId && kind !== 'accounts' && kind !== 'products') || !file) {
    console.error(USAGE);
    process.exit(64);
  }
  const path = resolve(file);
  const size = statSync(path).size;
  const config = loadConfig();
  // Only the database (migrated) and the importer: no HTTP app, no job workers, no seeds.
  const database = await openMigratedDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.databaseUrl ? undefined : config.dataDir,
    lowMemory: true,
    poolSize: 2,
  });
  try {
    const legacy = createLegacyImporter({ db: database.db, clock: systemClock });
    const row = resumeId
      ? await legacy.getImport(resumeId)
      : await legacy.createImport(kind as 'accounts' | 'products', basename(path), size);
    console.log(`${resumeId ? 'Resuming' : 'Starting'} import ${row.id} (${row.kind}) of ${path}`);
    process.once('SIGINT', () => {
      console.log(`\nInterrupted. Resume with: npm run cli -- legacy-import --resume ${row.id} ${file}`);
      void legacy
        .markInterrupted(row.id)
        .then(() => database.close())
        .finally(() => process.exit(130));
    });
    let last = 0;
    const done = await legacy.runImport(
      row.id,
      () => createReadStream(path),
      (p) => {
        if (Date.now() - last > 1000) {
          last = Date.now();
          printProgress(p);
        }
      },
    );
    if (process.stdout.isTTY) process.stdout.write('\n');
    const summary = await legacy.getImport(done.id);
    printProgress(summary, true);
    for (const p of summary.problems.slice(0, 20)) console.log(`  row ${p.row}, ${p.column}: ${p.problem}`);
    if (summary.problems.length > 20)
      console.log(`  … ${summary.problems.length - 20} more problems in the back office report`);
    console.log(`Import ${summary.id}: ${summary.status}${summary.error ? ` (${summary.error})` : ''}`);
    if (summary.status !== 'done') process.exitCode = 1;
  } finally {
    await database.close();
  }
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'legacy-import') return await legacyImport(args);
    console.error(USAGE);
    process.exit(command ? 64 : 0);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

await main();
