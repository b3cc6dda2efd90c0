import { getOctokit } from '@actions/github';
import { retry, type RetryOptions } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';

/**
 * Where the GitHub forge reports retries and waits. `@actions/core` and a StageIo both fit; a
 * failure that ends the wait is thrown, so there is no warning level here.
 */
export interface ForgeLog {
  /** Detail that helps when debugging (step debug logging). */
  debug(message: string): void;
  /** Something the user should see: a wait, a retry, giving up. */
  info(message: string): void;
}

/** A logger that drops everything, for callers that pass none. */
export const silentForgeLog: ForgeLog = { debug() {}, info() {} };

/** Options for the Octokit client behind the GitHub forge. */
export interface GitHubClientOptions {
  /** The token (`GITHUB_TOKEN`, an installation token or a personal access token). */
  token: string;
  /** REST API root; default `GITHUB_API_URL` or `https://api.github.com`. */
  baseUrl?: string;
  /** Product name sent as the user agent. */
  userAgent: string;
  /** Where retries and waits are reported. */
  log: ForgeLog;
  /** How many times to wait out the primary rate limit before giving up. */
  rateLimitRetries: number;
  /** Longest wait, in seconds, for a rate limit to reset; a longer one fails instead of idling the runner. */
  maximumRateLimitWaitSeconds: number;
  /** How many times to retry a server error (5xx) or a network failure. */
  serverErrorRetries: number;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The request as the throttling plugin hands it to its handlers. */
interface LimitedRequest {
  method?: string;
  url?: string;
}

function describe(request: LimitedRequest): string {
  return `${request.method ?? 'request'} ${request.url ?? ''}`.trim();
}

/**
 * Builds Octokit with the retry and throttling plugins. Rate limits belong to the throttling
 * plugin (it knows the reset time); server errors and network failures to the retry plugin.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const retryOptions: RetryOptions = {
    retries: options.serverErrorRetries,
    // 429 is left to the throttling plugin, which waits for the reset instead of guessing.
    doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
  };
  const throttleOptions: ThrottlingOptions = {
    onRateLimit: (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number) => {
      if (retryCount >= options.rateLimitRetries || retryAfter > options.maximumRateLimitWaitSeconds) {
        log.info(
          `GitHub rate limit exhausted for ${describe(request)}; it resets in ${retryAfter}s. Giving up after ${retryCount} retries.`,
        );
        return false;
      }
      log.info(`GitHub rate limit exhausted for ${describe(request)}; retrying in ${retryAfter}s (retry ${retryCount + 1}).`);
      return true;
    },
    onSecondaryRateLimit: (retryAfter: number, request: LimitedRequest, _octokit: unknown, retryCount: number) => {
      // GitHub asks clients to slow down here; hammering on would extend the block, so retry once.
      if (retryCount >= 1 || retryAfter > options.maximumRateLimitWaitSeconds) {
        log.info(`GitHub secondary rate limit hit again for ${describe(request)}; giving up.`);
        return false;
      }
      log.info(`GitHub secondary rate limit hit for ${describe(request)}; retrying once in ${retryAfter}s.`);
      return true;
    },
  };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
      userAgent: options.userAgent,
      log: {
        debug: (message: string) => log.debug(message),
        info: (message: string) => log.debug(message),
        warn: (message: string) => log.info(message),
        error: (message: string) => log.info(message),
      },
      retry: retryOptions,
      throttle: throttleOptions,
    },
    retry,
    throttling,
  );
}
