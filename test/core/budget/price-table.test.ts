import { describe, expect, it } from 'vitest';
import { costOf, DEFAULT_PRICE_TABLE, priceOf } from '../../../src/core/budget/price-table.js';

describe('price table', () => {
  it('BG-001 costOf prices input, cached input and output per million tokens', () => {
    expect(costOf('gpt-4.1', { inputTokens: 1_000_000, outputTokens: 1_000_000 })).toBeCloseTo(10, 10);
    // 400k uncached at $2, 600k cached at $0.50, 0 output.
    expect(costOf('gpt-4.1', { inputTokens: 1_000_000, outputTokens: 0, cachedInputTokens: 600_000 })).toBeCloseTo(0.8 + 0.3, 10);
    expect(costOf('custom', { inputTokens: 1_000_000, outputTokens: 0, cachedInputTokens: 500_000 }, { custom: { input: 1, output: 2 } })).toBeCloseTo(1, 10);
  });

  it('BG-002 an unknown model has an unknown cost, never 0', () => {
    expect(costOf('llama3', { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
    expect(costOf('gpt-4o-2024-05-13', { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
    expect(priceOf('toString', DEFAULT_PRICE_TABLE)).toBeUndefined();
    expect(priceOf('__proto__', DEFAULT_PRICE_TABLE)).toBeUndefined();
  });

  it('BG-003 the default table covers the documented models and cannot be changed in place', () => {
    expect(Object.keys(DEFAULT_PRICE_TABLE).sort()).toEqual(['gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4o-mini', 'o4-mini']);
    expect(Object.isFrozen(DEFAULT_PRICE_TABLE)).toBe(true);
  });
});
