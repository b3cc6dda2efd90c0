/** Limits for one scope (a stage or the whole run). An absent limit means no limit. */
export interface BudgetLimits {
  /** Most tokens (input + output) the scope may use. */
  tokens?: number;
  /** Most US dollars the scope may spend, priced with the price table. */
  costUsd?: number;
  /** Most agent turns (model responses) the scope may take. */
  turns?: number;
  /** Most seconds of wall time the scope may run; a run counts the time its stages ran, not waits between them. */
  wallTimeSeconds?: number;
}

/** What a scope has used, as plain data. */
export interface BudgetUsage {
  /** Input tokens, cached ones included. */
  inputTokens: number;
  /** Output tokens. */
  outputTokens: number;
  /** Input tokens the provider served from its cache (part of `inputTokens`). */
  cachedInputTokens: number;
  /** `inputTokens + outputTokens`: what the token budget counts. */
  tokens: number;
  /** Cost in US dollars of the priced calls; a lower bound when `unpricedModels` is not empty. */
  costUsd: number;
  /** Models that were used but have no price, so their cost is unknown. Sorted, no duplicates. */
  unpricedModels: string[];
  /** Agent turns taken. */
  turns: number;
  /** Seconds of wall time. */
  wallTimeSeconds: number;
}

/** The names budgets go by in errors and snapshots. */
export type BudgetName = 'tokens' | 'cost' | 'turns' | 'wall-time';

/** Where a budget applies. */
export type BudgetScope = 'stage' | 'run';

/** The budgets of one stage and of its run at a moment, as plain data for the run state. */
export interface BudgetSnapshot {
  /** The stage the tracker belongs to. */
  stage: string;
  /** Limits of the stage. */
  stageLimits: BudgetLimits;
  /** Limits of the whole run. */
  runLimits: BudgetLimits;
  /** What this stage has used. */
  stageUsage: BudgetUsage;
  /** What the run has used: earlier stages plus this one. */
  runUsage: BudgetUsage;
}

/** A usage with nothing used. */
export function emptyUsage(): BudgetUsage {
  return { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0, tokens: 0, costUsd: 0, unpricedModels: [], turns: 0, wallTimeSeconds: 0 };
}

/** The sum of two usages (for example earlier stages plus this one). */
export function addUsage(left: BudgetUsage, right: BudgetUsage): BudgetUsage {
  return {
    inputTokens: left.inputTokens + right.inputTokens,
    outputTokens: left.outputTokens + right.outputTokens,
    cachedInputTokens: left.cachedInputTokens + right.cachedInputTokens,
    tokens: left.tokens + right.tokens,
    costUsd: left.costUsd + right.costUsd,
    unpricedModels: [...new Set([...left.unpricedModels, ...right.unpricedModels])].sort(),
    turns: left.turns + right.turns,
    wallTimeSeconds: left.wallTimeSeconds + right.wallTimeSeconds,
  };
}
