import type { AgentLoopResult } from '../../core/agent/loop-types.js';
import type { BudgetTracker } from '../../core/budget/index.js';
import type { DrydockConfig, ModelRoute } from '../../core/config/config-types.js';
import type { Journal } from '../../core/journal/journal.js';
import type { JournalLine } from '../../core/journal/verify.js';
import type { ModelCredentialInputs, ModelCredentials } from '../../core/model/model-endpoint.js';
import type { Policy } from '../../core/policy/policy.js';
import type { Clock } from '../../core/ports/clock.js';
import type { ModelClient } from '../../core/ports/model-client.js';
import type { StageIo } from '../../core/ports/stage-io.js';
import type { Workspace } from '../../core/ports/workspace.js';
import type { StageName } from '../../core/run-state.js';

/** What a stage asks of one agent loop; everything else (model, tools, policy, budgets) is wired. */
export interface StageAgentRequest {
  /** The system prompt: the stage's instructions. */
  systemPrompt: string;
  /** The task, with untrusted text already wrapped by `wrapUntrusted`. */
  task: string;
  /** A registered tool set (tool-sets.ts); default the standard tools. */
  toolSet?: string;
  /** Name of the loop within the stage, unique per attempt (`agent`, `task t3`); default `agent`. */
  loopName?: string;
  /** Most model responses; default 40. The stage's turn budget still applies. */
  maxTurns?: number;
  /** Most wall time in milliseconds; default 30 minutes. The stage's wall-time budget still applies. */
  wallTimeMs?: number;
  /** The model's context window in tokens; default 128,000. */
  contextWindowTokens?: number;
  /** How often the same mistake may happen before the loop ends; default 3. */
  maxToolErrors?: number;
  /** The identity the loop acts as; default the stage's. Its own policy entries apply, never more. */
  identity?: string;
  /** A policy narrower than the stage's (for example writes limited to one task's files); default the stage's. */
  policy?: Policy;
}

/** Runs an agent loop as the stage's identity. */
export type StageAgentRunner = (request: StageAgentRequest) => Promise<AgentLoopResult>;

/** What the runner is built from. */
export interface StageAgentDependencies {
  stage: StageName;
  identity: string;
  config: DrydockConfig;
  journal: Journal;
  budget: BudgetTracker;
  clock: Clock;
  policy: Policy;
  workspace: Workspace;
  io: StageIo;
  /** The runner's environment: where credentials are looked for (OPENAI_API_KEY, GITHUB_ACTIONS, …). */
  environment: Readonly<Record<string, string | undefined>>;
  /** Credentials given as inputs (`model-api-key`, `model-base-url`, `github-token`). */
  credentials: ModelCredentialInputs;
  /** The journal of this stage's earlier attempt in the run, whose loops a re-run resumes. */
  earlierJournal?: readonly JournalLine[];
  /** Builds the client for a route; the openai SDK adapter unless a test passes another. */
  createClient?: (route: Pick<ModelRoute, 'provider' | 'baseUrl'>, credentials: ModelCredentials) => ModelClient;
}

/**
 * The agent runtime as a stage sees it: one call per loop. The runtime (the openai SDK, the tools,
 * the loop) is loaded on the first call, into a chunk of its own, so a stage that runs no agent
 * does not pay to load it. See stage-agent-runtime.ts for how the model stack, tools and resume
 * are wired.
 */
export function createStageAgentRunner(dependencies: StageAgentDependencies): StageAgentRunner {
  let runtime: Promise<StageAgentRunner> | undefined;
  return async (request) => {
    runtime ??= import('./stage-agent-runtime.js').then((module) => module.createStageAgentRuntime(dependencies));
    return (await runtime)(request);
  };
}
