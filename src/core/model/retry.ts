import { ExternalServiceError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { ModelCallOptions, ModelClient, ModelRequest, ModelResponse } from '../ports/model-client.js';

/** Options of {@link withRetries}. */
export interface RetryOptions {
  /** Waits between attempts go through it, so tests do not wait. */
  clock: Clock;
  /** Most attempts per call, the first included; default 4. */
  maxAttempts?: number;
  /** Backoff before the first retry, before jitter; default 1,000 ms. It doubles with each retry. */
  baseDelayMs?: number;
  /** Cap on the backoff before jitter; default 30,000 ms. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` honoured; default 60,000 ms. A service that asks for more fails the call
   * at once with a message saying so, rather than holding the stage.
   */
  maxRetryAfterMs?: number;
  /** Uniform random numbers in [0, 1) for the jitter; default `Math.random`. */
  random?: () => number;
  /** Told about each failed attempt that will be retried, before the wait. */
  onAttempt?: (event: RetryEvent) => void;
}

/** A failed attempt that is about to be retried. */
export interface RetryEvent {
  /** The model asked. */
  model: string;
  /** The attempt that failed, 1 for the first. */
  attempt: number;
  /** Why it failed. */
  error: ExternalServiceError;
  /** How long the next attempt waits. */
  delayMs: number;
  /** Whether the wait is the service's `Retry-After` rather than backoff. */
  fromRetryAfter: boolean;
}

export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_BASE_DELAY_MS = 1_000;
export const DEFAULT_MAX_DELAY_MS = 30_000;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/**
 * Exponential backoff with full jitter: a uniform wait between 0 and `min(max, base * 2^(n-1))`
 * before retry n, so clients that failed together do not come back together.
 */
export function backoffDelayMs(retry: number, options: { baseDelayMs: number; maxDelayMs: number; random: () => number }): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(options.random() * ceiling);
}

/**
 * A client that retries retryable ExternalServiceErrors (429, 5xx, timeouts, broken responses) of
 * the client under it, honouring `Retry-After`. Anything else fails at once. Each attempt is passed
 * down with its number, so a journaling client under this one records every attempt.
 */
export function withRetries(client: ModelClient, options: RetryOptions): ModelClient {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  const backoff = {
    baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    random: options.random ?? Math.random,
  };
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;

  return {
    provider: client.provider,
    async complete(request: ModelRequest, callOptions: ModelCallOptions = {}): Promise<ModelResponse> {
      const first = callOptions.attempt ?? 1;
      for (let attempt = first; ; attempt += 1) {
        try {
          return await client.complete(request, { ...callOptions, attempt });
        } catch (error) {
          if (!ExternalServiceError.isInstance(error) || !error.retryable || callOptions.signal?.aborted === true) throw error;
          const tries = attempt - first + 1;
          if (tries >= maxAttempts) {
            throw new ExternalServiceError(`${error.message} (gave up after ${tries} attempts)`, {
              service: error.service,
              retryable: error.retryable,
              ...statusOf(error),
              cause: error,
            });
          }
          const retryAfterMs = error.retryAfterMs;
          if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) {
            throw new ExternalServiceError(
              `${error.message}; the service asked to wait ${formatSeconds(retryAfterMs)} before retrying (Retry-After), ` +
                `longer than the ${formatSeconds(maxRetryAfterMs)} a call may wait: not retried`,
              { service: error.service, retryable: false, ...statusOf(error), retryAfterMs, cause: error },
            );
          }
          const delayMs = retryAfterMs ?? backoffDelayMs(tries, backoff);
          options.onAttempt?.({ model: request.model, attempt, error, delayMs, fromRetryAfter: retryAfterMs !== undefined });
          await options.clock.sleep(delayMs);
        }
      }
    },
  };
}

function statusOf(error: ExternalServiceError): { status?: number } {
  return error.status === undefined ? {} : { status: error.status };
}

function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
}
