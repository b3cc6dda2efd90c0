/**
 * The GitHub forge against a local HTTP server that speaks GitHub's REST protocol for exactly the
 * endpoints the forge uses (support/github-rest-server.ts). Response bodies are shaped like the
 * schemas of GitHub's official REST API description (github/rest-api-description,
 * api.github.com 2022-11-28) and pagination uses `Link` headers as GitHub does. Octokit is not
 * mocked: every call goes over real HTTP on 127.0.0.1, and the tests assert the requests the
 * server received. Rate limits, retries and failures: forge-github-failures.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ExternalServiceError, InputError } from '../../src/core/errors.js';
import type { PullRequestIntent } from '../../src/core/ports/forge.js';
import { MARKER, OWNER, REPO, REPO_PATH, TOKEN, useFakeGitHub } from './support/github-forge-harness.js';

const harness = useFakeGitHub();

describe('createGitHubForge: reads', () => {
  it('reads the repository once, authenticated with the token', async () => {
    const github = harness.forge();
    expect(await github.getRepository()).toEqual({ owner: OWNER, name: REPO, defaultBranch: 'main' });
    await github.getRepository();
    expect(harness.calls()).toEqual([`GET ${REPO_PATH}`]);
    expect(harness.server.requests[0]?.authorization).toBe(`token ${TOKEN}`);
    expect(github.kind).toBe('github');
  });

  it('maps role_name (maintain, triage), custom roles by their base role, and 404 to none', async () => {
    const grants = harness.server.state.permissions;
    grants.set('alice', { permission: 'admin', role_name: 'admin' });
    grants.set('mona', { permission: 'write', role_name: 'maintain' });
    grants.set('tri', { permission: 'read', role_name: 'triage' });
    grants.set('wes', { permission: 'write', role_name: 'write' });
    grants.set('rita', { permission: 'read', role_name: 'read' });
    grants.set('cus', {
      permission: 'read',
      role_name: 'security-reviewer',
      flags: { admin: false, maintain: false, push: false, triage: true, pull: true },
    });
    const github = harness.forge();
    const levels = await Promise.all(['alice', 'mona', 'tri', 'wes', 'rita', 'cus', 'stranger'].map((user) => github.getPermission(user)));
    expect(levels).toEqual(['admin', 'maintain', 'triage', 'write', 'read', 'triage', 'none']);
    expect(harness.calls()).toContain(`GET ${REPO_PATH}/collaborators/stranger/permission`);
    const before = harness.server.requests.length;
    expect(await github.getPermission('..')).toBe('none');
    expect(await github.getPermission('')).toBe('none');
    expect(harness.server.requests).toHaveLength(before);
  });

  it('reads an issue, with a null body as empty text', async () => {
    harness.server.state.issues.set(7, { title: 'Add a retry', body: null, author: 'mona', labels: ['bug', 'drydock'] });
    expect(await harness.forge().getIssue(7)).toEqual({
      number: 7,
      title: 'Add a retry',
      body: '',
      author: 'mona',
      labels: ['bug', 'drydock'],
      url: `https://github.com/${OWNER}/${REPO}/issues/7`,
    });
  });

  it('reports a missing issue as a non-retryable 404 naming what it was doing', async () => {
    const error = await harness.forge().getIssue(99).catch((caught: unknown) => caught);
    expect(ExternalServiceError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ service: 'github', status: 404, retryable: false });
    expect((error as Error).message).toMatch(/reading issue #99: 404 Not Found/);
  });

  it('follows Link headers through every page of comments', async () => {
    harness.server.state.issues.set(7, { title: 't', body: 'b', author: 'mona', labels: [] });
    for (let index = 0; index < 205; index++) {
      harness.server.state.comments.push({ id: 10 + index, issueNumber: 7, author: 'mona', body: `comment ${index}` });
    }
    const comments = await harness.forge().listIssueComments(7);
    expect(comments).toHaveLength(205);
    expect(comments[204]).toMatchObject({ id: 214, author: 'mona', body: 'comment 204' });
    expect(comments[0]?.url).toBe(`https://github.com/${OWNER}/${REPO}/issues/7#issuecomment-10`);
    expect(harness.server.requests.map((request) => [request.path, request.query.page ?? '1', request.query.per_page])).toEqual([
      [`${REPO_PATH}/issues/7/comments`, '1', '100'],
      ['/repositories/424242/issues/7/comments', '2', '100'],
      ['/repositories/424242/issues/7/comments', '3', '100'],
    ]);
  });

  it('gives the head of a branch, undefined for a missing one, and refuses bad names before any request', async () => {
    harness.server.state.branches.set('drydock/plan-1', 'c'.repeat(40));
    const github = harness.forge();
    expect(await github.getBranchSha('drydock/plan-1')).toBe('c'.repeat(40));
    expect(await github.getBranchSha('nope')).toBeUndefined();
    await expect(github.getBranchSha('-delete')).rejects.toSatisfy(InputError.isInstance);
    await expect(github.getBranchSha('a..b')).rejects.toThrow(/'\.\.'/);
    expect(harness.calls()).toEqual([`GET ${REPO_PATH}/git/ref/heads/drydock/plan-1`, `GET ${REPO_PATH}/git/ref/heads/nope`]);
  });
});

describe('createGitHubForge: idempotent writes', () => {
  beforeEach(() => {
    harness.server.state.issues.set(7, { title: 'Plan me', body: 'goal', author: 'mona', labels: [] });
  });

  it('creates a sticky comment once, then edits it, then leaves it alone when nothing changed', async () => {
    const github = harness.forge();
    const first = await github.upsertIssueComment(7, MARKER, '## Plan\nv1');
    const second = await github.upsertIssueComment(7, MARKER, '## Plan\nv2');
    const third = await github.upsertIssueComment(7, MARKER, '## Plan\nv2');
    expect([first.created, second.created, third.created]).toEqual([true, false, false]);
    expect(second.value.id).toBe(first.value.id);
    expect(harness.server.state.comments).toEqual([
      { id: first.value.id, issueNumber: 7, author: 'github-actions[bot]', body: `## Plan\nv2\n\n${MARKER}` },
    ]);
    const writes = harness.server.requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => [request.method, request.path, request.body])).toEqual([
      ['POST', `${REPO_PATH}/issues/7/comments`, { body: `## Plan\nv1\n\n${MARKER}` }],
      ['PATCH', `${REPO_PATH}/issues/comments/${first.value.id}`, { body: `## Plan\nv2\n\n${MARKER}` }],
    ]);
    // GITHUB_TOKEN may not read /user: the forge falls back to the Actions bot, and asks only once.
    expect(harness.calls().filter((call) => call === 'GET /user')).toHaveLength(1);
  });

  it('never edits a comment holding the marker that someone else wrote', async () => {
    harness.server.state.comments.push({ id: 55, issueNumber: 7, author: 'mallory', body: `copied ${MARKER}` });
    harness.server.state.comments.push({ id: 56, issueNumber: 7, author: 'drydock-bot', body: `old plan ${MARKER}` });
    harness.server.state.authenticatedUser = 'drydock-bot';
    const result = await harness.forge().upsertIssueComment(7, MARKER, `new plan ${MARKER}`);
    expect(result).toMatchObject({ created: false, value: { id: 56, author: 'drydock-bot', body: `new plan ${MARKER}` } });
    expect(harness.server.state.comments[0]?.body).toBe(`copied ${MARKER}`);

    const asApp = await harness.forge({ identity: 'drydock-app[bot]' }).upsertIssueComment(7, MARKER, 'fresh');
    expect(asApp.created).toBe(true);
  });

  it('refuses a marker that is not a one-line HTML comment, before any request', async () => {
    for (const marker of ['', 'drydock:plan', '<!-- -->', '<!-- a -- b -->']) {
      await expect(harness.forge().upsertIssueComment(7, marker, 'x')).rejects.toSatisfy(InputError.isInstance);
    }
    expect(harness.server.requests).toEqual([]);
  });

  it('adds labels without duplicates and skips an empty list', async () => {
    const github = harness.forge();
    await github.addLabels(7, ['drydock:planned', 'risk:low', 'drydock:planned']);
    await github.addLabels(7, []);
    expect(harness.server.requests.map((request) => [request.method, request.path, request.body])).toEqual([
      ['POST', `${REPO_PATH}/issues/7/labels`, { labels: ['drydock:planned', 'risk:low'] }],
    ]);
    expect(harness.server.state.issues.get(7)?.labels).toEqual(['drydock:planned', 'risk:low']);
  });
});

describe('createGitHubForge: pull requests', () => {
  const intent: PullRequestIntent = {
    head: 'drydock/implement-7',
    base: 'main',
    title: 'Add a retry',
    body: 'Implements #7.',
    draft: true,
    marker: '<!-- drydock:implement:run-123 -->',
  };

  beforeEach(() => {
    harness.server.state.branches.set(intent.head, 'd'.repeat(40));
    for (let index = 0; index < 120; index++) {
      harness.server.state.branches.set(`other-${index}`, 'e'.repeat(40));
      harness.server.state.pullRequests.push({
        number: 200 + index,
        head: `other-${index}`,
        headRepository: `${OWNER}/${REPO}`,
        base: 'main',
        title: `other ${index}`,
        body: null,
        draft: false,
        state: 'open',
      });
    }
  });

  it('opens a draft once, then updates it, then leaves it alone; never merges', async () => {
    const github = harness.forge();
    const first = await github.upsertPullRequest(intent);
    const second = await github.upsertPullRequest({ ...intent, title: 'Add a retry (v2)' });
    const third = await github.upsertPullRequest({ ...intent, title: 'Add a retry (v2)' });
    expect([first.created, second.created, third.created]).toEqual([true, false, false]);
    expect(first.value).toEqual({
      number: 320,
      url: `https://github.com/${OWNER}/${REPO}/pull/320`,
      head: intent.head,
      base: 'main',
      title: 'Add a retry',
      body: `Implements #7.\n\n${intent.marker}`,
      draft: true,
      state: 'open',
    });
    expect(second.value).toMatchObject({ number: 320, title: 'Add a retry (v2)' });
    const writes = harness.server.requests.filter((request) => request.method !== 'GET');
    expect(writes.map((request) => [request.method, request.path, request.body])).toEqual([
      ['POST', `${REPO_PATH}/pulls`, { head: intent.head, base: 'main', title: 'Add a retry', body: `Implements #7.\n\n${intent.marker}`, draft: true }],
      ['PATCH', `${REPO_PATH}/pulls/320`, { title: 'Add a retry (v2)', body: `Implements #7.\n\n${intent.marker}` }],
    ]);
    // The open pull requests span two pages; the second is read through the Link header.
    expect(harness.calls()).toContain('GET /repositories/424242/pulls');
    expect(harness.calls().some((call) => call.includes('/merge'))).toBe(false);
  });

  it('adopts an open pull request from the same head, but never one from a fork', async () => {
    harness.server.state.pullRequests.push(
      { number: 400, head: intent.head, headRepository: `mallory/${REPO}`, base: 'main', title: 'fork', body: intent.marker, draft: false, state: 'open' },
      { number: 401, head: intent.head, headRepository: `${OWNER}/${REPO}`, base: 'main', title: 'by hand', body: 'wip', draft: false, state: 'open' },
    );
    const result = await harness.forge().upsertPullRequest(intent);
    expect(result).toMatchObject({ created: false, value: { number: 401, title: 'Add a retry' } });
    expect(harness.server.state.pullRequests.find((pull) => pull.number === 400)?.title).toBe('fork');
  });

  it('refuses a head equal to the base or to the default branch', async () => {
    const github = harness.forge();
    await expect(github.upsertPullRequest({ ...intent, head: 'release', base: 'release' })).rejects.toThrow(/head and base must differ/);
    await expect(github.upsertPullRequest({ ...intent, head: 'a..b' })).rejects.toSatisfy(InputError.isInstance);
    expect(harness.calls()).toEqual([]);
    await expect(github.upsertPullRequest({ ...intent, head: 'main', base: 'release' })).rejects.toThrow(/default branch 'main'/);
    await expect(github.upsertPullRequest({ ...intent, head: 'main', base: 'release' })).rejects.toSatisfy(InputError.isInstance);
    expect(harness.calls()).toEqual([`GET ${REPO_PATH}`]);
  });

  it('reports GitHub validation failures as non-retryable', async () => {
    const error = await harness.forge()
      .upsertPullRequest({ ...intent, head: 'not-pushed' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ service: 'github', status: 422, retryable: false });
    expect((error as Error).message).toMatch(/head not-pushed does not exist/);
  });
});
