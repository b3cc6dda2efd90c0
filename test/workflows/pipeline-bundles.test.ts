import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, REPOSITORY_ROOT, runCliBundle, type RunnerSandbox } from '../stages/support/run-bundle.js';
import { loadWorkflow, runWorkflow, type JobResult } from './support/workflow-runner.js';

// The reusable workflow .github/workflows/drydock.yml, run job by job from the real dist/ bundles
// with its own wiring: outputs through GITHUB_OUTPUT into `needs.<job>.outputs`, run state and
// journal through the local artifact store, environment gates that hold a job until approved.

const workflow = loadWorkflow(join(REPOSITORY_ROOT, '.github', 'workflows', 'drydock.yml'));
const REPORT = '<testsuite name="service" tests="2" failures="0"><testcase classname="health" name="answers 200"/><testcase classname="health" name="body"/></testsuite>';

let sandbox: RunnerSandbox;
beforeEach(() => {
  sandbox = createSandbox();
  writeFileSync(join(sandbox.workspace, 'package.json'), '{"name":"service"}\n');
  // The policy file the workflow's `config` input names (a missing default is covered by config-default.test.ts).
  mkdirSync(join(sandbox.workspace, '.github'));
  writeFileSync(join(sandbox.workspace, '.github', 'drydock.yml'), 'version: 1\nbudgets:\n  run: { tokens: 1000000 }\n');
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
  'test-command': `mkdir -p reports && printf '%s' '${REPORT}' > reports/junit.xml`,
  'test-reports': 'reports/junit.xml',
  'deploy-version': 'v2.0.0',
};

describe('the reusable pipeline from dist/', () => {
  it('plan → gate → implement → tests → triage → canary to 25% → gate → promotion, wired as the workflow says', async () => {
    const gates = gateKeeper();
    const running = runWorkflow(workflow, { sandbox, inputs, gate: (job, environment) => gates.gate(job, environment) });

    // The implement job waits at its environment; nothing has been implemented meanwhile.
    const implementGate = await gates.next();
    expect([implementGate.job, implementGate.environment]).toEqual(['implement', 'drydock-implement']);
    expect(existsSync(artifact('drydock-plan-attempt-1', 'state.json'))).toBe(true);
    expect(existsSync(artifact('drydock-implement-attempt-1', 'state.json'))).toBe(false);
    implementGate.answer(true);

    const canaryGate = await gates.next();
    expect([canaryGate.job, canaryGate.environment]).toEqual(['canary', 'drydock-canary']);
    canaryGate.answer(true);
    const promoteGate = await gates.next();
    expect([promoteGate.job, promoteGate.environment]).toEqual(['promote', 'drydock-promote']);
    const canaryState = JSON.parse(readFileSync(artifact('drydock-canary-deploy-attempt-1', 'state.json'), 'utf8'));
    expect(canaryState.stages['canary-deploy'].result).toMatchObject({ version: 'v2.0.0', untilWeight: 25 });
    promoteGate.answer(true);
    const results = await running;

    const statuses = Object.fromEntries(Object.entries(results).map(([job, result]) => [job, result.status]));
    expect(statuses).toMatchObject({ plan: 'success', implement: 'success', test: 'success', triage: 'success', canary: 'success' });
    // The promotion job continues from the canary's own state, as wired. (It then saves under the
    // same artifact name as the first canary job of this run attempt, which the artifact store
    // refuses: naming a continuation's artifact is the canary stage's to settle.)
    expect(results.promote!.bundles.promote!.stdout).toContain(`Run state ${results.canary!.outputs['state-digest']} loaded from drydock-canary-deploy-attempt-1`);

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

    const journal = artifact('drydock-canary-deploy-attempt-1', 'journal.jsonl');
    const verify = runCliBundle(['journal', 'verify', journal, '--expect-head', results.canary!.bundles.canary!.outputs['journal-head']!]);
    expect(verify.stdout).toMatch(/^journal OK: [0-9]+ events, 4 stages/);
  });

  it('a rejected gate stops the pipeline before implement', async () => {
    const results = await runWorkflow(workflow, { sandbox, inputs, gate: async (job) => job !== 'implement' });
    expect(results.implement!.status).toBe('rejected');
    expect(['test', 'triage', 'canary', 'promote'].map((job) => results[job]!.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(existsSync(artifact('drydock-implement-attempt-1', 'state.json'))).toBe(false);
  });

  it('a plan changed in the artifact after approval is refused by implement', async () => {
    const results = await runWorkflow(workflow, {
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
