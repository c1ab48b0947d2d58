/**
 * Child process that fires HTTP load with autocannon and prints one JSON line of figures.
 * It runs apart from the server under test so the load generator does not share its event loop.
 * Input: one JSON argument (LoadOptions). Latencies are recorded per response with sub-millisecond
 * precision (autocannon's own histogram rounds down to whole milliseconds).
 */
import autocannon, { type Result } from 'autocannon';
import { type LoadOptions, type LoadResult, quantile } from './load.js';

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;

function fire(duration: number, record: boolean) {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let started = 0;
  return new Promise<{ result: Result; latencies: number[]; statuses: Record<string, number>; seconds: number }>(
    (resolve, reject) => {
      const instance = autocannon(
        {
          url: options.url,
          connections: options.connections,
          duration,
          headers: options.headers ?? {},
          timeout: 10,
        },
        (error, result) => {
          if (error) reject(error);
          else resolve({ result, latencies, statuses, seconds: (performance.now() - started) / 1000 });
        },
      );
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
    ...(options.raw ? { latencies } : {}),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
