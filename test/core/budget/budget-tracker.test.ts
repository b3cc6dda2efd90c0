import { describe, expect, it } from 'vitest';
import { BudgetTracker, type BudgetTrackerOptions } from '../../../src/core/budget/budget-tracker.js';
import { emptyUsage, type BudgetUsage } from '../../../src/core/budget/budget-types.js';
import { DEFAULT_PRICE_TABLE } from '../../../src/core/budget/price-table.js';
import { BudgetExceededError, InputError } from '../../../src/core/errors.js';
import type { Clock } from '../../../src/core/ports/clock.js';

class ManualClock implements Clock {
  milliseconds = 1_000;
  now(): Date {
    return new Date(1_700_000_000_000 + this.milliseconds);
  }
  monotonicMs(): number {
    return this.milliseconds;
  }
  async sleep(ms: number): Promise<void> {
    this.milliseconds += ms;
  }
}

function tracker(options: Partial<BudgetTrackerOptions> = {}): { budget: BudgetTracker; clock: ManualClock } {
  const clock = new ManualClock();
  const budget = new BudgetTracker({ stage: 'plan', stageLimits: {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock, ...options });
  return { budget, clock };
}

function caught(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('BudgetTracker', () => {
  it('BG-010 charge adds tokens, cost and one turn per model response', () => {
    const { budget } = tracker();
    budget.charge({ model: 'gpt-4.1', usage: { inputTokens: 1000, outputTokens: 500, cachedInputTokens: 200 } });
    budget.charge({ model: 'gpt-4.1', usage: { inputTokens: 10, outputTokens: 5 }, turns: 0 });
    const usage = budget.stageUsage();
    expect(usage).toMatchObject({ inputTokens: 1010, outputTokens: 505, cachedInputTokens: 200, tokens: 1515, turns: 1, unpricedModels: [] });
    expect(usage.costUsd).toBeCloseTo((800 * 2 + 200 * 0.5 + 500 * 8 + 10 * 2 + 5 * 8) / 1_000_000, 12);
  });

  it('BG-011 check throws BudgetExceededError naming budget, scope, figures and stage', () => {
    const { budget } = tracker({ stageLimits: { tokens: 100_000 } });
    budget.charge({ model: 'gpt-4.1', usage: { inputTokens: 100_000, outputTokens: 20_431 } });
    const error = caught(() => budget.check());
    expect(BudgetExceededError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ message: 'Budget exceeded: stage tokens 120,431 of 100,000 (plan)', budget: 'tokens', scope: 'stage', limit: 100_000, used: 120_431 });
  });

  it('BG-012 a limit is reached when usage equals it: 10 turns allow exactly 10', () => {
    const { budget } = tracker({ stageLimits: { turns: 10 } });
    for (let turn = 0; turn < 9; turn += 1) budget.charge({ model: 'gpt-4o', usage: { inputTokens: 1, outputTokens: 1 } });
    expect(() => budget.check()).not.toThrow();
    budget.charge({ model: 'gpt-4o', usage: { inputTokens: 1, outputTokens: 1 } });
    expect(() => budget.check()).toThrow('Budget used up: stage turns 10 of 10 (plan)');
  });

  it('BG-013 run budgets count earlier stages', () => {
    const earlierUsage: BudgetUsage = { ...emptyUsage(), tokens: 900, inputTokens: 600, outputTokens: 300, costUsd: 1.5, turns: 4, wallTimeSeconds: 100 };
    const { budget } = tracker({ stage: 'implement', runLimits: { tokens: 1000, costUsd: 10 }, earlierUsage });
    budget.charge({ model: 'gpt-4o', usage: { inputTokens: 50, outputTokens: 60 } });
    const error = caught(() => budget.check());
    expect(error).toMatchObject({ message: 'Budget exceeded: run tokens 1,010 of 1,000 (implement)', scope: 'run', budget: 'tokens' });
    expect(budget.snapshot().runUsage).toMatchObject({ tokens: 1010, turns: 5, inputTokens: 650 });
    expect(budget.snapshot().stageUsage.tokens).toBe(110);
  });

  it('BG-014 cost budgets compare dollars', () => {
    const { budget } = tracker({ stageLimits: { costUsd: 2 } });
    budget.charge({ model: 'gpt-4.1', usage: { inputTokens: 0, outputTokens: 300_000 } });
    expect(() => budget.check()).toThrow('Budget exceeded: stage cost $2.40 of $2.00 (plan)');
  });

  it('BG-015 wall time comes from the Clock port and counts from the tracker start', async () => {
    const { budget, clock } = tracker({ stageLimits: { wallTimeSeconds: 60 } });
    await clock.sleep(59_000);
    expect(() => budget.check()).not.toThrow();
    expect(budget.remaining().wallTimeSeconds).toBe(1);
    await clock.sleep(1_500);
    expect(caught(() => budget.check())).toMatchObject({ message: 'Budget exceeded: stage wall time 60.5 s of 60 s (plan)', budget: 'wall-time' });
  });

  it('BG-016 an unpriced model is recorded, and is a configuration problem only when a cost budget is set', () => {
    const free = tracker().budget;
    free.charge({ model: 'llama3', usage: { inputTokens: 10, outputTokens: 10 } });
    expect(free.stageUsage()).toMatchObject({ costUsd: 0, unpricedModels: ['llama3'], tokens: 20 });
    expect(() => free.check()).not.toThrow();

    const capped = tracker({ runLimits: { costUsd: 5 } }).budget;
    capped.charge({ model: 'llama3', usage: { inputTokens: 10, outputTokens: 10 } });
    const error = caught(() => capped.check());
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      '.github/drydock.yml: prices: no price for model "llama3", but a cost budget is set (budgets.run.costUsd); add the model under prices (USD per million input and output tokens) or remove the cost budget',
    );
  });

  it('BG-022 a charge without tokens counts its turns and costs nothing, even for an unpriced model', () => {
    const capped = tracker({ runLimits: { costUsd: 5 } }).budget;
    capped.charge({ model: 'gpt-4.1-mini-2025-04-14', usage: { inputTokens: 0, outputTokens: 0 }, turns: 1 });
    expect(capped.stageUsage()).toMatchObject({ costUsd: 0, unpricedModels: [], tokens: 0, turns: 1 });
    expect(() => capped.check()).not.toThrow();
  });

  it('BG-017 checkPricing stops before anything is spent', () => {
    const { budget } = tracker({ stageLimits: { costUsd: 1 } });
    expect(() => budget.checkPricing(['gpt-4.1', 'gpt-4o'])).not.toThrow();
    expect(() => budget.checkPricing(['gpt-4.1', 'qwen2.5-coder'])).toThrow(/no price for model "qwen2\.5-coder".*budgets\.stages\.plan\.costUsd/);
    expect(() => tracker().budget.checkPricing(['qwen2.5-coder'])).not.toThrow();
  });

  it('BG-018 remaining gives the nearer of stage and run limits, never below 0', () => {
    const { budget } = tracker({ stageLimits: { tokens: 1000, turns: 3 }, runLimits: { tokens: 500 } });
    budget.charge({ model: 'gpt-4o', usage: { inputTokens: 100, outputTokens: 100 } });
    expect(budget.remaining()).toEqual({ tokens: 300, turns: 2 });
    budget.charge({ model: 'gpt-4o', usage: { inputTokens: 1000, outputTokens: 0 } });
    expect(budget.remaining().tokens).toBe(0);
  });

  it('BG-019 charge refuses usage figures that are not whole numbers of at least 0', () => {
    const { budget } = tracker();
    expect(() => budget.charge({ model: 'gpt-4o', usage: { inputTokens: -1, outputTokens: 0 } })).toThrow(/inputTokens must be a whole number/);
    expect(() => budget.charge({ model: 'gpt-4o', usage: { inputTokens: Number.NaN, outputTokens: 0 } })).toThrow(/inputTokens/);
    expect(() => budget.charge({ model: 'gpt-4o', usage: { inputTokens: 1, outputTokens: 0 }, turns: 0.5 })).toThrow(/turns/);
    expect(budget.stageUsage().tokens).toBe(0);
  });

  it('BG-020 snapshot is plain data that survives JSON', async () => {
    const { budget, clock } = tracker({ stageLimits: { tokens: 10_000 }, runLimits: { costUsd: 3 } });
    budget.charge({ model: 'gpt-4o-mini', usage: { inputTokens: 1000, outputTokens: 100 } });
    await clock.sleep(2_000);
    const snapshot = budget.snapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot).toMatchObject({ stage: 'plan', stageLimits: { tokens: 10_000 }, runLimits: { costUsd: 3 } });
    expect(snapshot.stageUsage.wallTimeSeconds).toBe(2);
  });

  it('BG-021 stage limits are checked before run limits', () => {
    const { budget } = tracker({ stageLimits: { turns: 1 }, runLimits: { turns: 1 } });
    budget.charge({ model: 'gpt-4o', usage: { inputTokens: 1, outputTokens: 1 } });
    expect(caught(() => budget.check())).toMatchObject({ scope: 'stage' });
  });
});
