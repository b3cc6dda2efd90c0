/** Time, behind a port so tests and replays control it. */
export interface Clock {
  /** Wall-clock time now. */
  now(): Date;
  /** A monotonic reading in milliseconds, for durations. */
  monotonicMs(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}
