import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkAgainstRestDescription } from './support/github-rest-openapi.js';
import { startFakeGitHub, type FakeGitHub } from './support/github-rest-server.js';

// The local GitHub server checks every request against GitHub's official REST description
// (@octokit/openapi), so a call GitHub would not accept fails the test that makes it.

const request = (method: string, path: string, body?: unknown, query: Record<string, string> = {}) => ({ method, path, query, body });

describe('checkAgainstRestDescription', () => {
  it('accepts the calls the forge makes, as GitHub documents them', () => {
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets'))).toEqual([]);
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/issues/7/comments', undefined, { per_page: '100', page: '2' }))).toEqual([]);
    expect(checkAgainstRestDescription(request('POST', '/repos/acme/widgets/issues/7/comments', { body: 'Plan' }))).toEqual([]);
    expect(checkAgainstRestDescription(request('PATCH', '/repos/acme/widgets/issues/comments/1000001', { body: 'Plan v2' }))).toEqual([]);
    expect(checkAgainstRestDescription(request('POST', '/repos/acme/widgets/issues/7/labels', { labels: ['drydock'] }))).toEqual([]);
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/git/ref/heads/feature/x'))).toEqual([]);
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/collaborators/octocat/permission'))).toEqual([]);
    expect(checkAgainstRestDescription(request('POST', '/repos/acme/widgets/pulls', { head: 'drydock/x', base: 'main', title: 'T', body: 'B', draft: true }))).toEqual([]);
  });

  it('names what is wrong: path, method, parameters and body', () => {
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/issue/7'))).toEqual(["GitHub's REST API has no path /repos/acme/widgets/issue/7"]);
    expect(checkAgainstRestDescription(request('PUT', '/repos/acme/widgets/issues/7/comments', { body: 'x' }))[0]).toMatch(/^GitHub's REST API has no PUT \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments \(it has get, post\)$/);
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/issues/seven'))).toEqual([
      "GET /repos/{owner}/{repo}/issues/{issue_number}: path parameter 'issue_number' is \"seven\", expected an integer",
    ]);
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/issues/7/comments', undefined, { perPage: '100' }))).toEqual([
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments: query parameter 'perPage' is not one GET /repos/{owner}/{repo}/issues/{issue_number}/comments takes",
    ]);
    expect(checkAgainstRestDescription(request('POST', '/repos/acme/widgets/issues/7/comments', { text: 'Plan' }))).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body.body is required',
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments: body.text is not a member GitHub's description names",
    ]);
    expect(checkAgainstRestDescription(request('POST', '/repos/acme/widgets/pulls', { head: 'x', base: 'main', draft: 'yes' }))).toContain(
      'POST /repos/{owner}/{repo}/pulls: body.draft is string, expected boolean',
    );
    expect(checkAgainstRestDescription(request('POST', '/repos/acme/widgets/issues/7/labels', { labels: [7] }))[0]).toMatch(/body matches none of the allowed shapes/);
    expect(checkAgainstRestDescription(request('GET', '/repos/acme/widgets/pulls', undefined, { state: 'merged' }))).toEqual([
      'GET /repos/{owner}/{repo}/pulls: query parameter \'state\' is "merged", expected one of ["open","closed","all"]',
    ]);
  });
});

describe('the local GitHub server', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'widgets', token: 'ghs_x' });
    github.state.issues.set(7, { title: 'T', body: null, author: 'octocat', labels: [] });
  });
  afterEach(async () => {
    await github.close();
  });

  it('answers a request GitHub would not accept with 422 and records why', async () => {
    const response = await fetch(`${github.baseUrl}/repos/acme/widgets/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'token ghs_x', 'content-type': 'application/json' },
      body: JSON.stringify({ comment: 'hi' }),
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { message: string }).message).toContain("body.body is required");
    expect(github.violations).toHaveLength(2);
    expect(github.state.comments).toEqual([]);
  });
});
