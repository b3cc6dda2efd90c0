import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../adapters/support/github-rest-server.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { finishWith, plannedTask, writeLocalIssue } from './plan/support/plan-fixture.js';
import { commitWorkspace } from './support/bundle-workspace.js';
import { createSandbox, runBundle, runBundleAsync, runCliBundle, type BundleRunOptions, type RunnerSandbox } from './support/run-bundle.js';

// The stage bundles in dist/, run as the Actions runner runs them (see support/run-bundle.ts).
// Outside Actions there is no artifact service, so hand-over goes through the local artifact
// directory — the same code path as the `artifacts-dir` input.
//
// The plan and implement stages are the real ones: the planner drafts its task graph with a model
// and the implementer edits files with one, so those runs get the scripted OpenAI-compatible
// server (the bundle's real openai SDK talks HTTP to it) and a real git workspace (the local forge,
// where the actor is the owner; or the local GitHub REST server where a token is given). Runs
// that are refused before any model call need neither. Runs that talk to an in-process server go
// through `runBundleAsync`, so the server can answer while the bundle runs.

const MODEL_KEY = 'sk-test-stage-bundles-0123456789abcdef';

let model: ModelServer;
let sandbox: RunnerSandbox;
let head: string;
beforeAll(async () => {
  model = await startModelServer();
});
afterAll(async () => {
  await model.close();
});
beforeEach(() => {
  model.reset();
  sandbox = createSandbox();
});
afterEach(() => {
  rmSync(sandbox.root, { recursive: true, force: true });
});

/** Makes the sandbox's workspace the small project (a git repository with a validator); sets `head`. */
function gitWorkspace(): void {
  head = commitWorkspace(sandbox.workspace);
}

/** Inputs and environment that give a run the scripted model and the workspace's commit. */
function withModel(options: BundleRunOptions): BundleRunOptions {
  return {
    ...options,
    inputs: { 'model-base-url': model.url, 'model-api-key': MODEL_KEY, ...options.inputs },
    environment: { GITHUB_SHA: head, ...options.environment },
  };
}

/** The planner's one answer: one task that creates src/verbose.js. */
function scriptPlan(): void {
  model.script([finishWith({ summary: 'Add the flag.', tasks: [plannedTask('t1', [], 'src/verbose.js', 'create')] })]);
}

/** Plans `goal` in the git workspace with the scripted model. */
async function planGoal(goal = 'Add a --verbose flag', options: BundleRunOptions = {}) {
  scriptPlan();
  const run = await runBundleAsync('plan', sandbox, withModel({ ...options, inputs: { goal, ...options.inputs } }));
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([]);
  expect(run.exitCode).toBe(0);
  return run;
}

/** Runs the implement bundle with the implementer's answers: write the task's file, then finish. */
function implementWithModel(options: BundleRunOptions) {
  model.script([
    { toolCalls: [{ name: 'write_file', arguments: { path: 'src/verbose.js', content: 'export const verbose = process.argv.includes("--verbose");\n' } }] },
    { toolCalls: [{ name: 'finish', arguments: { summary: 'Added src/verbose.js.', result: {}, evidence: [] } }] },
  ]);
  return runBundleAsync('implement', sandbox, withModel(options));
}

