import { readFileSync } from "node:fs";

/** Clock ticks per second for /proc/<pid>/stat times; 100 on every Linux this runs on (`getconf CLK_TCK`). */
const ticksPerSecond = 100;

/**
 * CPU time and peak memory of a process, read from /proc, because on two cores the load
 * generator and the services share the CPU: requests per second alone would flatter whoever
 * the scheduler favoured. utime + stime are fields 14 and 15 of /proc/<pid>/stat (proc(5)).
 */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces; fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / ticksPerSecond;
}

/** Peak resident set size in MiB: VmHWM in /proc/<pid>/status (the high-water mark since start). */
export function peakRssMiB(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** CPU milliseconds each of `pids` spends while `work` runs. */
export async function cpuDuring<T>(pids: readonly number[], work: () => Promise<T>): Promise<{ result: T; cpuMs: number[] }> {
  const before = pids.map(cpuMs);
  const result = await work();
  return { result, cpuMs: pids.map((pid, i) => cpuMs(pid) - before[i]!) };
}
