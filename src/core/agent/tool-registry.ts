import { z } from 'zod';
import { digestOf } from '../canonical-json.js';
import { errorMessage, PolicyDeniedError } from '../errors.js';
import type { PolicyAction, PolicyDecision } from '../policy/policy.js';
import type { ModelToolDefinition } from '../ports/model-client.js';
import { capText } from './output-cap.js';
import type { AnyToolDefinition, ToolCallOutcome, ToolCallStatus, ToolContext, ToolRegistry } from './tool.js';
import { authorizeToolCall, consumeGithubActions } from './tool-authorization.js';
import { assertToolName, toolParametersSchema } from './tool-json-schema.js';

/** Default cap on the text of one tool result shown to the model: 16 KiB. */
export const DEFAULT_MAX_TOOL_OUTPUT_BYTES = 16 * 1024;

/** Options of {@link createToolRegistry}. */
export interface ToolRegistryOptions {
  /** Most bytes of a result's text shown to the model, before the truncation note (default 16 KiB). */
  maxOutputBytes?: number;
}

const GENERIC_HINT = 'narrow the request (a smaller range, a more specific path or pattern) to see more';

/**
 * Builds the registry of the contract (`ToolRegistry` in tool.ts). `call` validates, authorizes,
 * runs and accounts for one call, and never rejects because of what the model sent: unknown names,
 * bad arguments, denials and tool failures all come back as outcomes. It does reject when the
 * policy's recorder throws, since a decision that cannot be journaled must not let anything go ahead.
 *
 * Throws at build time for duplicate or malformed names and schemas that cannot be sent to a model.
 */
export function createToolRegistry(tools: readonly AnyToolDefinition[], options: ToolRegistryOptions = {}): ToolRegistry {
  const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_TOOL_OUTPUT_BYTES;
  if (!Number.isSafeInteger(maxOutputBytes) || maxOutputBytes < 256) {
    throw new TypeError(`maxOutputBytes must be a whole number of bytes, at least 256; got ${maxOutputBytes}`);
  }
  const byName = new Map<string, AnyToolDefinition>();
  const definitions: ModelToolDefinition[] = [];
  for (const tool of tools) {
    assertToolName(tool.name);
    if (byName.has(tool.name)) throw new TypeError(`Tool '${tool.name}' is registered twice`);
    byName.set(tool.name, tool);
    definitions.push({ name: tool.name, description: tool.description, parameters: toolParametersSchema(tool.name, tool.inputSchema) });
  }

  return {
    definitions: () => definitions.map((definition) => ({ ...definition })),
    has: (name) => byName.has(name),
    get: (name) => byName.get(name),
    call: (name, rawArguments, context) => callTool(byName, maxOutputBytes, name, rawArguments, context),
  };
}

interface Ending {
  status: ToolCallStatus;
  input: unknown;
  decisions: PolicyDecision[];
  output?: unknown;
  /** Text for the model, before capping. */
  text: string;
  /** Digest of the output when ok, else of the error text. */
  outputDigest: string;
}

async function callTool(
  byName: ReadonlyMap<string, AnyToolDefinition>,
  maxOutputBytes: number,
  name: string,
  rawArguments: string,
  context: ToolContext,
): Promise<ToolCallOutcome> {
  const startedMs = context.clock.monotonicMs();
  const tool = byName.get(name);
  const ending = tool === undefined ? unknownTool(byName, name, rawArguments) : await runTool(tool, rawArguments, context);
  const capped = capText(ending.text, {
    maxBytes: maxOutputBytes,
    keep: tool?.truncationKeep ?? 'head',
    hint: tool?.truncationHint ?? GENERIC_HINT,
  });
  return {
    name,
    status: ending.status,
    input: ending.input,
    decisions: ending.decisions,
    ...(ending.status === 'ok' ? { output: ending.output } : {}),
    outputDigest: ending.outputDigest,
    text: capped.text,
    truncatedBytes: capped.truncatedBytes,
    durationMs: Math.max(0, context.clock.monotonicMs() - startedMs),
  };
}