function artifactDirectory(name: string, runId = '4242'): string {
  return join(sandbox.artifactsDirectory, runId, name);
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function journalEvents(name: string): Array<Record<string, unknown>> {
  return readFileSync(join(artifactDirectory(name), 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('plan bundle', () => {
  it('starts a run state, journals start and end, sets outputs and writes a summary', async () => {
    gitWorkspace();
    const run = await planGoal('Add a --verbose flag to the CLI');
    expect(run.stderr).toBe('');
    model.assertDone();
    expect(run.outputs['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['state-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['state-artifact']).toBe('drydock-plan-attempt-1');
    expect(run.outputs.outcome).toBe('succeeded');
    expect(run.outputs['task-count']).toBe('1');
    expect(run.summary).toContain('Drydock plan: succeeded');
    expect(run.summary).toContain(run.outputs['plan-digest']);

    const state = readJson(join(artifactDirectory('drydock-plan-attempt-1'), 'state.json'));
    expect(state.goal).toEqual({ text: 'Add a --verbose flag to the CLI' });
    const kinds = journalEvents('drydock-plan-attempt-1').map((event) => event.kind);
    expect(kinds[0]).toBe('stage-start');
    expect(kinds).toContain('model-call');
    expect(kinds.at(-1)).toBe('stage-end');

    const verify = runCliBundle(['journal', 'verify', join(artifactDirectory('drydock-plan-attempt-1'), 'journal.jsonl'), '--expect-head', run.outputs['journal-head']!]);
    expect(verify.exitCode).toBe(0);
    expect(verify.stdout).toMatch(/^journal OK/);
  });

  it('takes the goal from the issue of the triggering event', async () => {
    gitWorkspace();
    writeLocalIssue(sandbox.workspace, { number: 17, title: 'Add a --verbose flag', body: 'Log each step with --verbose.', author: 'octocat' });
    scriptPlan();
    const run = await runBundleAsync('plan', sandbox, withModel({ eventName: 'issues', event: { action: 'labeled', issue: { number: 17, title: 'x' } } }));
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual([]);
    expect(run.exitCode).toBe(0);
    const state = readJson(join(artifactDirectory('drydock-plan-attempt-1'), 'state.json')) as { goal: unknown; stages: { plan: { result: { plan: { goal: unknown } } } } };
    expect(state.goal).toEqual({ issue: { number: 17 } });
    // The plan records the issue as the forge knows it, and the planner was asked about its text.
    expect(state.stages.plan.result.plan.goal).toMatchObject({ issue: { number: 17, title: 'Add a --verbose flag' } });
    expect(JSON.stringify(model.requests[0]?.body?.messages)).toContain('Log each step with --verbose.');
  });

  it('fails with ::error:: naming the problem when no goal is given, and writes nothing', () => {
    const run = runBundle('plan', sandbox);
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain("::error::No goal: set the 'goal' input or 'issue-number'");
    expect(existsSync(sandbox.artifactsDirectory)).toBe(false);
  });

  it('fails naming each bad input', () => {
    const run = runBundle('plan', sandbox, { inputs: { 'issue-number': 'twelve', config: '../outside.yml' } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain("Input 'issue-number': expected a positive integer");
    expect(run.stdout).toContain("Input 'config': expected a path that stays inside the workspace");
  });

  it('fails naming the file, key path and line of a malformed config', () => {
    mkdirSync(join(sandbox.workspace, '.github'));
    writeFileSync(join(sandbox.workspace, '.github', 'drydock.yml'), 'version: 1\nbudgets:\n  run:\n    tokenz: 5\n');
    const run = runBundle('plan', sandbox, { inputs: { goal: 'x' } });
    expect(run.exitCode).not.toBe(0);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toContain('.github/drydock.yml');
    expect(error).toContain('tokenz');
    expect(error).toMatch(/line 4/);
  });

  it('fails clearly outside a runner environment', () => {
    const run = runBundle('plan', sandbox, { inputs: { goal: 'x' }, omit: ['GITHUB_REPOSITORY'] });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('::error::Environment variable GITHUB_REPOSITORY is not set');
  });

  it('keeps secrets out of the journal, outputs, summary and prompts', async () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`.slice(0, 40);
    const apiKey = 'sk-proj-4fQ9xZ2LmN8pR5tV7wY1aB3cD6eF0gH2jK4lM6nP8qS';
    // With a token the forge is GitHub: the local server speaking its REST protocol, which grants the actor write access.
    const github = await startFakeGitHub({ owner: 'acme', repo: 'widgets', token: 'a-very-secret-token-value' });
    github.state.permissions.set('octocat', { permission: 'admin', role_name: 'admin' });
    try {
      gitWorkspace();
      const run = await planGoal(`Rotate the key ${apiKey} please`, {
        inputs: { 'github-token': 'a-very-secret-token-value' },
        environment: { MY_API_KEY: token, GITHUB_API_URL: github.baseUrl },
      });
      const journal = readFileSync(join(artifactDirectory('drydock-plan-attempt-1'), 'journal.jsonl'), 'utf8');
      const state = readFileSync(join(artifactDirectory('drydock-plan-attempt-1'), 'state.json'), 'utf8');
      const prompts = JSON.stringify(model.requests.map((request) => request.body));
      for (const text of [journal, state, run.summary, JSON.stringify(run.outputs), prompts]) {
        expect(text).not.toContain('a-very-secret-token-value');
        expect(text).not.toContain(token);
        expect(text).not.toContain(apiKey);
        expect(text).not.toContain(MODEL_KEY);
      }
      expect(journal).toContain('[REDACTED');
      expect(state).toContain('Rotate the key [REDACTED');
      expect(prompts).toContain('Rotate the key [REDACTED');
      expect(run.stdout).toContain('::add-mask::a-very-secret-token-value');
      expect(github.requests.every((request) => request.method === 'GET')).toBe(true);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

describe('implement bundle', () => {
  async function plan(goal?: string, options?: BundleRunOptions): Promise<Record<string, string>> {
    gitWorkspace();
    return (await planGoal(goal, options)).outputs;
  }

  it('runs when the plan digest matches the approved one, continuing the same journal', async () => {
    const planned = await plan();
    const run = await implementWithModel({
      inputs: { 'plan-digest': planned['plan-digest']!, 'state-digest': planned['state-digest']!, 'dry-run': 'true' },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    model.assertDone();
    expect(run.outputs.outcome).toBe('succeeded');
    expect(run.outputs['state-artifact']).toBe('drydock-implement-attempt-1');
    expect(run.outputs).toMatchObject({ status: 'complete', 'tasks-done': '1', 'tasks-failed': '0', 'pr-number': '' });

    const events = journalEvents('drydock-implement-attempt-1');
    const stages = [...new Set(events.map((event) => event.stage))];
    expect(stages).toEqual(['plan', 'implement']);
    expect(events.some((event) => event.kind === 'approval' && (event.data as { matches: boolean }).matches === true)).toBe(true);
    // The validator judged the work; the dry run pushed nothing.
    expect(events.some((event) => event.kind === 'validator-result' && (event.data as { status: string }).status === 'passed')).toBe(true);
    expect(events.some((event) => event.kind === 'decision' && (event.data as { decision: string; pushed?: boolean }).decision === 'dry-run')).toBe(true);
    const verify = runCliBundle(['journal', 'verify', join(artifactDirectory('drydock-implement-attempt-1'), 'journal.jsonl'), '--expect-head', run.outputs['journal-head']!]);
    expect(verify.exitCode).toBe(0);
    const explain = runCliBundle(['journal', 'explain', join(artifactDirectory('drydock-implement-attempt-1'), 'journal.jsonl')]);
    expect(explain.exitCode).toBe(0);
    expect(explain.stdout).toContain('implementer');
    expect(explain.stdout).toContain('planner');
  });

  it('refuses a plan whose digest differs from the approved one, naming both', async () => {
    const planned = await plan();
    const approved = `sha256:${'1'.repeat(64)}`;
    const run = runBundle('implement', sandbox, { inputs: { 'plan-digest': approved } });
    expect(run.exitCode).not.toBe(0);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toContain(approved);
    expect(error).toContain(planned['plan-digest']);
    expect(run.outputs.outcome).toBe('failed');
    // The refusal itself is evidence: it is saved and journaled.
    const state = readJson(join(artifactDirectory('drydock-implement-attempt-1'), 'state.json')) as { stages: Record<string, { status: string }> };
    expect(state.stages.implement?.status).toBe('failed');
  });

  it('requires plan-digest', async () => {
    await plan();
    const run = runBundle('implement', sandbox);
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain("::error::Input 'plan-digest' is required but was not set.");
  });

  it('refuses a run state that does not match state-digest', async () => {
    const planned = await plan();
    const run = runBundle('implement', sandbox, {
      inputs: { 'plan-digest': planned['plan-digest']!, 'state-digest': `sha256:${'2'.repeat(64)}` },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(`but sha256:${'2'.repeat(64)} was expected`);
    expect(existsSync(artifactDirectory('drydock-implement-attempt-1'))).toBe(false);
  });

  it('refuses a corrupted hand-over artifact and leaves it untouched', async () => {
    const planned = await plan();
    const statePath = join(artifactDirectory('drydock-plan-attempt-1'), 'state.json');
    const original = readFileSync(statePath, 'utf8');
    const tampered = original.replace('Add a --verbose flag', 'Delete the repository');
    expect(tampered).not.toBe(original);
    writeFileSync(statePath, tampered);
    const run = runBundle('implement', sandbox, { inputs: { 'plan-digest': planned['plan-digest']! } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*state\.json.*drydock-plan-attempt-1/);
    expect(readFileSync(statePath, 'utf8')).toBe(tampered);
  });

  it('needs an earlier stage', () => {
    const run = runBundle('implement', sandbox, { inputs: { 'plan-digest': `sha256:${'1'.repeat(64)}` } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('::error::The implement stage needs the run state of an earlier stage');
  });

  it('takes the run state from another workflow run when state-run-id is set', async () => {
    const planned = await plan('Planned in an earlier run', { runId: '100' });
    const missing = runBundle('implement', sandbox, { runId: '200', inputs: { 'plan-digest': planned['plan-digest']! } });
    expect(missing.exitCode).not.toBe(0);
    expect(missing.stdout).toContain('::error::The implement stage needs the run state of an earlier stage');
    const run = await implementWithModel({
      runId: '200',
      inputs: { 'plan-digest': planned['plan-digest']!, 'state-run-id': '100', 'state-digest': planned['state-digest']!, 'dry-run': 'true' },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['state-artifact']).toBe('drydock-implement-attempt-1');
    expect(existsSync(artifactDirectory('drydock-implement-attempt-1', '200'))).toBe(true);
  });

  it('a re-run attempt continues the journal of the failed attempt', async () => {
    const planned = await plan();
    const failed = runBundle('implement', sandbox, { inputs: { 'plan-digest': `sha256:${'1'.repeat(64)}` } });
    expect(failed.exitCode).not.toBe(0);
    const rerun = await implementWithModel({ attempt: 2, inputs: { 'plan-digest': planned['plan-digest']!, 'dry-run': 'true' } });
    expect(rerun.stdout).not.toContain('::error::');
    expect(rerun.exitCode).toBe(0);
    expect(rerun.outputs['state-artifact']).toBe('drydock-implement-attempt-2');
    const events = journalEvents('drydock-implement-attempt-2');
    expect(events.filter((event) => event.kind === 'stage-start').map((event) => `${event.stage}#${event.attempt}`)).toEqual([
      'plan#1',
      'implement#1',
      'implement#2',
    ]);
    const verify = runCliBundle(['journal', 'verify', join(artifactDirectory('drydock-implement-attempt-2'), 'journal.jsonl')]);
    expect(verify.exitCode).toBe(0);
  });
});

describe('test-triage and canary-deploy bundles', () => {
  it('test-triage starts its own run state and finds report files', () => {
    mkdirSync(join(sandbox.workspace, 'reports'), { recursive: true });
    writeFileSync(join(sandbox.workspace, 'reports', 'junit-unit.xml'), '<testsuites/>');
    writeFileSync(join(sandbox.workspace, 'reports', 'other.txt'), 'x');
    const run = runBundle('test-triage', sandbox, { inputs: { reports: 'reports/*.xml' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['report-files']).toBe('1');
    expect(run.summary).toContain('reports/junit-unit.xml');
  });

  it('canary-deploy refuses a weight over 100', () => {
    const run = runBundle('canary-deploy', sandbox, { inputs: { version: 'v1.2.3', 'until-weight': '150' } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain("::error::Input 'until-weight': expected a traffic weight from 1 to 100");
  });

  // canary-deploy continuing the state of earlier stages: CB-003 in canary-deploy/canary-deploy-bundle.test.ts
  // (it needs a canary section in the config, which that file's sandbox has).
});
