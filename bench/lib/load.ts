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
  /** Also return every 2xx latency (sorted), to merge several runs. */
  raw?: boolean;
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
  latencies?: number[];
};

const RUNNER = fileURLToPath(new URL('./load-runner.ts', import.meta.url));

/** Runs autocannon in a child process (its own event loop and core) against `options.url`. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
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
      if (code !== 0) return reject(new Error(`load runner exited with ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

export const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

/** Merges runs made with `raw: true` into one result (requests/s over the summed measured time). */
export function mergeLoads(runs: LoadResult[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
  const seconds = runs.reduce((a, r) => a + r.seconds, 0);
  const statuses: Record<string, number> = {};
  for (const r of runs) for (const [k, v] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
  return {
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p90: quantile(latencies, 0.9),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : Number.NaN,
    errors: runs.reduce((a, r) => a + r.errors, 0),
    non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
    statuses,
  };
}
