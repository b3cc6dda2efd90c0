import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createModelClient } from '../../src/adapters/model-client-openai.js';
import { BudgetTracker } from '../../src/core/budget/budget-tracker.js';
import { DEFAULT_PRICE_TABLE } from '../../src/core/budget/price-table.js';
import { ExternalServiceError, ModelBehaviourError } from '../../src/core/errors.js';
import type { JournalEvent } from '../../src/core/journal/event.js';
import { Redactor } from '../../src/core/journal/redact.js';
import { verifyJournal } from '../../src/core/journal/verify.js';
import { withJournal } from '../../src/core/model/journaled-client.js';
import type { ModelCallRecord } from '../../src/core/model/prompt-digest.js';
import { withRetries } from '../../src/core/model/retry.js';
import { ModelRouter } from '../../src/core/model/router.js';
import { completeStructured } from '../../src/core/model/structured.js';
import { memoryJournal } from '../core/journal/helpers.js';
import { manualClock } from '../support/manual-clock.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';

/**
 * The whole model stack as a stage wires it — router → retries → journal → OpenAI SDK — against
 * the local model server, one test per fault: each ends in recovery or a clear error, with every
 * attempt journaled, the chain intact and the key nowhere in it.
 */

const API_KEY = 'sk-stack-test-0123456789abcdefghij';
let server: ModelServer;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.assertDone();
  server.reset();
});

function stack(options: { maxAttempts?: number; fallbacks?: string[] } = {}) {
  const clock = manualClock();
  const { journal, sink } = memoryJournal({ redactor: new Redactor({ secrets: [{ value: API_KEY, label: 'model-api-key' }] }) });
  const budget = new BudgetTracker({ stage: 'plan', stageLimits: {}, runLimits: {}, prices: DEFAULT_PRICE_TABLE, clock });
  const openai = createModelClient({ provider: 'openai', baseUrl: server.url }, { provider: 'openai', apiKey: API_KEY, source: 'test' });
  const client = withRetries(withJournal(openai, { journal, clock, budget }), { clock, random: () => 0.5, maxAttempts: options.maxAttempts ?? 4 });
  const router = new ModelRouter({ route: { model: 'gpt-4.1-mini', fallbacks: options.fallbacks ?? [] }, clientFor: () => client });
  const events = (): JournalEvent[] => {
    const verified = verifyJournal(sink.lines);
    expect(verified.ok).toBe(true);
    return verified.ok ? verified.events : [];
  };
  const calls = () => events().map((event) => event.data as unknown as ModelCallRecord);
  return { clock, client, router, budget, sink, calls };
}

const ask = { model: 'gpt-4.1-mini', messages: [{ role: 'user' as const, content: 'Plan the change' }], timeoutMs: 300 };
const plan = z.object({ title: z.string().min(1), steps: z.array(z.string()).min(1) });

