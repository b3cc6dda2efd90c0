import type { z } from 'zod';
import type { Policy, PolicyAction, PolicyDecision } from '../policy/policy.js';
import type { Clock } from '../ports/clock.js';
import type { CommandRunner } from '../ports/command-runner.js';
import type { ModelToolDefinition } from '../ports/model-client.js';
import type { Workspace } from '../ports/workspace.js';

/**
 * Tools: what an agent may ask deterministic code to do. The model proposes a call; the registry
 * validates the arguments, asks policy, runs the tool and returns data. A tool never throws at the
 * model: every failure is a result the model can read and act on.
 */

/** What a tool gets to work with. Nothing here lets a tool change identity, policy or budgets. */
export interface ToolContext {
  /** The identity the agent acts as; every policy question is asked for it. */
  identity: string;
  policy: Policy;
  workspace: Workspace;
  commands: CommandRunner;
  clock: Clock;
  /** Aborted when the loop stops (wall time, budget); long tools should honour it. */
  signal?: AbortSignal;
}

/** What one execution produced. */
export type ToolExecution<Output> =
  | {
      ok: true;
      /** Structured output, journaled (its digest) and available to the caller. */
      output: Output;
      /** What the model is shown; the registry caps it and says how much was cut. */
      text: string;
    }
  | {
      ok: false;
      /** What went wrong, phrased so the model can correct course. */
      error: string;
    };

/** One typed tool. */
export interface ToolDefinition<Input = unknown, Output = unknown> {
  /** Name the model calls it by: lower snake case (`read_file`). */
  name: string;
  /** What it does and when to use it, for the model. */
  description: string;
  /** Arguments; sent to the model as JSON schema and re-validated on every call. */
  inputSchema: z.ZodType<Input>;
  /**
   * Whether a call changes anything outside the conversation (files, processes, GitHub). Such calls
   * carry idempotency keys and are never repeated when a stage resumes.
   */
  sideEffect: boolean;
  /**
   * Which part of an over-long `text` the registry keeps: the head (default), or the head and the
   * tail (command output, where the end holds the summary and the error).
   */
  truncationKeep?: 'head' | 'head-and-tail';
  /**
   * How the model can see what the cap cut, appended to the truncation note (for example `call
   * read_file with start_line/end_line to see more`). A generic hint is used when absent.
   */
  truncationHint?: string;
  /** The policy questions a call raises; every one must be allowed before `execute` runs. */
  actions(input: Input): PolicyAction[];
  execute(input: Input, context: ToolContext): Promise<ToolExecution<Output>>;
}

/** How a call ended, as the loop sees it. */
export type ToolCallStatus = 'ok' | 'failed' | 'denied' | 'needs-approval' | 'unknown-tool' | 'invalid-arguments';

/** One call, fully accounted for: what the loop journals as `tool-call` and shows the model. */
export interface ToolCallOutcome {
  /** The tool name the model used. */
  name: string;
  status: ToolCallStatus;
  /** Parsed arguments (or the raw text when they did not parse). */
  input: unknown;
  /** Policy decisions asked, in order. */
  decisions: PolicyDecision[];
  /** Structured output when `status` is `ok`. */
  output?: unknown;
  /** `sha256:` digest of the canonical JSON of `output` (or of the error text). */
  outputDigest: string;
  /** What the model is shown, after capping. */
  text: string;
  /** Bytes cut from `text` by the cap. */
  truncatedBytes: number;
  durationMs: number;
}

/** A tool of any input and output type, as held in a registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolDefinition = ToolDefinition<any, any>;

/** The tools one agent may use. `createToolRegistry` (tool-registry.ts) builds one. */
export interface ToolRegistry {
  /** The tools as the model is told about them (JSON schema arguments). */
  definitions(): ModelToolDefinition[];
  /** Whether a tool of this name exists. */
  has(name: string): boolean;
  /** Validates, asks policy, runs, caps: never throws for a model's mistake. */
  call(name: string, rawArguments: string, context: ToolContext): Promise<ToolCallOutcome>;
  /** The definition of a tool, for its `sideEffect` flag. */
  get(name: string): AnyToolDefinition | undefined;
}
