import { describe, expect, it } from 'vitest';
import type { ToolCallData } from '../../../src/core/agent/agent-events.js';
import { describeToolDivergence, findToolDivergence } from '../../../src/core/agent/replay-compare.js';
import type { RecordedToolCall, ResumeLog } from '../../../src/core/agent/resume-log.js';
import { digestOf } from '../../../src/core/canonical-json.js';
import type { JournalEvent } from '../../../src/core/journal/event.js';

const call: ToolCallData = {
  turn: 2, callId: 'c2', name: 'read_file', input: { path: 'a' }, status: 'ok', decisions: [], outputDigest: 'sha256:out', text: 'text', truncatedBytes: 0, durationMs: 1, callKey: 'k2', sideEffect: false,
};
const recording = (calls: ToolCallData[]): ResumeLog => ({
  loop: 'agent', answers: [], interrupted: new Set(),
  toolCalls: new Map(calls.map((data): [string, RecordedToolCall] => [data.callKey, { ...data, origin: { runId: 'r', seq: 1 } }])),
});
const event = (data: ToolCallData): JournalEvent => ({ kind: 'tool-call', data } as unknown as JournalEvent);

describe('findToolDivergence', () => {
  it('RC-001 finds nothing when every call matches', () => {
    expect(findToolDivergence(recording([call]), [event(call)])).toBeUndefined();
  });

  it('RC-002 names a call that was not recorded, a different output and a different text', () => {
    expect(describeToolDivergence(findToolDivergence(recording([]), [event(call)])!)).toBe('turn 2, tool call c2 (read_file): the recording has no such call (same turn, call id, tool and arguments)');
    const denied = findToolDivergence(recording([call]), [event({ ...call, status: 'denied', outputDigest: 'sha256:no' })])!;
    expect(describeToolDivergence(denied)).toBe('turn 2, tool call c2 (read_file): expected output sha256:out (ok) got sha256:no (denied)');
    const text = findToolDivergence(recording([call]), [event({ ...call, text: 'other' })])!;
    expect(text).toMatchObject({ what: 'text', expected: digestOf('text'), actual: digestOf('other') });
  });
});
