import { readdirSync, readFileSync } from 'node:fs';

/** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** CPU time (user + system) a process has used so far, from /proc/<pid>/stat, in ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The parent process id of a process, from /proc/<pid>/status. */
export function parentPid(pid: number): number {
  return Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
}

/**
 * CPU time of the PostgreSQL server whose postmaster is `postmasterPid` (the postmaster and every
 * process it started: backends, writers), in ms; of every PostgreSQL process on the machine when
 * it is not given. On a machine shared with other test suites, only the server under test counts.
 */
export function postgresCpuMs(postmasterPid?: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (!/^\d+ \((postgres|postmaster)\)/.test(stat)) continue;
      const pid = Number(entry);
      if (postmasterPid !== undefined && pid !== postmasterPid && parentPid(pid) !== postmasterPid) continue;
      total += processCpuMs(pid);
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}
