import { agentStartDataSchema } from '../core/agent/agent-events.js';
import { runAgentLoop } from '../core/agent/loop.js';
import type { AgentLoopResult } from '../core/agent/loop-types.js';
import { describeToolDivergence, findToolDivergence } from '../core/agent/replay-compare.js';
import { ReplayMismatchError, ReplayModelClient } from '../core/agent/replay-model-client.js';
import { buildResumeLog } from '../core/agent/resume-log.js';
import type { ToolRegistry } from '../core/agent/tool.js';
import { BudgetTracker } from '../core/budget/budget-tracker.js';
import { DEFAULT_PRICE_TABLE } from '../core/budget/price-table.js';
import { digestOf } from '../core/canonical-json.js';
import { InputError } from '../core/errors.js';
import type { JournalEvent } from '../core/journal/event.js';
import { Journal } from '../core/journal/journal.js';
import { MemoryJournalSink } from '../core/journal/memory-sink.js';
import type { Policy } from '../core/policy/policy.js';
import type { Clock } from '../core/ports/clock.js';
import type { CommandRunner } from '../core/ports/command-runner.js';
import type { Workspace } from '../core/ports/workspace.js';

/** What replaying one recorded loop needs. */
export interface LoopReplay {
  /** The whole recorded journal, verified. */
  events: readonly JournalEvent[];
  /** The loop's `agent-start` event. */
  start: JournalEvent;
  /** Builds the registry of a recorded tool set. */
  toolSet: (name: string) => ToolRegistry;
  /** The scratch workspace the tools change. */
  workspace: Workspace;
  /** Runs commands in the scratch workspace. */
  commands: CommandRunner;
  /** The policy the stage had (from the workspace's config). */
  policy: Policy;
  /** Clock of the replay. */
  clock: Clock;
}

/** How one loop's replay ended. */
export type LoopReplayResult =
  | { matched: true; turns: number; toolCalls: number }
  | { matched: false; turns: number; divergence: string };

/**
 * Runs a recorded loop again: the recorded inputs, the recorded model answers (strictly, by prompt
 * digest) and the real tools. Wall time is not limited, since a replay runs at its own pace; every
 * other limit is the recorded one.
 */
export async function replayLoop(replay: LoopReplay): Promise<LoopReplayResult> {
  const { start: startEvent, events } = replay;
  const parsed = agentStartDataSchema.safeParse(startEvent.data);
  if (!parsed.success) throw new InputError(`seq ${startEvent.seq}: the agent-start event lacks what a replay needs (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  const start = parsed.data;
  const tools = replay.toolSet(start.toolSet);
  const toolsDigest = digestOf(tools.definitions());
  if (toolsDigest !== start.toolsDigest) {
    return { matched: false, turns: 0, divergence: `before turn 1: tool set '${start.toolSet}' is not the recorded one (definitions ${toolsDigest}, recorded ${start.toolsDigest})` };
  }
  const recording = buildResumeLog(events, { stage: startEvent.stage, loop: start.loop });
  const recordedEnd = events.find((event) => event.seq > startEvent.seq && event.kind === 'agent-end' && event.stage === startEvent.stage && event.data.loop === start.loop);
  const model = new ReplayModelClient(recording.answers);
  const sink = new MemoryJournalSink();
  const journal = new Journal({ runId: startEvent.runId, stage: startEvent.stage, attempt: startEvent.attempt, actor: start.identity, sink, clock: replay.clock });
  const budget = new BudgetTracker({ stage: startEvent.stage, stageLimits: {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock: replay.clock });

  let result: AgentLoopResult | undefined;
  let mismatch: ReplayMismatchError | undefined;
  try {
    result = await runAgentLoop({
      model,
      modelName: start.model,
      tools,
      toolSet: start.toolSet,
      toolContext: { identity: start.identity, policy: replay.policy, workspace: replay.workspace, commands: replay.commands, clock: replay.clock },
      journal,
      budget,
      clock: replay.clock,
      identity: start.identity,
      systemPrompt: start.systemPrompt,
      task: start.task,
      maxTurns: start.limits.maxTurns,
      wallTimeMs: Number.MAX_SAFE_INTEGER,
      contextWindowTokens: start.limits.contextWindowTokens,
      maxToolErrors: start.limits.maxToolErrors,
      finishToolName: start.finishToolName,
      loopName: start.loop,
      ...(start.maxOutputTokens === undefined ? {} : { maxOutputTokens: start.maxOutputTokens }),
      ...(start.temperature === undefined ? {} : { temperature: start.temperature }),
    });
  } catch (error) {
    if (!(error instanceof ReplayMismatchError)) throw error;
    mismatch = error;
  }

  const replayed = sink.lines.map((line) => JSON.parse(line) as JournalEvent);
  const toolCalls = replayed.filter((event) => event.kind === 'tool-call').length;
  const divergence = findToolDivergence(recording, replayed);
  if (divergence !== undefined) return { matched: false, turns: divergence.turn, divergence: `at ${describeToolDivergence(divergence)}` };
  if (mismatch !== undefined) {
    const turn = mismatch.mismatch.callIndex + 1;
    // Asking past the end of a recording that did not finish (a budget, the wall time, a kill) is where it stopped.
    if (mismatch.mismatch.expectedPromptDigest === undefined && recordedEnd?.data.outcome !== 'finished') {
      return { matched: true, turns: turn - 1, toolCalls };
    }
    const what =
      mismatch.mismatch.expectedPromptDigest === undefined
        ? `the recording ended with ${turn - 1} model answers but the replay asked for another`
        : `the model request differs from the recording: expected prompt ${mismatch.mismatch.expectedPromptDigest} got ${mismatch.mismatch.actualPromptDigest}`;
    return { matched: false, turns: turn, divergence: `at turn ${turn}: ${what}` };
  }
  if (result !== undefined && model.remaining > 0) {
    return { matched: false, turns: result.turns, divergence: `after turn ${result.turns}: the replay ended (${result.outcome}) but the recording has ${model.remaining} more model answers` };
  }
  return { matched: true, turns: result?.turns ?? 0, toolCalls };
}
