import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { canaryDeployStage } from '../../../src/stages/canary-deploy/canary-deploy-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { manualClock } from '../../support/manual-clock.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { RecordingIo } from '../support/recording-io.js';
import { canaryConfigYaml, commandLog, readJournal, readState } from './support/canary-fixture.js';

// The canary-deploy stage in process, with real commands (traffic and rollback append to a file),
// a real metrics command, the statistical judge, the local deployments file, and a manual clock so
// bakes take no time. The live Prometheus version of these runs is canary-deploy-prometheus.test.ts.

const METRICS_COMMAND = resolve(import.meta.dirname, 'support', 'metrics-command.mjs');
let runner: InProcessRunner;
let actionsFile: string;
let settingsFile: string;

function configure(extra: { judge?: Record<string, unknown>; refuseRollback?: boolean } = {}): void {
  const argv = [process.execPath, METRICS_COMMAND, settingsFile, '{query}', '{start}', '{end}'];
  writeFileSync(
    join(runner.workspace, '.github', 'drydock.yml'),
    canaryConfigYaml({
      actionsFile,
      sources: { cmd: { type: 'command', argv, baseline: 'baseline', canary: 'canary' } },
      metrics: [
        { name: 'errors', source: 'cmd', events: 'errors {selector}', trials: 'requests {selector}', critical: true },
        { name: 'latency', source: 'cmd', query: 'latency {selector}' },
      ],
      judge: { minSamples: 3, ...extra.judge },
      extraCommands: [[process.execPath, METRICS_COMMAND, settingsFile, '*', '*', '*']],
      ...(extra.refuseRollback === undefined ? {} : { refuseRollback: extra.refuseRollback }),
    }),
  );
}

function canary(settings: { errorRate?: number; latency?: number }): void {
  writeFileSync(settingsFile, JSON.stringify({ baseline: {}, canary: settings }));
}

function io(inputs: Record<string, string>): RecordingIo {
  const recording = new RecordingIo();
  recording.inputs = { version: 'v2.0.0', 'deployer-agent': 'false', ...inputs };
  return recording;
}

function deployments(): Array<{ environment: string; statuses: Array<{ state: string; description: string; logUrl?: string; environmentUrl?: string }> }> {
  return JSON.parse(readFileSync(join(runner.root, 'temp', 'drydock-deployments.json'), 'utf8')).deployments;
}

beforeEach(() => {
  runner = createInProcessRunner('drydock-canary-stage-', { '.github/.keep': '' }, '501');
  actionsFile = join(runner.root, 'actions.log');
  settingsFile = join(runner.root, 'metrics.json');
  canary({});
  configure();
});
afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

