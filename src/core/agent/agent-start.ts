import { digestOf } from '../canonical-json.js';
import { DrydockError } from '../errors.js';
import type { ModelToolDefinition } from '../ports/model-client.js';
import type { AgentStartData } from './agent-events.js';
import { LOOP_DEFAULTS, type AgentLoopOptions } from './loop-types.js';

/** The `agent-start` record of a loop: its inputs, for replay to rebuild. */
export function agentStartData(options: AgentLoopOptions, definitions: readonly ModelToolDefinition[]): AgentStartData {
  return {
    loop: options.loopName ?? LOOP_DEFAULTS.loopName,
    identity: options.identity,
    toolSet: options.toolSet,
    tools: definitions.map((definition) => definition.name),
    toolsDigest: digestOf(definitions),
    model: options.modelName,
    systemPrompt: options.systemPrompt,
    task: options.task,
    limits: {
      maxTurns: options.maxTurns,
      wallTimeMs: options.wallTimeMs,
      contextWindowTokens: options.contextWindowTokens,
      maxToolErrors: options.maxToolErrors,
    },
    finishToolName: options.finishToolName ?? LOOP_DEFAULTS.finishToolName,
    ...(options.maxOutputTokens === undefined ? {} : { maxOutputTokens: options.maxOutputTokens }),
    ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
  };
}

/** Throws a `DrydockError` naming the first option that cannot work. */
export function checkLoopOptions(options: AgentLoopOptions, definitions: readonly ModelToolDefinition[]): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.maxTurns) || options.maxTurns < 1) problems.push(`maxTurns must be a whole number of at least 1, got ${options.maxTurns}`);
  if (!(options.wallTimeMs > 0)) problems.push(`wallTimeMs must be more than 0, got ${options.wallTimeMs}`);
  if (!(options.contextWindowTokens > 0)) problems.push(`contextWindowTokens must be more than 0, got ${options.contextWindowTokens}`);
  if (!Number.isInteger(options.maxToolErrors) || options.maxToolErrors < 0) {
    problems.push(`maxToolErrors must be a whole number of at least 0, got ${options.maxToolErrors}`);
  }
  if (options.toolContext.identity !== options.identity) {
    problems.push(`the tool context acts as '${options.toolContext.identity}' but the loop as '${options.identity}'`);
  }
  const finishToolName = options.finishToolName ?? LOOP_DEFAULTS.finishToolName;
  if (!definitions.some((definition) => definition.name === finishToolName)) {
    problems.push(`the tool set '${options.toolSet}' has no '${finishToolName}' tool, so the agent could never finish`);
  }
  if (problems.length > 0) throw new DrydockError(`Cannot start the agent loop: ${problems.join('; ')}`);
}
