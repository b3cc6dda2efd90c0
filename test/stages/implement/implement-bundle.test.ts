import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planDigest, type Plan } from '../../../src/core/plan/plan.js';
import { git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createSandbox, runBundleAsync, runCliBundle, type RunnerSandbox } from '../support/run-bundle.js';
import { FIX_TASK, handOverPlan, PROJECT_FILES } from './support/implement-fixture.js';

// The implement bundle in dist/ run as the runner runs it (node dist/implement/index.js with the
// INPUT_* / GITHUB_* contract), against a real repository with a bare origin and the scripted
// model server. Needs `npm run build`.

let server: ModelServer;
let sandbox: RunnerSandbox;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  sandbox = createSandbox();
});
afterEach(() => rmSync(sandbox.root, { recursive: true, force: true }));

async function project(): Promise<{ digest: string; remote: string; baseSha: string }> {
  for (const [path, text] of Object.entries(PROJECT_FILES)) {
    mkdirSync(dirname(join(sandbox.workspace, path)), { recursive: true });
    writeFileSync(join(sandbox.workspace, path), text);
  }
  const remote = join(sandbox.root, 'remote.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  git(sandbox.workspace, ['init', '--quiet', '--initial-branch=main']);
  git(sandbox.workspace, ['add', '--all']);
  git(sandbox.workspace, ['commit', '--quiet', '-m', 'calculator']);
  git(sandbox.workspace, ['remote', 'add', 'origin', remote]);
  git(sandbox.workspace, ['push', '--quiet', 'origin', 'main']);
  const baseSha = git(sandbox.workspace, ['rev-parse', 'HEAD']).trim();
  const plan: Plan = { version: 1, goal: { text: 'Fix add so it returns the sum' }, baseSha, summary: 'Fix the arithmetic.', tasks: [FIX_TASK] };
  const digest = planDigest(plan);
  await handOverPlan(plan, digest, {
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_SHA: baseSha,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: sandbox.workspace,
    RUNNER_TEMP: sandbox.runnerTemp,
  });
  return { digest, remote, baseSha };
}

describe('implement bundle', { timeout: 120_000 }, () => {
  it('implements the plan on a branch, pushes it, records a draft pull request and sets the outputs', async () => {
    const { digest, remote, baseSha } = await project();
    server.script([
      { toolCalls: [{ id: 'call_1', name: 'apply_edit', arguments: { path: 'src/math.js', search: 'left - right', replace: 'left + right' } }] },
      { toolCalls: [{ id: 'call_2', name: 'finish', arguments: { summary: 'Fixed add.', result: {}, evidence: [] } }] },
    ]);
    const run = await runBundleAsync('implement', sandbox, {
      inputs: { 'plan-digest': digest, 'model-base-url': server.url, 'model-api-key': 'sk-bundle-0123456789abcdef0123' },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    server.assertDone();
    const branch = 'drydock/run-4242-fix-add-so-it-returns-the-sum';
    expect(run.outputs).toMatchObject({ outcome: 'succeeded', status: 'complete', branch, 'tasks-done': '1', 'tasks-failed': '0', 'pr-number': '1' });
    expect(run.outputs['cost-usd']).toMatch(/^\d+\.\d{4}$/);
    const head = git(remote, ['rev-parse', `refs/heads/${branch}`]).trim();
    expect(git(remote, ['rev-parse', `${head}~1`]).trim()).toBe(baseSha);
    expect(git(remote, ['show', `${head}:src/math.js`])).toContain('left + right');
    expect(run.summary).toContain('fix-add');
    const pull = JSON.parse(readFileSync(join(sandbox.workspace, '.git', 'drydock', 'forge', 'pulls', '1.json'), 'utf8')) as { body: string; draft: boolean };
    expect(pull.draft).toBe(true);
    expect(pull.body).toContain(digest);
    const verify = runCliBundle(['journal', 'verify', join(sandbox.artifactsDirectory, '4242', 'drydock-implement-attempt-1', 'journal.jsonl'), '--expect-head', run.outputs['journal-head']!]);
    expect(verify.exitCode).toBe(0);
  });

  it('refuses a plan digest that was not approved, naming both digests', async () => {
    const { digest } = await project();
    const run = await runBundleAsync('implement', sandbox, { inputs: { 'plan-digest': `sha256:${'3'.repeat(64)}` } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(`::error::Integrity check failed: The plan in the run state has digest ${digest}, but the approved plan-digest is sha256:${'3'.repeat(64)}`);
    expect(run.outputs.outcome).toBe('failed');
  });
});
