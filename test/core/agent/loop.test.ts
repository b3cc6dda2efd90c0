import { describe, expect, it } from 'vitest';
import { runAgentLoop } from '../../../src/core/agent/loop.js';
import { BudgetExceededError, DrydockError, ModelBehaviourError } from '../../../src/core/errors.js';
import { verifyJournal } from '../../../src/core/journal/verify.js';
import type { ModelClient } from '../../../src/core/ports/model-client.js';
import { calls, denied, finishCall, loopHarness, type FakeTool } from './support/loop-harness.js';

const readFile: FakeTool = { name: 'read_file', run: (input) => `contents of ${String(input.path)}` };
const writeFile: FakeTool = { name: 'write_file', sideEffect: true, run: (input) => `wrote ${String(input.path)}` };

describe('runAgentLoop', () => {
  it('AL-001 runs tools turn by turn and stops when finish is called, journaling every step', async () => {
    const harness = loopHarness({
      steps: [calls(['c1', 'read_file', { path: 'a.ts' }]), calls(['c2', 'write_file', { path: 'a.ts', content: 'x' }]), finishCall('c3', 'added it')],
      tools: [readFile, writeFile],
    });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'finished', stoppedBy: 'finish-called', turns: 3, finish: { summary: 'added it', result: { ok: true } } });
    const kinds = harness.events().map((event) => event.kind);
    expect(kinds).toEqual(['agent-start', 'model-call', 'tool-call', 'model-call', 'tool-start', 'tool-call', 'model-call', 'tool-call', 'agent-end']);
    expect(verifyJournal(harness.sink.lines).ok).toBe(true);

    const [, , read, , start, write] = harness.events();
    expect(read!.data).toMatchObject({ turn: 1, callId: 'c1', name: 'read_file', status: 'ok', text: 'contents of a.ts', sideEffect: false });
    expect(read!.data.idempotencyKey).toBeUndefined();
    expect(write!.data).toMatchObject({ turn: 2, callId: 'c2', sideEffect: true, idempotencyKey: start!.data.idempotencyKey });
    expect(write!.data.idempotencyKey).toMatch(/^sha256:[0-9a-f]{64}$/);

    // Tool results go back as tool messages, wrapped as untrusted content.
    const third = harness.scripted.calls[2]!.request.messages;
    expect(third.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'tool']);
    expect(third[3]).toMatchObject({ role: 'tool', toolCallId: 'c1' });
    expect(third[3]!.content).toMatch(/^<untrusted id="u-[0-9a-f]{12}" source="tool read_file, call c1">\ncontents of a.ts\n<\/untrusted id=/);
    expect(harness.budget.stageUsage()).toMatchObject({ turns: 3, tokens: 45 });
  });

  it('AL-002 stops at maxTurns', async () => {
    const harness = loopHarness({ steps: [calls(['c1', 'read_file', { path: 'a' }]), calls(['c2', 'read_file', { path: 'b' }])], tools: [readFile], overrides: { maxTurns: 2 } });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'max-turns', stoppedBy: 'max-turns', turns: 2 });
    expect(result.finish).toBeUndefined();
    expect(harness.events().at(-1)).toMatchObject({ kind: 'agent-end', data: { outcome: 'max-turns', stoppedBy: 'max-turns', turns: 2 } });
  });

  it('AL-003 stops when a budget is used up, handing back the BudgetExceededError', async () => {
    const harness = loopHarness({ steps: [calls(['c1', 'read_file', { path: 'a' }]), calls(['c2', 'read_file', { path: 'b' }])], tools: [readFile], stageLimits: { tokens: 30 } });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'budget', stoppedBy: 'budget-exhausted', turns: 2 });
    expect(BudgetExceededError.isInstance(result.error)).toBe(true);
    // What the stage runner does after the stage: the same error, so the stage ends `stopped`.
    expect(() => harness.budget.check()).toThrow(/Budget used up: stage tokens 30 of 30/);
  });

  it('AL-004 stops when the wall time has passed and aborts running tools', async () => {
    let signal: AbortSignal | undefined;
    const slow: FakeTool = {
      name: 'run_command',
      run: (_input, context) => {
        signal = context.signal;
        harness.clock.advance(5_000);
        return 'ran';
      },
    };
    const harness = loopHarness({ steps: [calls(['c1', 'run_command', {}])], tools: [slow], overrides: { wallTimeMs: 5_000 } });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'wall-time', stoppedBy: 'wall-time-exceeded', turns: 1 });
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('AL-005 unknown tool, invalid arguments and a denial come back as error results, and the model recovers', async () => {
    const guarded: FakeTool = { name: 'write_file', sideEffect: true, run: (input) => (input.path === '.github/workflows/x.yml' ? denied('.github/workflows/ is protected') : `wrote ${String(input.path)}`) };
    const harness = loopHarness({
      steps: [
        calls(['c1', 'delete_everything', {}]),
        calls(['c2', 'write_file', '{"path": "a.ts", ']),
        calls(['c3', 'write_file', { path: '.github/workflows/x.yml' }]),
        calls(['c4', 'write_file', { path: 'a.ts' }]),
        finishCall('c5'),
      ],
      tools: [guarded],
    });
    const result = await runAgentLoop(harness.options);
    expect(result.outcome).toBe('finished');
    const statuses = harness.events().filter((event) => event.kind === 'tool-call').map((event) => event.data.status);
    expect(statuses).toEqual(['unknown-tool', 'invalid-arguments', 'denied', 'ok', 'ok']);
    const messages = harness.scripted.calls[3]!.request.messages;
    expect(messages[3]).toMatchObject({ role: 'tool', content: expect.stringContaining("There is no tool named 'delete_everything'") });
    expect(messages[7]).toMatchObject({ role: 'tool', content: expect.stringContaining('.github/workflows/ is protected') });
    const deniedEvent = harness.events().find((event) => event.data.status === 'denied')!;
    expect(deniedEvent.data.decisions).toEqual([{ decision: 'deny', rule: 'PP-002', reason: '.github/workflows/ is protected' }]);
  });

  it('AL-006 the same mistake past maxToolErrors ends the loop as a model-behaviour error', async () => {
    const guarded: FakeTool = { name: 'write_file', sideEffect: true, run: () => denied('.git/ is protected') };
    const harness = loopHarness({
      steps: [1, 2, 3].map((turn) => calls([`c${turn}`, 'write_file', { path: '.git/config' }])),
      tools: [guarded],
      overrides: { maxToolErrors: 2 },
    });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'model-behaviour', stoppedBy: 'repeated-mistake', turns: 3 });
    expect(ModelBehaviourError.isInstance(result.error)).toBe(true);
    expect(result.error!.message).toBe('The model made the same mistake 3 times (at most 2 allowed): write_file denied: .git/ is protected');
    expect((result.error as ModelBehaviourError).issues).toEqual([{ tool: 'write_file', status: 'denied', reason: '.git/ is protected', count: 3 }]);
    expect(harness.scripted.pending).toBe(0);
  });

  it('AL-007 different mistakes are counted apart', async () => {
    const harness = loopHarness({
      steps: [calls(['c1', 'nope', {}]), calls(['c2', 'nope', {}]), calls(['c3', 'read_file', 'not json']), calls(['c4', 'read_file', 'not json']), finishCall('c5')],
      tools: [readFile],
      overrides: { maxToolErrors: 2 },
    });
    expect((await runAgentLoop(harness.options)).outcome).toBe('finished');
  });

  it('AL-008 an answer without a tool call gets a note and counts as a mistake', async () => {
    const harness = loopHarness({ steps: [{ content: 'I think it is done.' }, finishCall('c2')], tools: [] });
    const result = await runAgentLoop(harness.options);
    expect(result.outcome).toBe('finished');
    const messages = harness.scripted.calls[1]!.request.messages;
    expect(messages.slice(2)).toEqual([
      { role: 'assistant', content: 'I think it is done.' },
      { role: 'user', content: expect.stringContaining('call finish with the result') },
    ]);

    const stubborn = loopHarness({ steps: [{ content: 'a' }, { content: 'b' }], tools: [], overrides: { maxToolErrors: 1 } });
    expect(await runAgentLoop(stubborn.options)).toMatchObject({ outcome: 'model-behaviour', turns: 2 });
  });

  it('AL-009 an invalid finish call is an error result; a valid one ends the loop and later calls are not run', async () => {
    const strictFinish: FakeTool = {
      name: 'finish',
      run: (input) => (typeof input.summary === 'string' ? { status: 'ok', output: input, text: 'Finished' } : { status: 'invalid-arguments', text: 'summary: expected string' }),
    };
    const harness = loopHarness({
      steps: [calls(['c1', 'finish', { result: 1 }]), calls(['c2', 'finish', { summary: 'ok', result: 2, evidence: [] }], ['c3', 'read_file', { path: 'late' }])],
      tools: [strictFinish, readFile],
    });
    const result = await runAgentLoop(harness.options);
    expect(result).toMatchObject({ outcome: 'finished', finish: { summary: 'ok', result: 2, evidence: [] } });
    expect(harness.events().filter((event) => event.kind === 'tool-call').map((event) => event.data.callId)).toEqual(['c1', 'c2']);
  });

  it('AL-010 journals agent-start with the inputs replay needs', async () => {
    const harness = loopHarness({ steps: [finishCall('c1')], tools: [readFile], overrides: { loopName: 'task t1', temperature: 0 } });
    await runAgentLoop(harness.options);
    const start = harness.events()[0]!;
    expect(start).toMatchObject({
      kind: 'agent-start',
      data: {
        loop: 'task t1',
        identity: 'implementer',
        toolSet: 'fake',
        tools: ['read_file', 'finish'],
        model: 'gpt-4.1-mini',
        systemPrompt: 'You implement tasks.',
        task: 'Add a health endpoint.',
        limits: { maxTurns: 20, wallTimeMs: 60_000, contextWindowTokens: 100_000, maxToolErrors: 2 },
        finishToolName: 'finish',
        temperature: 0,
      },
    });
  });

  it('AL-011 refuses options that cannot work before journaling anything', async () => {
    const harness = loopHarness({ steps: [], tools: [readFile], overrides: { maxTurns: 0, identity: 'planner' } });
    await expect(runAgentLoop(harness.options)).rejects.toThrow(/maxTurns must be a whole number of at least 1.*acts as 'implementer' but the loop as 'planner'/);
    const noFinish = loopHarness({ steps: [], tools: [readFile], overrides: { finishToolName: 'done' } });
    await expect(runAgentLoop(noFinish.options)).rejects.toThrow(DrydockError);
    expect(harness.sink.lines).toEqual([]);
  });

  it('AL-012 a model error propagates after agent-end records it', async () => {
    const failing: ModelClient = { provider: 'x', complete: () => Promise.reject(new BudgetExceededError('Budget used up: run tokens', { budget: 'tokens', scope: 'run', limit: 1, used: 1 })) };
    const harness = loopHarness({ steps: [], tools: [], overrides: { model: failing } });
    await expect(runAgentLoop(harness.options)).rejects.toThrow(/Budget used up/);
    expect(harness.events().at(-1)).toMatchObject({ kind: 'agent-end', data: { outcome: 'error', error: { name: 'BudgetExceededError' } } });
  });

  it('AL-013 trims the oldest turns near the context window and journals context-trim', async () => {
    const big: FakeTool = { name: 'read_file', run: () => 'x'.repeat(3_000) };
    const steps = Array.from({ length: 6 }, (_, index) => calls([`c${index + 1}`, 'read_file', { path: `f${index}` }]));
    const harness = loopHarness({ steps: [...steps, finishCall('c7')], tools: [big], overrides: { contextWindowTokens: 4_000 } });
    await runAgentLoop(harness.options);
    const trims = harness.events().filter((event) => event.kind === 'context-trim');
    expect(trims.length).toBeGreaterThan(0);
    expect(trims[0]!.data).toMatchObject({ droppedTurns: { from: 1 }, droppedToolCalls: { read_file: expect.any(Number) }, windowTokens: 4_000 });
    for (const call of harness.scripted.calls) {
      const messages = call.request.messages;
      expect(messages[0]).toEqual({ role: 'system', content: 'You implement tasks.' });
      expect(messages[1]).toEqual({ role: 'user', content: 'Add a health endpoint.' });
      // Every tool result still follows the assistant message that asked for it.
      messages.forEach((message, index) => {
        if (message.role === 'tool') expect(['assistant', 'tool']).toContain(messages[index - 1]!.role);
      });
    }
    const last = harness.scripted.calls.at(-1)!.request.messages;
    expect(last[2]).toMatchObject({ role: 'user', content: expect.stringMatching(/^\[Note from the Drydock runtime: turns 1–\d+ were removed/) });
  });
});
