import { errorMessage } from '../errors.js';
import {
  computeEventHash,
  GENESIS_HASH,
  GENESIS_HEAD,
  type JournalEvent,
  type JournalHead,
  describeInvalidEvent,
  isJournalEvent,
  sealedLineHash,
} from './event.js';

/** One line of a journal file and where it was read from. */
export interface JournalLine {
  /** The line, without its newline. */
  text: string;
  /** The segment (file name) it came from. */
  segment: string;
  /** 1-based line number within that segment. */
  lineNumber: number;
}

/** What kind of damage the first bad event shows. */
export type JournalFailureReason =
  | 'malformed'
  | 'invalid-event'
  | 'changed'
  | 'removed'
  | 'inserted'
  | 'reordered'
  | 'broken-link'
  | 'bad-start'
  | 'head-mismatch';

/** The first place where a journal does not verify. */
export interface JournalFailure {
  /** What is wrong, as a category. */
  reason: JournalFailureReason;
  /** 1-based line number (within `segment` when known, else within the input). */
  lineNumber: number;
  /** The segment the line came from, when known. */
  segment?: string;
  /** Seq of the event, when the line could be read. */
  seq?: number;
  /** Kind of the event, when the line could be read. */
  kind?: string;
  /** A sentence naming the event and what is wrong with it. */
  message: string;
}

export type JournalVerification =
  | {
      ok: true;
      /** The events, in order. */
      events: JournalEvent[];
      /** The last event's seq and hash; the genesis head for an empty journal. */
      head: JournalHead;
      /** Where the chain starts: the genesis head, or the earlier head a continuation links to. */
      start: JournalHead;
    }
  | {
      ok: false;
      /** The first bad event. */
      firstBad: JournalFailure;
      /** The events before it, which do verify. */
      events: JournalEvent[];
    };

export interface VerifyOptions {
  /**
   * The head the journal must end at (recorded elsewhere, e.g. in run state). Without it, events
   * removed from the end cannot be noticed: nothing after them is left to break.
   */
  expectedHead?: string;
}

type JournalInput = readonly string[] | readonly JournalLine[] | readonly JournalEvent[];

interface Located {
  lineNumber: number;
  segment: string | undefined;
}

function place(location: Located): string {
  return location.segment === undefined ? `line ${location.lineNumber}` : `line ${location.lineNumber} of ${location.segment}`;
}

function shortHash(hash: string): string {
  return hash.length > 19 ? `${hash.slice(0, 19)}…` : hash;
}

/**
 * Checks a journal's hash chain and names the first event that was changed, removed, inserted or
 * reordered, or the first line that is not an event. Takes raw lines (as read from files, with
 * their locations when known) or already parsed events.
 */
export function verifyJournal(input: JournalInput, options: VerifyOptions = {}): JournalVerification {
  const events: JournalEvent[] = [];
  let start: JournalHead = GENESIS_HEAD;
  let previous: JournalEvent | undefined;
  let previousIndex = -1;

  for (let index = 0; index < input.length; index += 1) {
    const item = input[index]!;
    let candidate: unknown = item;
    let text: string | undefined;
    if (typeof item === 'string' || isJournalLine(item)) {
      text = typeof item === 'string' ? item : item.text;
      try {
        candidate = JSON.parse(text);
      } catch (error) {
        return failure(events, input, index, 'malformed', `not valid JSON (${errorMessage(error)})`);
      }
    }
    if (!isJournalEvent(candidate)) {
      const probe = typeof candidate === 'object' && candidate !== null ? (candidate as { seq?: unknown; kind?: unknown }) : undefined;
      return failure(events, input, index, 'invalid-event', `not a journal event (${describeInvalidEvent(candidate)})`, probe);
    }
    const event = candidate;

    const expectedHash = (text === undefined ? undefined : sealedLineHash(text, event)) ?? computeEventHash(event);
    if (expectedHash !== event.hash) {
      const detail = `content does not match its hash (the event was changed): hash ${shortHash(event.hash)}, content hashes to ${shortHash(expectedHash)}`;
      return failure(events, input, index, 'changed', detail, event);
    }

    if (previous === undefined) {
      const anchored = checkStart(event);
      if (typeof anchored === 'string') return failure(events, input, index, 'bad-start', anchored, event);
      start = anchored;
    } else if (event.seq !== previous.seq + 1 || event.prevHash !== previous.hash) {
      const problem = describeBrokenLink(previous, locate(input[previousIndex]!, previousIndex), event, input, index);
      return failure(events, input, index, problem.reason, problem.detail, event);
    }
    if (event.kind === 'journal-continue') {
      const problem = checkContinuation(event);
      if (problem !== undefined) return failure(events, input, index, 'broken-link', problem, event);
    }
    events.push(event);
    previous = event;
    previousIndex = index;
  }

  const head: JournalHead = previous === undefined ? start : { seq: previous.seq, hash: previous.hash };
  if (options.expectedHead !== undefined && options.expectedHead !== head.hash) {
    const expected = `expected the journal to end at ${shortHash(options.expectedHead)}`;
    if (previous === undefined) {
      return { ok: false, events, firstBad: { reason: 'head-mismatch', lineNumber: 0, message: `${expected} but the journal is empty` } };
    }
    const detail = `${expected} but this last event has hash ${shortHash(head.hash)} (events were removed from the end, or this is a different journal)`;
    return failure(events, input, previousIndex, 'head-mismatch', detail, previous);
  }
  return { ok: true, events, head, start };
}

