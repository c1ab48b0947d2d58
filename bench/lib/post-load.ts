import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadOptions, LoadResult } from './load.js';

export type PostLoadOptions = LoadOptions & {
  method: 'POST' | 'PUT' | 'PATCH';
  /** JSON body; `{uuid}` → a fresh UUID, `{n}` → a sequence number unique in the run (see post-runner.ts). */
  bodyTemplate: string;
  /** Added to the headers of each request in turn (round-robin), e.g. a cookie per organisation. */
  headerSets?: Record<string, string>[];
};

const RUNNER = fileURLToPath(new URL('./post-runner.ts', import.meta.url));

/** Like runLoad (load.ts), for writes with a body generated per request; autocannon in a child process. */
export function runPostLoad(options: PostLoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(options.url))
    throw new Error(`load only goes to 127.0.0.1, not ${options.url}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, JSON.stringify(options)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`post runner exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}
