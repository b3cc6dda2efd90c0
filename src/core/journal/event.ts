import { z } from 'zod';
import { hash as oneShotHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';

/**
 * One journal event: a line of the append-only, hash-chained journal. Each event carries the hash
 * of the one before it, so changing, removing, inserting or reordering an event breaks the chain.
 */

/** The `prevHash` of the first event of a journal: `sha256:` and 64 zeros. */
export const GENESIS_HASH = `sha256:${'0'.repeat(64)}`;

/** Kinds that Drydock writes today. Any noun-verb kind matching {@link EVENT_KIND_PATTERN} is accepted. */
export const KNOWN_EVENT_KINDS = [
  'stage-start',
  'stage-end',
  'model-call',
  'tool-call',
  'policy-decision',
  'validator-result',
  'github-write',
  'approval',
  'decision',
  'budget-update',
  'journal-continue',
  'error-raise',
] as const;
export type KnownEventKind = (typeof KNOWN_EVENT_KINDS)[number];

/**
 * New kinds: lower-case words joined by hyphens, at least two of them (`canary-step-start`).
 * The single-word known kinds (`approval`, `decision`) are accepted by name.
 */
export const EVENT_KIND_PATTERN = /^[a-z]+(-[a-z]+)+$/;

const KNOWN_KIND_SET: ReadonlySet<string> = new Set(KNOWN_EVENT_KINDS);

/** `sha256:` and 64 lower-case hex digits. */
export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** A journal event as written and read. */
export interface JournalEvent {
  /** Position in the chain: 1 for the first event of a run, one more for each event after it. */
  seq: number;
  /** When it was written, ISO 8601 in UTC. */
  time: string;
  /** The workflow run (or local run) the event belongs to. */
  runId: string;
  /** The stage that wrote it (`plan`, `implement`, …). */
  stage: string;
  /** The stage attempt, 1 for the first. */
  attempt: number;
  /** The identity that acted: an agent identity (`planner`) or a user login. */
  actor: string;
  /** Noun-verb kind, e.g. `tool-call`. */
  kind: string;
  /** What happened; secrets are already redacted. */
  data: Record<string, unknown>;
  /** The previous event's `hash`, or {@link GENESIS_HASH} for the first. */
  prevHash: string;
  /** `sha256:` + hex sha256 of the canonical JSON of this event without `hash`. */
  hash: string;
}

/** The position a journal has reached: the last event's seq and hash. */
export interface JournalHead {
  /** Seq of the last event; 0 before the first. */
  seq: number;
  /** Hash of the last event; {@link GENESIS_HASH} before the first. */
  hash: string;
}

/** The head of a journal that has no events yet. */
export const GENESIS_HEAD: JournalHead = Object.freeze({ seq: 0, hash: GENESIS_HASH });

/** Data of a `journal-continue` event: the segment or journal this one carries on from. */
export interface JournalContinueData {
  /** Name of the previous segment (a file name), or of the earlier journal for a resumed attempt. */
  previousSegment?: string;
  /** Seq of the last event before this one. */
  previousSeq: number;
  /** Hash of the last event before this one; equal to this event's `prevHash`. */
  previousHash: string;
  /** Why the journal continues: `rollover` (segment size) or `resume` (a later attempt). */
  reason: 'rollover' | 'resume';
}

const hashSchema = z.string().regex(HASH_PATTERN, 'expected sha256:<64 hex digits>');

export const journalEventSchema: z.ZodType<JournalEvent> = z.strictObject({
  seq: z.number().int().positive(),
  time: z.string().min(1),
  runId: z.string().min(1),
  stage: z.string().min(1),
  attempt: z.number().int().positive(),
  actor: z.string().min(1),
  kind: z.string().refine(isEventKind, 'expected a known kind or a noun-verb kind such as tool-call'),
  data: z.record(z.string(), z.unknown()),
  prevHash: hashSchema,
  hash: hashSchema,
});

/** Whether a kind is one of the known kinds or a well-formed noun-verb kind. */
export function isEventKind(kind: string): boolean {
  return KNOWN_KIND_SET.has(kind) || EVENT_KIND_PATTERN.test(kind);
}

/** An event without its hash: what the hash is computed over. */
export type EventContent = Omit<JournalEvent, 'hash'>;

/** The hash an event must carry: `sha256:` + hex sha256 of its canonical JSON without the `hash` member. */
export function computeEventHash(event: EventContent & { hash?: string }): string {
  const { hash: _hash, ...content } = event;
  return `sha256:${sha256Hex(canonicalJson(content))}`;
}

// One-shot hashing: for short inputs it is much cheaper than createHash().update().digest(),
// and hashing is most of what appending and verifying cost.
function sha256Hex(text: string): string {
  return oneShotHash('sha256', text, 'hex');
}

const HASH_MEMBER_PREFIX = ',"hash":"';
/** `,"hash":"sha256:<64 hex>"}` */
const HASH_MEMBER_LENGTH = HASH_MEMBER_PREFIX.length + 'sha256:'.length + 64 + '"}'.length;

/**
 * Hashes an event and gives its journal line: the canonical JSON of the content with `hash`
 * appended as the last member. The line without that member is exactly what was hashed, which
 * lets verification check a line without re-serializing it (see {@link sealedLineHash}).
 */
export function sealEvent(content: EventContent): { event: JournalEvent; line: string } {
  const canonical = canonicalJson(content);
  const hash = `sha256:${sha256Hex(canonical)}`;
  return { event: { ...content, hash }, line: `${canonical.slice(0, -1)}${HASH_MEMBER_PREFIX}${hash}"}` };
}

/** Top-level members of a sealed line, in order: canonical (sorted) order, then `hash`. */
const SEALED_KEYS = ['actor', 'attempt', 'data', 'kind', 'prevHash', 'runId', 'seq', 'stage', 'time', 'hash'] as const;

/**
 * For a line laid out as {@link sealEvent} writes it, the hash of its content: sha256 of the line
 * with the trailing hash member cut off. `undefined` for any other layout (the caller then
 * recomputes from the parsed event). `parsed` is the line's parsed value; its member order is
 * checked so that a second, earlier `hash` member cannot hide in the hashed part. For lines the
 * journal wrote, the bytes are the canonical JSON, so this equals recomputing; a line crafted by
 * hand in this layout is held to its bytes, which is what a recorded head hash pins down anyway.
 */
export function sealedLineHash(line: string, parsed: JournalEvent): string | undefined {
  const cut = line.length - HASH_MEMBER_LENGTH;
  if (cut < 2 || !line.startsWith(HASH_MEMBER_PREFIX, cut) || line.charCodeAt(line.length - 1) !== 125 /* } */) return undefined;
  let position = 0;
  for (const key in parsed) {
    if (SEALED_KEYS[position] !== key) return undefined;
    position += 1;
  }
  if (position !== SEALED_KEYS.length) return undefined;
  return `sha256:${sha256Hex(`${line.slice(0, cut)}}`)}`;
}

