import { readFileSync } from 'node:fs';

/** Peak resident set size of a process so far (VmHWM), in MB; undefined once it is gone. */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);

/**
 * CPU time a process has used so far (user + system, all its threads), in seconds; undefined once it is gone. On a
 * shared machine the wall clock depends on the others' load; the CPU a run costs much less.
 */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15 (in clock ticks).
    const velden = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(velden[11]) + Number(velden[12])) / 100;
  } catch {
    return undefined;
  }
}