function failure(
  events: JournalEvent[],
  input: JournalInput,
  index: number,
  reason: JournalFailureReason,
  detail: string,
  event?: { seq?: unknown; kind?: unknown },
): JournalVerification {
  const location = locate(input[index]!, index);
  const seq = typeof event?.seq === 'number' ? event.seq : undefined;
  const kind = typeof event?.kind === 'string' ? event.kind : undefined;
  const name = [place(location), seq === undefined ? undefined : `seq ${seq}`, kind].filter(Boolean).join(', ');
  return {
    ok: false,
    events,
    firstBad: { reason, lineNumber: location.lineNumber, segment: location.segment, seq, kind, message: `${name}: ${detail}` },
  };
}

function isJournalLine(item: unknown): item is JournalLine {
  return typeof item === 'object' && item !== null && typeof (item as JournalLine).text === 'string' && typeof (item as JournalLine).lineNumber === 'number';
}

function locate(item: string | JournalLine | JournalEvent, index: number): Located {
  if (typeof item !== 'string' && isJournalLine(item)) return { lineNumber: item.lineNumber, segment: item.segment };
  return { lineNumber: index + 1, segment: undefined };
}

/** The head the first event anchors to, or what is wrong with it. */
function checkStart(event: JournalEvent): JournalHead | string {
  if (event.kind === 'journal-continue') return { seq: event.seq - 1, hash: event.prevHash };
  if (event.seq !== 1) {
    return `the journal starts at seq ${event.seq} instead of 1 (events were removed from the start)`;
  }
  if (event.prevHash !== GENESIS_HASH) {
    return `the first event's prevHash is ${shortHash(event.prevHash)}, not the genesis hash (events were removed from the start)`;
  }
  return GENESIS_HEAD;
}

/** What is wrong when an event does not follow the one before it. */
function describeBrokenLink(
  previous: JournalEvent,
  previousLocation: Located,
  event: JournalEvent,
  input: JournalInput,
  index: number,
): { reason: JournalFailureReason; detail: string } {
  const expectedSeq = previous.seq + 1;
  const after = `the previous event (${place(previousLocation)}) has seq ${previous.seq}`;
  if (event.seq === previous.seq) {
    return { reason: 'inserted', detail: `duplicate seq: ${after} too (one of the two was inserted)` };
  }
  if (event.seq < previous.seq) {
    return { reason: 'reordered', detail: `out of order: ${after} (events were reordered)` };
  }
  if (event.seq > expectedSeq) {
    const later = findSeq(input, index + 1, expectedSeq);
    if (later !== undefined) {
      // The missing seq comes right after this event, and this event does not chain onto it:
      // this event does not belong in the chain at all.
      if (later.index === index + 1 && later.hash !== event.prevHash) {
        return { reason: 'inserted', detail: `expected seq ${expectedSeq} here, which follows at ${place(later.location)} and does not chain onto this event (this event was inserted)` };
      }
      return { reason: 'reordered', detail: `out of order: expected seq ${expectedSeq} here, which comes later at ${place(later.location)} (events were reordered)` };
    }
    const missing = event.seq - expectedSeq === 1 ? `seq ${expectedSeq} is` : `seq ${expectedSeq}–${event.seq - 1} are`;
    return { reason: 'removed', detail: `${missing} missing: ${after} (events were removed)` };
  }
  return {
    reason: 'broken-link',
    detail: `prevHash ${shortHash(event.prevHash)} does not match the hash ${shortHash(previous.hash)} of the event before it (${place(previousLocation)}, seq ${previous.seq}): one of the two was replaced`,
  };
}

function checkContinuation(event: JournalEvent): string | undefined {
  const { previousHash, previousSeq } = event.data as { previousHash?: unknown; previousSeq?: unknown };
  if (previousHash !== undefined && previousHash !== event.prevHash) {
    return `journal-continue names previous hash ${shortHash(String(previousHash))} but its prevHash is ${shortHash(event.prevHash)}`;
  }
  if (previousSeq !== undefined && previousSeq !== event.seq - 1) {
    return `journal-continue names previous seq ${String(previousSeq)} but its own seq is ${event.seq}`;
  }
  return undefined;
}

/** Where a seq appears later in the input, looked up only once something is already wrong. */
function findSeq(input: JournalInput, from: number, seq: number): { location: Located; index: number; hash: unknown } | undefined {
  for (let index = from; index < input.length; index += 1) {
    const item = input[index]!;
    let candidate: unknown = item;
    if (typeof item === 'string' || isJournalLine(item)) {
      try {
        candidate = JSON.parse(typeof item === 'string' ? item : item.text);
      } catch {
        continue;
      }
    }
    if (typeof candidate === 'object' && candidate !== null && (candidate as { seq?: unknown }).seq === seq) {
      return { location: locate(item, index), index, hash: (candidate as { hash?: unknown }).hash };
    }
  }
  return undefined;
}
