import type { ModelUsage } from '../ports/model-client.js';

/** What one model costs, in US dollars per million tokens. */
export interface ModelPrice {
  /** Per million input tokens that were not served from the cache. */
  input: number;
  /** Per million output tokens. */
  output: number;
  /** Per million input tokens served from the provider's cache; the `input` price when absent. */
  cachedInput?: number;
}

/** Prices by exact model name, as the provider reports it. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * DEFAULT prices, to be overridden: OpenAI standard-tier list prices in USD per million tokens,
 * as published in 2025. Prices change and differ by provider (Azure, GitHub Models, batch tiers),
 * so set `prices:` in `.github/drydock.yml` for what you actually pay; an entry there replaces the
 * entry here for that model. Names are matched exactly: a dated snapshot such as
 * `gpt-4o-2024-05-13` can have a different price, so it needs its own entry.
 */
export const DEFAULT_PRICE_TABLE: PriceTable = Object.freeze({
  'gpt-4.1': Object.freeze({ input: 2.0, cachedInput: 0.5, output: 8.0 }),
  'gpt-4.1-mini': Object.freeze({ input: 0.4, cachedInput: 0.1, output: 1.6 }),
  'gpt-4o': Object.freeze({ input: 2.5, cachedInput: 1.25, output: 10.0 }),
  'gpt-4o-mini': Object.freeze({ input: 0.15, cachedInput: 0.075, output: 0.6 }),
  'o4-mini': Object.freeze({ input: 1.1, cachedInput: 0.275, output: 4.4 }),
});

/** The price of a model, or undefined when the table has none (own entries only). */
export function priceOf(model: string, prices: PriceTable): ModelPrice | undefined {
  return Object.hasOwn(prices, model) ? prices[model] : undefined;
}

/**
 * The cost in US dollars of one call, or undefined when the model has no price: an unknown cost
 * is never silently zero. Cached input tokens are taken as part of `inputTokens`, as OpenAI
 * reports them, and are charged at the cached price.
 */
export function costOf(model: string, usage: ModelUsage, prices: PriceTable = DEFAULT_PRICE_TABLE): number | undefined {
  const price = priceOf(model, prices);
  if (price === undefined) return undefined;
  const cached = Math.min(Math.max(usage.cachedInputTokens ?? 0, 0), usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  const perMillion = uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.outputTokens * price.output;
  return perMillion / 1_000_000;
}
