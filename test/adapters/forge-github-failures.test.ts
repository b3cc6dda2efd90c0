/**
 * The GitHub forge's rate-limit handling, retries and error mapping, against a local HTTP server
 * that speaks GitHub's REST protocol (support/github-rest-server.ts) and answers with GitHub's
 * rate-limit headers (`x-ratelimit-remaining`, `x-ratelimit-reset`, `retry-after`) and error
 * bodies shaped like GitHub's official REST API description (`basic-error`). Octokit and its
 * retry and throttling plugins are not mocked; the waits are real and kept to about a second.
 */
import { describe, expect, it } from 'vitest';
import { basicError } from './support/github-rest-bodies.js';
import { MARKER, REPO, REPO_PATH, useFakeGitHub } from './support/github-forge-harness.js';

const harness = useFakeGitHub();

describe('createGitHubForge: rate limits, retries and failures', () => {
  it('waits for the primary rate limit to reset, then retries', async () => {
    harness.server.injectFault({
      method: 'GET',
      path: REPO_PATH,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)), 'x-ratelimit-used': '5000' },
      body: basicError('API rate limit exceeded for installation ID 1234.', 'overview/rate-limits-for-the-rest-api', 403),
    });
    const started = Date.now();
    expect(await harness.forge().getRepository()).toMatchObject({ defaultBranch: 'main' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(harness.calls()).toEqual([`GET ${REPO_PATH}`, `GET ${REPO_PATH}`]);
    expect(harness.logged.join('\n')).toMatch(/rate limit exhausted .* retrying in 1s/);
  });

  it('gives up on the primary rate limit after the allowed retries, as a retryable error', async () => {
    harness.server.injectFault({
      method: 'GET',
      path: REPO_PATH,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3000) },
      body: basicError('API rate limit exceeded for installation ID 1234.', 'overview/rate-limits-for-the-rest-api', 403),
    });
    const error = await harness.forge().getRepository().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ service: 'github', status: 403, retryable: true });
    expect((error as Error).message).toMatch(/rate limit is exhausted until/);
    expect(harness.calls()).toHaveLength(1);
  });

  it('retries a secondary rate limit exactly once', async () => {
    harness.server.injectFault({
      method: 'GET',
      path: REPO_PATH,
      status: 403,
      times: 2,
      headers: { 'retry-after': '1' },
      body: basicError('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', 'overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', 403),
    });
    const error = await harness.forge().getRepository().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 403, retryable: true });
    expect(harness.calls()).toHaveLength(2);
    expect(harness.logged.join('\n')).toMatch(/secondary rate limit hit .* retrying once in 1s/);
  });

  it('retries a 502 and succeeds; gives up when retries are spent', async () => {
    harness.server.injectFault({ method: 'GET', path: REPO_PATH, status: 502, body: { message: 'Server Error' } });
    expect(await harness.forge().getRepository()).toMatchObject({ name: REPO });
    expect(harness.calls()).toEqual([`GET ${REPO_PATH}`, `GET ${REPO_PATH}`]);

    harness.server.injectFault({ method: 'GET', path: `${REPO_PATH}/issues/3`, status: 503, body: { message: 'Service Unavailable' } });
    const error = await harness.forge({ serverErrorRetries: 0 }).getIssue(3).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ service: 'github', status: 503, retryable: true });
  });

  it('names the missing permission on a 403 that is not a rate limit, and does not retry it', async () => {
    harness.server.state.issues.set(7, { title: 't', body: 'b', author: 'mona', labels: [] });
    harness.server.injectFault({
      method: 'POST',
      path: `${REPO_PATH}/issues/7/comments`,
      status: 403,
      body: basicError('Resource not accessible by integration', 'issues/comments#create-an-issue-comment', 403),
    });
    const error = await harness.forge({ identity: 'github-actions[bot]' })
      .upsertIssueComment(7, MARKER, 'x')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ service: 'github', status: 403, retryable: false });
    expect((error as Error).message).toMatch(/Resource not accessible by integration.*'issues: write/);
    expect(harness.calls().filter((call) => call.startsWith('POST'))).toHaveLength(1);
  });

  it('says a rejected token is expired or revoked, without ever showing it', async () => {
    const wrongToken = 'ghp_wrongwrongwrongwrongwrongwrong0000';
    const error = await harness.forge({ token: wrongToken }).getRepository().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect((error as Error).message).toMatch(/401 Bad credentials\. The token is missing, expired or revoked/);
    const cause = (error as Error).cause as { request?: { headers?: Record<string, string> } };
    expect(`${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(cause.request)}`).not.toContain(wrongToken);
    expect(harness.server.requests[0]?.authorization).toBe(`token ${wrongToken}`);
  });

  it('reports a network failure as retryable, without a status', async () => {
    const baseUrl = harness.server.baseUrl;
    await harness.server.close();
    const error = await harness.forge({ baseUrl, serverErrorRetries: 0 }).getRepository().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ service: 'github', status: undefined, retryable: true });
    expect((error as Error).message).toMatch(/did not complete/);
  });

  it('refuses an empty token, owner or repository name up front', () => {
    expect(() => harness.forge({ token: '' })).toThrow(/non-empty 'token'/);
    expect(() => harness.forge({ owner: ' ' })).toThrow(/non-empty 'owner'/);
  });
});
