import { DrydockError, ExternalServiceError, InputError, errorMessage } from '../core/errors.js';

/**
 * Turns what `@actions/artifact` throws into Drydock errors.
 *
 * The library reports most failures as plain `Error`s whose message carries the HTTP status
 * (`Failed request: (409) Conflict: …`), so status and kind are read from the name, a `status`
 * field (Octokit's `HttpError`) or the message.
 */

const SERVICE = 'artifacts';
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Whether `error` is the library's "no artifact with that name or id" error. */
export function isArtifactNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'ArtifactNotFoundError';
}

/** What was being done when the service failed, for the message. */
export interface ArtifactOperation {
  /** `save`, `load` or `list`. */
  verb: 'save' | 'load' | 'list';
  /** Artifact name, when the operation is about one artifact. */
  artifactName?: string;
  /** Workflow run the operation is about. */
  runId: string;
}

/** A Drydock error for a failure of the artifact service or of the client library. */
export function toArtifactServiceError(error: unknown, operation: ArtifactOperation): DrydockError {
  if (DrydockError.isInstance(error)) return error;
  const subject = operation.artifactName === undefined ? `artifacts of run ${operation.runId}` : `artifact '${operation.artifactName}' (run ${operation.runId})`;
  const message = errorMessage(error);
  const status = httpStatusOf(error);
  const name = error instanceof Error ? error.name : '';

  if (status === 409 && /already exists/i.test(message)) {
    return new InputError(
      `Cannot save artifact '${operation.artifactName}': an artifact with this name already exists in run ${operation.runId}. ` +
        'Artifact names are immutable within a run; save under a new name (for example with the attempt number).',
      { where: operation.artifactName, cause: error },
    );
  }
  if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
    return new ExternalServiceError(
      `Cannot ${operation.verb} ${subject}: the artifact service is only reachable from a JavaScript action step, ` +
        `where the runner provides ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL (${message}).`,
      { service: SERVICE, retryable: false, cause: error },
    );
  }
  return new ExternalServiceError(`Artifact service failed to ${operation.verb} ${subject}: ${message}`, {
    service: SERVICE,
    retryable: isRetryable(name, status, message),
    status,
    cause: error,
  });
}

/** The HTTP status behind a library error: Octokit's `status` field or the `(NNN)` in the message. */
export function httpStatusOf(error: unknown): number | undefined {
  const field = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  if (typeof field === 'number') return field;
  const match = /\((\d{3})\)/.exec(errorMessage(error));
  return match ? Number(match[1]) : undefined;
}

function isRetryable(name: string, status: number | undefined, message: string): boolean {
  // Quota and GHES are settled facts of the account or the server; trying again changes nothing.
  if (name === 'UsageError' || name === 'GHESNotSupportedError') return false;
  if (name === 'NetworkError') return true;
  if (status !== undefined) return RETRYABLE_STATUSES.has(status);
  // The library retries transient failures itself and then reports them with these phrases.
  return /Failed to make request after|Artifact download failed after|Upload progress stalled|did not respond in|ECONNRESET|ETIMEDOUT/.test(
    message,
  );
}
