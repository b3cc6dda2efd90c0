import { digestOf } from '../canonical-json.js';
import type { JournalEvent } from '../journal/event.js';
import { toolCallDataSchema } from './agent-events.js';
import type { ResumeLog } from './resume-log.js';

/**
 * Comparison of a replayed loop with its recording: each tool call the replay made must be in the
 * recording (found by call key: same turn, call id, tool and arguments) with the same status,
 * output digest and text. The first that is not names where the replay diverged.
 */

/** Where and how a replay's tool call differs from the recording. */
export interface ToolDivergence {
  turn: number;
  callId: string;
  name: string;
  /** What differs: `missing` (not recorded), `output` (status or output digest), `text` (what the model was shown). */
  what: 'missing' | 'output' | 'text';
  /** Recorded and replayed values: output digests (`output`) or text digests (`text`). */
  expected?: string;
  actual?: string;
  /** Recorded and replayed statuses, when they differ. */
  expectedStatus?: string;
  actualStatus?: string;
}

/** The first tool call of `replayed` (events of the replay's journal) that differs from the recording. */
export function findToolDivergence(recording: ResumeLog, replayed: readonly JournalEvent[]): ToolDivergence | undefined {
  for (const event of replayed) {
    if (event.kind !== 'tool-call') continue;
    const parsed = toolCallDataSchema.safeParse(event.data);
    if (!parsed.success) continue;
    const actual = parsed.data;
    const where = { turn: actual.turn, callId: actual.callId, name: actual.name };
    const expected = recording.toolCalls.get(actual.callKey);
    if (expected === undefined) return { ...where, what: 'missing' };
    if (expected.status !== actual.status || expected.outputDigest !== actual.outputDigest) {
      return {
        ...where,
        what: 'output',
        expected: expected.outputDigest,
        actual: actual.outputDigest,
        ...(expected.status === actual.status ? {} : { expectedStatus: expected.status, actualStatus: actual.status }),
      };
    }
    if (expected.text !== actual.text) return { ...where, what: 'text', expected: digestOf(expected.text), actual: digestOf(actual.text) };
  }
  return undefined;
}

/** One line saying where a replay diverged, as `drydock replay` prints it. */
export function describeToolDivergence(divergence: ToolDivergence): string {
  const at = `turn ${divergence.turn}, tool call ${divergence.callId} (${divergence.name})`;
  if (divergence.what === 'missing') return `${at}: the recording has no such call (same turn, call id, tool and arguments)`;
  const status = (value: string | undefined) => (value === undefined ? '' : ` (${value})`);
  return `${at}: expected ${divergence.what} ${divergence.expected}${status(divergence.expectedStatus)} got ${divergence.actual}${status(divergence.actualStatus)}`;
}
