import { DrydockError, ExternalServiceError } from '../core/errors.js';

/** What the GitHub forge was doing, and the token permission that operation needs. */
export interface GitHubOperation {
  /** Human wording, e.g. `reading issue #12`. */
  description: string;
  /** The permission a 403 most likely means is missing, e.g. `issues: write`. */
  permission: string;
}

/** The fields of an Octokit `RequestError` this module reads. */
interface RequestErrorShape {
  status: number;
  message: string;
  name?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Octokit's RequestError, recognised by shape so a second bundled copy of the class still counts. */
export function isRequestError(error: unknown): error is RequestErrorShape {
  return (
    error instanceof Error &&
    typeof (error as Partial<RequestErrorShape>).status === 'number' &&
    ('request' in error || error.name === 'AbortError')
  );
}

/** The HTTP status of an Octokit error, when it carries one. */
export function statusOf(error: unknown): number | undefined {
  return isRequestError(error) && error.response !== undefined ? error.status : undefined;
}

function header(error: RequestErrorShape, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** Whether an Octokit error is GitHub's primary or secondary rate limit (403 or 429 with its signs). */
export function isRateLimit(error: unknown): boolean {
  if (!isRequestError(error) || error.response === undefined) return false;
  if (error.status !== 403 && error.status !== 429) return false;
  return error.status === 429 || header(error, 'x-ratelimit-remaining') === '0' || /\bsecondary rate\b/i.test(error.message);
}

function rateLimitDetail(error: RequestErrorShape): string {
  const reset = Number(header(error, 'x-ratelimit-reset'));
  if (header(error, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return `the API rate limit is exhausted until ${new Date(reset * 1000).toISOString()}`;
  }
  const retryAfter = header(error, 'retry-after');
  return retryAfter === undefined ? 'GitHub is rate limiting these requests' : `GitHub asks to wait ${retryAfter}s (secondary rate limit)`;
}

/** GitHub's own message, without the documentation link Octokit appends. */
function githubMessage(error: RequestErrorShape): string {
  return error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
}

function scrub(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => (secret.length > 0 ? result.split(secret).join('***') : result), text);
}

/**
 * Turns whatever Octokit threw into an ExternalServiceError for service `github`: retryable for
 * rate limits, 5xx and network failures; 401/403 name the permission that is probably missing.
 * Errors that are not HTTP failures (bugs, Drydock errors) pass through unchanged.
 */
export function toGitHubError(error: unknown, operation: GitHubOperation, secrets: readonly string[]): unknown {
  if (DrydockError.isInstance(error) || !isRequestError(error)) return error;
  const failed = `GitHub failed while ${operation.description}`;
  const build = (message: string, retryable: boolean, status?: number) =>
    new ExternalServiceError(scrub(message, secrets), { service: 'github', retryable, status, cause: error });

  if (error.response === undefined) {
    return build(`${failed}: the request did not complete (${githubMessage(error)}). Network failures are retryable.`, true);
  }
  const { status } = error;
  const detail = githubMessage(error);
  if (isRateLimit(error)) {
    return build(`${failed}: ${rateLimitDetail(error)} (${status} ${detail}).`, true, status);
  }
  if (status === 401) {
    return build(`${failed}: 401 ${detail}. The token is missing, expired or revoked.`, false, status);
  }
  if (status === 403) {
    return build(
      `${failed}: 403 ${detail}. The token probably lacks the '${operation.permission}' permission (workflow 'permissions:' or the app's installation).`,
      false,
      status,
    );
  }
  if (status === 404) {
    return build(
      `${failed}: 404 ${detail}. It does not exist, or the token cannot see it (needs '${operation.permission}').`,
      false,
      status,
    );
  }
  const retryable = status >= 500 || status === 408;
  return build(`${failed}: ${status} ${detail}${retryable ? ' (retryable)' : ''}.`, retryable, status);
}
