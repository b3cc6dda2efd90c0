import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, KNOWN_EVENT_KINDS, type JournalEvent } from '../../../src/core/journal/event.js';
import { explainJournal, formatDuration, stageTotals } from '../../../src/core/journal/explain.js';
import { summarizeEvent } from '../../../src/core/journal/summarize.js';
import { verifyJournal } from '../../../src/core/journal/verify.js';
import { memoryJournal, steppingClock } from './helpers.js';

const baseEvent: JournalEvent = {
  seq: 1,
  time: '2025-03-01T10:00:00.000Z',
  runId: 'run-1',
  stage: 'plan',
  attempt: 1,
  actor: 'planner',
  kind: 'decision',
  data: {},
  prevHash: GENESIS_HASH,
  hash: GENESIS_HASH,
};

function pipelineEvents(): JournalEvent[] {
  const plan = memoryJournal({ clock: steppingClock('2025-03-01T10:00:00.000Z', 30_000) });
  plan.journal.append('stage-start', { goal: 'add a /health endpoint' });
  plan.journal.append('model-call', { model: 'gpt-4.1', usage: { inputTokens: 1200, outputTokens: 300 }, costUsd: 0.0042, finishReason: 'stop' });
  plan.journal.append('decision', { decision: 'plan-accepted', reason: '3 tasks, risk low' });
  plan.journal.append('stage-end', { outcome: 'success', tokens: { inputTokens: 1200, outputTokens: 300 }, costUsd: 0.0042 });
  const lines = [...plan.sink.lines];

  const implement = memoryJournal({
    stage: 'implement',
    actor: 'implementer',
    clock: steppingClock('2025-03-01T10:05:00.000Z', 60_000),
    resume: { head: plan.journal.head, from: 'drydock-plan' },
  });
  implement.journal.append('stage-start', {});
  implement.journal.append('model-call', { model: 'gpt-4.1-mini', usage: { inputTokens: 5000, outputTokens: 700 }, costUsd: 0.01 });
  implement.journal.append('policy-decision', {
    identity: 'implementer',
    action: { type: 'command', argv: ['rm', '-rf', '/'] },
    decision: 'deny',
    reason: 'argv does not match any allowed pattern',
  });
  implement.journal.append('policy-decision', { identity: 'implementer', action: { type: 'file-write', path: 'src/health.ts' }, decision: 'allow', reason: 'path under src/' });
  implement.journal.append('tool-call', { tool: 'write_file', input: { path: 'src/health.ts' }, outcome: 'ok' });
  implement.journal.append('validator-result', { name: 'test', passed: false, exitCode: 1 });
  implement.journal.append('error-raise', { fault: 'budget-exceeded', message: 'token budget of 5000 used up' });
  implement.journal.append('stage-end', { outcome: 'budget-exceeded' });
  lines.push(...implement.sink.lines);

  const verification = verifyJournal(lines);
  if (!verification.ok) throw new Error(verification.firstBad.message);
  return verification.events;
}

