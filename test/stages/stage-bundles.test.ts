import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, runBundle, runCliBundle, type RunnerSandbox } from './support/run-bundle.js';

// The stage bundles in dist/, run as the Actions runner runs them (see support/run-bundle.ts).
// Outside Actions there is no artifact service, so hand-over goes through the local artifact
// directory — the same code path as the `artifacts-dir` input.

let sandbox: RunnerSandbox;
beforeEach(() => {
  sandbox = createSandbox();
});
afterEach(() => {
  rmSync(sandbox.root, { recursive: true, force: true });
});

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
  it('starts a run state, journals start and end, sets outputs and writes a summary', () => {
    const run = runBundle('plan', sandbox, { inputs: { goal: 'Add a --verbose flag to the CLI' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['state-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run.outputs['state-artifact']).toBe('drydock-plan-attempt-1');
    expect(run.outputs.outcome).toBe('succeeded');
    expect(run.summary).toContain('Drydock plan: succeeded');
    expect(run.summary).toContain(run.outputs['plan-digest']);

    const state = readJson(join(artifactDirectory('drydock-plan-attempt-1'), 'state.json'));
    expect(state.goal).toEqual({ text: 'Add a --verbose flag to the CLI' });
    const kinds = journalEvents('drydock-plan-attempt-1').map((event) => event.kind);
    expect(kinds[0]).toBe('stage-start');
    expect(kinds.at(-1)).toBe('stage-end');

    const verify = runCliBundle(['journal', 'verify', join(artifactDirectory('drydock-plan-attempt-1'), 'journal.jsonl'), '--expect-head', run.outputs['journal-head']!]);
    expect(verify.exitCode).toBe(0);
    expect(verify.stdout).toMatch(/^journal OK/);
  });

  it('takes the goal from the issue of the triggering event', () => {
    const run = runBundle('plan', sandbox, { eventName: 'issues', event: { action: 'labeled', issue: { number: 17, title: 'x' } } });
    expect(run.exitCode).toBe(0);
    const state = readJson(join(artifactDirectory('drydock-plan-attempt-1'), 'state.json'));
    expect(state.goal).toEqual({ issue: { number: 17 } });
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

  it('keeps secrets out of the journal, outputs and summary', () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`.slice(0, 40);
    const apiKey = 'sk-proj-4fQ9xZ2LmN8pR5tV7wY1aB3cD6eF0gH2jK4lM6nP8qS';
    const run = runBundle('plan', sandbox, {
      inputs: { goal: `Rotate the key ${apiKey} please`, 'github-token': 'a-very-secret-token-value' },
      environment: { MY_API_KEY: token },
    });
    expect(run.exitCode).toBe(0);
    const journal = readFileSync(join(artifactDirectory('drydock-plan-attempt-1'), 'journal.jsonl'), 'utf8');
    const state = readFileSync(join(artifactDirectory('drydock-plan-attempt-1'), 'state.json'), 'utf8');
    for (const text of [journal, state, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain('a-very-secret-token-value');
      expect(text).not.toContain(token);
      expect(text).not.toContain(apiKey);
    }
    expect(journal).toContain('[REDACTED');
    expect(state).toContain('Rotate the key [REDACTED');
    expect(run.stdout).toContain('::add-mask::a-very-secret-token-value');
  });
});

describe('implement bundle', () => {
  function plan(): Record<string, string> {
    const run = runBundle('plan', sandbox, { inputs: { goal: 'Add a --verbose flag' } });
    expect(run.exitCode).toBe(0);
    return run.outputs;
  }

  it('runs when the plan digest matches the approved one, continuing the same journal', () => {
    const planned = plan();
    const run = runBundle('implement', sandbox, {
      inputs: { 'plan-digest': planned['plan-digest']!, 'state-digest': planned['state-digest']!, 'dry-run': 'true' },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.outcome).toBe('succeeded');
    expect(run.outputs['state-artifact']).toBe('drydock-implement-attempt-1');

    const events = journalEvents('drydock-implement-attempt-1');
    const stages = [...new Set(events.map((event) => event.stage))];
    expect(stages).toEqual(['plan', 'implement']);
    expect(events.some((event) => event.kind === 'approval' && (event.data as { matches: boolean }).matches === true)).toBe(true);
    const verify = runCliBundle(['journal', 'verify', join(artifactDirectory('drydock-implement-attempt-1'), 'journal.jsonl'), '--expect-head', run.outputs['journal-head']!]);
    expect(verify.exitCode).toBe(0);
    const explain = runCliBundle(['journal', 'explain', join(artifactDirectory('drydock-implement-attempt-1'), 'journal.jsonl')]);
    expect(explain.exitCode).toBe(0);
    expect(explain.stdout).toContain('implementer');
    expect(explain.stdout).toContain('planner');
  });

  it('refuses a plan whose digest differs from the approved one, naming both', () => {
    const planned = plan();
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

  it('requires plan-digest', () => {
    plan();
    const run = runBundle('implement', sandbox);
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain("::error::Input 'plan-digest' is required but was not set.");
  });

  it('refuses a run state that does not match state-digest', () => {
    const planned = plan();
    const run = runBundle('implement', sandbox, {
      inputs: { 'plan-digest': planned['plan-digest']!, 'state-digest': `sha256:${'2'.repeat(64)}` },
    });
    expect(run.exitCode).not.toBe(0);
    expect(run.stdout).toContain(`but sha256:${'2'.repeat(64)} was expected`);
    expect(existsSync(artifactDirectory('drydock-implement-attempt-1'))).toBe(false);
  });

  it('refuses a corrupted hand-over artifact and leaves it untouched', () => {
    const planned = plan();
    const statePath = join(artifactDirectory('drydock-plan-attempt-1'), 'state.json');
    const tampered = readFileSync(statePath, 'utf8').replace('Add a --verbose flag', 'Delete the repository');
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

  it('takes the run state from another workflow run when state-run-id is set', () => {
    const planned = runBundle('plan', sandbox, { runId: '100', inputs: { goal: 'Planned in an earlier run' } }).outputs;
    const missing = runBundle('implement', sandbox, { runId: '200', inputs: { 'plan-digest': planned['plan-digest']! } });
    expect(missing.exitCode).not.toBe(0);
    const run = runBundle('implement', sandbox, {
      runId: '200',
      inputs: { 'plan-digest': planned['plan-digest']!, 'state-run-id': '100', 'state-digest': planned['state-digest']! },
    });
    expect(run.stdout).not.toContain('::error::');
    expect(run.outputs['state-artifact']).toBe('drydock-implement-attempt-1');
    expect(existsSync(artifactDirectory('drydock-implement-attempt-1', '200'))).toBe(true);
  });

  it('a re-run attempt continues the journal of the failed attempt', () => {
    const planned = plan();
    const failed = runBundle('implement', sandbox, { inputs: { 'plan-digest': `sha256:${'1'.repeat(64)}` } });
    expect(failed.exitCode).not.toBe(0);
    const rerun = runBundle('implement', sandbox, { attempt: 2, inputs: { 'plan-digest': planned['plan-digest']! } });
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

  it('canary-deploy continues the run state of the stages before it', () => {
    const planned = runBundle('plan', sandbox, { inputs: { goal: 'Ship it' } });
    const run = runBundle('canary-deploy', sandbox, { inputs: { version: 'v1.2.3', 'until-weight': '25' } });
    expect(run.exitCode).toBe(0);
    const state = readJson(join(artifactDirectory('drydock-canary-deploy-attempt-1'), 'state.json')) as { stages: Record<string, unknown> };
    expect(Object.keys(state.stages)).toEqual(['plan', 'canary-deploy']);
    expect(planned.outputs['state-digest']).not.toBe(run.outputs['state-digest']);
  });
});
