import type { JournalEvent } from './event.js';

/**
 * One-line summaries of journal events for `journal explain`. Other stages write the data, so
 * every field is read defensively: a missing or oddly typed field is left out, never an error.
 */

// Event data holds untrusted text (issue bodies, command output). Control characters, line
// separators and bidirectional overrides could forge extra timeline lines or rewrite the terminal.
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/** Text safe to print on one terminal line: control and bidi characters become spaces. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, ' ');
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A short readable form of any value: strings as they are, argv lists joined, objects as compact JSON. */
function show(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ');
  return JSON.stringify(value);
}

function firstOf(data: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const shown = show(data[key]);
    if (shown !== undefined && shown !== '') return shown;
  }
  return undefined;
}

function money(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? `$${value.toFixed(4)}` : undefined;
}

function tokens(value: unknown): string | undefined {
  const usage = record(value);
  if (usage === undefined) return typeof value === 'number' ? `${value} tokens` : undefined;
  const input = usage.inputTokens ?? usage.input;
  const output = usage.outputTokens ?? usage.output;
  if (typeof input !== 'number' && typeof output !== 'number') return undefined;
  return `${typeof input === 'number' ? input : '?'} in / ${typeof output === 'number' ? output : '?'} out tokens`;
}

function join(parts: ReadonlyArray<string | undefined | false>, separator = ', '): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(separator);
}

/** Scalar members as `key=value`, for kinds without a dedicated summary. */
function scalars(data: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parts.push(`${key}=${String(value)}`);
  }
  return parts.join(' ');
}

function policyTarget(action: Record<string, unknown>): string | undefined {
  const direct = firstOf(action, ['path', 'argv', 'command', 'operation', 'host', 'url', 'target', 'name']);
  if (direct !== undefined) return direct;
  const rest = Object.entries(action).filter(([key]) => key !== 'type');
  return rest.length === 0 ? undefined : show(Object.fromEntries(rest));
}

const SUMMARIES: Readonly<Record<string, (data: Record<string, unknown>, event: JournalEvent) => string>> = {
  'stage-start': (data, event) => join([`attempt ${event.attempt}`, firstOf(data, ['goal', 'summary', 'description'])]),
  'stage-end': (data) => join([firstOf(data, ['outcome']) ?? 'ended', tokens(data.tokens ?? data.usage), money(data.costUsd), firstOf(data, ['reason', 'summary'])]),
  'model-call': (data) =>
    join([
      firstOf(data, ['model']) ?? 'model',
      tokens(data.usage),
      money(data.costUsd),
      typeof data.finishReason === 'string' && `finish ${data.finishReason}`,
      data.replayedFrom !== undefined && 'served from journal',
    ]),
  'tool-call': (data) => {
    const name = firstOf(data, ['tool', 'name', 'toolName']) ?? 'tool';
    const input = firstOf(data, ['input', 'arguments', 'args', 'argv']);
    const error = firstOf(data, ['error']);
    const exit = typeof data.exitCode === 'number' ? `exit ${data.exitCode}` : undefined;
    const outcome = error === undefined ? join([firstOf(data, ['outcome', 'status']), exit]) : `error: ${error}`;
    return join([`${name}${input === undefined ? '' : ` ${input}`}`, outcome === '' ? undefined : `-> ${outcome}`], ' ');
  },
  'policy-decision': (data) => {
    const decision = (firstOf(data, ['decision']) ?? 'undecided').toUpperCase();
    const action = record(data.action);
    const what = action === undefined ? firstOf(data, ['action']) : join([show(action.type), policyTarget(action)], ' ');
    const reason = firstOf(data, ['reason', 'rule']);
    return `${join([decision, firstOf(data, ['identity']), what], ' ')}${reason === undefined ? '' : `: ${reason}`}`;
  },
  'validator-result': (data) => {
    const name = firstOf(data, ['name', 'validator', 'command']) ?? 'validator';
    const passed = typeof data.passed === 'boolean' ? data.passed : typeof data.ok === 'boolean' ? data.ok : typeof data.exitCode === 'number' ? data.exitCode === 0 : undefined;
    const verdict = passed === undefined ? firstOf(data, ['outcome', 'status']) : passed ? 'passed' : 'failed';
    return join([`${name}${verdict === undefined ? '' : ` ${verdict}`}`, typeof data.exitCode === 'number' && `exit ${data.exitCode}`, firstOf(data, ['summary'])]);
  },
  'github-write': (data) => {
    const created = typeof data.created === 'boolean' ? (data.created ? 'created' : 'updated') : undefined;
    const number = typeof data.number === 'number' ? `#${data.number}` : undefined;
    return join([firstOf(data, ['type', 'operation', 'intent']) ?? 'write', number, firstOf(data, ['url']), created], ' ');
  },
  approval: (data) =>
    join([firstOf(data, ['approver', 'identity', 'by', 'user']), firstOf(data, ['decision', 'state']) ?? 'approved', firstOf(data, ['subject', 'gate', 'environment', 'digest'])], ' ') +
    (firstOf(data, ['reason', 'comment']) === undefined ? '' : `: ${firstOf(data, ['reason', 'comment'])}`),
  decision: (data) => {
    const what = firstOf(data, ['decision', 'verdict', 'choice', 'action']) ?? 'decided';
    const why = firstOf(data, ['reason', 'summary', 'explanation']);
    return why === undefined ? what : `${what}: ${why}`;
  },
  'budget-update': (data) => scalars(data),
  'journal-continue': (data) => {
    const reason = firstOf(data, ['reason']);
    return join(
      [
        `continues ${firstOf(data, ['previousSegment']) ?? 'an earlier journal'}`,
        typeof data.previousSeq === 'number' && `after seq ${data.previousSeq}`,
        reason !== undefined && `(${reason})`,
      ],
      ' ',
    );
  },
  'error-raise': (data) => {
    const label = firstOf(data, ['fault', 'name', 'type']);
    const message = firstOf(data, ['message', 'error']) ?? 'error';
    return label === undefined ? message : `${label}: ${message}`;
  },
};

/** One line saying what an event did, printable and at most `width` characters. */
export function summarizeEvent(event: JournalEvent, width = 120): string {
  const summary = Object.hasOwn(SUMMARIES, event.kind) ? SUMMARIES[event.kind] : undefined;
  const data = record(event.data) ?? {};
  const text = summary === undefined ? scalars(data) || truncate(JSON.stringify(data), width) : summary(data, event);
  return truncate(printable(text).replace(/ {2,}/g, ' ').trim(), width);
}
