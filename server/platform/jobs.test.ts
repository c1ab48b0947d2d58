import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engine, testDatabase } from '../test/runtime.js';
import { type Database, openDatabase } from './db/index.js';
import { createJobs } from './jobs.js';

const noop = () => {};

describe('jobs', () => {
  it('a queued job survives a restart and runs once', async () => {
    let url: string | undefined;
    let drop: (() => Promise<void>) | undefined;
    const dir = mkdtempSync(join(tmpdir(), 'propass-jobs-'));
    const open = async (): Promise<Database> => {
      if (engine === 'pglite') return openDatabase({ pgliteDir: dir });
      if (!url) {
        const t = await testDatabase();
        url = t.url;
        drop = t.drop;
        await t.database.close();
      }
      return openDatabase({ databaseUrl: url });
    };
    try {
      // First life: queue a job, nobody works on it, stop.
      const first = await open();
      const jobs1 = createJobs({ database: first, timeZone: 'Europe/Amsterdam', onError: noop, workers: false });
      await jobs1.start();
      const id = await jobs1.send('test.survivor', { n: 42 });
      expect(id).toBeTruthy();
      await jobs1.stop();
      await first.close();

      // Second life on the same data: the job is still there and is worked once.
      const second = await open();
      const jobs2 = createJobs({ database: second, timeZone: 'Europe/Amsterdam', onError: noop });
      await jobs2.start();
      const seen: number[] = [];
      await jobs2.work<{ n: number }>(
        'test.survivor',
        async (data) => {
          seen.push(data.n);
        },
        { pollingIntervalSeconds: 0.5 },
      );
      const deadline = Date.now() + 10_000;
      while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1200));
      expect(seen).toEqual([42]);
      await jobs2.stop();
      await second.close();
    } finally {
      await drop?.().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