describe('canary-deploy stage (command metrics source)', () => {
  it('CD-001 a healthy canary is promoted to 100 with deployment statuses and a chart', async () => {
    const recording = io({});
    const outcome = await runStage(canaryDeployStage, { io: recording, environment: runner.environment, clock: manualClock() });
    expect(recording.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(commandLog(actionsFile)).toEqual(['weight 50 v2.0.0', 'weight 100 v2.0.0']);
    expect(recording.outputs).toMatchObject({ 'rollout-status': 'promoted', weight: '100', verdict: 'pass' });
    const [deployment] = deployments();
    expect(deployment!.environment).toBe('staging');
    expect(deployment!.statuses.map((status) => status.state)).toEqual(['in_progress', 'in_progress', 'success']);
    expect(deployment!.statuses[2]).toMatchObject({ environmentUrl: 'https://web.example.com', logUrl: 'https://github.com/acme/widgets/actions/runs/501/attempts/1' });
    expect(recording.summary).toContain('xychart-beta');
    expect(recording.summary).toContain('#### Step 2: 100%');
    const journal = readJournal(runner.artifactFile('drydock-canary-deploy-attempt-1', 'journal.jsonl'));
    expect(journal.filter((event) => event.kind === 'canary-look')).toHaveLength(4);
    expect(journal.filter((event) => event.kind === 'command-run').map((event) => event.data.purpose)).toContain('traffic');
    expect(journal.some((event) => event.kind === 'decision' && event.data.decision === 'canary-promoted')).toBe(true);
  });

  it('CD-002 a 5% error rate is rolled back: the rollback command runs exactly once and the record is kept', async () => {
    canary({ errorRate: 0.05 });
    const recording = io({});
    const outcome = await runStage(canaryDeployStage, { io: recording, environment: runner.environment, clock: manualClock() });
    expect(outcome).toBe('failed');
    expect(recording.failures[0]).toMatch(/The canary of v2\.0\.0 was rolled back/);
    expect(commandLog(actionsFile)).toEqual(['weight 50 v2.0.0', 'rollback v2.0.0']);
    const state = readState(runner.artifactFile('drydock-canary-deploy-attempt-1', 'state.json'));
    const section = state.stages['canary-deploy']!;
    expect(section.status).toBe('failed');
    const rollout = section.result!.rollout as { status: string; steps: Array<{ looks: Array<{ result: { metrics: Array<{ name: string; classification: string }> } }> }> };
    expect(rollout.status).toBe('rolled-back');
    expect(rollout.steps[0]!.looks.at(-1)!.result.metrics.find((metric) => metric.name === 'errors')!.classification).toBe('high');
    expect(deployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure']);
    expect(recording.outputs['rollout-status']).toBe('rolled-back');
  });

  it('CD-003 until-weight pauses at 50; the next job, in a later run, continues to 100 without redeploying', async () => {
    const first = io({ 'until-weight': '50' });
    expect(await runStage(canaryDeployStage, { io: first, environment: runner.environment, clock: manualClock() })).toBe('succeeded');
    // A job that stops at a weight saves under a variant name, so a continuation in the same run could save its own.
    expect(first.outputs).toMatchObject({ 'rollout-status': 'paused', weight: '50', 'state-artifact': 'drydock-canary-deploy--until-50-attempt-1' });
    const second = io({ 'state-run-id': '501', 'state-artifact': first.outputs['state-artifact']! });
    const outcome = await runStage(canaryDeployStage, { io: second, environment: { ...runner.environment, GITHUB_RUN_ID: '502' }, clock: manualClock() });
    expect(second.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(second.outputs).toMatchObject({ 'rollout-status': 'promoted', weight: '100' });
    expect(commandLog(actionsFile)).toEqual(['weight 50 v2.0.0', 'weight 100 v2.0.0']);
    // One deployment across both jobs.
    expect(deployments()).toHaveLength(1);
    expect(deployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'in_progress', 'in_progress', 'success']);
  });

  it('CD-004 cancellation rolls back once and stops; the deployment goes inactive', async () => {
    const recording = io({});
    let cancel: (signal: string) => void = () => undefined;
    const cancellation = new Promise<string>((resolvePromise) => (cancel = resolvePromise));
    const clock = manualClock();
    // Cancel during the first bake.
    const sleep = clock.sleep;
    clock.sleep = async (ms) => {
      cancel('SIGINT');
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 5));
      return sleep(ms);
    };
    const outcome = await runStage(canaryDeployStage, { io: recording, environment: runner.environment, clock, cancellation });
    expect(outcome).toBe('stopped');
    expect(commandLog(actionsFile)).toEqual(['weight 50 v2.0.0', 'rollback v2.0.0']);
    expect(deployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'inactive']);
    const state = readState(runner.artifactFile('drydock-canary-deploy-attempt-1', 'state.json'));
    expect(state.stages['canary-deploy']!.status).toBe('stopped');
    expect((state.stages['canary-deploy']!.result!.rollout as { rollback: { cause: string } }).rollback.cause).toBe('cancelled');
  });

  it('CD-005 a rollback the policy would refuse stops the stage before any command runs', async () => {
    configure({ refuseRollback: true });
    const recording = io({});
    const outcome = await runStage(canaryDeployStage, { io: recording, environment: runner.environment, clock: manualClock() });
    expect(outcome).toBe('failed');
    expect(recording.failures[0]).toMatch(/policy refuses commands of this rollout[\s\S]*rollback command/);
    expect(commandLog(actionsFile)).toEqual([]);
  });

  it('CD-007 a re-run after a failed rollback retries the rollback once and moves no traffic', async () => {
    canary({ errorRate: 0.05 });
    const first = io({});
    expect(await runStage(canaryDeployStage, { io: first, environment: { ...runner.environment, CANARY_COMMAND_FAIL: 'rollback' }, clock: manualClock() })).toBe('failed');
    expect(first.outputs['rollout-status']).toBe('rollback-failed');
    expect(first.failures[0]).toContain('rollback command FAILED');
    const rerun = io({});
    const outcome = await runStage(canaryDeployStage, { io: rerun, environment: { ...runner.environment, GITHUB_RUN_ATTEMPT: '2' }, clock: manualClock() });
    expect(outcome).toBe('failed');
    expect(rerun.outputs).toMatchObject({ 'rollout-status': 'rolled-back', weight: '0' });
    // The first rollback failed before writing; the retry wrote once. No weight was set again.
    expect(commandLog(actionsFile)).toEqual(['weight 50 v2.0.0', 'rollback v2.0.0']);
    expect(deployments()).toHaveLength(1);
    expect(deployments()[0]!.statuses.map((status) => status.state)).toEqual(['in_progress', 'failure', 'failure']);
  });

  it('CD-006 no canary section is a clear error', async () => {
    writeFileSync(join(runner.workspace, '.github', 'drydock.yml'), 'version: 1\n');
    const recording = io({});
    expect(await runStage(canaryDeployStage, { io: recording, environment: runner.environment, clock: manualClock() })).toBe('failed');
    expect(recording.failures[0]).toContain('needs a `canary` section');
  });
});

