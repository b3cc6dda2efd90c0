import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../core/ports/clock.js';

/** The real clock: wall time from `Date`, durations from the monotonic `performance.now()`. */
export function createSystemClock(): Clock {
  return {
    now: () => new Date(),
    monotonicMs: () => performance.now(),
    sleep: async (ms: number) => {
      await delay(Math.max(0, ms));
    },
  };
}
