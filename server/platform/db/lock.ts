import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: string,
  ) {
    super(
      `The data directory ${dir} is in use by another ProPass process (${holder}). ` +
        'Stop that process first, or start this one with another DATA_DIR or with DATABASE_URL.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its data directory and two processes on one directory lose writes, so the
 * server takes an exclusive lock file (created with O_EXCL) holding its pid. A lock whose process
 * is gone is taken over.
 */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'propass.lock');
  const content = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o644);
      writeSync(fd, content);
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; host?: string; since?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // A lock being written right now, or a corrupt one: treat as held unless the pid is known dead.
      }
      const sameHost = holder.host === undefined || holder.host === hostname();
      if (holder.pid && sameHost && !isAlive(holder.pid)) {
        rmSync(file, { force: true });
        continue;
      }
      throw new DataDirLockedError(
        dir,
        `pid ${holder.pid ?? 'unknown'} on ${holder.host ?? 'this host'}, since ${holder.since ?? 'unknown'}`,
      );
    }
  }
  throw new DataDirLockedError(dir, 'unknown');
}
