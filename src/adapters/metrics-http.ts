import { DrydockError, errorMessage } from '../core/errors.js';

/** Default time limit of one metrics request: 30 seconds. */
export const DEFAULT_METRICS_TIMEOUT_MS = 30_000;

/** Most bytes of a metrics answer read: 16 MiB. */
export const MAX_METRICS_RESPONSE_BYTES = 16 * 1024 * 1024;

/** A URL for messages: without credentials or query, which may carry tokens. */
export function describeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * GETs `url` and returns the body as text. Non-2xx answers other than Prometheus's own 400/422/503
 * JSON errors (which the caller parses for their message) throw, naming the URL without its query.
 */
export async function fetchMetricsText(url: URL, options: { timeoutMs?: number; headers?: Record<string, string> } = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_METRICS_TIMEOUT_MS),
    });
  } catch (error) {
    throw new DrydockError(`Could not reach the metrics source ${describeUrl(url)}: ${errorMessage(error)}`, { cause: error });
  }
  const text = await response.text();
  if (text.length > MAX_METRICS_RESPONSE_BYTES) {
    throw new DrydockError(`The metrics source ${describeUrl(url)} answered more than ${MAX_METRICS_RESPONSE_BYTES} bytes; narrow the query.`);
  }
  const jsonError = response.headers.get('content-type')?.includes('json') === true && [400, 422, 503].includes(response.status);
  if (!response.ok && !jsonError) {
    throw new DrydockError(`The metrics source ${describeUrl(url)} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  return text;
}
