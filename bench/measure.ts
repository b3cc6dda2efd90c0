/** Tiny helpers shared by the benchmarks: medians, not means, and a goal beside each figure. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `task` `runs` times (after `warmup` unmeasured runs) and returns each duration in ms. */
export async function timeRuns(task: () => unknown, runs: number, warmup = 1): Promise<number[]> {
  for (let index = 0; index < warmup; index += 1) await task();
  const durations: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await task();
    durations.push(performance.now() - started);
  }
  return durations;
}

export interface BenchLine {
  /** What was measured. */
  name: string;
  /** The median figure. */
  value: number;
  /** Its unit (`ms`, `events/s`, `KiB`). */
  unit: string;
  /** The goal, as text (`>= 50000`, `< 1000`), if there is one. */
  goal?: string;
  /** Whether the figure meets the goal. */
  met?: boolean;
}

/** Prints one aligned line per figure. */
export function report(lines: readonly BenchLine[]): void {
  for (const line of lines) {
    const value = line.value >= 100 ? line.value.toFixed(0) : line.value.toFixed(2);
    const goal = line.goal === undefined ? '' : `  goal ${line.goal} ${line.met ? 'met' : 'MISSED'}`;
    console.log(`${line.name.padEnd(52)} ${value.padStart(12)} ${line.unit}${goal}`);
  }
}
