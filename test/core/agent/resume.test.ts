import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_ENV_NAME } from '../../../src/core/agent/idempotency.js';
import { runAgentLoop } from '../../../src/core/agent/loop.js';
import { buildResumeLog } from '../../../src/core/agent/resume-log.js';
import type { JournalEvent } from '../../../src/core/journal/event.js';
import { verifyJournal } from '../../../src/core/journal/verify.js';
import type { CommandRequest } from '../../../src/core/ports/command-runner.js';
import type { ModelClient } from '../../../src/core/ports/model-client.js';
import type { ScriptedClientStep } from '../../support/scripted-model-client.js';
import { calls, finishCall, loopHarness, type FakeTool, type LoopHarness } from './support/loop-harness.js';

/** The script of a whole run: read, write, a command, another read, finish. */
const SCRIPT: ScriptedClientStep[] = [
  calls(['c1', 'read_file', { path: 'a.txt' }]),
  calls(['c2', 'write_file', { path: 'a.txt', content: 'v2' }]),
  calls(['c3', 'run_command', { argv: ['make'] }]),
  calls(['c4', 'read_file', { path: 'b.txt' }]),
  finishCall('c5', 'all done'),
];

/** A workspace in memory and tools over it; the command appends to an effects log. */
function world() {
  const files = new Map([['a.txt', 'v1'], ['b.txt', 'b']]);
  const effects: string[] = [];
  const commandRequests: CommandRequest[] = [];
  const tools: FakeTool[] = [
    { name: 'read_file', run: (input) => files.get(String(input.path)) ?? 'missing' },
    { name: 'write_file', sideEffect: true, run: (input) => (files.set(String(input.path), String(input.content)), `wrote ${String(input.path)}`) },
    {
      name: 'run_command',
      sideEffect: true,
      run: (input, context) => {
        void context.commands.run({ argv: input.argv as string[] });
        effects.push(`make:${effects.length + 1}`);
        return 'exit code 0';
      },
    },
  ];
  const commands = { run: async (request: CommandRequest) => (commandRequests.push(request), {} as never) };
  return { files, effects, commandRequests, tools, commands };
}

type World = ReturnType<typeof world>;

/** Runs attempt 1 until the model call `killAt` (1-based) and returns the journal as it was then. */
async function killedAttempt(state: World, killAt: number): Promise<string[]> {
  let count = 0;
  const killer = (client: ModelClient): ModelClient => ({
    provider: client.provider,
    complete: (request, options) => {
      count += 1;
      if (count === killAt) throw new Error('SIGKILL');
      return client.complete(request, options);
    },
  });
  const harness = loopHarness({ steps: SCRIPT.slice(0, killAt - 1), tools: state.tools, wrapModel: killer, overrides: { toolContext: toolContextWith(state) } });
  await expect(runAgentLoop(harness.options)).rejects.toThrow('SIGKILL');
  // A killed process writes no agent-end: drop it.
  return harness.sink.lines.slice(0, -1);
}

function toolContextWith(state: World): LoopHarness['options']['toolContext'] {
  const base = loopHarness({ steps: [], tools: [] }).options.toolContext;
  return { ...base, commands: state.commands };
}

function resumeFrom(lines: string[], state: World, steps: ScriptedClientStep[], overrides: Partial<LoopHarness['options']> = {}): LoopHarness {
  const verified = verifyJournal(lines);
  if (!verified.ok) throw new Error(verified.firstBad.message);
  const harness = loopHarness({ steps, tools: state.tools, attempt: 2, resume: { lines, head: verified.head }, overrides: { toolContext: toolContextWith(state), ...overrides } });
  harness.options.resume = buildResumeLog(verified.events, { stage: 'implement' });
  return harness;
}

const ofKind = (events: JournalEvent[], kind: string) => events.filter((event) => event.kind === kind);

