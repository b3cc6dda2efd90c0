import { describe, expect, it } from 'vitest';
import { BudgetTracker } from '../../../src/core/budget/budget-tracker.js';
import { DEFAULT_PRICE_TABLE } from '../../../src/core/budget/price-table.js';
import { ExternalServiceError } from '../../../src/core/errors.js';
import { verifyJournal } from '../../../src/core/journal/verify.js';
import { pricedModel, withJournal } from '../../../src/core/model/journaled-client.js';
import { promptDigest } from '../../../src/core/model/prompt-digest.js';
import { memoryJournal } from '../journal/helpers.js';
import { manualClock } from '../../support/manual-clock.js';
import { scriptedModelClient } from '../../support/scripted-model-client.js';

const request = {
  model: 'gpt-4.1-mini',
  messages: [{ role: 'user' as const, content: 'List the files' }],
  tools: [{ name: 'list_files', description: 'Lists files', parameters: { type: 'object' } }],
  responseSchema: { name: 'answer', schema: { type: 'object' } },
};

function budget(clock = manualClock()) {
  return new BudgetTracker({ stage: 'plan', stageLimits: {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock });
}

describe('withJournal', () => {
  it('journals a successful call as a model-call with the record, cost and latency, and charges tokens without turns', async () => {
    const clock = manualClock();
    const inner = scriptedModelClient([{ model: 'gpt-4.1-mini-2025-04-14', content: '{}', usage: { inputTokens: 1000, outputTokens: 200, cachedInputTokens: 400 } }]);
    const slow = { provider: inner.provider, complete: async (...args: Parameters<typeof inner.complete>) => (clock.advance(1234), inner.complete(...args)) };
    const { journal, sink } = memoryJournal();
    const tracker = budget(clock);
    await withJournal(slow, { journal, clock, budget: tracker }).complete(request, { attempt: 2 });

    const verified = verifyJournal(sink.lines);
    expect(verified.ok).toBe(true);
    const [event] = verified.ok ? verified.events : [];
    const cost = (600 * 0.4 + 400 * 0.1 + 200 * 1.6) / 1_000_000;
    expect(event).toMatchObject({ kind: 'model-call' });
    expect(event!.data).toEqual({
      provider: 'scripted',
      model: 'gpt-4.1-mini',
      promptDigest: promptDigest(request),
      messages: request.messages,
      tools: ['list_files'],
      responseSchema: 'answer',
      response: { model: 'gpt-4.1-mini-2025-04-14', content: '{}', toolCalls: [], finishReason: 'stop' },
      usage: { inputTokens: 1000, outputTokens: 200, cachedInputTokens: 400 },
      costUsd: cost,
      latencyMs: 1234,
      attempt: 2,
    });
    expect(tracker.stageUsage()).toMatchObject({ tokens: 1200, cachedInputTokens: 400, turns: 0, unpricedModels: [] });
    expect(tracker.stageUsage().costUsd).toBeCloseTo(cost, 12);
  });

  it('journals a failed call with the error and rethrows it, charging nothing', async () => {
    const failure = new ExternalServiceError('openai model gpt-4.1-mini answered 503', { service: 'model', retryable: true, status: 503 });
    const { journal, sink } = memoryJournal();
    const tracker = budget();
    const client = withJournal(scriptedModelClient([{ throws: failure }]), { journal, clock: manualClock(), budget: tracker });
    await expect(client.complete(request)).rejects.toBe(failure);
    const event = JSON.parse(sink.lines[0]!) as { data: Record<string, unknown> };
    expect(event.data).toMatchObject({ attempt: 1, error: { name: 'ExternalServiceError', message: failure.message, retryable: true, status: 503 } });
    expect(event.data).not.toHaveProperty('response');
    expect(tracker.stageUsage().tokens).toBe(0);
  });

  it('records an unpriced model without a cost, and the budget knows it is unpriced', async () => {
    const { journal, sink } = memoryJournal();
    const tracker = budget();
    await withJournal(scriptedModelClient([{ model: 'llama3.1:8b' }]), { journal, clock: manualClock(), budget: tracker }).complete({ ...request, model: 'llama3.1:8b' });
    expect(JSON.parse(sink.lines[0]!).data).not.toHaveProperty('costUsd');
    expect(tracker.stageUsage().unpricedModels).toEqual(['llama3.1:8b']);
  });
});

describe('pricedModel', () => {
  it('prices by the answering model, then the asked one, then the asked one without its publisher', () => {
    expect(pricedModel('gpt-4o', 'gpt-4.1', DEFAULT_PRICE_TABLE)).toBe('gpt-4o');
    expect(pricedModel('gpt-4.1-2025-04-14', 'gpt-4.1', DEFAULT_PRICE_TABLE)).toBe('gpt-4.1');
    expect(pricedModel('gpt-4.1-2025-04-14', 'openai/gpt-4.1', DEFAULT_PRICE_TABLE)).toBe('gpt-4.1');
    expect(pricedModel('mystery-1', 'mystery', DEFAULT_PRICE_TABLE)).toBe('mystery-1');
  });
});

describe('withJournal conversation deltas', () => {
  it('journals only the messages a call adds, pointing at the call it continues', async () => {
    const clock = manualClock();
    const inner = scriptedModelClient([{ content: 'one' }, { content: 'two' }, { content: 'three' }]);
    const { journal, sink } = memoryJournal();
    const client = withJournal(inner, { journal, clock });
    const system = { role: 'system' as const, content: 'You help.' };
    const task = { role: 'user' as const, content: 'Do the task.' };
    const first = { model: 'gpt-4.1-mini', messages: [system, task] };
    const second = { model: 'gpt-4.1-mini', messages: [system, task, { role: 'assistant' as const, content: 'one' }, { role: 'user' as const, content: 'go on' }] };
    // A trimmed conversation keeps the system prompt and the task, then differs.
    const third = { model: 'gpt-4.1-mini', messages: [system, task, { role: 'user' as const, content: '[earlier turns dropped]' }] };
    await client.complete(first);
    await client.complete(second);
    await client.complete(third);

    const verified = verifyJournal(sink.lines);
    expect(verified.ok).toBe(true);
    const events = verified.ok ? verified.events : [];
    expect(events[0]!.data.messages).toEqual(first.messages);
    expect(events[0]!.data.messagesFrom).toBeUndefined();
    expect(events[1]!.data.messages).toEqual(second.messages.slice(2));
    expect(events[1]!.data.messagesFrom).toEqual({ promptDigest: promptDigest(first), kept: 2 });
    expect(events[1]!.data.promptDigest).toBe(promptDigest(second));
    expect(events[2]!.data.messages).toEqual(third.messages.slice(2));
    expect(events[2]!.data.messagesFrom).toEqual({ promptDigest: promptDigest(second), kept: 2 });
  });
});
