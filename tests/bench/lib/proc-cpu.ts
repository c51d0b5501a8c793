import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: the unit of /proc's CPU times, 100 on every Linux platform Node supports. */
const CLOCK_TICKS = 100;

/**
 * CPU seconds (user + system) in a `/proc/<pid>/stat` or `/proc/<pid>/task/<tid>/stat` file. The
 * fields after the command name (which may hold spaces) start at the state; utime and stime are the
 * line's fields 14 and 15, the 12th and 13th after the name. Throws when the file cannot be read.
 */
export function statCpuSeconds(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU seconds of each thread of a process, by thread id (Linux; an empty map elsewhere). The main thread's id is the pid. */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      out.set(Number(tid), statCpuSeconds(`/proc/${pid}/task/${tid}/stat`));
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}
