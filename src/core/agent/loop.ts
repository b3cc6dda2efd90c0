import { BudgetExceededError, type DrydockError, errorMessage, ModelBehaviourError } from '../errors.js';
import { DEFAULT_PRICE_TABLE } from '../budget/price-table.js';
import { pricedModel } from '../model/journaled-client.js';
import type { ModelMessage, ModelRequest, ModelToolCall } from '../ports/model-client.js';
import type { AgentEndData } from './agent-events.js';
import { agentStartData, checkLoopOptions } from './agent-start.js';
import { ConversationContext } from './context-window.js';
import {
  LOOP_DEFAULTS,
  OUTCOME_BY_REASON,
  type AgentLoopOptions,
  type AgentLoopResult,
  type FinishResult,
} from './loop-types.js';
import { mistakeOf, MistakeCounter, type Mistake } from './mistake-counter.js';
import { ResumingModelSource } from './resume-model-source.js';
import { budgetExhausted, finishCalled, firstStop, maxTurns, wallTimeExceeded, type StopReason } from './stop-conditions.js';
import { runToolCall, type ToolCallStep } from './tool-call-step.js';
import type { ToolCallOutcome } from './tool.js';
import { estimateToolTokens } from './token-estimate.js';
import { toolResultProvenance, wrapUntrusted } from './untrusted.js';

/**
 * The agent loop: the model proposes, deterministic code disposes. Each turn asks the model once,
 * then runs every tool call it made through the registry (policy first), journals each and sends
 * the results back. The loop stops at the first stop condition that holds, or when the model
 * repeats the same mistake past the limit.
 *
 * Memory stays flat: the loop keeps no per-turn data beyond the messages the context window keeps
 * (and a bounded table of mistakes); everything else goes to the journal.
 */

/** What the model is told when it answers without calling a tool. */
const NO_TOOL_CALL_NOTE = (finishToolName: string): string =>
  `[Note from the Drydock runtime: answer by calling one of the tools. When the task is done, call ${finishToolName} with the result and its evidence.]`;

/** A turn's own charge: the model client charged the call's tokens already. */
const NO_TOKENS = { inputTokens: 0, outputTokens: 0 } as const;

/** Longest timer Node keeps (about 24.8 days); a longer wall time is simply not armed. */
const MAX_TIMER_MS = 2_147_483_647;

/** Runs an agent loop to its end; see {@link AgentLoopOptions}. */
export async function runAgentLoop(options: AgentLoopOptions): Promise<AgentLoopResult> {
  const { journal, budget, clock } = options;
  const definitions = options.tools.definitions();
  checkLoopOptions(options, definitions);
  const start = agentStartData(options, definitions);
  const startEvent = journal.append('agent-start', { ...start });
  const context = new ConversationContext(options.systemPrompt, options.task, {
    windowTokens: options.contextWindowTokens,
    fixedTokens: estimateToolTokens(definitions),
  });
  const source = new ResumingModelSource(options.model, journal, options.resume);
  const mistakes = new MistakeCounter();
  const conditions = [finishCalled(), budgetExhausted(), wallTimeExceeded(options.wallTimeMs), maxTurns(options.maxTurns)];
  const startedMs = clock.monotonicMs();
  const signal = loopSignal(options);
  const step: ToolCallStep = {
    tools: options.tools,
    context: { ...options.toolContext, ...(signal === undefined ? {} : { signal }) },
    journal,
    runId: startEvent.runId,
    stage: startEvent.stage,
    finishToolName: start.finishToolName,
    resume: options.resume,
    replaying: source.replaying,
  };

  let turns = 0;
  let reusedToolCalls = 0;
  let finish: FinishResult | undefined;
  let stoppedBy: StopReason | undefined;
  let error: DrydockError | undefined;
  try {
    while (stoppedBy === undefined) {
      const stop = firstStop(conditions, { turns, finished: finish !== undefined, elapsedMs: clock.monotonicMs() - startedMs, budget });
      if (stop !== undefined) {
        stoppedBy = stop.reason;
        if (stop.reason === 'budget-exhausted') error = budgetError(budget);
        break;
      }
      const turn = turns + 1;
      const trim = context.trim();
      if (trim !== undefined) journal.append('context-trim', { turn, ...trim });
      const request: ModelRequest = {
        model: options.modelName,
        messages: context.messages(),
        tools: definitions,
        ...(start.maxOutputTokens === undefined ? {} : { maxOutputTokens: start.maxOutputTokens }),
        ...(start.temperature === undefined ? {} : { temperature: start.temperature }),
      };
      const { response, replayed } = await source.complete(request, turn, signal);
      budget.charge(
        replayed === undefined
          ? { model: response.model, usage: NO_TOKENS, turns: 1 }
          : { model: pricedModel(response.model, replayed.record.model, options.prices ?? DEFAULT_PRICE_TABLE), usage: response.usage, turns: 1 },
      );
      turns = turn;
      const toolCalls: ModelToolCall[] = response.toolCalls.map(({ id, name, arguments: rawArguments }) => ({ id, name, arguments: rawArguments }));
      context.addAssistant(turn, toolCalls.length === 0 ? { role: 'assistant', content: response.content } : { role: 'assistant', content: response.content, toolCalls });
      if (toolCalls.length === 0) {
        context.addToTurn({ role: 'user', content: NO_TOOL_CALL_NOTE(start.finishToolName) });
        error = checkMistake(mistakes, { tool: '-', status: 'no-tool-call', reason: 'answered without calling a tool' }, options.maxToolErrors);
      }
      step.replaying = source.replaying;
      for (const call of toolCalls) {
        if (error !== undefined) break;
        const { outcome, reused } = await runToolCall(step, turn, call);
        if (reused !== undefined) reusedToolCalls += 1;
        context.addToTurn(toolMessage(call, outcome));
        if (call.name === start.finishToolName && outcome.status === 'ok') {
          finish = finishResultOf(outcome.output);
          break;
        }
        const mistake = mistakeOf(outcome);
        if (mistake !== undefined) error = checkMistake(mistakes, mistake, options.maxToolErrors);
      }
      if (error !== undefined) stoppedBy = 'repeated-mistake';
      await journal.flush();
    }
  } catch (thrown) {
    endLoop(options, { outcome: 'error', turns, error: { name: thrown instanceof Error ? thrown.name : 'Error', message: errorMessage(thrown) }, replayedModelCalls: source.served, reusedToolCalls });
    throw thrown;
  }

  const outcome = OUTCOME_BY_REASON[stoppedBy];
  endLoop(options, {
    outcome,
    stoppedBy,
    turns,
    ...(finish === undefined ? {} : { summary: finish.summary }),
    ...(error === undefined ? {} : { error: { name: error.name, message: error.message } }),
    replayedModelCalls: source.served,
    reusedToolCalls,
  });
  await journal.flush();
  return {
    outcome,
    ...(finish === undefined ? {} : { finish }),
    turns,
    stoppedBy,
    ...(error === undefined ? {} : { error }),
    replayedModelCalls: source.served,
    reusedToolCalls,
  };
}