const ALLOWED_KEYS: ReadonlySet<string> = new Set(SEALED_KEYS);

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Whether a value is a journal event. Hand-written because verification calls it for every line;
 * it accepts exactly what {@link journalEventSchema} accepts, and {@link describeInvalidEvent} says why not.
 */
export function isJournalEvent(value: unknown): value is JournalEvent {
  if (!isPlainRecord(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!ALLOWED_KEYS.has(key)) return false;
    keys += 1;
  }
  return (
    keys === SEALED_KEYS.length &&
    isPositiveInteger(value.seq) &&
    isPositiveInteger(value.attempt) &&
    isNonEmptyString(value.time) &&
    isNonEmptyString(value.runId) &&
    isNonEmptyString(value.stage) &&
    isNonEmptyString(value.actor) &&
    typeof value.kind === 'string' &&
    isEventKind(value.kind) &&
    isPlainRecord(value.data) &&
    typeof value.prevHash === 'string' &&
    HASH_PATTERN.test(value.prevHash) &&
    typeof value.hash === 'string' &&
    HASH_PATTERN.test(value.hash)
  );
}

/** What is wrong with a value that is not a journal event: the first schema issue, with its path. */
export function describeInvalidEvent(value: unknown): string {
  const result = journalEventSchema.safeParse(value);
  if (result.success) return 'no problem found';
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? '' : `${issue.path.join('.')}: `;
  return `${path}${issue?.message ?? 'invalid'}`;
}