describe('resume', () => {
  it('RS-001 serves recorded model calls, reuses recorded results, runs no side effect twice, and finishes the same', async () => {
    const state = world();
    const lines = await killedAttempt(state, 5);
    expect(state.effects).toEqual(['make:1']);
    expect(state.files.get('a.txt')).toBe('v2');

    const harness = resumeFrom(lines, state, SCRIPT.slice(4));
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'finished', turns: 5, finish: { summary: 'all done' }, replayedModelCalls: 4, reusedToolCalls: 4 });
    expect(state.effects).toEqual(['make:1']);
    expect(harness.scripted.calls).toHaveLength(1);
    expect(harness.scripted.pending).toBe(0);

    const events = harness.events().slice(lines.length);
    expect(events[0]!.kind).toBe('journal-continue');
    const replayed = ofKind(events, 'model-call').filter((event) => event.data.replayedFrom !== undefined);
    expect(replayed.map((event) => (event.data.replayedFrom as { seq: number }).seq)).toEqual(
      ofKind(harness.events().slice(0, lines.length), 'model-call').map((event) => event.seq),
    );
    expect(replayed[0]!.data.usage).toBeUndefined();
    expect(ofKind(events, 'decision')).toMatchObject([{ data: { decision: 'resume-complete', turn: 5 } }]);
    expect(ofKind(events, 'tool-start')).toEqual([]);
    expect(verifyJournal(harness.sink.lines).ok).toBe(true);
    // The budget counts the whole logical run: five turns, the recorded tokens included.
    expect(harness.budget.stageUsage()).toMatchObject({ turns: 5, tokens: 75 });
  });

  it('RS-002 reuses recorded reads while the conversation is the recorded one, so later writes do not change what was shown', async () => {
    const state = world();
    const lines = await killedAttempt(state, 3);
    state.files.set('a.txt', 'changed by someone else');
    const harness = resumeFrom(lines, state, SCRIPT.slice(2));
    await runAgentLoop(harness.options);
    const firstRead = ofKind(harness.events().slice(lines.length), 'tool-call')[0]!;
    expect(firstRead.data).toMatchObject({ callId: 'c1', text: 'v1', replayedFrom: expect.anything() });
    expect(ofKind(harness.events(), 'decision')).toMatchObject([{ data: { decision: 'resume-complete', turn: 3 } }]);
  });

  it('RS-003 a prompt that differs from the record switches to the live model, journaled as a decision; completed side effects still do not repeat', async () => {
    const state = world();
    const lines = await killedAttempt(state, 4);
    const harness = resumeFrom(lines, state, SCRIPT, { systemPrompt: 'You implement tasks carefully.' });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'finished', replayedModelCalls: 0 });
    expect(harness.scripted.calls).toHaveLength(5);
    expect(ofKind(harness.events(), 'decision')[0]!.data).toMatchObject({ decision: 'resume-diverge', turn: 1 });
    // The same write and command (same turn, call id and input) completed before: not run again.
    expect(state.effects).toEqual(['make:1']);
    const calls = ofKind(harness.events().slice(lines.length), 'tool-call');
    expect(calls.map((event) => [event.data.name, event.data.replayedFrom === undefined ? 'ran' : 'reused'])).toEqual([
      ['read_file', 'ran'],
      ['write_file', 'reused'],
      ['run_command', 'reused'],
      ['read_file', 'ran'],
      ['finish', 'ran'],
    ]);
  });

  it('RS-004 a side effect interrupted before its record runs again under the same idempotency key', async () => {
    const state = world();
    const full = await killedAttempt(state, 4);
    // Cut the journal right after the command's tool-start, as a kill during the command would.
    const cut = full.findIndex((line) => (JSON.parse(line) as JournalEvent).kind === 'tool-start' && line.includes('"c3"'));
    const lines = full.slice(0, cut + 1);
    const key = (JSON.parse(lines[cut]!) as JournalEvent).data.idempotencyKey;
    const log = buildResumeLog(lines.map((line) => JSON.parse(line) as JournalEvent), { stage: 'implement' });
    expect([...log.interrupted]).toEqual([key]);

    const harness = resumeFrom(lines, state, SCRIPT.slice(3));
    await runAgentLoop(harness.options);
    const retry = ofKind(harness.events(), 'decision').find((event) => event.data.decision === 'tool-retry')!;
    expect(retry.data).toMatchObject({ callId: 'c3', idempotencyKey: key });
    expect(state.commandRequests.map((request) => request.env?.[IDEMPOTENCY_ENV_NAME])).toEqual([key, key]);
  });
});
