import { z } from 'zod';
import { InputError } from '../errors.js';
import type { AnyToolDefinition, ToolRegistry } from './tool.js';
import { createToolRegistry, type ToolRegistryOptions } from './tool-registry.js';
import { planCritiqueSchema } from '../plan/candidates.js';
import { planDraftSchema } from '../plan/plan-schema.js';
import { deployerDecisionSchema } from '../canary/deployer-decision.js';
import { defaultTools } from './tools/default-tools.js';
import { listFilesTool } from './tools/list-files.js';
import { readFileTool } from './tools/read-file.js';
import { searchTool } from './tools/search.js';
import { createFinishTool } from './tools/finish.js';
import { runCommandTool } from './tools/run-command.js';
import { diagnosisSchema } from '../triage/diagnosis-schema.js';

/**
 * Named tool sets. A loop records the name of its set in `agent-start`, and replay builds the same
 * registry from the name (and checks the definitions digest), so every set a stage uses must be
 * registered here under a stable name.
 */

/** The standard tools with a `finish` that takes any JSON result. */
export const DEFAULT_TOOL_SET = 'default';

/** The planner's tools: reading only, and a `finish` whose result is a task graph. */
export const PLANNER_TOOL_SET = 'planner';

/** The plan critic's tools: reading only, and a `finish` whose result names the preferred candidate. */
export const PLAN_CRITIQUE_TOOL_SET = 'plan-critique';

/** The triager's tools: reading, commands policy allows (read-only git by default), and a `finish` whose result is a diagnosis. */
export const TRIAGER_TOOL_SET = 'triager';

/** The deployer's tools: only a `finish` whose result is a step decision (it is given all it needs). */
export const DEPLOYER_TOOL_SET = 'deployer';

const TOOL_SETS: Readonly<Record<string, () => AnyToolDefinition[]>> = {
  [DEFAULT_TOOL_SET]: () =>
    defaultTools(createFinishTool(z.unknown(), 'Finish the task: a summary, the result and the evidence that it holds. Call it once, at the end.')),
  // Reading tools only: the planner's policy forbids writes anyway, and offering no write tool
  // keeps the model from wasting turns on calls that can only be denied.
  [PLANNER_TOOL_SET]: () => [
    listFilesTool,
    readFileTool,
    searchTool,
    createFinishTool(
      planDraftSchema,
      'Finish with the plan: a task graph (tasks with ids, target files, acceptance checks, dependencies, sizes), a summary, and the evidence (files read) it rests on. Call it once, at the end.',
    ),
  ],
  [PLAN_CRITIQUE_TOOL_SET]: () => [
    listFilesTool,
    readFileTool,
    searchTool,
    createFinishTool(planCritiqueSchema, 'Finish with your critique: the number of the plan you prefer and why. Call it once, at the end.'),
  ],
  // No write or edit tool: a fix is proposed as a diff in the diagnosis and applied by deterministic
  // code to a scratch copy, never by the agent to the workspace.
  [TRIAGER_TOOL_SET]: () => [
    listFilesTool,
    readFileTool,
    searchTool,
    runCommandTool,
    createFinishTool(
      diagnosisSchema,
      'Finish with the diagnosis of the cluster: category, confidence, root cause, file:line evidence and optionally a fix as a unified diff. Call it once, at the end.',
    ),
  ],
  [DEPLOYER_TOOL_SET]: () => [
    createFinishTool(
      deployerDecisionSchema,
      'Finish with the decision for this canary step: continue, extend-bake, pause-for-human or rollback, with your reasons. Call it once.',
    ),
  ],
};

/** Names of the registered tool sets. */
export function toolSetNames(): string[] {
  return Object.keys(TOOL_SETS).sort();
}

/** The tools of a named set; an `InputError` naming the known sets for any other name. */
export function toolSetTools(name: string): AnyToolDefinition[] {
  const build = Object.hasOwn(TOOL_SETS, name) ? TOOL_SETS[name] : undefined;
  if (build === undefined) throw new InputError(`Unknown tool set '${name}'; known tool sets: ${toolSetNames().join(', ')}`, { where: name });
  return build();
}

/** The registry of a named tool set. */
export function toolSetRegistry(name: string, options: ToolRegistryOptions = {}): ToolRegistry {
  return createToolRegistry(toolSetTools(name), options);
}
