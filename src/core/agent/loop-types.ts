import type { BudgetTracker } from '../budget/budget-tracker.js';
import type { PriceTable } from '../budget/price-table.js';
import type { DrydockError } from '../errors.js';
import type { Journal } from '../journal/journal.js';
import type { Clock } from '../ports/clock.js';
import type { ModelClient } from '../ports/model-client.js';
import type { ResumeLog } from './resume-log.js';
import type { StopReason } from './stop-conditions.js';
import type { ToolContext, ToolRegistry } from './tool.js';

/** The parts of the journal the loop writes through. */
export type LoopJournal = Pick<Journal, 'append' | 'flush'>;

/**
 * The parts of the budget tracker the loop uses. The model client (the journaled decorator) charges
 * the tokens of each call; the loop charges one turn per model response, and for answers served
 * from an earlier attempt their recorded tokens too, since no client saw those.
 */
export type LoopBudget = Pick<BudgetTracker, 'charge' | 'check'>;

/** Everything one agent loop needs. What is recorded in `agent-start` is marked; replay rebuilds the loop from it. */
export interface AgentLoopOptions {
  /** The model endpoint; it journals its own `model-call` events (a journaled decorator). */
  model: ModelClient;
  /** Model name asked for (recorded). */
  modelName: string;
  /** The tools the agent may call. */
  tools: ToolRegistry;
  /** Name of the tool set `tools` was built from, so replay can build it again (recorded). */
  toolSet: string;
  /** What tools get to work with; its identity must be `identity`. */
  toolContext: ToolContext;
  /** Where the loop's events go. */
  journal: LoopJournal;
  /** The stage's budgets. */
  budget: LoopBudget;
  /** Measures wall time. */
  clock: Clock;
  /** The identity the agent acts as (recorded). */
  identity: string;
  /** The system prompt (recorded). */
  systemPrompt: string;
  /** The first user message: the task, already provenance-wrapped where it quotes untrusted text (recorded). */
  task: string;
  /** Most model responses (recorded). */
  maxTurns: number;
  /** Most wall time in milliseconds; tools are aborted through `toolContext.signal` when it passes (recorded). */
  wallTimeMs: number;
  /** The model's context window in tokens; older turns are dropped as the conversation nears it (recorded). */
  contextWindowTokens: number;
  /** How often the same mistake (tool, status, reason) may happen; one more ends the loop (recorded). */
  maxToolErrors: number;
  /** Recorded answers and results of an earlier attempt of this loop, to serve instead of repeating them. */
  resume?: ResumeLog;
  /** Name of the tool that ends the loop with a result (default `finish`, recorded). */
  finishToolName?: string;
  /**
   * Name of this loop within its stage, unique per stage attempt (`agent`, `task t3`): resume and
   * replay find the loop's events by it (default `agent`, recorded).
   */
  loopName?: string;
  /**
   * Prices the budget uses (the config's table; default the built-in one). Recorded answers served
   * on resume are charged with their recorded tokens under the model the client priced them as.
   */
  prices?: PriceTable;
  /** Upper bound on output tokens per response (recorded). */
  maxOutputTokens?: number;
  /** Sampling temperature (recorded). */
  temperature?: number;
}

/** How a loop ended. */
export type AgentLoopOutcome = 'finished' | 'max-turns' | 'budget' | 'wall-time' | 'model-behaviour';

/** What the finish tool hands back. */
export interface FinishResult {
  /** A short account of what was done. */
  summary: string;
  /** The structured result the stage asked for. */
  result: unknown;
  /** What supports the result (commands run, files changed, checks passed). */
  evidence: unknown;
}

/** The end of a loop. */
export interface AgentLoopResult {
  /** How it ended. */
  outcome: AgentLoopOutcome;
  /** Present when the outcome is `finished`. */
  finish?: FinishResult;
  /** Model responses handled (served from an earlier attempt included). */
  turns: number;
  /** The stop condition that held. */
  stoppedBy: StopReason;
  /**
   * For `budget`, the `BudgetExceededError` (the stage runner's own `budget.check()` after the
   * stage also raises it, so the stage ends `stopped` with its state saved); for `model-behaviour`,
   * the `ModelBehaviourError` naming the repeated mistake. Throw it to fail the stage.
   */
  error?: DrydockError;
  /** Model answers served from the resume log instead of the model. */
  replayedModelCalls: number;
  /** Tool results reused from the resume log instead of running the tool again. */
  reusedToolCalls: number;
}

/** Defaults of optional loop options. */
export const LOOP_DEFAULTS = { finishToolName: 'finish', loopName: 'agent' } as const;

/** Outcome for each stop reason. */
export const OUTCOME_BY_REASON: Readonly<Record<StopReason, AgentLoopOutcome>> = {
  'finish-called': 'finished',
  'max-turns': 'max-turns',
  'budget-exhausted': 'budget',
  'wall-time-exceeded': 'wall-time',
  'repeated-mistake': 'model-behaviour',
};
