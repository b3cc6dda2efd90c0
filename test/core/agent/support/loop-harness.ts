import { digestOf } from '../../../../src/core/canonical-json.js';
import { BudgetTracker } from '../../../../src/core/budget/budget-tracker.js';
import type { BudgetLimits } from '../../../../src/core/budget/budget-types.js';
import { DEFAULT_PRICE_TABLE } from '../../../../src/core/budget/price-table.js';
import { defaultConfig } from '../../../../src/core/config/default-config.js';
import type { AgentLoopOptions } from '../../../../src/core/agent/loop-types.js';
import type { AnyToolDefinition, ToolCallOutcome, ToolContext, ToolRegistry } from '../../../../src/core/agent/tool.js';
import type { JournalEvent } from '../../../../src/core/journal/event.js';
import { Journal, type JournalResume } from '../../../../src/core/journal/journal.js';
import { MemoryJournalSink } from '../../../../src/core/journal/memory-sink.js';
import { withJournal } from '../../../../src/core/model/journaled-client.js';
import { createPolicy } from '../../../../src/core/policy/create-policy.js';
import type { CommandRunner } from '../../../../src/core/ports/command-runner.js';
import type { ModelClient, ModelToolCall } from '../../../../src/core/ports/model-client.js';
import type { Workspace } from '../../../../src/core/ports/workspace.js';
import { manualClock, type ManualClock } from '../../../support/manual-clock.js';
import { scriptedModelClient, type ScriptedClientStep, type ScriptedModelClient } from '../../../support/scripted-model-client.js';

/** A tool of the fake registry: what a call returns, as text (ok) or as a partial outcome. */
export interface FakeTool {
  name: string;
  sideEffect?: boolean;
  run(input: Record<string, unknown>, context: ToolContext): string | Partial<ToolCallOutcome>;
}

/** A tiny registry honouring the ToolRegistry contract, counting executions per tool. */
export interface FakeRegistry extends ToolRegistry {
  /** Executions (not reused results), in order. */
  readonly executed: Array<{ name: string; input: unknown }>;
}

export function fakeRegistry(tools: readonly FakeTool[]): FakeRegistry {
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const executed: FakeRegistry['executed'] = [];
  const outcome = (name: string, status: ToolCallOutcome['status'], input: unknown, text: string, extra: Partial<ToolCallOutcome> = {}): ToolCallOutcome => ({
    name,
    status,
    input,
    decisions: [],
    outputDigest: digestOf(status === 'ok' ? (extra.output ?? text) : text),
    text,
    truncatedBytes: 0,
    durationMs: 1,
    ...extra,
  });
  return {
    executed,
    definitions: () =>
      tools.map((tool) => ({ name: tool.name, description: `the ${tool.name} tool`, parameters: { type: 'object', properties: {}, additionalProperties: true } })),
    has: (name) => byName.has(name),
    get: (name) => {
      const tool = byName.get(name);
      return tool === undefined ? undefined : ({ name, sideEffect: tool.sideEffect ?? false } as unknown as AnyToolDefinition);
    },
    async call(name, rawArguments, context) {
      const tool = byName.get(name);
      let input: unknown;
      try {
        input = JSON.parse(rawArguments);
      } catch {
        if (tool === undefined) return outcome(name, 'unknown-tool', rawArguments, `There is no tool named '${name}'.`);
        return outcome(name, 'invalid-arguments', rawArguments, `The arguments of ${name} are not valid JSON.`);
      }
      if (tool === undefined) return outcome(name, 'unknown-tool', input, `There is no tool named '${name}'. Available tools: ${[...byName.keys()].join(', ')}.`);
      executed.push({ name, input });
      const result = tool.run(input as Record<string, unknown>, context);
      if (typeof result === 'string') return outcome(name, 'ok', input, result, { output: { text: result } });
      return outcome(name, result.status ?? 'ok', input, result.text ?? '', result);
    },
  };
}

