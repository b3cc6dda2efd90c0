import { BudgetExceededError, DrydockError, InputError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { ModelUsage } from '../ports/model-client.js';
import { addUsage, emptyUsage, type BudgetLimits, type BudgetName, type BudgetSnapshot, type BudgetUsage } from './budget-types.js';
import { costOf, priceOf, type PriceTable } from './price-table.js';

/** One model call to charge. */
export interface BudgetCharge {
  /** The model that answered; it prices the usage. */
  model: string;
  /** Tokens the call used, as the provider reported them. */
  usage: ModelUsage;
  /** Agent turns the call completes; 1 when absent (one model response is one turn). */
  turns?: number;
}

/** Options for a `BudgetTracker`. */
export interface BudgetTrackerOptions {
  /** The stage being tracked, named in messages. */
  stage: string;
  /** Limits of the stage. */
  stageLimits: BudgetLimits;
  /** Limits of the whole run. */
  runLimits: BudgetLimits;
  /** Prices to compute cost with (the merged config table). */
  prices: PriceTable;
  /** Time source; wall time starts when the tracker is created. */
  clock: Clock;
  /** What earlier stages of the run used, from the run state; nothing when absent. */
  earlierUsage?: BudgetUsage;
  /** The file where prices are configured, named when a model has no price. Default `.github/drydock.yml`. */
  configFile?: string;
}

/** What is left before the first limit of either scope, per budget; absent when neither scope has a limit. */
export interface BudgetRemaining {
  /** Tokens left. */
  tokens?: number;
  /** US dollars left. */
  costUsd?: number;
  /** Turns left. */
  turns?: number;
  /** Seconds of wall time left. */
  wallTimeSeconds?: number;
}

const BUDGETS: ReadonlyArray<{ name: BudgetName; limit: keyof BudgetLimits; used: keyof BudgetUsage; label: string }> = [
  { name: 'tokens', limit: 'tokens', used: 'tokens', label: 'tokens' },
  { name: 'cost', limit: 'costUsd', used: 'costUsd', label: 'cost' },
  { name: 'turns', limit: 'turns', used: 'turns', label: 'turns' },
  { name: 'wall-time', limit: 'wallTimeSeconds', used: 'wallTimeSeconds', label: 'wall time' },
];

/**
 * Tracks tokens, cost, turns and wall time of one stage against the stage's limits and the run's.
 * `charge` only records; `check` is where a stage learns it must stop. A limit is reached when usage
 * equals it: a budget of 10 turns allows exactly 10.
 */
export class BudgetTracker {
  private readonly options: BudgetTrackerOptions;
  private readonly startedAtMs: number;
  private readonly earlierUsage: BudgetUsage;
  private usage: BudgetUsage = emptyUsage();

  constructor(options: BudgetTrackerOptions) {
    this.options = options;
    this.startedAtMs = options.clock.monotonicMs();
    this.earlierUsage = options.earlierUsage ?? emptyUsage();
  }

  /** Records one model call. An unpriced model is recorded in `unpricedModels`, never counted as free. */
  charge(charge: BudgetCharge): void {
    const { inputTokens, outputTokens } = charge.usage;
    const cachedInputTokens = charge.usage.cachedInputTokens ?? 0;
    const turns = charge.turns ?? 1;
    for (const [name, value] of Object.entries({ inputTokens, outputTokens, cachedInputTokens, turns })) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new DrydockError(`Cannot charge the budget: ${name} must be a whole number of at least 0, got ${String(value)} (model ${charge.model})`);
      }
    }
    // A charge without tokens (a turn counted on its own, as the agent loop does) costs nothing
    // whatever the model's price, so it must not mark the model as unpriced.
    const cost = inputTokens + outputTokens === 0 ? 0 : costOf(charge.model, charge.usage, this.options.prices);
    this.usage = addUsage(this.usage, {
      inputTokens,
      outputTokens,
      cachedInputTokens,
      tokens: inputTokens + outputTokens,
      costUsd: cost ?? 0,
      unpricedModels: cost === undefined ? [charge.model] : [],
      turns,
      wallTimeSeconds: 0,
    });
  }

  /**
   * Throws an `InputError` when a cost budget is set and one of these models has no price: call it
   * before the first model call so a missing price stops the stage before anything is spent.
   */
  checkPricing(models: readonly string[]): void {
    const unpriced = models.filter((model) => priceOf(model, this.options.prices) === undefined);
    this.failOnUnpriced(unpriced);
  }

  /**
   * Throws `BudgetExceededError` for the first budget reached (stage before run), or an `InputError`
   * when a cost budget is set but some usage could not be priced.
   */
  check(): void {
    this.failOnUnpriced(this.runUsage().unpricedModels);
    for (const scope of ['stage', 'run'] as const) {
      const limits = scope === 'stage' ? this.options.stageLimits : this.options.runLimits;
      const usage = scope === 'stage' ? this.stageUsage() : this.runUsage();
      for (const budget of BUDGETS) {
        const limit = limits[budget.limit];
        const used = usage[budget.used] as number;
        if (limit === undefined || used < limit) continue;
        const verb = used > limit ? 'exceeded' : 'used up';
        throw new BudgetExceededError(
          `Budget ${verb}: ${scope} ${budget.label} ${formatAmount(budget.name, used)} of ${formatAmount(budget.name, limit)} (${this.options.stage})`,
          { budget: budget.name, scope, limit, used },
        );
      }
    }
  }

  /** What is left before the nearer of the stage and run limits, never below 0. */
  remaining(): BudgetRemaining {
    const remaining: BudgetRemaining = {};
    const stage = this.stageUsage();
    const run = this.runUsage();
    for (const budget of BUDGETS) {
      const left = [
        leftOf(this.options.stageLimits[budget.limit], stage[budget.used] as number),
        leftOf(this.options.runLimits[budget.limit], run[budget.used] as number),
      ].filter((value): value is number => value !== undefined);
      if (left.length > 0) remaining[budget.limit] = Math.min(...left);
    }
    return remaining;
  }

  /** What this stage has used so far, wall time up to now. */
  stageUsage(): BudgetUsage {
    const elapsedSeconds = (this.options.clock.monotonicMs() - this.startedAtMs) / 1000;
    // Milliseconds are as fine as a wall-time budget needs; more digits are float noise in the run state.
    return { ...this.usage, unpricedModels: [...this.usage.unpricedModels], wallTimeSeconds: Math.max(0, Math.round(elapsedSeconds * 1000) / 1000) };
  }

  /** What the run has used: earlier stages plus this one. */
  runUsage(): BudgetUsage {
    return addUsage(this.earlierUsage, this.stageUsage());
  }

  /** Limits and usage as plain data, for the run state. */
  snapshot(): BudgetSnapshot {
    return {
      stage: this.options.stage,
      stageLimits: { ...this.options.stageLimits },
      runLimits: { ...this.options.runLimits },
      stageUsage: this.stageUsage(),
      runUsage: this.runUsage(),
    };
  }

  private failOnUnpriced(unpriced: readonly string[]): void {
    if (unpriced.length === 0) return;
    const keys: string[] = [];
    if (this.options.stageLimits.costUsd !== undefined) keys.push(`budgets.stages.${this.options.stage}.costUsd`);
    if (this.options.runLimits.costUsd !== undefined) keys.push('budgets.run.costUsd');
    if (keys.length === 0) return;
    const file = this.options.configFile ?? '.github/drydock.yml';
    const names = [...new Set(unpriced)].map((model) => `"${model}"`).join(', ');
    throw new InputError(
      `${file}: prices: no price for model ${names}, but a cost budget is set (${keys.join(', ')}); ` +
        `add the model under prices (USD per million input and output tokens) or remove the cost budget`,
      { where: file },
    );
  }
}

function leftOf(limit: number | undefined, used: number): number | undefined {
  return limit === undefined ? undefined : Math.max(0, limit - used);
}

function formatAmount(budget: BudgetName, value: number): string {
  switch (budget) {
    case 'cost':
      return `$${value.toFixed(value < 1 ? 4 : 2)}`;
    case 'wall-time':
      return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
    default:
      return value.toLocaleString('en-US');
  }
}
