import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { testTriageStage } from '../../../src/stages/test-triage/test-triage-stage.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { LocatingIo } from './support/locating-io.js';
import { FLAKY_TEST, journalEvents, NODE, runNodeTests, triageConfig } from './support/triage-workspace.js';

// A real flaky test: node:test runs a test that fails on every third run (a counter file beside
// it); the stage re-runs it for real with the configured argv template, sees it pass, and calls
// it flaky. The verdict is flaky-only.

let runner: InProcessRunner;
beforeEach(() => {
  runner = createInProcessRunner('drydock-triage-flaky-', {
    'package.json': '{"type":"module"}\n',
    'test/flaky.test.js': FLAKY_TEST,
    '.github/drydock.yml': triageConfig(['    times: 2', '  diagnosis:', '    maxClusters: 0']),
  }, '41');
});
afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

describe('test-triage on a flaky test', () => {
  it('re-runs the failed test for real and classifies it flaky', async () => {
    expect(runNodeTests(runner.workspace, ['test/flaky.test.js'], 'reports/junit.xml')).toBe(1);
    expect(readFileSync(join(runner.workspace, 'reports', 'junit.xml'), 'utf8')).toContain('unlucky run 1');
    const io = new LocatingIo();
    io.inputs = { reports: 'reports/*.xml' };
    const outcome = await runStage(testTriageStage, { io, environment: runner.environment });
    expect(io.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(io.outputs).toMatchObject({ verdict: 'flaky-only', failed: '1', flaky: '1', clusters: '1' });
    // Run 2 passed, so one re-run was enough: the counter says the test ran twice in all.
    expect(readFileSync(join(runner.workspace, 'test', '.runs'), 'utf8')).toBe('2');

    const journal = journalEvents(runner.artifactFile('drydock-test-triage-attempt-1', 'journal.jsonl'));
    const rerun = journal.filter((event) => event.kind === 'test-rerun');
    expect(rerun.map((event) => event.data)).toEqual([
      expect.objectContaining({ argv: [NODE, '--test', '--test-name-pattern=^sometimes fails$', 'test/flaky.test.js'], exitCode: 0, status: 'passed', run: 1 }),
    ]);
    // The command was put to the triager's policy, and the decision is in the journal before it ran.
    const decision = journal.findIndex((event) => event.kind === 'policy-decision' && (event.data.action as { type: string }).type === 'command');
    expect(decision).toBeGreaterThan(-1);
    expect(journal[decision]!.data.decision).toBe('allow');
    expect(decision).toBeLessThan(journal.findIndex((event) => event.kind === 'test-rerun'));

    const state = JSON.parse(readFileSync(runner.artifactFile('drydock-test-triage-attempt-1', 'state.json'), 'utf8')) as {
      stages: { 'test-triage': { result: { failures: Array<{ id: string; classification: string; flakyBy: string }>; tests: Record<string, string> } } };
    };
    const result = state.stages['test-triage'].result;
    expect(result.failures.map((failure) => [failure.classification, failure.flakyBy])).toEqual([['flaky', 'rerun']]);
    expect(Object.values(result.tests)).toEqual(['flaky']);
    expect(io.located.map((annotation) => [annotation.level, annotation.location?.file, annotation.location?.title])).toEqual([['warning', 'test/flaky.test.js', 'Flaky: sometimes fails']]);
    expect(io.summary).toContain('### Test triage: flaky-only');
  });

  it('does not re-run when the policy does not let the triager run the command, and says so', async () => {
    writeFileSync(join(runner.workspace, '.github', 'drydock.yml'), triageConfig(['  diagnosis:', '    maxClusters: 0']).replace(/ {6}- \[".*", --test, "\*\*"\]\n/, ''));
    runNodeTests(runner.workspace, ['test/flaky.test.js'], 'reports/junit.xml');
    const io = new LocatingIo();
    io.inputs = { reports: 'reports/*.xml' };
    await runStage(testTriageStage, { io, environment: runner.environment });
    expect(io.outputs).toMatchObject({ verdict: 'regression', failed: '1', flaky: '0' });
    expect(readFileSync(join(runner.workspace, 'test', '.runs'), 'utf8')).toBe('1');
    const journal = journalEvents(runner.artifactFile('drydock-test-triage-attempt-1', 'journal.jsonl'));
    expect(journal.filter((event) => event.kind === 'test-rerun')).toEqual([]);
    expect(journal.find((event) => event.kind === 'policy-decision' && (event.data.action as { type: string }).type === 'command')?.data.decision).toBe('deny');
  });
});
