import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../src/core/journal/event.js';
import { DEFAULT_MAX_SEGMENT_BYTES, Journal } from '../../../src/core/journal/journal.js';
import { MemoryJournalSink } from '../../../src/core/journal/memory-sink.js';
import { Redactor } from '../../../src/core/journal/redact.js';
import { verifyJournal } from '../../../src/core/journal/verify.js';
import { memoryJournal, steppingClock } from './helpers.js';

describe('Journal', () => {
  it('chains events: seq from 1, genesis prevHash, each prevHash the hash before it', () => {
    const { journal, sink } = memoryJournal();
    const first = journal.append('stage-start', { goal: 'x' });
    const second = journal.append('tool-call', { tool: 'read_file' });
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, runId: 'run-1', stage: 'plan', attempt: 1, actor: 'planner', kind: 'stage-start' });
    expect(first.time).toBe('2025-03-01T10:00:00.000Z');
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(journal.head).toEqual({ seq: 2, hash: second.hash });
    expect(sink.lines.map((line) => JSON.parse(line))).toEqual([first, second]);
    expect(verifyJournal(sink.lines)).toMatchObject({ ok: true, head: { seq: 2, hash: second.hash } });
  });

  it('starts at the genesis head and counts events by kind', () => {
    const { journal } = memoryJournal();
    expect(journal.head).toEqual({ seq: 0, hash: GENESIS_HASH });
    journal.append('tool-call', {});
    journal.append('tool-call', {});
    journal.append('decision', { decision: 'stop' });
    expect(journal.eventCount).toBe(3);
    expect(journal.counts()).toEqual({ 'tool-call': 2, decision: 1 });
  });

  it('attributes events to the default actor unless told otherwise', () => {
    const { journal } = memoryJournal();
    expect(journal.append('approval', { decision: 'approved' }, { actor: 'octocat' }).actor).toBe('octocat');
    expect(journal.append('decision', {}).actor).toBe('planner');
  });

  it('refuses a malformed kind or non-object data without writing anything', () => {
    const { journal, sink } = memoryJournal();
    expect(() => journal.append('ToolCall', {})).toThrow(/ToolCall.*noun-verb/);
    expect(() => journal.append('tool-call', [1, 2] as unknown as Record<string, unknown>)).toThrow(/must be an object/);
    expect(() => journal.append('journal-continue', {})).toThrow(/written by the journal itself/);
    expect(sink.lines).toEqual([]);
    expect(journal.head.seq).toBe(0);
  });

  it('redacts secrets before hashing, so neither the line nor the hash holds them', () => {
    const secret = 'hunter2-very-secret';
    const { journal, sink } = memoryJournal({ redactor: new Redactor({ secrets: [secret] }) });
    const event = journal.append('tool-call', { output: `password is ${secret}`, [secret]: 1 });
    expect(event.data).toEqual({ output: 'password is [REDACTED:secret]', '[REDACTED:secret]': 1 });
    expect(sink.lines.join('\n')).not.toContain(secret);
    expect(verifyJournal(sink.lines).ok).toBe(true);
  });

  it('redacts token shapes even without a redactor', () => {
    const { journal } = memoryJournal();
    const event = journal.append('tool-call', { output: 'AKIAIOSFODNN7EXAMPLE' });
    expect(event.data.output).toBe('[REDACTED:aws-access-key-id]');
  });

  it('keeps a snapshot: changing the data afterwards changes nothing', () => {
    const { journal, sink } = memoryJournal();
    const data = { list: [1] };
    const event = journal.append('decision', data);
    data.list.push(2);
    expect(event.data).toEqual({ list: [1] });
    expect(verifyJournal(sink.lines).ok).toBe(true);
  });

  it('refuses a non-positive attempt', () => {
    expect(() => memoryJournal({ attempt: 0 })).toThrow(/attempt/);
  });

  it('rolls over before a segment passes the limit, warns, and continues the chain', () => {
    const warnings: string[] = [];
    const { journal, sink } = memoryJournal({ maxSegmentBytes: 2000, onWarning: (message) => warnings.push(message) });
    for (let index = 0; index < 40; index += 1) journal.append('tool-call', { tool: 'read_file', input: { path: `src/file-${index}.ts` } });
    expect(sink.segments.length).toBeGreaterThan(2);
    expect(warnings).toHaveLength(sink.segments.length - 1);
    expect(warnings[0]).toBe('journal segment journal.jsonl reached its limit of 2000 bytes; continuing in journal.2.jsonl');
    for (const [position, segment] of sink.segments.entries()) {
      const bytes = segment.lines.reduce((total, line) => total + Buffer.byteLength(line) + 1, 0);
      expect(bytes, segment.name).toBeLessThanOrEqual(2000);
      if (position === 0) continue;
      const previous = sink.segments[position - 1]!;
      const lastBefore = JSON.parse(previous.lines.at(-1)!) as { seq: number; hash: string };
      const continuation = JSON.parse(segment.lines[0]!) as { kind: string; seq: number; prevHash: string; data: unknown };
      expect(continuation).toMatchObject({
        kind: 'journal-continue',
        seq: lastBefore.seq + 1,
        prevHash: lastBefore.hash,
        data: { previousSegment: previous.name, previousSeq: lastBefore.seq, previousHash: lastBefore.hash, reason: 'rollover' },
      });
    }
    const verification = verifyJournal(sink.lines);
    expect(verification.ok).toBe(true);
    expect(verification.events.filter((event) => event.kind === 'tool-call')).toHaveLength(40);
    expect(journal.counts()['journal-continue']).toBe(sink.segments.length - 1);
  });

  it('writes an event larger than the limit whole, in a segment of its own', () => {
    const { journal, sink } = memoryJournal({ maxSegmentBytes: 500 });
    journal.append('tool-call', { output: 'small' });
    journal.append('tool-call', { output: 'x'.repeat(2000) });
    journal.append('tool-call', { output: 'small again' });
    expect(sink.segments.map((segment) => segment.lines.length)).toEqual([1, 2, 2]);
    expect(verifyJournal(sink.lines).ok).toBe(true);
  });

  it('defaults to 10 MiB segments', () => {
    expect(DEFAULT_MAX_SEGMENT_BYTES).toBe(10 * 1024 * 1024);
  });

  it('resumes after an earlier attempt: a journal-continue carries the chain on', () => {
    const earlier = memoryJournal();
    earlier.journal.append('stage-start', {});
    earlier.journal.append('model-call', { model: 'm' });
    const earlierCheck = verifyJournal(earlier.sink.lines);
    if (!earlierCheck.ok) throw new Error('earlier journal should verify');

    const sink = new MemoryJournalSink('journal-attempt-2');
    const later = new Journal({
      runId: 'run-1',
      stage: 'plan',
      attempt: 2,
      actor: 'planner',
      sink,
      clock: steppingClock('2025-03-01T11:00:00.000Z'),
      resume: { head: earlierCheck.head, from: 'drydock-plan-attempt-1' },
    });
    const next = later.append('stage-start', {});
    const [continuation] = sink.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(continuation).toMatchObject({
      seq: 3,
      kind: 'journal-continue',
      attempt: 2,
      prevHash: earlierCheck.head.hash,
      data: { previousSegment: 'drydock-plan-attempt-1', previousSeq: 2, previousHash: earlierCheck.head.hash, reason: 'resume' },
    });
    expect(next.seq).toBe(4);

    const alone = verifyJournal(sink.lines);
    expect(alone).toMatchObject({ ok: true, start: earlierCheck.head, head: { seq: 4 } });
    expect(verifyJournal([...earlier.sink.lines, ...sink.lines]).ok).toBe(true);
  });
});
