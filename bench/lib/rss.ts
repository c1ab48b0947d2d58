import { readFileSync } from 'node:fs';

/** Resident set size of a process in bytes (VmRSS from /proc/<pid>/status), or undefined when it is gone. */
export function rssOf(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `intervalMs` until stopped; `peak` is the highest sample. */
export function sampleRss(pid: number, intervalMs = 50) {
  let peak = 0;
  let samples = 0;
  const take = () => {
    const rss = rssOf(pid);
    if (rss === undefined) return;
    samples++;
    if (rss > peak) peak = rss;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    get peak() {
      return peak;
    },
    get samples() {
      return samples;
    },
    stop() {
      clearInterval(timer);
      take();
      return peak;
    },
  };
}
