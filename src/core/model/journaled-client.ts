import type { BudgetCharge } from '../budget/budget-tracker.js';
import { costOf, DEFAULT_PRICE_TABLE, priceOf, type PriceTable } from '../budget/price-table.js';
import { DrydockError, ExternalServiceError, errorMessage } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import { canonicalJson } from '../canonical-json.js';
import type { ModelCallOptions, ModelClient, ModelMessage, ModelRequest, ModelResponse } from '../ports/model-client.js';
import { promptDigest, type ModelCallRecord } from './prompt-digest.js';

/** Options of {@link withJournal}. */
export interface JournaledModelClientOptions {
  /** Where `model-call` events go (a `Journal`; it redacts secrets before hashing). */
  journal: { append(kind: string, data: Readonly<Record<string, unknown>>): unknown };
  /** Latency is measured on its monotonic clock. */
  clock: Clock;
  /**
   * Charged with the tokens of every successful call, with `turns: 0`: the loop counts turns, since
   * one turn may take several calls (a structured-output repair, a fallback).
   */
  budget?: { charge(charge: BudgetCharge): void };
  /** Prices for the `costUsd` of each event; default the built-in table. Use the budget's table. */
  prices?: PriceTable;
}

/**
 * A client that journals every call it passes on, success or failure, as a `model-call` event
 * carrying a {@link ModelCallRecord}, and charges the budget for successful ones. Put it under
 * `withRetries` (`withRetries(withJournal(client))`) so each attempt is its own event with its
 * `attempt` number; the messages are redacted by the journal before they are hashed.
 */
export function withJournal(client: ModelClient, options: JournaledModelClientOptions): ModelClient {
  const prices = options.prices ?? DEFAULT_PRICE_TABLE;
  let previous: { promptDigest: string; messages: readonly ModelMessage[] } | undefined;
  return {
    provider: client.provider,
    async complete(request: ModelRequest, callOptions: ModelCallOptions = {}): Promise<ModelResponse> {
      const started = options.clock.monotonicMs();
      const base = baseRecord(client.provider, request, callOptions.attempt ?? 1, previous);
      previous = { promptDigest: base.promptDigest, messages: request.messages };
      let response: ModelResponse;
      try {
        response = await client.complete(request, callOptions);
      } catch (error) {
        const failed: ModelCallRecord = { ...base, latencyMs: elapsed(options.clock, started), error: describeError(error) };
        options.journal.append('model-call', { ...failed });
        throw error;
      }
      const pricedAs = pricedModel(response.model, request.model, prices);
      const costUsd = costOf(pricedAs, response.usage, prices);
      const record: ModelCallRecord = {
        ...base,
        response: { model: response.model, content: response.content, toolCalls: response.toolCalls, finishReason: response.finishReason },
        usage: response.usage,
        ...(costUsd === undefined ? {} : { costUsd }),
        latencyMs: elapsed(options.clock, started),
      };
      options.journal.append('model-call', { ...record });
      options.budget?.charge({ model: pricedAs, usage: response.usage, turns: 0 });
      return response;
    },
  };
}

/**
 * The name to price a call by: the model that answered when the table knows it, else the model
 * asked, else that name without its publisher (`openai/gpt-4.1` → `gpt-4.1`). Providers answer
 * with dated snapshots (`gpt-4.1-mini-2025-04-14`) the table rarely lists. When none is priced the
 * answering model is returned, so the budget records it as unpriced rather than free.
 */
export function pricedModel(answered: string, asked: string, prices: PriceTable): string {
  const unprefixed = asked.includes('/') ? asked.slice(asked.lastIndexOf('/') + 1) : asked;
  return [answered, asked, unprefixed].find((name) => priceOf(name, prices) !== undefined) ?? answered;
}

function baseRecord(
  provider: string,
  request: ModelRequest,
  attempt: number,
  previous: { promptDigest: string; messages: readonly ModelMessage[] } | undefined,
): Omit<ModelCallRecord, 'latencyMs'> {
  const kept = previous === undefined ? 0 : sharedPrefixLength(previous.messages, request.messages);
  return {
    provider,
    model: request.model,
    promptDigest: promptDigest(request),
    ...(previous === undefined || kept === 0
      ? { messages: request.messages }
      : { messages: request.messages.slice(kept), messagesFrom: { promptDigest: previous.promptDigest, kept } }),
    tools: (request.tools ?? []).map((tool) => tool.name),
    ...(request.responseSchema === undefined ? {} : { responseSchema: request.responseSchema.name }),
    attempt,
  };
}

function describeError(error: unknown): NonNullable<ModelCallRecord['error']> {
  const name = error instanceof Error ? error.name : 'Error';
  if (ExternalServiceError.isInstance(error)) {
    return { name, message: error.message, retryable: error.retryable, ...(error.status === undefined ? {} : { status: error.status }) };
  }
  return { name: DrydockError.isInstance(error) ? error.name : name, message: errorMessage(error), retryable: false };
}

function elapsed(clock: Clock, started: number): number {
  return Math.max(0, Math.round(clock.monotonicMs() - started));
}

/**
 * How many leading messages two conversations share. The loop passes the same message objects
 * turn after turn, so identity settles almost every comparison; equal content counts too.
 */
function sharedPrefixLength(before: readonly ModelMessage[], after: readonly ModelMessage[]): number {
  const limit = Math.min(before.length, after.length);
  let index = 0;
  while (index < limit && (before[index] === after[index] || canonicalJson(before[index]) === canonicalJson(after[index]))) index += 1;
  return index;
}
