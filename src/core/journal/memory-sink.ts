import type { JournalSink } from '../ports/journal-sink.js';

/** A journal sink that keeps segments in memory, for tests and dry runs. */
export class MemoryJournalSink implements JournalSink {
  /** Every segment so far, in order: its name and its lines. */
  readonly segments: Array<{ name: string; lines: string[] }>;
  #bytesWritten = 0;
  readonly #baseName: string;

  constructor(baseName = 'journal') {
    this.#baseName = baseName;
    this.segments = [{ name: `${baseName}.jsonl`, lines: [] }];
  }

  get segment(): string {
    return this.#current().name;
  }

  get bytesWritten(): number {
    return this.#bytesWritten;
  }

  /** Every line of every segment, in order. */
  get lines(): string[] {
    return this.segments.flatMap((segment) => segment.lines);
  }

  append(line: string): void {
    this.#current().lines.push(line);
    this.#bytesWritten += Buffer.byteLength(line) + 1;
  }

  async flush(): Promise<void> {}

  rollover(): string {
    const name = `${this.#baseName}.${this.segments.length + 1}.jsonl`;
    this.segments.push({ name, lines: [] });
    this.#bytesWritten = 0;
    return name;
  }

  #current(): { name: string; lines: string[] } {
    return this.segments[this.segments.length - 1]!;
  }
}