describe('explainJournal', () => {
  it('prints one timeline line per event with time, stage, actor, kind and summary', () => {
    const text = explainJournal(pipelineEvents());
    expect(text).toContain('Run run-1: 13 events in 2 stages, 2025-03-01 10:00:00 to 2025-03-01 10:13:00 UTC');
    expect(text).toMatch(/ 1 {2}2025-03-01 10:00:00 {2}plan +planner +stage-start +attempt 1, add a \/health endpoint/);
    expect(text).toMatch(/model-call +gpt-4\.1, 1200 in \/ 300 out tokens, \$0\.0042, finish stop/);
    expect(text).toMatch(/implementer +policy-decision +DENY implementer command rm -rf \/: argv does not match any allowed pattern/);
    expect(text).toMatch(/policy-decision +ALLOW implementer file-write src\/health\.ts: path under src\//);
    expect(text).toMatch(/tool-call +write_file \{"path":"src\/health\.ts"\} -> ok/);
    expect(text).toMatch(/validator-result +test failed, exit 1/);
    expect(text).toMatch(/decision +plan-accepted: 3 tasks, risk low/);
    expect(text).toMatch(/error-raise +budget-exceeded: token budget of 5000 used up/);
    expect(text).toMatch(/journal-continue +continues drydock-plan after seq 4 \(resume\)/);
  });

  it('adds a totals table per stage with tokens, cost, duration and outcome', () => {
    const text = explainJournal(pipelineEvents());
    const table = text.slice(text.indexOf('Totals by stage'));
    expect(table).toMatch(/stage +events +model calls +tokens in +tokens out +cost USD +duration +outcome/);
    expect(table).toMatch(/plan +4 +1 +1200 +300 +0\.0042 +1m 30s +success/);
    expect(table).toMatch(/implement +9 +1 +5000 +700 +0\.0100 +7m 00s +budget-exceeded/);
    expect(table).toMatch(/all +13 +2 +6200 +1000 +0\.0142 +13m 00s/);
  });

  it('computes stage totals, falling back to stage-end figures when no call reported them', () => {
    const { journal, sink } = memoryJournal();
    journal.append('stage-start', {});
    journal.append('model-call', { model: 'm' });
    journal.append('stage-end', { outcome: 'success', tokens: { inputTokens: 10, outputTokens: 5 }, costUsd: 0.5 });
    const events = verifyJournal(sink.lines).events;
    expect(stageTotals(events)).toEqual([
      { stage: 'plan', attempt: 1, events: 3, modelCalls: 1, inputTokens: 10, outputTokens: 5, costUsd: 0.5, durationMs: 2000, outcome: 'success' },
    ]);
  });

  it('labels later attempts of a stage', () => {
    const { journal, sink } = memoryJournal({ attempt: 2 });
    journal.append('stage-start', {});
    expect(explainJournal(verifyJournal(sink.lines).events)).toMatch(/plan#2 +planner +stage-start +attempt 2/);
  });

  it('is tolerant of missing and oddly typed fields', () => {
    const kinds = [...KNOWN_EVENT_KINDS, 'canary-step-start'];
    const odd = { usage: 'lots', action: 7, decision: 3, model: null, tokens: [1], costUsd: 'free', previousSeq: '2' };
    const events = kinds.flatMap((kind, index) =>
      [{}, odd].map((data, variant) => ({ ...baseEvent, seq: index * 2 + variant + 1, kind, data })),
    );
    const text = explainJournal(events);
    expect(text.split('\n').length).toBeGreaterThan(events.length);
    const summaryOf = (kind: string, variant: number) => summarizeEvent(events[kinds.indexOf(kind) * 2 + variant]!);
    expect(summaryOf('model-call', 0)).toBe('model');
    expect(summaryOf('policy-decision', 0)).toBe('UNDECIDED');
    expect(summaryOf('policy-decision', 1)).toBe('3 7');
    expect(summaryOf('journal-continue', 0)).toBe('continues an earlier journal');
    expect(stageTotals(events)[0]).toMatchObject({ inputTokens: 0, outputTokens: 0, costUsd: 0 });
  });

  it('keeps untrusted text on one line and out of the terminal controls', () => {
    const { journal, sink } = memoryJournal();
    journal.append('decision', { decision: 'stop', reason: 'line one\n  12  2025-03-01 forged line\u001b[2J\u202eevil' });
    const text = explainJournal(verifyJournal(sink.lines).events);
    const line = text.split('\n').find((candidate) => candidate.includes('decision'))!;
    expect(line).toContain('stop: line one 12 2025-03-01 forged line [2J evil');
    expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false);
  });

  it('cuts long summaries', () => {
    const { journal, sink } = memoryJournal();
    journal.append('decision', { decision: 'x'.repeat(500) });
    const summary = summarizeEvent(verifyJournal(sink.lines).events[0]!, 40);
    expect(summary).toHaveLength(40);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('says so when there is nothing to explain', () => {
    expect(explainJournal([])).toBe('The journal has no events.\n');
  });

  it('formats durations', () => {
    expect(formatDuration(undefined)).toBe('-');
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(3200)).toBe('3.2s');
    expect(formatDuration(252_000)).toBe('4m 12s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
  });
});
