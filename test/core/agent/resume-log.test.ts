import { describe, expect, it } from 'vitest';
import { buildResumeLog } from '../../../src/core/agent/resume-log.js';
import type { JournalEvent } from '../../../src/core/journal/event.js';
import { Journal } from '../../../src/core/journal/journal.js';
import { MemoryJournalSink } from '../../../src/core/journal/memory-sink.js';
import { manualClock } from '../../support/manual-clock.js';

/** Writes events of several attempts into one chained journal. */
function run() {
  const sink = new MemoryJournalSink();
  const clock = manualClock();
  let journal = new Journal({ runId: 'r', stage: 'implement', attempt: 1, actor: 'implementer', sink, clock });
  const writer = {
    attempt(attempt: number) {
      journal = new Journal({ runId: 'r', stage: 'implement', attempt, actor: 'implementer', sink, clock, resume: { head: journal.head } });
      journal.append('stage-start', {});
      return writer;
    },
    start(loop = 'agent') {
      journal.append('agent-start', { loop });
      return writer;
    },
    answer(digest: string, replayedFrom?: number) {
      journal.append('model-call', {
        promptDigest: digest,
        response: { model: 'm', content: digest, toolCalls: [], finishReason: 'stop' },
        usage: { inputTokens: 1, outputTokens: 1 },
        ...(replayedFrom === undefined ? {} : { replayedFrom: { runId: 'r', seq: replayedFrom } }),
      });
      return writer;
    },
    failed(digest: string) {
      journal.append('model-call', { promptDigest: digest, error: { name: 'ExternalServiceError', message: '500', retryable: true } });
      return writer;
    },
    end(loop = 'agent') {
      journal.append('agent-end', { loop });
      return writer;
    },
    events: () => sink.lines.map((line) => JSON.parse(line) as JournalEvent),
  };
  journal.append('stage-start', {});
  return writer;
}

const digests = (events: JournalEvent[], loop?: string) => buildResumeLog(events, { stage: 'implement', ...(loop === undefined ? {} : { loop }) }).answers.map((answer) => answer.promptDigest);

describe('buildResumeLog', () => {
  it('RL-001 keeps successful answers in order, skipping failed attempts', () => {
    const events = run().start().failed('p1').answer('p1').answer('p2').events();
    expect(digests(events)).toEqual(['p1', 'p2']);
    const log = buildResumeLog(events, { stage: 'implement' });
    expect(log.answers[0]!.origin).toEqual({ runId: 'r', seq: 4 });
    expect(log.answers[0]!.response).toMatchObject({ content: 'p1', usage: { inputTokens: 1, outputTokens: 1 } });
  });

  it('RL-002 a later attempt killed early does not lose what the first recorded', () => {
    const writer = run().start().answer('p1').answer('p2').answer('p3');
    const events = writer.attempt(2).start().answer('p1', 3).events();
    expect(digests(events)).toEqual(['p1', 'p2', 'p3']);
    const third = writer.attempt(3).start().answer('p1', 3).answer('p2', 4).answer('p3', 5).answer('p4').events();
    expect(digests(third)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('RL-003 a live answer replaces what an earlier attempt had from that position on', () => {
    const events = run().start().answer('p1').answer('p2').answer('p3').attempt(2).start().answer('p1', 3).answer('q2').events();
    expect(digests(events)).toEqual(['p1', 'q2']);
  });

  it('RL-004 reads only the named loop of the named stage', () => {
    const events = run().start('task 1').answer('a1').end('task 1').start('task 2').answer('b1').events();
    expect(digests(events, 'task 1')).toEqual(['a1']);
    expect(digests(events, 'task 2')).toEqual(['b1']);
    expect(digests(events)).toEqual([]);
    expect(buildResumeLog(events, { stage: 'plan', loop: 'task 1' }).answers).toEqual([]);
  });
});
