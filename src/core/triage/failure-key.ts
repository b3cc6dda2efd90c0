import { sha256 } from '../canonical-json.js';
import type { TestOutcome } from '../reports/test-report.js';
import { isForeignFrame, stackFrames } from './stack-frames.js';

/**
 * The key failures are grouped by. The report reader computes a `signature` for every failure
 * (normalized message plus top frames); when an outcome has none (a hand-built one, an older
 * artifact), the same idea is applied here: the message with its variable parts (numbers, hex
 * ids, quoted values, temporary paths) replaced, plus the first two frames outside dependencies
 * and the runtime, file only (line numbers move with every edit).
 */

/** Characters of the message that count toward the key. */
const MESSAGE_CHARACTERS = 300;

/** The message with the parts that differ from one occurrence of a failure to the next replaced. */
export function normalizeFailureMessage(message: string): string {
  return message
    .slice(0, MESSAGE_CHARACTERS * 4)
    .split('\n', 3)
    .join(' ')
    .replace(/(?:\/tmp|\/var\/folders|[A-Za-z]:\\Temp)[^\s'"]{0,200}/g, '<tmp>')
    .replace(/\b0x[0-9a-f]{1,16}\b/gi, '<hex>')
    .replace(/\b[0-9a-f]{8,64}\b/gi, '<hex>')
    .replace(/'[^'\n]{0,200}'|"[^"\n]{0,200}"|`[^`\n]{0,200}`/g, '<value>')
    .replace(/\d+/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MESSAGE_CHARACTERS);
}

/** The clustering key of a failed or errored outcome. */
export function failureKey(outcome: Pick<TestOutcome, 'signature' | 'message' | 'stack' | 'status'>): string {
  if (outcome.signature !== undefined && outcome.signature !== '') return outcome.signature;
  const message = normalizeFailureMessage(outcome.message ?? firstLine(outcome.stack) ?? outcome.status);
  // Absolute paths count too: without the checkout's root, `/home/runner/work/app/app/src/a.ts` is
  // still the same file in every failure of the run.
  const frames = stackFrames(outcome.stack)
    .filter((frame) => !isForeignFrame(frame.file))
    .slice(0, 2)
    .map((frame) => frame.file);
  return [message, ...frames].join(' | ');
}

/** A short stable id for a key, safe to show and to use in annotations and markers. */
export function clusterId(key: string): string {
  return `c-${sha256(key).slice(0, 10)}`;
}

function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const line = text.split('\n', 1)[0]?.trim();
  return line === '' ? undefined : line;
}
