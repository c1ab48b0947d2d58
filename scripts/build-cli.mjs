// The command line as one compiled file: `npm run cli` runs it with plain node (no TypeScript
// loader in the process) and a small JavaScript heap, so a long import stays within its memory
// budget. Node packages stay in node_modules; the SQL migrations are copied beside the bundle.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
export const CLI_BUNDLE = join(root, 'dist/cli/cli.mjs');
/** V8 flags of the command-line process: the import streams in batches, so a small heap suffices. */
export const CLI_NODE_FLAGS = ['--max-old-space-size=96', '--max-semi-space-size=1'];

export async function buildCli() {
  rmSync(join(root, 'dist/cli'), { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'server/cli.ts')],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  cpSync(join(root, 'server/platform/db/migrations'), join(root, 'dist/cli/migrations'), { recursive: true });
  return CLI_BUNDLE;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