function endLoop(options: AgentLoopOptions, data: Omit<AgentEndData, 'loop'>): void {
  options.journal.append('agent-end', { loop: options.loopName ?? LOOP_DEFAULTS.loopName, ...data } satisfies AgentEndData);
}

/** Counts a mistake; past the limit, the error that ends the loop. */
function checkMistake(mistakes: MistakeCounter, mistake: Mistake, limit: number): ModelBehaviourError | undefined {
  const count = mistakes.record(mistake);
  if (count <= limit) return undefined;
  return new ModelBehaviourError(
    `The model made the same mistake ${count} times (at most ${limit} allowed): ${mistake.tool} ${mistake.status}: ${mistake.reason}`,
    { issues: [{ ...mistake, count }] },
  );
}

/** The tool message for a result. Output of tools that ran is data from the workspace or a command: untrusted. */
function toolMessage(call: ModelToolCall, outcome: ToolCallOutcome): ModelMessage {
  const ran = outcome.status === 'ok' || outcome.status === 'failed';
  const content = ran ? wrapUntrusted(outcome.text, toolResultProvenance(call.name, call.id)) : outcome.text;
  return { role: 'tool', toolCallId: call.id, content };
}

/** The finish tool's output as a finish result; any shape is kept, under `result` when it is not one. */
function finishResultOf(output: unknown): FinishResult {
  if (typeof output === 'object' && output !== null && typeof (output as { summary?: unknown }).summary === 'string') {
    const { summary, result, evidence } = output as { summary: string; result?: unknown; evidence?: unknown };
    return { summary, result: result ?? null, evidence: evidence ?? [] };
  }
  return { summary: '', result: output ?? null, evidence: [] };
}

/** The `BudgetExceededError` the budget raises now. */
function budgetError(budget: AgentLoopOptions['budget']): DrydockError | undefined {
  try {
    budget.check();
    return undefined;
  } catch (thrown) {
    return BudgetExceededError.isInstance(thrown) ? thrown : undefined;
  }
}

/** Aborted when the caller's signal aborts or the wall time passes, so long tools stop with the loop. */
function loopSignal(options: AgentLoopOptions): AbortSignal | undefined {
  const signals: AbortSignal[] = [];
  if (options.toolContext.signal !== undefined) signals.push(options.toolContext.signal);
  if (options.wallTimeMs <= MAX_TIMER_MS) signals.push(AbortSignal.timeout(Math.ceil(options.wallTimeMs)));
  return signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
}
