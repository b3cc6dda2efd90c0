import { DrydockError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { JournalSink } from '../ports/journal-sink.js';
import {
  GENESIS_HEAD,
  isEventKind,
  type JournalContinueData,
  type JournalEvent,
  type JournalHead,
  sealEvent,
} from './event.js';
import { Redactor } from './redact.js';

/** 10 MiB: past this a segment rolls over to the next. */
export const DEFAULT_MAX_SEGMENT_BYTES = 10 * 1024 * 1024;

/** Where a resumed journal carries on from. */
export interface JournalResume {
  /** Head of the earlier journal (from `verifyJournal(...).head`): the new events continue its chain. */
  head: JournalHead;
  /** Name of the earlier journal, recorded in the `journal-continue` event (e.g. its artifact). */
  from?: string;
}

export interface JournalOptions {
  /** The workflow run (or local run) id written into every event. */
  runId: string;
  /** The stage writing the journal. */
  stage: string;
  /** The stage attempt, 1 for the first. */
  attempt: number;
  /** The identity events are attributed to unless `append` names another. */
  actor: string;
  /** Where lines go. */
  sink: JournalSink;
  /** Source of event times. */
  clock: Clock;
  /**
   * Redacts secrets from event data before it is hashed and written. Default: a redactor that
   * knows only the well-known token shapes, so those never reach the journal.
   */
  redactor?: Redactor;
  /**
   * Continue an earlier journal (a re-run attempt): the first event is a `journal-continue` whose
   * prevHash is the earlier head, and seq carries on from it.
   */
  resume?: JournalResume;
  /** Start a new segment before one would grow past this many bytes (default 10 MiB). */
  maxSegmentBytes?: number;
  /** Told about conditions worth a warning in the log, such as a segment rolling over. */
  onWarning?: (message: string) => void;
}

export interface AppendOptions {
  /** The identity that acted, when not the journal's default actor (a user approving, say). */
  actor?: string;
}

/**
 * Append-only, hash-chained journal writer. Each event's `prevHash` is the hash of the event
 * before it; data is redacted before it is hashed, so a secret never enters the chain.
 */
export class Journal {
  readonly #options: JournalOptions;
  readonly #sink: JournalSink;
  readonly #redactor: Redactor;
  readonly #maxSegmentBytes: number;
  readonly #counts = new Map<string, number>();
  #head: JournalHead;
  #closedBy: string | undefined;
  #eventCount = 0;

  constructor(options: JournalOptions) {
    if (!Number.isInteger(options.attempt) || options.attempt < 1) {
      throw new DrydockError(`journal attempt must be a positive integer, got ${options.attempt}`);
    }
    this.#options = options;
    this.#sink = options.sink;
    this.#redactor = options.redactor ?? new Redactor();
    this.#maxSegmentBytes = options.maxSegmentBytes ?? DEFAULT_MAX_SEGMENT_BYTES;
    this.#head = options.resume?.head ?? GENESIS_HEAD;
    if (options.resume !== undefined) {
      const data: JournalContinueData = {
        previousSegment: options.resume.from,
        previousSeq: this.#head.seq,
        previousHash: this.#head.hash,
        reason: 'resume',
      };
      this.#write(this.#seal('journal-continue', this.#redactor.redactValue(data) as Record<string, unknown>, options.actor));
    }
  }

  /** The last event's seq and hash (the earlier journal's head before the first append of a resumed one). */
  get head(): JournalHead {
    return { seq: this.#head.seq, hash: this.#head.hash };
  }

  /** Events written by this writer (continuation events included). */
  get eventCount(): number {
    return this.#eventCount;
  }

  /** Events written by this writer, by kind. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }

  /**
   * Appends one event and returns it as written (data redacted). `kind` must be a known kind or
   * noun-verb (`tool-call`), and not `journal-continue`; data must be an object. Throws without
   * writing anything if either is wrong.
   */
  append(kind: string, data: Readonly<Record<string, unknown>> = {}, options: AppendOptions = {}): JournalEvent {
    if (this.#closedBy !== undefined) {
      throw new DrydockError(`journal is closed (${this.#closedBy}); '${kind}' was not written`);
    }
    if (!isEventKind(kind)) {
      throw new DrydockError(`journal event kind '${kind}' is neither a known kind nor noun-verb: expected lower-case words joined by hyphens, such as tool-call`);
    }
    if (kind === 'journal-continue') {
      throw new DrydockError('journal-continue events are written by the journal itself (on rollover and resume), not appended');
    }
    const redacted = this.#redactor.redactValue(data);
    if (typeof redacted !== 'object' || redacted === null || Array.isArray(redacted)) {
      throw new DrydockError(`journal event data for '${kind}' must be an object`);
    }
    const actor = options.actor ?? this.#options.actor;
    let sealed = this.#seal(kind, redacted as Record<string, unknown>, actor);
    const bytes = this.#sink.bytesWritten;
    // Cheap bound first: UTF-8 never needs more than three bytes per UTF-16 code unit.
    if (bytes > 0 && bytes + sealed.line.length * 3 + 1 > this.#maxSegmentBytes && bytes + Buffer.byteLength(sealed.line) + 1 > this.#maxSegmentBytes) {
      this.#rollover();
      sealed = this.#seal(kind, redacted as Record<string, unknown>, actor);
    }
    this.#write(sealed);
    return sealed.event;
  }

  /**
   * Refuses every later append. A stage closes its journal right after `stage-end`, so work still
   * running (a loop interrupted by cancellation) cannot add events after the head the run state
   * records.
   */
  close(reason: string): void {
    this.#closedBy ??= reason;
  }

  /** Writes queued lines to durable storage. */
  flush(): Promise<void> {
    return this.#sink.flush();
  }

  #rollover(): void {
    const previousSegment = this.#sink.segment;
    const nextSegment = this.#sink.rollover();
    this.#options.onWarning?.(
      `journal segment ${previousSegment} reached its limit of ${this.#maxSegmentBytes} bytes; continuing in ${nextSegment}`,
    );
    const data: JournalContinueData = {
      previousSegment,
      previousSeq: this.#head.seq,
      previousHash: this.#head.hash,
      reason: 'rollover',
    };
    this.#write(this.#seal('journal-continue', { ...data }, this.#options.actor));
  }

  #seal(kind: string, data: Record<string, unknown>, actor: string): { event: JournalEvent; line: string } {
    return sealEvent({
      seq: this.#head.seq + 1,
      time: this.#options.clock.now().toISOString(),
      runId: this.#options.runId,
      stage: this.#options.stage,
      attempt: this.#options.attempt,
      actor,
      kind,
      data,
      prevHash: this.#head.hash,
    });
  }

  #write({ event, line }: { event: JournalEvent; line: string }): void {
    this.#sink.append(line);
    this.#head = { seq: event.seq, hash: event.hash };
    this.#eventCount += 1;
    this.#counts.set(event.kind, (this.#counts.get(event.kind) ?? 0) + 1);
  }
}
