import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HEAD, sealEvent, type JournalEvent } from '../../../src/core/journal/event.js';
import { verifyJournal, type JournalLine } from '../../../src/core/journal/verify.js';
import { memoryJournal, sampleLines } from './helpers.js';

/** Re-seals an event after changing it, as a tamperer who knows the hashing would. */
function forge(line: string, change: (event: JournalEvent) => void): string {
  const event = JSON.parse(line) as JournalEvent;
  change(event);
  const { hash: _hash, ...content } = event;
  return sealEvent(content).line;
}

function failureOf(input: Parameters<typeof verifyJournal>[0], options?: Parameters<typeof verifyJournal>[1]) {
  const result = verifyJournal(input, options);
  if (result.ok) throw new Error('expected the journal not to verify');
  return result.firstBad;
}

describe('verifyJournal', () => {
  it('VJ-001 accepts an intact journal and reports its head', () => {
    const lines = sampleLines(3);
    const result = verifyJournal(lines);
    const last = JSON.parse(lines.at(-1)!) as JournalEvent;
    expect(result).toMatchObject({ ok: true, head: { seq: 5, hash: last.hash }, start: GENESIS_HEAD });
    expect(result.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('VJ-002 accepts an empty journal at the genesis head', () => {
    expect(verifyJournal([])).toEqual({ ok: true, events: [], head: GENESIS_HEAD, start: GENESIS_HEAD });
  });

  it('VJ-003 names an event whose data was changed', () => {
    const lines = sampleLines(3);
    lines[2] = lines[2]!.replace('src/file-1.ts', 'src/evil.ts');
    const failure = failureOf(lines);
    expect(failure).toMatchObject({ reason: 'changed', lineNumber: 3, seq: 3, kind: 'tool-call' });
    expect(failure.message).toMatch(/^line 3, seq 3, tool-call: content does not match its hash \(the event was changed\)/);
  });

  it('VJ-004 names the gap when an event was removed', () => {
    const lines = sampleLines(3);
    lines.splice(2, 1);
    const failure = failureOf(lines);
    expect(failure).toMatchObject({ reason: 'removed', lineNumber: 3, seq: 4 });
    expect(failure.message).toBe('line 3, seq 4, tool-call: seq 3 is missing: the previous event (line 2) has seq 2 (events were removed)');
    lines.splice(2, 1);
    expect(failureOf(lines).message).toMatch(/seq 3–4 are missing/);
  });

  it('VJ-005 notices an inserted event that duplicates a seq', () => {
    const lines = sampleLines(3);
    const intruder = forge(lines[2]!, (event) => (event.data = { tool: 'delete_branch' }));
    lines.splice(3, 0, intruder);
    const failure = failureOf(lines);
    expect(failure).toMatchObject({ reason: 'inserted', lineNumber: 4, seq: 3 });
    expect(failure.message).toMatch(/duplicate seq: the previous event \(line 3\) has seq 3 too/);
  });

  it('VJ-006 notices an inserted event that claims some other seq', () => {
    const lines = sampleLines(3);
    const intruder = forge(lines[1]!, (event) => (event.seq = 40));
    lines.splice(2, 0, intruder);
    const failure = failureOf(lines);
    expect(failure).toMatchObject({ reason: 'inserted', lineNumber: 3, seq: 40 });
    expect(failure.message).toMatch(/this event was inserted/);
  });

  it('VJ-007 notices two events swapped, next to each other or apart', () => {
    const lines = sampleLines(4);
    const adjacent = [...lines];
    [adjacent[2], adjacent[3]] = [adjacent[3]!, adjacent[2]!];
    expect(failureOf(adjacent)).toMatchObject({ reason: 'reordered', lineNumber: 3, seq: 4 });
    expect(failureOf(adjacent).message).toMatch(/expected seq 3 here, which comes later at line 4/);

    const apart = [...lines];
    [apart[1], apart[4]] = [apart[4]!, apart[1]!];
    expect(failureOf(apart)).toMatchObject({ reason: 'reordered', lineNumber: 2, seq: 5 });
  });

  it('VJ-008 notices an event moved back before its turn', () => {
    const lines = sampleLines(4);
    const [moved] = lines.splice(1, 1);
    lines.splice(3, 0, moved!);
    expect(failureOf(lines)).toMatchObject({ reason: 'reordered', lineNumber: 2, seq: 3 });
  });

  it('VJ-009 reports a line cut short as malformed, with its line number', () => {
    const lines = sampleLines(3);
    lines[4] = lines[4]!.slice(0, 40);
    const failure = failureOf(lines);
    expect(failure).toMatchObject({ reason: 'malformed', lineNumber: 5 });
    expect(failure.message).toMatch(/^line 5: not valid JSON/);
  });

  it('VJ-010 catches events removed from the end only against an expected head', () => {
    const lines = sampleLines(3);
    const head = (JSON.parse(lines.at(-1)!) as JournalEvent).hash;
    const truncated = lines.slice(0, 3);
    expect(verifyJournal(truncated).ok).toBe(true);
    const failure = failureOf(truncated, { expectedHead: head });
    expect(failure).toMatchObject({ reason: 'head-mismatch', lineNumber: 3, seq: 3 });
    expect(failure.message).toMatch(/expected the journal to end at sha256:[0-9a-f]{12}… but this last event has hash/);
    expect(verifyJournal(lines, { expectedHead: head }).ok).toBe(true);
    expect(failureOf([], { expectedHead: head }).message).toMatch(/the journal is empty/);
  });

  it('VJ-011 notices events removed from the start', () => {
    const lines = sampleLines(3);
    const failure = failureOf(lines.slice(1));
    expect(failure).toMatchObject({ reason: 'bad-start', lineNumber: 1, seq: 2 });
    expect(failure.message).toMatch(/starts at seq 2 instead of 1/);
    const reseq = forge(lines[1]!, (event) => (event.seq = 1));
    expect(failureOf([reseq])).toMatchObject({ reason: 'bad-start' });
  });

  it('VJ-012 reports blank lines and non-events', () => {
    const lines = sampleLines(2);
    expect(failureOf([lines[0]!, '', lines[1]!])).toMatchObject({ reason: 'malformed', lineNumber: 2 });
    const missing = JSON.parse(lines[1]!) as Record<string, unknown>;
    delete missing.actor;
    const failure = failureOf([lines[0]!, JSON.stringify(missing)]);
    expect(failure).toMatchObject({ reason: 'invalid-event', lineNumber: 2, seq: 2, kind: 'tool-call' });
    expect(failure.message).toMatch(/not a journal event \(actor: /);
  });

  it('VJ-013 notices a re-hashed event through the broken link after it', () => {
    const lines = sampleLines(3);
    lines[2] = forge(lines[2]!, (event) => (event.data = { tool: 'push', input: { force: true } }));
    const failure = failureOf(lines);
    expect(failure).toMatchObject({ reason: 'broken-link', lineNumber: 4, seq: 4 });
    expect(failure.message).toMatch(/prevHash sha256:[0-9a-f]{12}… does not match the hash .* of the event before it \(line 3, seq 3\)/);
  });

  it('VJ-014 verifies parsed events and lines in another layout the same way', () => {
    const lines = sampleLines(3);
    const events = lines.map((line) => JSON.parse(line) as JournalEvent);
    expect(verifyJournal(events).ok).toBe(true);
    const readable = events.map((event) => JSON.stringify(event, ['seq', 'time', 'runId', 'stage', 'attempt', 'actor', 'kind', 'data', 'tool', 'input', 'path', 'goal', 'outcome', 'prevHash', 'hash']));
    expect(verifyJournal(readable).ok).toBe(true);
    events[1]!.data = { tool: 'changed' };
    expect(failureOf(events)).toMatchObject({ reason: 'changed', lineNumber: 2 });
    readable[1] = readable[1]!.replace('file-0', 'file-9');
    expect(failureOf(readable)).toMatchObject({ reason: 'changed', lineNumber: 2 });
  });

  it('VJ-015 does not let bytes with a hidden hash member stand in for the content', () => {
    const lines = sampleLines(2);
    const original = lines[1]!;
    // A crafted line whose claimed hash is that of its bytes, which hide an extra hash member.
    const body = original.slice(0, original.lastIndexOf(',"hash":')).replace('{"actor"', `{"hash":"sha256:${'0'.repeat(64)}","actor"`);
    const crafted = `${body},"hash":"sha256:${createHash('sha256').update(`${body}}`).digest('hex')}"}`;
    expect(failureOf([lines[0]!, crafted])).toMatchObject({ reason: 'changed', lineNumber: 2 });
    // The same content with a redundant copy of its own hash is still the same content.
    const event = JSON.parse(original) as JournalEvent;
    const redundant = original.replace('{"actor"', `{"hash":"${event.hash}","actor"`);
    expect(verifyJournal([lines[0]!, redundant]).ok).toBe(true);
  });

  it('VJ-016 names the segment when lines carry their location', () => {
    const lines = sampleLines(3);
    const located: JournalLine[] = lines.map((text, index) => ({ text, segment: index < 3 ? 'journal.jsonl' : 'journal.2.jsonl', lineNumber: index < 3 ? index + 1 : index - 2 }));
    located[3] = { ...located[3]!, text: located[3]!.text.replace('file-2', 'file-x') };
    const failure = failureOf(located);
    expect(failure).toMatchObject({ reason: 'changed', segment: 'journal.2.jsonl', lineNumber: 1, seq: 4 });
    expect(failure.message).toMatch(/^line 1 of journal.2.jsonl, seq 4, tool-call: /);
  });

  it('VJ-017 checks that a journal-continue names the hash it follows', () => {
    const { journal, sink } = memoryJournal();
    journal.append('stage-start', {});
    const head = journal.head;
    const forged = sealEvent({
      seq: 2,
      time: '2025-03-01T10:00:05.000Z',
      runId: 'run-1',
      stage: 'plan',
      attempt: 1,
      actor: 'planner',
      kind: 'journal-continue',
      data: { previousSeq: 1, previousHash: `sha256:${'1'.repeat(64)}`, reason: 'rollover' },
      prevHash: head.hash,
    });
    const failure = failureOf([...sink.lines, forged.line]);
    expect(failure).toMatchObject({ reason: 'broken-link', lineNumber: 2, kind: 'journal-continue' });
    expect(failure.message).toMatch(/names previous hash sha256:1111/);
  });

  it('VJ-018 returns the events that verified before the first bad one', () => {
    const lines = sampleLines(3);
    lines[3] = 'garbage';
    const result = verifyJournal(lines);
    expect(result.ok).toBe(false);
    expect(result.events.map((event) => event.seq)).toEqual([1, 2, 3]);
  });
});
