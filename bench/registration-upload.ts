/**
 * Issue 3's upload benchmark: 20 concurrent registrations, each with one 10 MB PDF, through
 * POST /api/registrations of the real server started as a child process (`node --import tsx
 * server/main.ts`). The child's resident memory (VmRSS from /proc/<pid>/status) is sampled every
 * 50 ms. Target: RSS growth < 60 MB. Also prints total time and throughput.
 *
 *   npx tsx bench/registration-upload.ts    (PGlite; PostgreSQL too with BENCH_DATABASE_URL)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve } from 'node:path';
import type { RegistrationInput } from '../contracts/registration.js';
import {
  benchEnv,
  type Engine,
  engines,
  finish,
  freePort,
  printJson,
  printMachine,
  printTable,
  round,
  tempDir,
  withFreshPostgres,
} from './lib/common.js';
import { judged, report, shown } from './lib/results.js';

const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 20);
const FILE_BYTES = 10 * 1024 * 1024;
const SAMPLE_MS = 50;
const TARGET_GROWTH_MB = 60;
const ROOT = resolve(import.meta.dirname, '..');
const MB = 1024 * 1024;

type EngineResult = {
  engine: string;
  baselineMb: number;
  peakMb: number;
  growthMb: number;
  maxRiseMb: number;
  lowMb: number;
  samples: number;
  afterMb: number;
  seconds: number;
  uploadedMb: number;
  mbPerSecond: number;
  registrationsPerSecond: number;
  statuses: Record<string, number>;
  latencyMs: { min: number; max: number };
  storedFiles: number;
};

/** Resident set size of a process in bytes, or undefined when it is gone. */
function rssOf(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A real one-page PDF of exactly FILE_BYTES, different for every `i`: its page's content stream is
 * padded with comment lines, and the cross-reference table points at every object, so the upload
 * checks (a PDF that parses, nothing after `%%EOF`) accept it as they would a large scan.
 */
function pdf(i: number, run: string): Buffer {
  const head = `%PDF-1.4\n%propass bench ${run} document ${i}\n`;
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n',
  ];
  const trailerFor = (offsets: number[], xref: number) =>
    `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Everything but the padding, to size the stream so the file is exactly FILE_BYTES.
  const fixed = (length: number) =>
    head.length +
    objects.join('').length +
    `4 0 obj\n<< /Length ${length} >>\nstream\n`.length +
    '\nendstream\nendobj\n'.length +
    trailerFor([0, 0, 0, 0], 10 ** 9).length;
  let length = FILE_BYTES - fixed(FILE_BYTES);
  length = FILE_BYTES - fixed(length);
  const line = '% filler line of a benchmark document\n';
  const stream = line.repeat(Math.ceil(length / line.length)).slice(0, length);
  const parts = [head, ...objects, `4 0 obj\n<< /Length ${length} >>\nstream\n${stream}\nendstream\nendobj\n`];
  const offsets: number[] = [];
  let at = head.length;
  for (const part of parts.slice(1)) {
    offsets.push(at);
    at += part.length;
  }
  const body = parts.join('');
  // The xref offset is written with as many digits as the sizing assumed (10), padded with zeros.
  const trailer = trailerFor(offsets, at).replace(`startxref\n${at}`, `startxref\n${String(at).padStart(10, '0')}`);
  return Buffer.from(body + trailer, 'latin1');
}

function application(i: number, run: string): RegistrationInput {
  // One VAT-registered applicant with a valid NL VAT number; the others are not VAT-registered.
  const vat = i === 0;
  return {
    idempotencyKey: randomUUID(),
    source: 'bench',
    organisation: {
      legalName: `Bench Company ${i} B.V.`,
      tradingName: undefined,
      country: 'NL',
      street: 'Damrak',
      houseNumber: String(i + 1),
      postcode: '1012 AB',
      city: 'Amsterdam',
      phone: '+31 20 123 4567',
    },
    company: {
      vatRegistered: vat,
      vatNumber: vat ? 'NL004495445B01' : undefined,
      // Not VAT-registered: the KvK number gives the e-invoicing address.
      tradeRegisterNumber: vat ? undefined : '34126549',
      electronicAddress: undefined,
      legacyEmail: undefined,
    },
    contact: {
      firstName: 'Bench',
      lastName: `Applicant ${i}`,
      email: `applicant-${run}-${i}@bench.example`,
      locale: i % 2 ? 'nl' : 'en',
    },
    documents: [{ kind: vat ? 'vat_certificate' : 'company_invoice' }],
    declaration: true,
  };
}

/** One multipart POST, written as the browser does: the JSON field first, then the file. */
function register(port: number, input: RegistrationInput, file: Buffer, agent: http.Agent) {
  const boundary = `----propass-bench-${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="application"\r\n\r\n` +
      `${JSON.stringify(input)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="documents"; filename="invoice.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  return new Promise<{ status: number; body: string; ms: number }>((resolvePromise, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/registrations',
        agent,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + file.length + tail.length,
          'accept-language': input.contact.locale,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, body, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.write(head);
    req.write(file);
    req.end(tail);
  });
}