function refusal(status: ToolCallStatus, input: unknown, decisions: PolicyDecision[], message: string): Ending {
  return { status, input, decisions, text: message, outputDigest: digestOf(message) };
}

function unknownTool(byName: ReadonlyMap<string, AnyToolDefinition>, name: string, rawArguments: string): Ending {
  const parsed = parseArguments(rawArguments);
  const available = [...byName.keys()].join(', ');
  return refusal('unknown-tool', parsed.ok ? parsed.value : rawArguments, [], `There is no tool named '${name}'. Available tools: ${available}.`);
}

async function runTool(tool: AnyToolDefinition, rawArguments: string, context: ToolContext): Promise<Ending> {
  const parsed = parseArguments(rawArguments);
  if (!parsed.ok) {
    return refusal(
      'invalid-arguments',
      rawArguments,
      [],
      `The arguments of ${tool.name} are not valid JSON (${parsed.reason}). Send one JSON object that follows the tool's schema.`,
    );
  }
  const validated = tool.inputSchema.safeParse(parsed.value);
  if (!validated.success) {
    return refusal(
      'invalid-arguments',
      parsed.value,
      [],
      `The arguments of ${tool.name} do not follow its schema:\n${z.prettifyError(validated.error)}\nFix them and call ${tool.name} again.`,
    );
  }
  const input: unknown = validated.data;

  let actions: PolicyAction[];
  try {
    actions = tool.actions(input);
  } catch (error) {
    return refusal('failed', input, [], `${tool.name} could not work out what the call needs: ${errorMessage(error)}`);
  }
  const authorization = await authorizeToolCall(actions, context);
  const decisions = [...authorization.decisions];
  if (authorization.verdict === 'deny') {
    return refusal('denied', input, decisions, `Denied by policy; nothing was done. ${authorization.reason}`);
  }
  if (authorization.verdict === 'needs-approval') {
    return refusal(
      'needs-approval',
      input,
      decisions,
      `Not done: this needs a human approval. ${authorization.reason} Continue with work that does not need it, or finish and say what is waiting for approval.`,
    );
  }
  if (authorization.verdict === 'unresolvable') {
    return refusal('failed', input, decisions, `${tool.name} failed: ${authorization.reason}`);
  }
  if (context.signal?.aborted === true) {
    return refusal('failed', input, decisions, `${tool.name} was not run: the agent loop is stopping.`);
  }
  const consumed = consumeGithubActions(actions, context);
  decisions.push(...consumed.decisions);
  if (consumed.verdict !== 'allow') {
    return refusal(consumed.verdict === 'needs-approval' ? 'needs-approval' : 'denied', input, decisions, `Denied by policy; nothing was done. ${consumed.reason}`);
  }

  try {
    const execution = await tool.execute(input, context);
    if (!execution.ok) return refusal('failed', input, decisions, execution.error);
    // Inside the try: output that canonical JSON cannot hold is a failure of the tool, not a crash.
    const outputDigest = digestOf(execution.output ?? null);
    return { status: 'ok', input, decisions, output: execution.output, text: execution.text, outputDigest };
  } catch (error) {
    // The workspace guard refuses protected paths (also through links) by throwing; that is a denial.
    if (PolicyDeniedError.isInstance(error)) {
      return refusal('denied', input, decisions, `Denied by policy; nothing was done. ${error.message}`);
    }
    return refusal('failed', input, decisions, `${tool.name} failed: ${errorMessage(error)}`);
  }
}

type ParsedArguments = { ok: true; value: unknown } | { ok: false; reason: string };

function parseArguments(rawArguments: string): ParsedArguments {
  // Some models send an empty string for a call without arguments.
  if (rawArguments.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(rawArguments) as unknown };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}
