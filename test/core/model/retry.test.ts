import { describe, expect, it } from 'vitest';
import { ExternalServiceError, ModelBehaviourError } from '../../../src/core/errors.js';
import { backoffDelayMs, withRetries, type RetryEvent } from '../../../src/core/model/retry.js';
import { manualClock } from '../../support/manual-clock.js';
import { scriptedModelClient } from '../../support/scripted-model-client.js';

const ask = { model: 'gpt-4.1-mini', messages: [{ role: 'user' as const, content: 'hi' }] };

function serviceError(status: number | undefined, retryable: boolean, retryAfterMs?: number): ExternalServiceError {
  return new ExternalServiceError(`boom ${status ?? 'timeout'}`, { service: 'model', retryable, ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}

describe('backoffDelayMs', () => {
  it('draws uniformly below a doubling ceiling that stops at the maximum', () => {
    const options = { baseDelayMs: 1000, maxDelayMs: 5000 };
    expect([1, 2, 3, 4].map((retry) => backoffDelayMs(retry, { ...options, random: () => 0.999 }))).toEqual([999, 1998, 3996, 4995]);
    expect(backoffDelayMs(3, { ...options, random: () => 0 })).toBe(0);
  });
});

describe('withRetries', () => {
  it('retries retryable failures with jittered backoff and passes each attempt number down', async () => {
    const inner = scriptedModelClient([{ throws: serviceError(500, true) }, { throws: serviceError(undefined, true) }, { content: 'ok' }]);
    const clock = manualClock();
    const events: RetryEvent[] = [];
    const client = withRetries(inner, { clock, random: () => 0.5, baseDelayMs: 100, onAttempt: (event) => events.push(event) });
    const response = await client.complete(ask);
    expect(response.content).toBe('ok');
    expect(inner.calls.map((call) => call.options?.attempt)).toEqual([1, 2, 3]);
    expect(clock.sleeps).toEqual([50, 100]);
    expect(events.map(({ attempt, delayMs, fromRetryAfter }) => ({ attempt, delayMs, fromRetryAfter }))).toEqual([
      { attempt: 1, delayMs: 50, fromRetryAfter: false },
      { attempt: 2, delayMs: 100, fromRetryAfter: false },
    ]);
  });

  it('waits what Retry-After asks', async () => {
    const inner = scriptedModelClient([{ throws: serviceError(429, true, 2500) }, { content: 'ok' }]);
    const clock = manualClock();
    await withRetries(inner, { clock }).complete(ask);
    expect(clock.sleeps).toEqual([2500]);
  });

  it('fails at once with a clear message when Retry-After is longer than it may wait', async () => {
    const inner = scriptedModelClient([{ throws: serviceError(429, true, 120_000) }]);
    const clock = manualClock();
    const error = await withRetries(inner, { clock, maxRetryAfterMs: 60_000 }).complete(ask).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExternalServiceError);
    expect((error as ExternalServiceError).message).toContain('asked to wait 120 s before retrying (Retry-After), longer than the 60 s a call may wait');
    expect(error).toMatchObject({ status: 429, retryable: false, retryAfterMs: 120_000 });
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up after maxAttempts, saying how many it made', async () => {
    const inner = scriptedModelClient([{ throws: serviceError(503, true) }, { throws: serviceError(503, true) }, { throws: serviceError(503, true) }]);
    const error = await withRetries(inner, { clock: manualClock(), maxAttempts: 3 }).complete(ask).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('boom 503 (gave up after 3 attempts)');
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(inner.pending).toBe(0);
  });

  it('does not retry non-retryable or non-service errors, nor after an abort', async () => {
    for (const thrown of [serviceError(400, false), new ModelBehaviourError('bad'), new Error('bug')]) {
      const inner = scriptedModelClient([{ throws: thrown }, { content: 'never' }]);
      await expect(withRetries(inner, { clock: manualClock() }).complete(ask)).rejects.toBe(thrown);
      expect(inner.calls).toHaveLength(1);
    }
    const controller = new AbortController();
    controller.abort();
    const retryable = serviceError(500, true);
    const inner = scriptedModelClient([{ throws: retryable }, { content: 'never' }]);
    await expect(withRetries(inner, { clock: manualClock() }).complete(ask, { signal: controller.signal })).rejects.toBe(retryable);
  });

  it('refuses a maxAttempts below 1', () => {
    expect(() => withRetries(scriptedModelClient([]), { clock: manualClock(), maxAttempts: 0 })).toThrow(/maxAttempts must be a positive integer/);
  });
});
