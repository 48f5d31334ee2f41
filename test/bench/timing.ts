/** Small timing helpers for the bench: medians of repeated runs, wall time of a command. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times; returns each run's milliseconds. */
export function timeRuns(fn: () => unknown, runs: number, warmup = Math.ceil(runs / 10)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

export interface CommandRun {
  wallMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
  error?: string;
}

/** Wall time of one command, output captured (never printed by the bench). */
export function runTimed(command: string, args: readonly string[], options: SpawnSyncOptions = {}): CommandRun {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const run: CommandRun = { wallMs, status: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
  if (result.error) run.error = result.error.message;
  return run;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));