async function waitReady(port: number, child: ChildProcess, output: () => string) {
  // Generous: on a busy 2-core machine the first start (creating the PGlite directory) can take minutes.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready after 300 s:\n${output()}`);
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  await exited;
  clearTimeout(timer);
}

function countFiles(dir: string): number {
  let n = 0;
  try {
    for (const a of readdirSync(dir)) {
      if (a === 'tmp') continue;
      for (const b of readdirSync(join(dir, a))) n += readdirSync(join(dir, a, b)).length;
    }
  } catch {
    // no files directory
  }
  return n;
}

async function runEngine(engine: Engine): Promise<EngineResult> {
  if (engine.name === 'postgres') return withFreshPostgres(engine.adminUrl, (url) => measure('postgres', url));
  return measure('pglite', undefined);
}

async function measure(engineName: string, databaseUrl: string | undefined): Promise<EngineResult> {
  const tmp = tempDir('upload');
  const port = await freePort();
  const run = randomBytes(4).toString('hex');
  const files = Array.from({ length: REGISTRATIONS }, (_, i) => pdf(i, run));
  const inputs = Array.from({ length: REGISTRATIONS }, (_, i) => application(i, run));

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: benchEnv(tmp.dir, {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl ?? '',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const samples: { at: number; rss: number }[] = [];
  let sampler: NodeJS.Timeout | undefined;
  try {
    await waitReady(port, child, () => output);
    const pid = child.pid!;
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server/main.ts'))
      throw new Error('the sampled pid is not the server');
    // Settle: a few ordinary requests, then 1 s of quiet.
    for (let i = 0; i < 5; i++) await (await fetch(`http://127.0.0.1:${port}/api/meta`)).text();
    await new Promise((r) => setTimeout(r, 1000));

    const t0 = performance.now();
    sampler = setInterval(() => {
      const rss = rssOf(pid);
      if (rss !== undefined) samples.push({ at: performance.now() - t0, rss });
    }, SAMPLE_MS);
    await new Promise((r) => setTimeout(r, 500));
    const baseline = Math.max(...samples.map((s) => s.rss));

    const agent = new http.Agent({ keepAlive: false, maxSockets: REGISTRATIONS });
    console.log(
      `[${engineName}] ${REGISTRATIONS} concurrent registrations × ${FILE_BYTES / MB} MB to 127.0.0.1:${port} (pid ${pid})`,
    );
    const started = performance.now();
    const results = await Promise.all(inputs.map((input, i) => register(port, input, files[i]!, agent)));
    const seconds = (performance.now() - started) / 1000;
    const duringEnd = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 1000));
    clearInterval(sampler);
    agent.destroy();

    const during = samples.filter((s) => s.at <= duringEnd + 200);
    const peak = Math.max(...during.map((s) => s.rss));
    // A full GC during the burst can return startup garbage to the OS (PGlite: hundreds of MB),
    // which hides growth behind a falling baseline; so also the largest rise over the lowest RSS seen before it.
    let low = Number.POSITIVE_INFINITY;
    let maxRise = 0;
    for (const s of during) {
      low = Math.min(low, s.rss);
      maxRise = Math.max(maxRise, s.rss - low);
    }
    const after = samples[samples.length - 1]?.rss ?? Number.NaN;
    const statuses: Record<string, number> = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const failed = results.filter((r) => r.status !== 201);
    for (const f of failed.slice(0, 3)) console.warn(`[${engineName}] ${f.status}: ${f.body.slice(0, 300)}`);
    const ok = REGISTRATIONS - failed.length;
    const uploadedMb = (ok * FILE_BYTES) / MB;
    return {
      engine: engineName,
      baselineMb: baseline / MB,
      peakMb: peak / MB,
      growthMb: (peak - baseline) / MB,
      maxRiseMb: maxRise / MB,
      lowMb: low / MB,
      samples: during.length,
      afterMb: after / MB,
      seconds,
      uploadedMb,
      mbPerSecond: uploadedMb / seconds,
      registrationsPerSecond: ok / seconds,
      statuses,
      latencyMs: { min: Math.min(...results.map((r) => r.ms)), max: Math.max(...results.map((r) => r.ms)) },
      storedFiles: countFiles(join(tmp.dir, 'files')),
    };
  } catch (error) {
    console.error(output);
    throw error;
  } finally {
    if (sampler) clearInterval(sampler);
    await stopChild(child);
    tmp.remove();
  }
}

