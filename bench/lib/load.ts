import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type LoadOptions = {
  url: string;
  connections: number;
  /** Measured seconds. */
  duration: number;
  /** Seconds of load before the measured run, not counted. */
  warmup: number;
  headers?: Record<string, string>;
};

export type LoadResult = {
  /** 2xx responses in the measured run. */
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latencies of 2xx responses, milliseconds. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  errors: number;
  non2xx: number;
  statuses: Record<string, number>;
};

const RUNNER = fileURLToPath(new URL('./load-runner.ts', import.meta.url));

/** Runs autocannon in a child process (its own event loop and core) against `options.url`. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(options.url)) throw new Error(`load only goes to 127.0.0.1, not ${options.url}`);
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
      if (code !== 0) return reject(new Error(`load runner exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}
