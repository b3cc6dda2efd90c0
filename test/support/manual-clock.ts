import type { Clock } from '../../src/core/ports/clock.js';

/** A clock whose `sleep` returns at once, advancing time and recording the wait. */
export interface ManualClock extends Clock {
  /** Every wait asked for, in order. */
  readonly sleeps: number[];
  /** Moves time forward. */
  advance(ms: number): void;
}

/** A manual clock starting at a fixed time; time moves only by `sleep` and `advance`. */
export function manualClock(start = '2025-03-01T10:00:00.000Z'): ManualClock {
  let elapsed = 0;
  const origin = Date.parse(start);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(origin + elapsed),
    monotonicMs: () => elapsed,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      elapsed += Math.max(0, ms);
    },
    advance: (ms: number) => {
      elapsed += ms;
    },
  };
}
