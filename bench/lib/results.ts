import { appendFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/**
 * One measured figure of a workload: what `bench/results/latest.json` holds (with `at` and
 * `machine` added by bench/run.ts). `target` is the target as text ("≥ 90", "< 25 ms") or null when
 * the figure is only reported; `pass` is null then too (and when the target is not judged here).
 */
export type Figure = {
  workload: string;
  engine: string;
  metric: string;
  value: number | null;
  unit: string;
  target: string | null;
  pass: boolean | null;
};

export type Result = Figure & { at: string; machine: Machine };

export type Machine = { cores: number; model: string; loadAverage: number[]; node: string };

export function machine(): Machine {
  return {
    cores: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
  };
}

/** `BENCH_SMOKE=1` (set by `npm run bench -- --smoke`): every workload at a tiny size, to prove it still runs. */
export const smoke = process.env.BENCH_SMOKE === '1';

/**
 * Records figures of a workload. Run through bench/run.ts they go, one JSON line each, to the file
 * named by BENCH_RESULTS_FILE, which run.ts turns into the results file and the one table; run
 * directly, the workload prints its own table as before and this only keeps them.
 */
export function report(workload: string, engine: string, figures: Omit<Figure, 'workload' | 'engine'>[]) {
  const at = new Date().toISOString();
  const lines = figures.map((f) => {
    const value = f.value === null || !Number.isFinite(f.value) ? null : Number(f.value.toFixed(3));
    return JSON.stringify({ workload, engine, ...f, value, at });
  });
  const file = process.env.BENCH_RESULTS_FILE;
  if (file && lines.length) appendFileSync(file, `${lines.join('\n')}\n`);
}

/** A figure with a target: `pass` from `ok`, target text as given. */
export const judged = (metric: string, value: number, unit: string, target: string, ok: boolean) => ({
  metric,
  value,
  unit,
  target,
  pass: ok,
});

/** A figure reported without a target. */
export const shown = (metric: string, value: number, unit: string) => ({
  metric,
  value,
  unit,
  target: null,
  pass: null,
});
