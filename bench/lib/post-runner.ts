/**
 * Child process like load-runner.ts, for writes: autocannon sends `method` with a body generated
 * per request from `bodyTemplate`, where every `{uuid}` becomes a fresh random UUID and every `{n}`
 * the request's sequence number in this run (prefixed by a random run tag, so serial numbers stay
 * unique across runs). Prints one JSON line (LoadResult).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import autocannon, { type Options, type Result } from 'autocannon';
import { type LoadResult, quantile } from './load.js';
import type { PostLoadOptions } from './post-load.js';

const options = JSON.parse(process.argv[2] ?? '{}') as PostLoadOptions;
const tag = randomBytes(3).toString('hex').toUpperCase();
let sequence = 0;

const body = () => {
  sequence++;
  return options.bodyTemplate
    .replaceAll('{uuid}', () => randomUUID())
    .replaceAll('{n}', `${tag}${String(sequence).padStart(7, '0')}`);
};

function fire(duration: number, record: boolean) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let started = 0;
  return new Promise<{ result: Result; latencies: number[]; statuses: Record<string, number>; seconds: number }>(
    (resolve, reject) => {
      const url = new URL(options.url);
      // `requests` with setupRequest is autocannon's per-request body hook (not in the minimal typings).
      const settings = {
        url: options.url,
        connections: options.connections,
        duration,
        timeout: 10,
        requests: [
          {
            method: options.method,
            path: `${url.pathname}${url.search}`,
            headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
            setupRequest: (request: Record<string, unknown>) => {
              const sets = options.headerSets;
              if (!sets?.length) return { ...request, body: body() };
              // Round-robin over the header sets (e.g. one session cookie per organisation).
              const extra = sets[sequence % sets.length];
              return { ...request, headers: { ...(request.headers as object), ...extra }, body: body() };
            },
          },
        ],
      };
      const instance = autocannon(settings as unknown as Options, (error, result) => {
        if (error) reject(error);
        else resolve({ result, latencies, statuses, seconds: (performance.now() - started) / 1000 });
      });
      started = performance.now();
      instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
        if (!record) return;
        statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
        if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      });
    },
  );
}

async function main() {
  if (options.warmup > 0) await fire(options.warmup, false);
  const { result, latencies, statuses, seconds } = await fire(options.duration, true);
  latencies.sort((a, b) => a - b);
  const ok = latencies.length;
  const out: LoadResult = {
    requests: ok,
    seconds: result.duration || seconds,
    requestsPerSecond: ok / (result.duration || seconds),
    p50: quantile(latencies, 0.5),
    p90: quantile(latencies, 0.9),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    mean: ok ? latencies.reduce((a, b) => a + b, 0) / ok : Number.NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
