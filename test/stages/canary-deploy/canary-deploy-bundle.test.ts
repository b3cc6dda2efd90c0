import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../adapters/support/github-rest-server.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { runPlanBundleWithModel } from '../plan/support/plan-bundle-run.js';
import { createSandbox, parseOutputFile, REPOSITORY_ROOT, runBundle, runBundleAsync, type RunnerSandbox } from '../support/run-bundle.js';
import { canaryConfigYaml, commandLog } from './support/canary-fixture.js';

// dist/canary-deploy/index.js run as the Actions runner runs it (node, INPUT_*, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY), with real traffic and rollback commands, a real metrics command, and
// deployment statuses sent to the local server speaking GitHub's REST protocol (no real GitHub
// can be reached here). Needs `npm run build`.

const BUNDLE = join(REPOSITORY_ROOT, 'dist', 'canary-deploy', 'index.js');
const METRICS_COMMAND = resolve(import.meta.dirname, 'support', 'metrics-command.mjs');

describe.skipIf(!existsSync(BUNDLE))('canary-deploy bundle', () => {
  let github: FakeGitHub;
  let model: ModelServer;
  let sandbox: RunnerSandbox;
  let actionsFile: string;
  let settingsFile: string;

  beforeAll(async () => {
    github = await startFakeGitHub({ owner: 'acme', repo: 'widgets', token: 'ghs_bundle' });
    github.state.permissions.set('octocat', { permission: 'write', role_name: 'write' });
    model = await startModelServer();
  });
  afterAll(async () => {
    await github.close();
    await model.close();
  });
  beforeEach(() => {
    sandbox = createSandbox();
    actionsFile = join(sandbox.root, 'actions.log');
    settingsFile = join(sandbox.root, 'metrics.json');
    mkdirSync(join(sandbox.workspace, '.github'));
    writeFileSync(
      join(sandbox.workspace, '.github', 'drydock.yml'),
      canaryConfigYaml({
        actionsFile,
        steps: [
          { weight: 50, bakeSeconds: 2, intervalSeconds: 1 },
          { weight: 100, bakeSeconds: 2, intervalSeconds: 1 },
        ],
        sources: { cmd: { type: 'command', argv: [process.execPath, METRICS_COMMAND, settingsFile, '{query}', '{start}', '{end}'], baseline: 'baseline', canary: 'canary' } },
        metrics: [{ name: 'errors', source: 'cmd', events: 'errors {selector}', trials: 'requests {selector}', critical: true }],
        extraCommands: [[process.execPath, METRICS_COMMAND, settingsFile, '*', '*', '*']],
      }),
    );
  });
  afterEach(() => rmSync(sandbox.root, { recursive: true, force: true }));

  const inputs = { version: 'v4.0.0', 'github-token': 'ghs_bundle', 'deployer-agent': 'false' };
  const environment = () => ({ GITHUB_API_URL: github.baseUrl, GITHUB_SERVER_URL: 'https://github.example.com' });

  it('CB-001 promotes a healthy canary and records GitHub deployment statuses with the run link', async () => {
    writeFileSync(settingsFile, JSON.stringify({ baseline: {}, canary: {} }));
    const run = await runBundleAsync('canary-deploy', sandbox, { inputs, environment: environment() });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ outcome: 'succeeded', 'rollout-status': 'promoted', weight: '100' });
    expect(commandLog(actionsFile)).toEqual(['weight 50 v4.0.0', 'weight 100 v4.0.0']);
    const deployment = github.state.deployments.at(-1)!;
    expect(deployment).toMatchObject({ ref: 'c0ffee'.padEnd(40, '0'), environment: 'staging' });
    expect(deployment.statuses.map((status) => status.state)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(deployment.statuses[0]).toMatchObject({ environment_url: 'https://web.example.com', log_url: 'https://github.example.com/acme/widgets/actions/runs/4242/attempts/1' });
    expect(run.summary).toContain('xychart-beta');
    // The token reached GitHub as the credential and nowhere else.
    expect(github.requests.at(-1)!.authorization).toBe('token ghs_bundle');
    expect(run.summary).not.toContain('ghs_bundle');
  });

  it('CB-002 rolls back a 5% error rate once and fails the step, keeping the record', async () => {
    writeFileSync(settingsFile, JSON.stringify({ baseline: {}, canary: { errorRate: 0.05 } }));
    const run = await runBundleAsync('canary-deploy', sandbox, { inputs, environment: environment() });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain('::error::The canary of v4.0.0 was rolled back');
    expect(run.outputs).toMatchObject({ outcome: 'failed', 'rollout-status': 'rolled-back', weight: '0' });
    expect(commandLog(actionsFile).filter((line) => line.startsWith('rollback'))).toHaveLength(1);
    expect(github.state.deployments.at(-1)!.statuses.map((status) => status.state).at(-1)).toBe('failure');
    const state = JSON.parse(readFileSync(join(sandbox.artifactsDirectory, '4242', 'drydock-canary-deploy-attempt-1', 'state.json'), 'utf8'));
    expect(state.stages['canary-deploy'].result.rollout.status).toBe('rolled-back');
  });

  it('CB-003 continues the run state of the stages before it', async () => {
    writeFileSync(settingsFile, JSON.stringify({ baseline: {}, canary: {} }));
    // A real plan (the planner answered by the scripted model server), authorized through the local GitHub server.
    const planned = await runPlanBundleWithModel(sandbox, model, { inputs: { 'github-token': 'ghs_bundle' }, environment: environment() });
    expect(planned.stdout).not.toContain('::error::');
    expect(planned.exitCode).toBe(0);
    const run = runBundle('canary-deploy', sandbox, { inputs: { version: 'v4.0.0', 'until-weight': '50', 'deployer-agent': 'false' } });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['rollout-status']).toBe('paused');
    const state = JSON.parse(readFileSync(join(sandbox.artifactsDirectory, '4242', 'drydock-canary-deploy--until-50-attempt-1', 'state.json'), 'utf8'));
    expect(Object.keys(state.stages)).toEqual(['plan', 'canary-deploy']);
  });

  it('CB-004 SIGINT from the runner rolls back once within the grace, then the step stops', async () => {
    writeFileSync(settingsFile, JSON.stringify({ baseline: {}, canary: {} }));
    writeFileSync(
      join(sandbox.workspace, '.github', 'drydock.yml'),
      canaryConfigYaml({
        actionsFile,
        steps: [{ weight: 100, bakeSeconds: 60, intervalSeconds: 30 }],
        sources: { cmd: { type: 'command', argv: [process.execPath, METRICS_COMMAND, settingsFile, '{query}', '{start}', '{end}'], baseline: 'baseline', canary: 'canary' } },
        metrics: [{ name: 'errors', source: 'cmd', events: 'errors {selector}', trials: 'requests {selector}' }],
        extraCommands: [[process.execPath, METRICS_COMMAND, settingsFile, '*', '*', '*']],
      }),
    );
    const outputFile = join(sandbox.runnerTemp, 'output-signal');
    const summaryFile = join(sandbox.runnerTemp, 'summary-signal');
    const eventFile = join(sandbox.runnerTemp, 'event-signal.json');
    for (const file of [outputFile, summaryFile]) writeFileSync(file, '');
    writeFileSync(eventFile, '{}');
    const child = spawn(process.execPath, [BUNDLE], {
      cwd: sandbox.workspace,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: sandbox.root,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_ACTOR: 'octocat',
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
        GITHUB_RUN_ID: '4343',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKSPACE: sandbox.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_API_URL: github.baseUrl,
        RUNNER_TEMP: sandbox.runnerTemp,
        INPUT_VERSION: 'v4.0.0',
        'INPUT_GITHUB-TOKEN': 'ghs_bundle',
        'INPUT_DEPLOYER-AGENT': 'false',
      },
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const exited = new Promise<number | null>((resolveExit) => child.on('close', (code) => resolveExit(code)));
    // Wait until traffic moved, then cancel as the runner does.
    for (let waited = 0; !commandLog(actionsFile).includes('weight 100 v4.0.0'); waited += 100) {
      if (waited > 20_000) throw new Error(`traffic never moved: ${stdout}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
    child.kill('SIGINT');
    const code = await exited;
    expect(code).not.toBe(0);
    expect(commandLog(actionsFile)).toEqual(['weight 100 v4.0.0', 'rollback v4.0.0']);
    expect(parseOutputFile(readFileSync(outputFile, 'utf8'))).toMatchObject({ outcome: 'stopped', 'rollout-status': 'rolled-back' });
    expect(github.state.deployments.at(-1)!.statuses.map((status) => status.state)).toEqual(['in_progress', 'inactive']);
  });
});
