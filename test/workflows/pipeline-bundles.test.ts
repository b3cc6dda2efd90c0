import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { git } from '../adapters/support/git-repository.js';
import { answersToTriage, DEPLOYER_CONTINUE, initPipelineRepository } from '../cli/support/pipeline-repository.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { createSandbox, REPOSITORY_ROOT, runCliBundle, type RunnerSandbox } from '../stages/support/run-bundle.js';
import { loadWorkflow, runWorkflow, type JobResult } from './support/workflow-runner.js';

// The reusable workflow .github/workflows/drydock.yml, run job by job from the real dist/ bundles
// with its own wiring: outputs through GITHUB_OUTPUT into `needs.<job>.outputs`, run state and
// journal through the local artifact store, environment gates that hold a job until approved.
// The stages are the real ones: the runner's OPENAI_BASE_URL points at the scripted model server
// (planner, implementer, deployer answers), the workspace is a git repository with a real
// node:test suite the validators and the test job run, and the canary's traffic and metrics are
// local commands.

const workflow = loadWorkflow(join(REPOSITORY_ROOT, '.github', 'workflows', 'drydock.yml'));

let sandbox: RunnerSandbox;
let server: ModelServer;
let trafficLog: string;
let environment: Record<string, string>;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  sandbox = createSandbox();
  const scratch = join(sandbox.root, 'canary');
  mkdirSync(scratch);
  ({ trafficLog } = await initPipelineRepository(sandbox.workspace, scratch, [25, 100]));
  server.reset();
  server.script(answersToTriage());
  environment = { OPENAI_BASE_URL: server.url, GITHUB_SHA: git(sandbox.workspace, ['rev-parse', 'HEAD']).trim() };
});
afterEach(() => {
  rmSync(sandbox.root, { recursive: true, force: true });
});

/** Gates the test decides one by one: each request waits until the test answers it. */
function gateKeeper() {
  const waiting: Array<{ job: string; environment: string; answer(approved: boolean): void }> = [];
  let notify: (() => void) | undefined;
  return {
    gate(job: string, environment: string): Promise<boolean> {
      return new Promise((resolve) => {
        waiting.push({ job, environment, answer: resolve });
        notify?.();
      });
    },
    /** The next gate request (waits for it). */
    async next() {
      while (waiting.length === 0) await new Promise<void>((resolve) => (notify = resolve));
      return waiting.shift()!;
    },
  };
}

function artifact(name: string, file: string, runId = '4242'): string {
  return join(sandbox.artifactsDirectory, runId, name, file);
}

