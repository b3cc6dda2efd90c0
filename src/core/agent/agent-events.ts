import { z } from 'zod';
import type { ToolCallStatus } from './tool.js';

/**
 * The journal events an agent loop writes besides `model-call` (which the model client writes):
 * `agent-start`, `tool-start`, `tool-call`, `context-trim`, `decision`, `agent-end`. Resume and
 * replay read them back, so the shapes here are the format, parsed with zod on the way in.
 */

/** Data of `agent-start`: the loop's inputs, enough for replay to run the same loop again. */
export interface AgentStartData {
  /** Name of the loop within its stage. */
  loop: string;
  /** The identity the agent acts as. */
  identity: string;
  /** Name of the tool set, which replay turns back into a registry. */
  toolSet: string;
  /** Names of the tools offered, in order. */
  tools: string[];
  /** Digest of the tool definitions as sent to the model; replay checks the rebuilt set against it. */
  toolsDigest: string;
  /** Model name asked for. */
  model: string;
  /** The system prompt, as sent. */
  systemPrompt: string;
  /** The first user message, as sent. */
  task: string;
  /** The loop's limits, as given to the loop. */
  limits: {
    /** Most model responses. */
    maxTurns: number;
    /** Most wall time, in milliseconds. */
    wallTimeMs: number;
    /** The model's context window, in tokens. */
    contextWindowTokens: number;
    /** How often the same mistake may happen. */
    maxToolErrors: number;
  };
  /** The tool that ends the loop. */
  finishToolName: string;
  /** Upper bound on output tokens per response, when set. */
  maxOutputTokens?: number;
  /** Sampling temperature, when set. */
  temperature?: number;
}

/** Data of `tool-start`: written and flushed before a side-effecting call runs. */
export interface ToolStartData {
  /** The loop turn. */
  turn: number;
  /** The call id the model gave. */
  callId: string;
  /** The tool. */
  name: string;
  /** The key of the call (see idempotency.ts). */
  idempotencyKey: string;
}

/** A policy decision as summarised in `tool-call` (the full decision is its own `policy-decision` event). */
export interface DecisionSummary {
  /** `allow`, `deny` or `needs-approval`. */
  decision: string;
  /** The id of the rule that decided. */
  rule: string;
  /** Why, for decisions other than allow. */
  reason?: string;
}

/** Data of `tool-call`: one call, fully accounted for, with the text the model was shown. */
export interface ToolCallData {
  /** The loop turn (1 for the first model response). */
  turn: number;
  /** The call id the model gave. */
  callId: string;
  /** The tool name the model used. */
  name: string;
  /** Parsed arguments (raw text when they did not parse). */
  input: unknown;
  /** How the call ended. */
  status: ToolCallStatus;
  /** The policy decisions asked, in order. */
  decisions: DecisionSummary[];
  /** `sha256:` digest of the structured output (or of the error text). */
  outputDigest: string;
  /** The capped text the model was shown (before provenance wrapping, which is rebuilt from it). */
  text: string;
  /** Bytes the cap cut from the text. */
  truncatedBytes: number;
  /** How long the call took (0 when its result was reused). */
  durationMs: number;
  /** Key of the call, present for every call; resume finds recorded results by it. */
  callKey: string;
  /** Whether the tool changes anything outside the conversation. */
  sideEffect: boolean;
  /** Equal to `callKey` for side-effecting calls: the key the effect was made under. */
  idempotencyKey?: string;
  /** The finish tool's structured output, so a resumed loop can finish from the record. */
  output?: unknown;
  /** Set when the result was reused from an earlier attempt instead of running the tool. */
  replayedFrom?: { runId: string; seq: number };
}

/** Data of `agent-end`. */
export interface AgentEndData {
  /** Name of the loop within its stage. */
  loop: string;
  /** The loop outcome, or `error` when it ended by an exception. */
  outcome: string;
  /** The stop condition that held, unless it ended by an exception. */
  stoppedBy?: string;
  /** Model responses handled. */
  turns: number;
  /** The finish summary, when it finished. */
  summary?: string;
  /** The error that ended it or that the result carries. */
  error?: { name: string; message: string };
  /** Model answers served from an earlier attempt. */
  replayedModelCalls: number;
  /** Tool results reused from an earlier attempt. */
  reusedToolCalls: number;
}

const replayedFromSchema = z.object({ runId: z.string(), seq: z.number() });

export const agentStartDataSchema: z.ZodType<AgentStartData> = z.object({
  loop: z.string(),
  identity: z.string(),
  toolSet: z.string(),
  tools: z.array(z.string()),
  toolsDigest: z.string(),
  model: z.string(),
  systemPrompt: z.string(),
  task: z.string(),
  limits: z.object({
    maxTurns: z.number(),
    wallTimeMs: z.number(),
    contextWindowTokens: z.number(),
    maxToolErrors: z.number(),
  }),
  finishToolName: z.string(),
  maxOutputTokens: z.number().optional(),
  temperature: z.number().optional(),
});

export const toolCallDataSchema: z.ZodType<ToolCallData> = z.object({
  turn: z.number(),
  callId: z.string(),
  name: z.string(),
  input: z.unknown(),
  status: z.enum(['ok', 'failed', 'denied', 'needs-approval', 'unknown-tool', 'invalid-arguments']),
  decisions: z.array(z.object({ decision: z.string(), rule: z.string(), reason: z.string().optional() })),
  outputDigest: z.string(),
  text: z.string(),
  truncatedBytes: z.number(),
  durationMs: z.number(),
  callKey: z.string(),
  sideEffect: z.boolean(),
  idempotencyKey: z.string().optional(),
  output: z.unknown().optional(),
  replayedFrom: replayedFromSchema.optional(),
});

export const toolStartDataSchema: z.ZodType<ToolStartData> = z.object({
  turn: z.number(),
  callId: z.string(),
  name: z.string(),
  idempotencyKey: z.string(),
});
