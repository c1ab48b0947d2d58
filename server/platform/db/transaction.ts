import type { Db, Tx } from './index.js';

export type AfterCommit = (task: () => Promise<unknown> | unknown) => void;

/**
 * Runs `work` in one transaction and, once it has committed, the tasks it registered with
 * `afterCommit` (e.g. waking a job for an outbox row). A task's failure is reported, not thrown:
 * the data is already committed and the periodic sweeps pick up what a task missed.
 */
export async function withTransaction<T>(
  db: Db,
  work: (tx: Tx, afterCommit: AfterCommit) => Promise<T>,
  onTaskError: (error: unknown) => void = () => {},
): Promise<T> {
  const tasks: (() => Promise<unknown> | unknown)[] = [];
  const result = await db.transaction((tx) => work(tx as Tx, (task) => tasks.push(task)));
  for (const task of tasks) {
    try {
      await task();
    } catch (error) {
      onTaskError(error);
    }
  }
  return result;
}
