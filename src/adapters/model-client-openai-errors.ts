import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { DrydockError, ExternalServiceError, errorMessage } from '../core/errors.js';

/** What an error message may say about the failed call. */
export interface ModelErrorContext {
  /** Provider name (`openai`, `github-models`, …). */
  provider: string;
  /** The model asked. */
  model: string;
  /** The timeout the call had, for the timeout message. */
  timeoutMs: number;
  /** Values that must never appear in a message (the API key or token). */
  secrets: readonly string[];
  /** Now, in epoch milliseconds, to turn an HTTP-date `Retry-After` into a wait. */
  nowMs: number;
}

const RETRYABLE_STATUSES = new Set([408, 409, 429]);

/** Whether a failed HTTP status is worth another try: timeouts, conflicts, rate limits, server errors. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status) || status >= 500;
}

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms` (OpenAI's, more precise) over
 * `retry-after` (seconds or an HTTP date). Undefined when neither is there or readable.
 */
export function retryAfterMsFrom(headers: { get(name: string): string | null } | undefined, nowMs: number): number | undefined {
  const milliseconds = headers?.get('retry-after-ms');
  if (milliseconds != null && /^\d+(\.\d+)?$/.test(milliseconds.trim())) return Math.ceil(Number(milliseconds));
  const value = headers?.get('retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Turns whatever the SDK threw into a Drydock error; the key never reaches the message. */
export function toModelError(error: unknown, context: ModelErrorContext): DrydockError {
  if (DrydockError.isInstance(error)) return error;
  const subject = `${context.provider} model ${context.model}`;
  const scrub = (text: string): string => scrubSecrets(text, context.secrets);
  const external = (message: string, retryable: boolean, extra: { status?: number; retryAfterMs?: number } = {}) =>
    new ExternalServiceError(scrub(message), { service: 'model', retryable, ...extra, cause: scrubbedCause(error, scrub) });

  if (error instanceof APIConnectionTimeoutError) {
    return external(`${subject}: no answer within ${context.timeoutMs} ms (timeout)`, true);
  }
  if (error instanceof APIUserAbortError) return external(`${subject}: the call was aborted`, false);
  if (error instanceof APIConnectionError) {
    const cause = error.cause === undefined ? '' : `: ${errorMessage(error.cause)}`;
    return external(`${subject}: could not reach the endpoint (${error.message}${cause})`, true);
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const retryAfterMs = retryAfterMsFrom(error.headers, context.nowMs);
    const hint = statusHint(context.provider, status);
    return external(`${subject} answered ${error.message}${hint === undefined ? '' : `. ${hint}`}`, isRetryableStatus(status), {
      status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (error instanceof SyntaxError) {
    return external(`${subject} answered with a body that is not valid JSON (${error.message})`, true);
  }
  if (error instanceof APIError) return external(`${subject}: ${error.message}`, false);
  // What is left came from reading the response (a connection cut mid-body surfaces as a bare
  // TypeError from fetch): the exchange broke, not the request, so another try may succeed.
  return external(`${subject}: the response could not be read (${errorMessage(error)})`, true);
}

function statusHint(provider: string, status: number): string | undefined {
  if (status === 401 || status === 403) {
    return provider === 'github-models'
      ? 'GitHub Models refused the token: the workflow needs `permissions: models: read`, or pass a token that has it'
      : 'The endpoint refused the credentials: check the model API key (the `model-api-key` input or OPENAI_API_KEY)';
  }
  if (status === 404) return 'The endpoint does not know this model or path: check the model name and the base URL';
  return undefined;
}

/** The text with every secret replaced by `[REDACTED]`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    // As the journal's redactor does, values too short to be real keys are left alone.
    if (secret.length >= 6) result = result.split(secret).join('[REDACTED]');
  }
  return result;
}

// The SDK's error can carry the response body and headers; the cause keeps only a scrubbed message.
function scrubbedCause(error: unknown, scrub: (text: string) => string): Error {
  const cause = new Error(scrub(errorMessage(error)));
  cause.name = error instanceof Error ? error.name : 'Error';
  return cause;
}