/** The finish tool of the fake registry: its output is its input. */
export const FAKE_FINISH: FakeTool = {
  name: 'finish',
  run: (input) => ({ status: 'ok', output: input, text: `Finished: ${String(input.summary)}` }),
};

/** A denial as the real registry reports one. */
export function denied(reason: string): Partial<ToolCallOutcome> {
  return { status: 'denied', text: `Denied by policy; nothing was done. ${reason}`, decisions: [{ decision: 'deny', rule: 'PP-002', reason }] };
}

/** A scripted answer with tool calls. */
export function calls(...toolCalls: Array<[id: string, name: string, input: unknown]>): ScriptedClientStep {
  return {
    content: null,
    toolCalls: toolCalls.map(([id, name, input]): ModelToolCall => ({ id, name, arguments: typeof input === 'string' ? input : JSON.stringify(input) })),
    finishReason: 'tool_calls',
  };
}

/** A scripted call of the finish tool. */
export function finishCall(id: string, summary = 'done', result: unknown = { ok: true }): ScriptedClientStep {
  return calls([id, 'finish', { summary, result, evidence: [{ kind: 'observation', detail: 'checked' }] }]);
}

/** Everything a loop test needs, over memory and fakes. */
export interface LoopHarness {
  options: AgentLoopOptions;
  journal: Journal;
  sink: MemoryJournalSink;
  budget: BudgetTracker;
  clock: ManualClock;
  scripted: ScriptedModelClient;
  /** Events written so far, parsed. */
  events(): JournalEvent[];
}

export interface HarnessOptions {
  steps: ScriptedClientStep[];
  tools: readonly FakeTool[];
  overrides?: Partial<AgentLoopOptions>;
  stageLimits?: BudgetLimits;
  /** Continue an earlier journal (a later attempt). */
  resume?: { lines: readonly string[]; head: JournalResume['head'] };
  attempt?: number;
  /** Wraps the scripted client (to add latency, say). */
  wrapModel?: (client: ModelClient) => ModelClient;
}

const unusedWorkspace = new Proxy({}, { get: () => () => Promise.reject(new Error('the fake tools do not use the workspace')) }) as Workspace;
const unusedCommands: CommandRunner = { run: () => Promise.reject(new Error('the fake tools do not run commands')) };

export function loopHarness(setup: HarnessOptions): LoopHarness {
  const clock = manualClock();
  const sink = new MemoryJournalSink();
  for (const line of setup.resume?.lines ?? []) sink.append(line);
  const journal = new Journal({
    runId: 'run-7',
    stage: 'implement',
    attempt: setup.attempt ?? 1,
    actor: 'implementer',
    sink,
    clock,
    ...(setup.resume === undefined ? {} : { resume: { head: setup.resume.head, from: 'attempt-1' } }),
  });
  const budget = new BudgetTracker({ stage: 'implement', stageLimits: setup.stageLimits ?? {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock });
  const scripted = scriptedModelClient(setup.steps);
  const journaled = withJournal(scripted, { journal, clock, budget });
  const model = setup.wrapModel === undefined ? journaled : setup.wrapModel(journaled);
  const tools = fakeRegistry([...setup.tools, ...(setup.tools.some((tool) => tool.name === 'finish') ? [] : [FAKE_FINISH])]);
  const options: AgentLoopOptions = {
    model,
    modelName: 'gpt-4.1-mini',
    tools,
    toolSet: 'fake',
    toolContext: { identity: 'implementer', policy: createPolicy(defaultConfig()), workspace: unusedWorkspace, commands: unusedCommands, clock },
    journal,
    budget,
    clock,
    identity: 'implementer',
    systemPrompt: 'You implement tasks.',
    task: 'Add a health endpoint.',
    maxTurns: 20,
    wallTimeMs: 60_000,
    contextWindowTokens: 100_000,
    maxToolErrors: 2,
    ...setup.overrides,
  };
  return {
    options,
    journal,
    sink,
    budget,
    clock,
    scripted,
    events: () => sink.lines.map((line) => JSON.parse(line) as JournalEvent),
  };
}
