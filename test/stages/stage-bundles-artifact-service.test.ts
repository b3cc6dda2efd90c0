import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalArtifactService, type LocalArtifactService } from '../adapters/artifact-store-actions-server.js';
import { startFakeGitHub, type FakeGitHub } from '../adapters/support/github-rest-server.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { finishWith, plannedTask } from './plan/support/plan-fixture.js';
import { commitWorkspace } from './support/bundle-workspace.js';
import { startGitHubApiRouter, type GitHubApiRouter } from './support/github-api-router.js';
import { createSandbox, runBundleAsync, type BundleRunOptions, type RunnerSandbox } from './support/run-bundle.js';

// Stage bundles inside "Actions": with ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL set, hand-over
// goes through workflow artifacts. The service is the local server that speaks the artifact
// service protocol as @actions/artifact expects it (see ../adapters/artifact-store-actions-server.ts);
// the bundles talk to it over real HTTP with the real client.
//
// The plan and implement stages are the real ones: with a `github-token` their forge is GitHub,
// which is the local GitHub REST server (granting the actor write access) behind the same API root
// as the artifact service's REST part (see support/github-api-router.ts); the planner and the
// implementer get their answers from the scripted model server; the workspace is a git repository.

const MODEL_KEY = 'sk-test-artifact-service-0123456789abcdef';

let service: LocalArtifactService;
let model: ModelServer;
let github: FakeGitHub;
let router: GitHubApiRouter;
let sandbox: RunnerSandbox;
let head: string;
beforeAll(async () => {
  service = await startLocalArtifactService();
  model = await startModelServer();
});
afterAll(async () => {
  await service.close();
  await model.close();
});
beforeEach(async () => {
  service.reset();
  model.reset();
  github = await startFakeGitHub({ owner: 'acme', repo: 'widgets', token: service.restToken });
  github.state.permissions.set('octocat', { permission: 'admin', role_name: 'admin' });
  router = await startGitHubApiRouter({ actions: service.url, rest: github.baseUrl });
  sandbox = createSandbox();
  head = commitWorkspace(sandbox.workspace);
});
afterEach(async () => {
  await router.close();
  await github.close();
  rmSync(sandbox.root, { recursive: true, force: true });
});

function actionsEnvironment(runId: number, attempt = 1): Record<string, string> {
  return {
    ACTIONS_RUNTIME_TOKEN: service.runtimeToken(runId, attempt),
    ACTIONS_RESULTS_URL: `${service.url}/`,
    GITHUB_API_URL: router.url,
    GITHUB_SHA: head,
  };
}

function withModel(options: BundleRunOptions): BundleRunOptions {
  return { ...options, inputs: { 'model-base-url': model.url, 'model-api-key': MODEL_KEY, 'github-token': service.restToken, ...options.inputs } };
}

function plan(goal: string, runId: number) {
  model.script([finishWith({ summary: 'Add the flag.', tasks: [plannedTask('t1', [], 'src/verbose.js', 'create')] })]);
  return runBundleAsync('plan', sandbox, withModel({ runId: String(runId), inputs: { goal }, environment: actionsEnvironment(runId) }));
}

function implement(options: BundleRunOptions) {
  model.script([
    { toolCalls: [{ name: 'write_file', arguments: { path: 'src/verbose.js', content: 'export const verbose = true;\n' } }] },
    { toolCalls: [{ name: 'finish', arguments: { summary: 'Added src/verbose.js.', result: {}, evidence: [] } }] },
  ]);
  return runBundleAsync('implement', sandbox, withModel(options));
}

describe('stage bundles over workflow artifacts', () => {
  it('plan uploads its state and journal; implement finds, verifies and continues them', async () => {
    const planned = await plan('Add a --verbose flag', 31);
    expect(planned.stdout).not.toContain('::error::');
    expect(planned.exitCode).toBe(0);
    expect(service.requests.some((request) => request.url.includes('CreateArtifact'))).toBe(true);

    const implemented = await implement({
      runId: '31',
      inputs: { 'plan-digest': planned.outputs['plan-digest']!, 'state-digest': planned.outputs['state-digest']!, 'dry-run': 'true' },
      environment: actionsEnvironment(31),
    });
    expect(implemented.stdout).not.toContain('::error::');
    expect(implemented.exitCode).toBe(0);
    model.assertDone();
    expect(implemented.stdout).toContain('loaded from drydock-plan-attempt-1 (workflow artifacts)');
    expect(implemented.outputs['state-artifact']).toBe('drydock-implement-attempt-1');
    expect(implemented.outputs['tasks-done']).toBe('1');
    expect(github.violations).toEqual([]);
  });

  it('a re-run attempt reaches the earlier attempt through the REST path', async () => {
    const planned = await plan('Goal', 32);
    expect(planned.exitCode).toBe(0);
    // Attempt 2 re-runs only the failed implement job: the plan artifact belongs to attempt 1.
    const implemented = await implement({
      runId: '32',
      attempt: 2,
      inputs: { 'plan-digest': planned.outputs['plan-digest']!, 'dry-run': 'true' },
      environment: actionsEnvironment(32, 2),
    });
    expect(implemented.stdout).not.toContain('::error::');
    expect(implemented.exitCode).toBe(0);
    expect(implemented.outputs['state-artifact']).toBe('drydock-implement-attempt-2');
    // The REST path was used: the run's artifacts were listed through the API root.
    expect(service.requests.some((request) => /\/actions\/runs\/32\/artifacts/.test(request.url))).toBe(true);
    expect(github.violations).toEqual([]);
  });
});
