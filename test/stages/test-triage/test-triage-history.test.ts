import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { testTriageStage } from '../../../src/stages/test-triage/test-triage-stage.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { LocatingIo } from './support/locating-io.js';

// History across runs: six real triage runs (in-process, artifacts in the runner's directory)
// over JUnit reports where test `a` flips and `b` always fails. A later triage calls `a` flaky by
// history; scheduled mode builds the flaky-test table, opens one issue for `a`, updates that same
// issue on the next scheduled run, and outputs the quarantine list.

const CONFIG = [
  'version: 1',
  'identities:',
  '  triager:',
  '    github: { issue-create: 5 }',
  'triage:',
  '  history: { runs: 10, minRuns: 3, flipRate: 0.3 }',
  '  diagnosis: { maxClusters: 0 }',
  '',
].join('\n');

function junit(failing: readonly string[]): string {
  const cases = ['a', 'b', 'c'].map((name) =>
    failing.includes(name)
      ? `<testcase classname="suite" name="${name}" file="test/${name}.test.js"><failure message="${name} broke">Error: ${name} broke\n    at test/${name}.test.js:3:9</failure></testcase>`
      : `<testcase classname="suite" name="${name}" file="test/${name}.test.js"/>`,
  );
  return `<?xml version="1.0"?>\n<testsuites><testsuite name="suite" tests="3">${cases.join('')}</testsuite></testsuites>\n`;
}

let runner: InProcessRunner;
beforeEach(() => {
  runner = createInProcessRunner('drydock-triage-history-', { '.github/drydock.yml': CONFIG }, '100');
});
afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

async function triage(runId: string, failing: readonly string[], inputs: Record<string, string> = {}): Promise<LocatingIo> {
  mkdirSync(join(runner.workspace, 'reports'), { recursive: true });
  writeFileSync(join(runner.workspace, 'reports', 'junit.xml'), junit(failing));
  const io = new LocatingIo();
  io.inputs = { reports: 'reports/*.xml', ...inputs };
  const outcome = await runStage(testTriageStage, { io, environment: { ...runner.environment, GITHUB_RUN_ID: runId } });
  expect(io.failures).toEqual([]);
  expect(outcome).toBe('succeeded');
  return io;
}

function result(runId: string): Record<string, unknown> {
  const path = join(runner.root, 'temp', 'drydock-artifacts', runId, 'drydock-test-triage-attempt-1', 'state.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { stages: { 'test-triage': { result: Record<string, unknown> } } }).stages['test-triage'].result;
}

describe('test-triage history', () => {
  it('turns earlier runs into flip rates, a flaky verdict, one deduplicated issue per flaky test and a quarantine list', async () => {
    const pattern = [['b'], ['a', 'b'], ['b'], ['a', 'b'], ['b'], ['b']];
    for (const [index, failing] of pattern.entries()) await triage(String(101 + index), failing);

    const seventh = await triage('107', ['a']);
    expect(seventh.outputs).toMatchObject({ verdict: 'flaky-only', failed: '1', flaky: '1' });
    const failure = (result('107').failures as Array<Record<string, unknown>>)[0]!;
    const id = failure.id as string;
    expect(failure).toMatchObject({ classification: 'flaky', flakyBy: 'history', new: true, history: { runs: 6, failureRate: 2 / 6, flipRate: 4 / 6 } });

    const scheduled = await triage('108', [], { mode: 'schedule' });
    expect(JSON.parse(scheduled.outputs.quarantine!)).toEqual([id]);
    expect(scheduled.outputs).toMatchObject({ verdict: 'flaky-only', flaky: '1' });
    expect(scheduled.summary).toContain('### Flaky tests');
    expect(scheduled.summary).toContain('#1');
    const issuesFile = join(runner.root, 'temp', 'drydock-artifacts', '.issues', 'issues.json');
    const first = JSON.parse(readFileSync(issuesFile, 'utf8')) as Array<{ number: number; title: string; body: string; labels: string[] }>;
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ number: 1, title: `Flaky test: ${id}`, labels: ['flaky-test'] });
    expect(first[0]!.body).toMatch(/^<!-- drydock:flaky-test:[0-9a-f]{24} -->/);
    // Seven runs: a failed in two, was flaky in the seventh (3 failures), flipped 4 times plus once within run 107.
    expect(first[0]!.body).toContain('| 7 | 3 | 71.4% | 42.9% |');

    await triage('109', [], { mode: 'schedule' });
    const second = JSON.parse(readFileSync(issuesFile, 'utf8')) as Array<{ number: number; body: string }>;
    expect(second.map((issue) => issue.number)).toEqual([1]);
    const writes = readFileSync(join(runner.root, 'temp', 'drydock-artifacts', '109', 'drydock-test-triage-attempt-1', 'journal.jsonl'), 'utf8');
    expect(writes).toContain('"kind":"github-write"');
    expect(writes).toContain('"created":false');
  });
});