async function main() {
  console.log(
    `registration-upload: ${REGISTRATIONS} concurrent registrations each uploading ${FILE_BYTES / MB} MB; server RSS sampled every ${SAMPLE_MS} ms`,
  );
  printMachine();
  const results: EngineResult[] = [];
  for (const engine of engines()) results.push(await runEngine(engine));
  const mb = (x: number) => `${x.toFixed(1)} MB`;
  printTable(
    `POST /api/registrations, ${REGISTRATIONS} × ${FILE_BYTES / MB} MB at once; target RSS growth < ${TARGET_GROWTH_MB} MB (server RSS, ${SAMPLE_MS} ms samples)`,
    [
      'engine',
      'baseline RSS',
      'peak RSS',
      'growth',
      'lowest',
      'max rise',
      'RSS 1 s after',
      'time',
      'MB/s',
      'reg/s',
      '201s',
      'files stored',
    ],
    results.map((r) => [
      r.engine,
      mb(r.baselineMb),
      mb(r.peakMb),
      mb(r.growthMb),
      mb(r.lowMb),
      mb(r.maxRiseMb),
      mb(r.afterMb),
      `${r.seconds.toFixed(2)} s`,
      r.mbPerSecond.toFixed(1),
      r.registrationsPerSecond.toFixed(2),
      `${r.statuses['201'] ?? 0}/${REGISTRATIONS}`,
      r.storedFiles,
    ]),
  );
  console.log(
    'growth = peak − baseline (RSS just before the burst); max rise = largest RSS rise over the lowest RSS seen before it.',
  );
  console.log(`The target is judged on the larger of the two. ${SAMPLE_MS} ms samples.`);
  const met = results.every(
    (r) => Math.max(r.growthMb, r.maxRiseMb) < TARGET_GROWTH_MB && (r.statuses['201'] ?? 0) === REGISTRATIONS,
  );
  for (const r of results)
    report('registration-upload', r.engine, [
      judged(
        'RSS growth (max of growth and max rise)',
        Math.max(r.growthMb, r.maxRiseMb),
        'MB',
        `< ${TARGET_GROWTH_MB}`,
        Math.max(r.growthMb, r.maxRiseMb) < TARGET_GROWTH_MB,
      ),
      shown('RSS baseline', r.baselineMb, 'MB'),
      shown('RSS peak', r.peakMb, 'MB'),
      shown('upload throughput', r.mbPerSecond, 'MB/s'),
      judged(
        'registrations answered 201',
        r.statuses['201'] ?? 0,
        'count',
        `= ${REGISTRATIONS}`,
        (r.statuses['201'] ?? 0) === REGISTRATIONS,
      ),
    ]);
  printJson('registration-upload', {
    registrations: REGISTRATIONS,
    fileBytes: FILE_BYTES,
    target: { rssGrowthMbMax: TARGET_GROWTH_MB },
    met,
    results: results.map((r) => ({
      engine: r.engine,
      baselineRssMb: round(r.baselineMb, 1),
      peakRssMb: round(r.peakMb, 1),
      growthMb: round(r.growthMb, 1),
      lowestRssMb: round(r.lowMb, 1),
      maxRiseMb: round(r.maxRiseMb, 1),
      samples: r.samples,
      rssAfterMb: round(r.afterMb, 1),
      seconds: round(r.seconds),
      mbPerSecond: round(r.mbPerSecond, 1),
      registrationsPerSecond: round(r.registrationsPerSecond),
      statuses: r.statuses,
      latencyMs: { min: round(r.latencyMs.min, 0), max: round(r.latencyMs.max, 0) },
      storedFiles: r.storedFiles,
    })),
  });
  finish(met);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
