import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { implementStage } from '../../../src/stages/implement/implement-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { startFakeGitHub, type FakeGitHub } from '../../adapters/support/github-rest-server.js';
import { git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createImplementFixture, type ImplementFixture } from './support/implement-fixture.js';

// The stage inside Actions writes to GitHub through the REST API: here a local server speaking
// GitHub's REST protocol (test/adapters/support/github-rest-server.ts), since github.com cannot be
// reached from tests. Git still pushes to a real bare repository.

const TOKEN = 'ghs_implementTOKEN0123456789abcdefABCDEF01';
const BRANCH = 'drydock/issue-12-add-subtracts';
let server: ModelServer;
let github: FakeGitHub;
let fixture: ImplementFixture;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.reset();
  github = await startFakeGitHub({ owner: 'acme', repo: 'widgets', token: TOKEN });
  github.state.issues.set(12, { title: 'add subtracts', body: 'add is wrong', author: 'octocat', labels: [] });
  // GitHub knows the branch once it is pushed; the fake has no git, so it is told.
  github.state.branches.set(BRANCH, 'c'.repeat(40));
  fixture = await createImplementFixture({ modelUrl: server.url, goal: { issue: { number: 12, title: 'add subtracts' } } });
});
afterEach(async () => {
  await github.close();
  rmSync(fixture.runner.root, { recursive: true, force: true });
});

const fixSteps = [
  { toolCalls: [{ id: 'call_1', name: 'apply_edit', arguments: { path: 'src/math.js', search: 'left - right', replace: 'left + right' } }] },
  { toolCalls: [{ id: 'call_2', name: 'finish', arguments: { summary: 'Fixed add.', result: {}, evidence: [] } }] },
];

async function implement(attempt = 1) {
  const io = fixture.io({ 'github-token': TOKEN });
  const environment = { ...fixture.runner.environment, GITHUB_ACTIONS: 'true', GITHUB_API_URL: github.baseUrl, GITHUB_RUN_ATTEMPT: String(attempt) };
  const outcome = await runStage(implementStage, { io, environment });
  return { io, outcome };
}

const writes = () => github.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);

describe('implement against the GitHub REST API', { timeout: 120_000 }, () => {
  it('opens a draft pull request by REST with the evidence, and a re-run updates it instead of opening another', async () => {
    server.script(fixSteps);
    const first = await implement();
    expect(first.io.failures).toEqual([]);
    expect(first.io.outputs).toMatchObject({ status: 'complete', 'pr-number': '13', branch: BRANCH });
    expect(writes()).toEqual(['POST /repos/acme/widgets/pulls']);
    const created = github.requests.find((request) => request.method === 'POST')!.body as Record<string, unknown>;
    expect(created).toMatchObject({ head: BRANCH, base: 'main', draft: true, title: 'Drydock: #12 add subtracts' });
    expect(String(created.body)).toContain('Resolves #12.');
    expect(String(created.body)).toContain('<!-- drydock:implement:run-4242 -->');
    expect(first.io.outputs['pr-url']).toMatch(/\/pull\/13$/);

    git(fixture.runner.workspace, ['checkout', '--quiet', 'main']);
    const second = await implement(2);
    expect(second.io.failures).toEqual([]);
    expect(writes()).toEqual(['POST /repos/acme/widgets/pulls', 'PATCH /repos/acme/widgets/pulls/13']);
    expect(github.state.pullRequests).toHaveLength(1);
    // The token went to GitHub as the Authorization header and nowhere else.
    expect(github.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    const journal = JSON.stringify(fixture.journal('drydock-implement-attempt-2'));
    expect(journal).not.toContain(TOKEN);
  });

  it.each([
    [422, 'Validation Failed'],
    [403, 'Resource not accessible by integration'],
  ])('IM-017 a pull request GitHub refuses with %i fails the stage by name, leaves no partial pull request, and a re-run opens it', async (status, message) => {
    server.script(fixSteps);
    github.injectFault({ method: 'POST', path: '/repos/acme/widgets/pulls', status, body: { message, documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: String(status) } });
    const first = await implement();
    expect(first.outcome).toBe('failed');
    expect(first.io.failures.join('\n')).toContain('pull request');
    expect(first.io.failures.join('\n')).toContain(message);
    expect(github.state.pullRequests).toEqual([]);
    expect(fixture.state('drydock-implement-attempt-1').stages.implement?.status).toBe('failed');

    // The commit was pushed before the pull request was asked for, so the re-run needs no model call.
    git(fixture.runner.workspace, ['checkout', '--quiet', 'main']);
    const second = await implement(2);
    expect(second.io.failures).toEqual([]);
    expect(second.io.outputs).toMatchObject({ status: 'complete', 'tasks-done': '1', 'pr-number': '13' });
    expect(server.requests).toHaveLength(2);
    expect(github.state.pullRequests).toHaveLength(1);
  });

  it('escalates a failed task with a comment and the configured label by REST', async () => {
    server.script([
      { toolCalls: [{ id: 'call_1', name: 'apply_edit', arguments: { path: 'src/math.js', search: 'left - right', replace: 'left * right' } }] },
      { toolCalls: [{ id: 'call_2', name: 'finish', arguments: { summary: 'Tried multiplying.', result: {}, evidence: [] } }] },
      { toolCalls: [{ id: 'call_3', name: 'finish', arguments: { summary: 'Gave up.', result: {}, evidence: [] } }] },
    ]);
    const first = await implement();
    expect(first.io.outputs).toMatchObject({ status: 'failed', 'tasks-failed': '1', 'pr-number': '' });
    expect(writes()).toEqual(['POST /repos/acme/widgets/issues/12/comments', 'POST /repos/acme/widgets/issues/12/labels']);
    const comment = github.state.comments[0]!;
    expect(comment.body).toContain('Tried multiplying.');
    expect(comment.body).toContain('add sums two numbers');
    expect(github.state.issues.get(12)?.labels).toEqual(['drydock:needs-human']);
  });
});
