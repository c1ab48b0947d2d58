import { pipeline, type Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { COUNTRIES } from '../../../contracts/common.js';
import { isStorableText, UNSTORABLE_TEXT_PROBLEM } from '../../platform/text.js';

export type Problem = { row: number; column: string; problem: string };
export type AccountRecord = {
  legacyId: string;
  email: string;
  membershipNumber: string | null;
  tier: string | null;
  expiresOn: string | null;
};
export type ProductRecord = {
  legacyId: string;
  legacyAccountId: string;
  modelCode: string | null;
  modelName: string | null;
  serialNumber: string | null;
  purchaseDate: string | null;
  country: string | null;
  dealer: string | null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ID = /^[\w.:-]{1,64}$/;
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
const optional = (s: string | undefined, max: number) => {
  const v = s?.trim() ?? '';
  return v === '' ? null : v.slice(0, max);
};
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);
const REQUIRED_COLUMNS = { accounts: ['legacy_id', 'email'], products: ['legacy_id', 'account_legacy_id'] } as const;
/** Every column a row of each kind is read from (others are ignored, never stored). */
const READ_COLUMNS = {
  accounts: ['legacy_id', 'email', 'membership_number', 'tier', 'expires_on'],
  products: [
    'legacy_id',
    'account_legacy_id',
    'model_code',
    'model_name',
    'serial_number',
    'purchase_date',
    'country',
    'dealer',
  ],
} as const;

/** Shared by every good row (nothing is ever added to it). */
const NO_PROBLEMS: Problem[] = [];

const withProblem = (list: Problem[] | undefined, row: number, column: string, problem: string) => {
  const problems = list ?? [];
  problems.push({ row, column, problem });
  return problems;
};

/** Checks one data row of a legacy CSV; returns the record or its problems. */
export function checkRow(
  kind: 'accounts' | 'products',
  get: (column: string) => string | undefined,
  row: number,
): { record?: AccountRecord | ProductRecord; problems: Problem[] } {
  let problems: Problem[] | undefined;
  // A NUL byte or a broken Unicode character cannot be stored: the row is reported, not written.
  for (const column of READ_COLUMNS[kind]) {
    const value = get(column);
    if (value !== undefined && !isStorableText(value))
      problems = withProblem(problems, row, column, UNSTORABLE_TEXT_PROBLEM);
  }
  if (problems) return { problems };
  const legacyId = get('legacy_id')?.trim() ?? '';
  if (!ID.test(legacyId))
    problems = withProblem(problems, row, 'legacy_id', 'required: letters, digits, . _ : - (at most 64)');
  if (kind === 'accounts') {
    const email = get('email')?.trim().toLowerCase() ?? '';
    if (!EMAIL.test(email) || email.length > 254)
      problems = withProblem(problems, row, 'email', 'a valid e-mail address is required');
    const expiresOn = optional(get('expires_on'), 10);
    if (expiresOn && !isDate(expiresOn)) problems = withProblem(problems, row, 'expires_on', 'a date as YYYY-MM-DD');
    if (problems) return { problems };
    return {
      problems: NO_PROBLEMS,
      record: {
        legacyId,
        email,
        membershipNumber: optional(get('membership_number'), 40),
        tier: optional(get('tier'), 40),
        expiresOn,
      },
    };
  }
  const account = get('account_legacy_id')?.trim() ?? '';
  if (!ID.test(account))
    problems = withProblem(problems, row, 'account_legacy_id', 'required: the legacy id of the account');
  const purchaseDate = optional(get('purchase_date'), 10);
  if (purchaseDate && !isDate(purchaseDate))
    problems = withProblem(problems, row, 'purchase_date', 'a date as YYYY-MM-DD, or empty');
  const country = optional(get('country'), 3)?.toUpperCase() ?? null;
  if (country && !COUNTRY_SET.has(country))
    problems = withProblem(problems, row, 'country', 'a participating country code (e.g. NL), or empty');
  const modelCode = optional(get('model_code'), 40)?.toUpperCase() ?? null;
  const modelName = optional(get('model_name'), 200);
  if (!modelCode && !modelName)
    problems = withProblem(problems, row, 'model_code', 'a model code or a model name is required');
  if (problems) return { problems };
  return {
    problems: NO_PROBLEMS,
    record: {
      legacyId,
      legacyAccountId: account,
      modelCode,
      modelName,
      serialNumber: optional(get('serial_number'), 40)?.toUpperCase().replace(/\s+/g, '') || null,
      purchaseDate,
      country,
      dealer: optional(get('dealer'), 120),
    },
  };
}

export type BatchProgress = { rowsDone: number; bytesDone: number; rejected: number; problems: Problem[] };
export type BatchHandler = (records: (AccountRecord | ProductRecord)[], progress: BatchProgress) => Promise<void>;

export class LegacyCsvHeaderError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.column}: ${p.problem}`).join('; '));
  }
}

/** Counts the bytes that pass (the parser reads at most one chunk ahead of its records). */
function byteCounter() {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      done(null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}

/**
 * Streams a legacy CSV, checks every row and hands the good records to `onBatch` in batches;
 * rows up to `skipRows` (a resumed run's checkpoint) are read but not handed on again. Rejected
 * rows never reach the database; their problems go to the report. Reading waits while `onBatch`
 * runs, so at most one batch and the parser's buffer are in memory.
 */
export async function streamLegacyCsv(
  source: Readable,
  kind: 'accounts' | 'products',
  options: { skipRows: number; batchSize?: number; onBatch: BatchHandler },
) {
  const counter = byteCounter();
  // pipeline (not pipe) so that a failing source fails the parse instead of leaving it waiting.
  const parser = pipeline(
    source,
    counter,
    parse({ relax_column_count: true, skip_empty_lines: true, bom: true }),
    () => {},
  );
  const batchSize = options.batchSize ?? 1000;
  let index: Map<string, number> | undefined;
  let batch: (AccountRecord | ProductRecord)[] = [];
  let rowsDone = 0;
  let rejected = 0;
  let problems: Problem[] = [];
  const flush = async () => {
    const records = batch;
    const progress = { rowsDone, bytesDone: counter.bytes, rejected, problems };
    batch = [];
    problems = [];
    rejected = 0;
    await options.onBatch(records, progress);
  };
  let record: string[] = [];
  const get = (column: string) => {
    const i = index!.get(column);
    return i === undefined ? undefined : record[i];
  };
  // Records are pulled with read() (no promise per record); the parser fills only its small buffer.
  let ended = false;
  let failure: unknown;
  let wake = () => {};
  parser.on('readable', () => wake());
  parser.on('end', () => {
    ended = true;
    wake();
  });
  parser.on('error', (error) => {
    failure = error;
    wake();
  });
  try {
    for (;;) {
      for (let next = parser.read() as string[] | null; next !== null; next = parser.read() as string[] | null) {
        if (!index) {
          const columns = next.map((c) => c.trim().toLowerCase());
          const missing = REQUIRED_COLUMNS[kind].filter((c) => !columns.includes(c));
          if (missing.length)
            throw new LegacyCsvHeaderError(missing.map((c) => ({ row: 1, column: c, problem: 'column missing' })));
          index = new Map(columns.map((c, i) => [c, i]));
          continue;
        }
        rowsDone++;
        if (rowsDone <= options.skipRows) continue;
        record = next;
        const result = checkRow(kind, get, rowsDone + 1);
        if (result.record) batch.push(result.record);
        else {
          rejected++;
          for (const p of result.problems) problems.push(p);
        }
        if (batch.length + rejected >= batchSize) await flush();
      }
      if (failure !== undefined) throw failure;
      if (ended) break;
      // Nothing buffered: wait for the parser (or its end, or a failure).
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = () => {};
    }
  } finally {
    // A failed batch or a bad header stops the reading: the file is closed, not left paused.
    if (!ended) parser.destroy();
  }
  if (!index) throw new LegacyCsvHeaderError([{ row: 1, column: '', problem: 'the file is empty' }]);
  await flush();
  return { rowsDone, bytesDone: counter.bytes };
}
