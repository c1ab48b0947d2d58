// `npm run cli -- …`: builds the command line (scripts/build-cli.mjs) and runs it.
import { spawn } from 'node:child_process';
import { buildCli, CLI_NODE_FLAGS } from './build-cli.mjs';

const bundle = await buildCli();
const child = spawn(process.execPath, [...CLI_NODE_FLAGS, bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the command itself, which prints how to resume; this wrapper only waits for it.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
