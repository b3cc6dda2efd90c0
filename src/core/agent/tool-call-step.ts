import type { ModelToolCall } from '../ports/model-client.js';
import type { DecisionSummary, ToolCallData, ToolStartData } from './agent-events.js';
import { parseToolArguments, toolCallKey, withIdempotencyKey } from './idempotency.js';
import type { LoopJournal } from './loop-types.js';
import type { RecordedToolCall, ResumeLog } from './resume-log.js';
import type { ToolCallOutcome, ToolContext, ToolRegistry } from './tool.js';

/** What running one tool call needs from the loop. */
export interface ToolCallStep {
  /** The registry calls go through. */
  tools: ToolRegistry;
  /** What the tools work with. */
  context: ToolContext;
  /** Where `tool-start` and `tool-call` go. */
  journal: LoopJournal;
  /** Run of the loop, part of every call key. */
  runId: string;
  /** Stage of the loop, part of every call key. */
  stage: string;
  /** The finish tool, whose structured output is kept in its record. */
  finishToolName: string;
  /** An earlier attempt's record, when resuming. */
  resume: ResumeLog | undefined;
  /** Whether the conversation is still the recorded one, so read-only results may be reused too. */
  replaying: boolean;
}

/** A call's outcome and whether it was reused from the record. */
export interface ToolCallResult {
  /** The outcome, as the registry gave it or as recorded. */
  outcome: ToolCallOutcome;
  /** The recorded call it was reused from, if it was. */
  reused?: RecordedToolCall;
}

/**
 * Runs one tool call through the registry and journals it as `tool-call`.
 *
 * A recorded result is reused instead of running the tool when the call is a side effect that
 * completed in an earlier attempt (never do it twice), or when the conversation is still the
 * recorded one (a read then must show what it showed then, not what the workspace holds after
 * later writes, or the next prompt would no longer match). A side-effecting call that runs is
 * preceded by a flushed `tool-start`, so that a crash during it is known on resume.
 */
export async function runToolCall(step: ToolCallStep, turn: number, call: ModelToolCall): Promise<ToolCallResult> {
  const input = parseToolArguments(call.arguments);
  const sideEffect = step.tools.get(call.name)?.sideEffect ?? false;
  const callKey = toolCallKey({ runId: step.runId, stage: step.stage, turn, callId: call.id, name: call.name, input });
  const recorded = step.resume?.toolCalls.get(callKey);
  if (recorded !== undefined && (recorded.sideEffect || step.replaying)) {
    const outcome: ToolCallOutcome = {
      name: recorded.name,
      status: recorded.status,
      input: recorded.input,
      decisions: [],
      ...(recorded.output === undefined ? {} : { output: recorded.output }),
      outputDigest: recorded.outputDigest,
      text: recorded.text,
      truncatedBytes: recorded.truncatedBytes,
      durationMs: 0,
    };
    const { origin, replayedFrom: _replayedFrom, ...data } = recorded;
    step.journal.append('tool-call', { ...data, turn, callId: call.id, durationMs: 0, replayedFrom: origin } satisfies ToolCallData);
    return { outcome, reused: recorded };
  }

  let context = step.context;
  if (sideEffect) {
    if (step.resume?.interrupted.has(callKey) === true) {
      step.journal.append('decision', {
        decision: 'tool-retry',
        reason: `an earlier attempt was stopped while ${call.name} (call ${call.id}) ran, so whether it took effect is unknown; running it again under the same idempotency key`,
        turn,
        callId: call.id,
        idempotencyKey: callKey,
      });
    }
    step.journal.append('tool-start', { turn, callId: call.id, name: call.name, idempotencyKey: callKey } satisfies ToolStartData);
    // Write-ahead: the intent must be on disk before the effect can happen.
    await step.journal.flush();
    context = { ...context, commands: withIdempotencyKey(context.commands, callKey) };
  }
  const outcome = await step.tools.call(call.name, call.arguments, context);
  step.journal.append('tool-call', {
    turn,
    callId: call.id,
    name: call.name,
    input: outcome.input,
    status: outcome.status,
    decisions: outcome.decisions.map(summarizeDecision),
    outputDigest: outcome.outputDigest,
    text: outcome.text,
    truncatedBytes: outcome.truncatedBytes,
    durationMs: outcome.durationMs,
    callKey,
    sideEffect,
    ...(sideEffect ? { idempotencyKey: callKey } : {}),
    ...(call.name === step.finishToolName && outcome.status === 'ok' ? { output: outcome.output } : {}),
  } satisfies ToolCallData);
  // Once the effect happened, its record should be durable too: a resume then reuses it instead of
  // running the call again under its key.
  if (sideEffect) await step.journal.flush();
  return { outcome };
}

function summarizeDecision(decision: { decision: string; rule: string; reason: string }): DecisionSummary {
  return decision.decision === 'allow' ? { decision: decision.decision, rule: decision.rule } : { decision: decision.decision, rule: decision.rule, reason: decision.reason };
}
