/**
 * Where journal lines go. Inside Actions and locally, JSON-lines files (one file per segment);
 * in tests, memory. Appends are buffered and synchronous so that journaling never reorders events;
 * `flush` makes them durable.
 */
export interface JournalSink {
  /** Name of the segment being written (a file name, not a path), as the next segment will refer to it. */
  readonly segment: string;
  /** Bytes of the current segment so far, buffered ones included (each line counts its newline). */
  readonly bytesWritten: number;
  /** Queues one line (JSON, no newline) at the end of the current segment. Never reorders. */
  append(line: string): void;
  /** Writes every queued line to durable storage; rejects if an earlier write failed. */
  flush(): Promise<void>;
  /**
   * Ends the current segment and starts an empty one; returns the new segment's name. Lines
   * queued before the call belong to the old segment.
   */
  rollover(): string;
}