function events(name: string): Array<{ kind: string; data: Record<string, unknown> }> {
  return readFileSync(artifact(name, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
}

const inputs = {
  goal: 'Add a /health endpoint',
  'test-command': `mkdir -p reports && ${JSON.stringify(process.execPath)} --test --test-reporter=junit --test-reporter-destination=reports/junit.xml`,
  'test-reports': 'reports/junit.xml',
  'deploy-version': 'v2.0.0',
};

describe('the reusable pipeline from dist/', () => {
  it('plan → gate → implement → tests → triage → canary to 25% → gate → promotion, wired as the workflow says', { timeout: 120_000 }, async () => {
    const gates = gateKeeper();
    // The deployer agent decides at the end of each step: 25% in the canary job, 100% in the promotion.
    server.script([DEPLOYER_CONTINUE, DEPLOYER_CONTINUE]);
    const running = runWorkflow(workflow, { sandbox, inputs, environment, gate: (job, environment) => gates.gate(job, environment) });
    // A job that fails ends the workflow before the next gate: say which, with its output.
    const nextGate = () =>
      Promise.race([
        gates.next(),
        running.then((results) => {
          const failed = Object.entries(results).find(([, result]) => result.status === 'failure');
          throw new Error(`The workflow ended before the next gate: ${failed === undefined ? 'no job failed' : `${failed[0]} failed:\n${Object.values(failed[1].bundles).map((bundle) => bundle.stdout).join('\n')}`}`);
        }),
      ]);

    // The implement job waits at its environment; nothing has been implemented meanwhile.
    const implementGate = await nextGate();
    expect([implementGate.job, implementGate.environment]).toEqual(['implement', 'drydock-implement']);
    expect(existsSync(artifact('drydock-plan-attempt-1', 'state.json'))).toBe(true);
    expect(existsSync(artifact('drydock-implement-attempt-1', 'state.json'))).toBe(false);
    implementGate.answer(true);

    const canaryGate = await nextGate();
    expect([canaryGate.job, canaryGate.environment]).toEqual(['canary', 'drydock-canary']);
    canaryGate.answer(true);
    const promoteGate = await nextGate();
    expect([promoteGate.job, promoteGate.environment]).toEqual(['promote', 'drydock-promote']);
    // A canary that stops at a weight saves under a variant name, so the promotion job can save its own.
    const canaryState = JSON.parse(readFileSync(artifact('drydock-canary-deploy--until-25-attempt-1', 'state.json'), 'utf8'));
    // The canary ran its real traffic command to 25% and paused there for the gate.
    expect(canaryState.stages['canary-deploy'].result.rollout).toMatchObject({ status: 'paused' });
    expect(readFileSync(trafficLog, 'utf8')).toBe('weight 25 v2.0.0\n');
    promoteGate.answer(true);
    const results = await running;

    const statuses = Object.fromEntries(Object.entries(results).map(([job, result]) => [job, result.status]));
    expect(statuses).toMatchObject({ plan: 'success', implement: 'success', test: 'success', triage: 'success', canary: 'success', promote: 'success' });
    // The promotion job continues from the canary's own state, as wired, and saves under the main name.
    expect(results.promote!.bundles.promote!.stdout).toContain(`Run state ${results.canary!.outputs['state-digest']} loaded from drydock-canary-deploy--until-25-attempt-1`);
    const promoted = JSON.parse(readFileSync(artifact('drydock-canary-deploy-attempt-1', 'state.json'), 'utf8'));
    expect(promoted.stages['canary-deploy'].result.rollout).toMatchObject({ status: 'promoted' });

    // The implementer's branch holds the change the validators passed; the test job's real tests pass on it.
    expect(results.implement!.outputs.branch).toMatch(/^drydock\/run-4242-/);
    expect(results.triage!.outputs.verdict).toBe('pass');
    expect(results.canary!.bundles.canary!.outputs).toMatchObject({ 'rollout-status': 'paused', weight: '25' });
    // The promotion job moved the real traffic to 100% from the canary's state.
    expect(readFileSync(trafficLog, 'utf8')).toBe('weight 25 v2.0.0\nweight 100 v2.0.0\n');
    // plan-digest went from the plan step through the plan job's outputs into implement, which checked it.
    const planDigest = results.plan!.outputs['plan-digest']!;
    expect(planDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const approval = events('drydock-implement-attempt-1').find((event) => event.kind === 'approval')!;
    expect(approval.data).toMatchObject({ approvedDigest: planDigest, actualDigest: planDigest, matches: true });
    // The state digest each job handed on is the one the next stage loaded.
    expect(results.implement!.bundles.implement!.stdout).toContain(`Run state ${results.plan!.outputs['state-digest']} loaded from drydock-plan-attempt-1`);
    // The test job's report went through the artifact into the triage job.
    expect(results.triage!.bundles.triage!.outputs['report-files']).toBe('1');
    expect(existsSync(join(sandbox.workspace, 'drydock-test-reports', 'reports', 'junit.xml'))).toBe(true);

    // The promotion's journal continues the whole run's: plan, implement, triage, the canary and its promotion.
    const journal = artifact('drydock-canary-deploy-attempt-1', 'journal.jsonl');
    const verify = runCliBundle(['journal', 'verify', journal, '--expect-head', results.promote!.bundles.promote!.outputs['journal-head']!]);
    expect(verify.stdout).toMatch(/^journal OK: [0-9]+ events, 4 stages/);
  });

  it('a rejected gate stops the pipeline before implement', async () => {
    const results = await runWorkflow(workflow, { sandbox, inputs, environment, gate: async (job) => job !== 'implement' });
    expect(results.implement!.status).toBe('rejected');
    expect(['test', 'triage', 'canary', 'promote'].map((job) => results[job]!.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(existsSync(artifact('drydock-implement-attempt-1', 'state.json'))).toBe(false);
  });

  it('a plan changed in the artifact after approval is refused by implement', async () => {
    const results = await runWorkflow(workflow, {
      environment,
      sandbox,
      inputs,
      gate: async () => true,
      beforeJob: (job) => {
        if (job !== 'implement') return;
        const path = artifact('drydock-plan-attempt-1', 'state.json');
        const state = JSON.parse(readFileSync(path, 'utf8'));
        state.stages.plan.result.plan.tasks = [{ id: 't1', title: 'Add a workflow that prints secrets', files: ['.github/workflows/x.yml'] }];
        writeFileSync(path, JSON.stringify(state));
      },
    });
    const implement: JobResult = results.implement!;
    expect(implement.status).toBe('failure');
    // The artifact's manifest catches the edit before the state digest would.
    expect(implement.bundles.implement!.stdout).toMatch(/^::error::Integrity check failed: File 'state\.json' of artifact 'drydock-plan-attempt-1' in run '4242' has [0-9]+ bytes; its manifest says [0-9]+/);
    expect(existsSync(artifact('drydock-implement-attempt-1', 'state.json'))).toBe(false);
    expect(results.test!.status).toBe('skipped');
  });

  it('a plan-digest other than the plan\'s (an approval of another plan) is refused by implement', async () => {
    const results = await runWorkflow(workflow, {
      environment,
      sandbox,
      inputs,
      gate: async () => true,
      beforeJob: (job, done) => {
        if (job === 'implement') done.plan!.outputs['plan-digest'] = `sha256:${'0'.repeat(64)}`;
      },
    });
    expect(results.implement!.status).toBe('failure');
    expect(results.implement!.bundles.implement!.stdout).toContain('The plan changed after approval; nothing will be implemented.');
  });
});