describe('model stack faults', () => {
  it('429 with Retry-After: waits what the server asked, then recovers; both attempts journaled, tokens charged once', async () => {
    server.script([{ fault: 'rate-limit', retryAfterSeconds: 2 }, { text: 'done', usage: { promptTokens: 50, completionTokens: 10 } }]);
    const { client, clock, calls, budget } = stack();
    expect((await client.complete(ask)).content).toBe('done');
    expect(clock.sleeps).toEqual([2000]);
    expect(calls().map(({ attempt, error, response }) => ({ attempt, status: error?.status, content: response?.content }))).toEqual([
      { attempt: 1, status: 429, content: undefined },
      { attempt: 2, status: undefined, content: 'done' },
    ]);
    expect(budget.stageUsage()).toMatchObject({ inputTokens: 50, outputTokens: 10, turns: 0 });
    expect(calls()[1]!.costUsd).toBeCloseTo((50 * 0.4 + 10 * 1.6) / 1_000_000, 12);
  });

  it('500: backs off with jitter, then recovers', async () => {
    server.script([{ fault: 'server-error' }, { text: 'recovered' }]);
    const { client, clock, calls } = stack();
    expect((await client.complete(ask)).content).toBe('recovered');
    expect(clock.sleeps).toEqual([500]);
    expect(calls().map((call) => call.error?.retryable ?? 'ok')).toEqual([true, 'ok']);
  });

  it('slow past the timeout: retried, and a model that stays slow ends as an ExternalServiceError', async () => {
    server.script([{ fault: 'slow', delayMs: 3000 }, { text: 'in time' }]);
    expect((await stack().client.complete(ask)).content).toBe('in time');

    server.script([{ fault: 'slow', delayMs: 3000 }, { fault: 'slow', delayMs: 3000 }]);
    const { client, calls } = stack({ maxAttempts: 2 });
    const error = await client.complete(ask).catch((caught: unknown) => caught);
    expect(ExternalServiceError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe('openai model gpt-4.1-mini: no answer within 300 ms (timeout) (gave up after 2 attempts)');
    expect(calls().map((call) => call.error?.message)).toEqual([expect.stringContaining('timeout'), expect.stringContaining('timeout')]);
  });

  it('malformed JSON and a truncated body: both retried, then recovers', async () => {
    server.script([{ fault: 'malformed-json' }, { fault: 'truncated' }, { text: 'whole' }]);
    const { client, calls } = stack();
    expect((await client.complete(ask)).content).toBe('whole');
    expect(calls().map((call) => [call.attempt, call.error?.retryable ?? 'ok'])).toEqual([[1, true], [2, true], [3, 'ok']]);
  });

  it('unknown tool names and tool arguments that are not JSON come back as data for the loop to judge', async () => {
    server.script([{ toolCalls: [{ name: 'no_such_tool' }, { name: 'read_file', arguments: '{not json' }] }]);
    const response = await stack().client.complete(ask);
    expect(response.toolCalls.map((call) => [call.name, call.arguments])).toEqual([['no_such_tool', '{}'], ['read_file', '{not json']]);
  });
});

describe('model stack structured output and fallback', () => {
  it('schema-violating output gets one repair turn showing the issues, then succeeds', async () => {
    server.script([
      { json: { title: '', steps: 'one' } },
      {
        json: { title: 'Add endpoint', steps: ['write handler'] },
        expect: (request) => expect(String(request.body?.messages.at(-1)?.['content'])).toContain('→ at steps'),
      },
    ]);
    const { client, calls } = stack();
    const result = await completeStructured({ client, request: ask, schema: plan, schemaName: 'plan' });
    expect(result).toMatchObject({ value: { title: 'Add endpoint' }, repairs: 1 });
    expect(server.requests[0]!.body?.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'plan', strict: true } });
    const [first, repair] = calls();
    expect(first!.responseSchema).toBe('plan');
    expect(repair!.promptDigest).not.toBe(first!.promptDigest);
  });

  it('output still invalid after the bounded repair is a ModelBehaviourError with the issues', async () => {
    server.script([{ json: { title: 'x' } }, { json: { title: 'x', steps: [] } }]);
    const error = await completeStructured({ client: stack().client, request: ask, schema: plan, schemaName: 'plan' }).catch((caught: unknown) => caught);
    expect(ModelBehaviourError.isInstance(error)).toBe(true);
    expect((error as ModelBehaviourError).issues).toEqual([expect.objectContaining({ code: 'too_small', path: ['steps'] })]);
  });

  it('falls back to the next model when the main one is unavailable, and says which answered', async () => {
    server.script([{ fault: 'http-error', status: 404, message: 'The model `gpt-4.1-mini` does not exist' }, { text: 'from fallback' }]);
    const { router, calls } = stack({ fallbacks: ['gpt-4o-mini'] });
    const result = await router.run((client, model) => client.complete({ ...ask, model }));
    expect(result).toMatchObject({ model: 'gpt-4o-mini', fallbackIndex: 1, value: { content: 'from fallback', model: 'gpt-4o-mini' } });
    expect(server.requests.map((request) => request.body?.model)).toEqual(['gpt-4.1-mini', 'gpt-4o-mini']);
    expect(calls().map((call) => [call.model, call.error?.status ?? 'ok'])).toEqual([['gpt-4.1-mini', 404], ['gpt-4o-mini', 'ok']]);
  });

  it('falls back when retries are exhausted or output stays invalid', async () => {
    server.script([{ fault: 'server-error' }, { fault: 'server-error' }, { json: { title: '' } }, { json: { title: '' } }, { json: { title: 'ok', steps: ['a'] } }]);
    const { router } = stack({ maxAttempts: 2, fallbacks: ['gpt-4o-mini', 'gpt-4o'] });
    const result = await router.run((client, model) => completeStructured({ client, request: { ...ask, model }, schema: plan, schemaName: 'plan' }));
    expect(result.model).toBe('gpt-4o');
    expect(result.failures.map(({ model, error }) => [model, (error as Error).name])).toEqual([['gpt-4.1-mini', 'ExternalServiceError'], ['gpt-4o-mini', 'ModelBehaviourError']]);
  });
});

describe('model stack secrets', () => {
  it('never lets the key into the journal or an error message', async () => {
    server.script([{ fault: 'http-error', status: 401, message: `Incorrect API key provided: ${API_KEY}` }, { text: `echo ${API_KEY}` }]);
    const { client, sink } = stack();
    const refused = await client.complete(ask).catch((caught: unknown) => caught);
    expect((refused as Error).message).not.toContain(API_KEY);
    await client.complete({ ...ask, messages: [{ role: 'user', content: `the key is ${API_KEY}` }] });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const journal = sink.lines.join('\n');
    expect(journal).not.toContain(API_KEY);
    expect(journal).toContain('[REDACTED:model-api-key]');
  });
});
