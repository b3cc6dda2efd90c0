import { describe, expect, it } from 'vitest';
import {
  computeEventHash,
  describeInvalidEvent,
  GENESIS_HASH,
  isEventKind,
  isJournalEvent,
  journalEventSchema,
  KNOWN_EVENT_KINDS,
  sealedLineHash,
  sealEvent,
  type EventContent,
} from '../../../src/core/journal/event.js';

const content: EventContent = {
  seq: 1,
  time: '2025-03-01T10:00:00.000Z',
  runId: 'run-1',
  stage: 'plan',
  attempt: 1,
  actor: 'planner',
  kind: 'stage-start',
  data: { goal: 'ship it', nested: { b: 2, a: 1 } },
  prevHash: GENESIS_HASH,
};

describe('journal event', () => {
  it('has a genesis hash of 64 zeros', () => {
    expect(GENESIS_HASH).toBe(`sha256:${'0'.repeat(64)}`);
  });

  it('accepts the known kinds and any noun-verb kind, and nothing else', () => {
    for (const kind of KNOWN_EVENT_KINDS) expect(isEventKind(kind)).toBe(true);
    expect(isEventKind('canary-step-start')).toBe(true);
    for (const kind of ['toolcall', 'Tool-Call', 'tool_call', '-tool', 'tool-', 'tool--call', 'tool-call-1', '']) {
      expect(isEventKind(kind), kind).toBe(false);
    }
  });

  it('seals an event: the line parses back to it and ends with its hash', () => {
    const { event, line } = sealEvent(content);
    expect(event.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(event.hash).toBe(computeEventHash(content));
    expect(JSON.parse(line)).toEqual(event);
    expect(line.endsWith(`,"hash":"${event.hash}"}`)).toBe(true);
    expect(Object.keys(JSON.parse(line) as object).at(-1)).toBe('hash');
  });

  it('hashes the content without the hash member, whatever the key order', () => {
    const { event } = sealEvent(content);
    const { data: _data, ...rest } = content;
    const reordered = { hash: event.hash, data: { nested: { a: 1, b: 2 }, goal: 'ship it' }, ...rest };
    expect(computeEventHash(reordered)).toBe(event.hash);
    expect(computeEventHash({ ...content, seq: 2 })).not.toBe(event.hash);
  });

  it('checks a sealed line from its bytes and leaves other layouts to recomputation', () => {
    const { event, line } = sealEvent(content);
    expect(sealedLineHash(line, JSON.parse(line))).toBe(event.hash);
    const readable = JSON.stringify(event);
    expect(sealedLineHash(readable, JSON.parse(readable))).toBeUndefined();
    // A second, earlier hash member would hide inside the hashed part: refused.
    const sneaky = line.replace('{"actor"', `{"hash":"${event.hash}","actor"`);
    expect(sealedLineHash(sneaky, JSON.parse(sneaky))).toBeUndefined();
  });

  it('recognises events exactly as the zod schema does', () => {
    const { event } = sealEvent(content);
    const candidates: unknown[] = [
      event,
      { ...event, extra: 1 },
      { ...event, seq: 0 },
      { ...event, seq: 1.5 },
      { ...event, attempt: '1' },
      { ...event, kind: 'Nope' },
      { ...event, data: [] },
      { ...event, data: null },
      { ...event, prevHash: 'sha256:abc' },
      { ...event, hash: event.hash.toUpperCase() },
      { ...event, actor: '' },
      null,
      [],
      'text',
    ];
    for (const candidate of candidates) {
      expect(isJournalEvent(candidate), JSON.stringify(candidate)).toBe(journalEventSchema.safeParse(candidate).success);
    }
  });

  it('says which field is wrong', () => {
    const { event } = sealEvent(content);
    expect(describeInvalidEvent({ ...event, seq: 'one' })).toMatch(/^seq: /);
    expect(describeInvalidEvent({ ...event, kind: 'Bad' })).toMatch(/^kind: .*noun-verb/);
  });
});