describe('canary-deploy stage with the deployer agent (local OpenAI-compatible server)', () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await startModelServer();
  });
  afterAll(async () => server.close());

  it('CD-010 the agent pauses a passing canary; its reasons are journaled and escaped in the summary', async () => {
    server.reset();
    const reasons = ['p95 is 3% higher <img src=x onerror=alert(1)> @platform-team', '| broken | table |'];
    server.script([
      { toolCalls: [{ id: 'call_1', name: 'finish', arguments: { summary: 'Pause.', result: { action: 'pause-for-human', reasons }, evidence: [] } }] },
    ]);
    const recording = io({ 'deployer-agent': 'true', 'model-base-url': server.url, 'model-api-key': 'sk-test-0123456789abcdef0123456789abcdef' });
    const outcome = await runStage(canaryDeployStage, { io: recording, environment: runner.environment, clock: manualClock() });
    expect(recording.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(recording.outputs).toMatchObject({ 'rollout-status': 'paused', weight: '50' });
    expect(commandLog(actionsFile)).toEqual(['weight 50 v2.0.0']);
    expect(recording.summary).toContain('Deployer agent proposed **pause-for-human**');
    expect(recording.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(recording.summary).not.toContain('<img');
    expect(recording.summary).toContain('\\| broken \\| table \\|');
    const journal = readJournal(runner.artifactFile('drydock-canary-deploy-attempt-1', 'journal.jsonl'));
    const decision = journal.find((event) => event.kind === 'decision' && event.data.decision === 'canary-step')!;
    expect(decision.data).toMatchObject({ action: 'pause-for-human', overridden: false, proposal: { action: 'pause-for-human', reasons } });
    // The model saw the judge's results and the fallback it may only make more cautious.
    const prompt = JSON.stringify(server.requests[0]!.body);
    expect(prompt).toContain('The fallback action is continue');
    expect(prompt).toContain('\\"verdict\\": \\"pass\\"');
  });
});
