import { digestOf } from '../canonical-json.js';
import type { CommandRunner } from '../ports/command-runner.js';

/**
 * Idempotency keys of tool calls. A call is identified by where it happened in the run (run,
 * stage, turn, call id) and what it asked (tool, arguments): the same conversation replayed on
 * resume produces the same keys, so a completed side effect is found and not repeated.
 *
 * A process killed between a side effect and its journal record cannot know whether the effect
 * happened; no journal can close that gap alone. The loop therefore journals a `tool-start` (and
 * flushes it) before a side-effecting call, re-runs an interrupted call with the same key, and
 * hands the key to commands in {@link IDEMPOTENCY_ENV_NAME} so that the target can drop a
 * duplicate (as GitHub writes do with their idempotency markers).
 */

/** Environment variable that carries a side-effecting call's idempotency key to the commands it runs. */
export const IDEMPOTENCY_ENV_NAME = 'DRYDOCK_IDEMPOTENCY_KEY';

/** Where and what a tool call was. */
export interface ToolCallIdentity {
  /** The run (a re-run attempt keeps it). */
  runId: string;
  /** The stage the loop runs in. */
  stage: string;
  /** The loop turn (1 for the first model response). */
  turn: number;
  /** The call id the model gave. */
  callId: string;
  /** The tool name the model used. */
  name: string;
  /** The arguments, parsed as JSON when they parse (else the raw text). */
  input: unknown;
}

/** The key of a tool call: `sha256:` digest of its canonical identity. */
export function toolCallKey(identity: ToolCallIdentity): string {
  return digestOf(identity);
}

/** Tool arguments as JSON when they parse, else the raw text (the registry reports the error). */
export function parseToolArguments(rawArguments: string): unknown {
  try {
    return JSON.parse(rawArguments) as unknown;
  } catch {
    return rawArguments;
  }
}

/** A command runner that hands every command the call's idempotency key. */
export function withIdempotencyKey(commands: CommandRunner, key: string): CommandRunner {
  return { run: (request) => commands.run({ ...request, env: { ...request.env, [IDEMPOTENCY_ENV_NAME]: key } }) };
}
