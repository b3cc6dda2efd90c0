import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { testTriageStage } from '../../../src/stages/test-triage/test-triage-stage.js';
import { commitFiles, git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { LocatingIo } from './support/locating-io.js';
import { journalEvents, NODE, runNodeTests, triageConfig } from './support/triage-workspace.js';

// A real regression: a git repository whose change breaks `add`; node:test fails for real, the
// re-run fails again, the failure is linked to the changed line of the diff, the triager (the
// real openai SDK over HTTP to the local scripted model server) diagnoses it with one real and
// one invented reference, and proposes a fix that is applied to a scratch copy and re-run there.

const MATH = 'export function add(a, b) {\n  return a + b;\n}\n';
const BROKEN = 'export function add(a, b) {\n  return a.plus(b);\n}\n';
const TEST = [
  "import { test } from 'node:test';",
  "import assert from 'node:assert/strict';",
  "import { add } from '../src/math.js';",
  '',
  "test('adds', () => {",
  '  assert.equal(add(1, 2), 3);',
  '});',
  '',
].join('\n');
const FIX = ['--- a/src/math.js', '+++ b/src/math.js', '@@ -1,3 +1,3 @@', ' export function add(a, b) {', '-  return a.plus(b);', '+  return a + b;', ' }', ''].join('\n');

let server: ModelServer;
let runner: InProcessRunner;
let base: string;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.reset();
  runner = createInProcessRunner('drydock-triage-regression-', {}, '52');
  git(runner.workspace, ['init', '--quiet', '--initial-branch=main']);
  await commitFiles(
    runner.workspace,
    {
      'package.json': '{"type":"module"}\n',
      '.gitignore': 'reports/\n',
      'src/math.js': MATH,
      'test/math.test.js': TEST,
      '.github/drydock.yml': triageConfig(['    times: 1']),
    },
    'Add math',
    '2026-11-01T10:00:00Z',
  );
  base = git(runner.workspace, ['rev-parse', 'HEAD']).trim();
  await commitFiles(runner.workspace, { 'src/math.js': BROKEN }, 'Use plus', '2026-11-02T10:00:00Z');
});
afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

function io(): LocatingIo {
  const recording = new LocatingIo();
  recording.inputs = { reports: 'reports/*.xml', 'base-ref': base, 'model-base-url': server.url, 'model-api-key': 'sk-test-0123456789abcdef0123456789abcdef' };
  return recording;
}

describe('test-triage on a regression', () => {
  it('classifies it as a regression linked to the changed line, checks the evidence and validates the fix', async () => {
    expect(runNodeTests(runner.workspace, ['test/math.test.js'], 'reports/junit.xml')).toBe(1);
    server.script([
      { toolCalls: [{ id: 'call_1', name: 'read_file', arguments: { path: 'src/math.js' } }] },
      {
        toolCalls: [
          {
            id: 'call_2',
            name: 'finish',
            arguments: {
              summary: 'add calls a method numbers do not have.',
              result: {
                category: 'code',
                confidence: 0.9,
                rootCause: 'The change made add call a.plus(b); numbers have no plus method, so add throws a TypeError.',
                evidence: [
                  { file: 'src/math.js', line: 2, note: 'a.plus(b) on a number' },
                  { file: 'src/invented.js', line: 7, note: 'a file that does not exist' },
                  { file: 'src/math.js', line: 99, note: 'past the end' },
                ],
                fix: { diff: FIX, explanation: 'Add the numbers again.' },
              },
              evidence: [{ kind: 'file', detail: 'src/math.js:2' }],
            },
          },
        ],
      },
    ]);
    const recording = io();
    const outcome = await runStage(testTriageStage, { io: recording, environment: runner.environment });
    expect(recording.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    server.assertDone();
    expect(recording.outputs).toMatchObject({ verdict: 'regression', failed: '1', flaky: '0', clusters: '1' });

    const state = JSON.parse(readFileSync(runner.artifactFile('drydock-test-triage-attempt-1', 'state.json'), 'utf8')) as {
      stages: { 'test-triage': { result: { failures: Array<Record<string, unknown>>; clusters: Array<{ diagnosis: Record<string, unknown> }> } } };
    };
    const result = state.stages['test-triage'].result;
    expect(result.failures[0]).toMatchObject({
      id: expect.stringContaining('adds'),
      classification: 'regression',
      new: true,
      likelyUnrelated: false,
      change: { relation: 'at-changed-line', files: ['src/math.js'], lines: ['src/math.js:2'] },
      reruns: [expect.objectContaining({ status: 'failed' })],
    });
    const diagnosis = result.clusters[0]!.diagnosis;
    expect(diagnosis).toMatchObject({
      category: 'code',
      evidence: [{ file: 'src/math.js', line: 2, note: 'a.plus(b) on a number' }],
      droppedEvidence: [
        { reference: 'src/invented.js:7', reason: 'no such file in the repository' },
        { reference: 'src/math.js:99', reason: 'the file has 3 lines' },
      ],
      fix: { status: 'offered', pushed: false, diff: FIX },
    });
    expect(String((diagnosis.fix as { reason: string }).reason)).toMatch(/^not pushed: /);
    // The fix was tried in a scratch copy: the checkout still has the broken line.
    expect(readFileSync(join(runner.workspace, 'src', 'math.js'), 'utf8')).toBe(BROKEN);

    // The triager saw the hunk of the change and the failure, each wrapped with its provenance.
    const task = JSON.stringify(server.requests[0]!.body!.messages);
    expect(task).toMatch(/<untrusted id=\\"u-[0-9a-f]{12}\\" source=\\"change diff of src\/math.js\\">\\n@@ -1,3 \+1,3 @@/);
    expect(task).toContain('+  return a.plus(b);');
    expect(task).toMatch(/source=\\"test report, test [^"]*adds\\"/);

    const journal = journalEvents(runner.artifactFile('drydock-test-triage-attempt-1', 'journal.jsonl'));
    const reruns = journal.filter((event) => event.kind === 'test-rerun').map((event) => event.data.status);
    expect(reruns).toEqual(['failed', 'passed']);
    expect(journal.find((event) => event.kind === 'decision' && event.data.decision === 'fix-validated')?.data.status).toBe('offered');
    expect(recording.located[0]).toMatchObject({ level: 'error', location: { file: 'test/math.test.js', title: 'New failure: adds' } });
    expect(recording.summary).toContain('Fix validated');
    expect(recording.summary).not.toContain('sk-test-0123456789abcdef0123456789abcdef');
  });

  it('rejects a fix that does not make the failing test pass', async () => {
    runNodeTests(runner.workspace, ['test/math.test.js'], 'reports/junit.xml');
    const wrongFix = FIX.replace('+  return a + b;', '+  return a * b;');
    const finish = (diff: string) => ({
      toolCalls: [{ name: 'finish', arguments: { summary: 's', result: { category: 'code', confidence: 0.5, rootCause: 'r', evidence: [], fix: { diff, explanation: 'e' } }, evidence: [] } }],
    });
    server.script([finish(wrongFix)]);
    const recording = io();
    await runStage(testTriageStage, { io: recording, environment: runner.environment });
    const state = (name: string) =>
      (JSON.parse(readFileSync(runner.artifactFile(name, 'state.json'), 'utf8')) as { stages: { 'test-triage': { result: { clusters: Array<{ diagnosis: { fix: unknown } }> } } } }).stages['test-triage'].result.clusters[0]!.diagnosis.fix;
    expect(state('drydock-test-triage-attempt-1')).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/adds still fails$/) });
    expect(recording.summary).not.toContain('Proposed fix');
  });

  it('stops cleanly when the budget runs out during diagnosis, keeping the verdict and the result', async () => {
    writeFileSync(join(runner.workspace, '.github', 'drydock.yml'), `${triageConfig(['    times: 1'])}budgets:\n  stages:\n    test-triage: { turns: 1 }\n`);
    runNodeTests(runner.workspace, ['test/math.test.js'], 'reports/junit.xml');
    server.script([{ toolCalls: [{ id: 'call_1', name: 'read_file', arguments: { path: 'src/math.js' } }] }]);
    const recording = io();
    const outcome = await runStage(testTriageStage, { io: recording, environment: runner.environment });
    expect(outcome).toBe('stopped');
    server.assertDone();
    expect(recording.outputs).toMatchObject({ verdict: 'regression', failed: '1', outcome: 'stopped' });
    const state = JSON.parse(readFileSync(runner.artifactFile('drydock-test-triage-attempt-1', 'state.json'), 'utf8')) as {
      stages: { 'test-triage': { status: string; result: { clusters: Array<{ diagnosisSkipped: string }> } } };
    };
    expect(state.stages['test-triage'].status).toBe('stopped');
    expect(state.stages['test-triage'].result.clusters[0]!.diagnosisSkipped).toBe('the stage budget ran out before this cluster was diagnosed');
  });

  it('pushes the validated fix to the pull request branch when policy lets the triager write the file and push', async () => {
    const origin = join(runner.root, 'origin.git');
    mkdirSync(origin);
    git(origin, ['init', '--quiet', '--bare']);
    git(runner.workspace, ['remote', 'add', 'origin', origin]);
    git(runner.workspace, ['push', '--quiet', 'origin', 'HEAD:refs/heads/feature']);
    writeFileSync(join(runner.workspace, '.github', 'drydock.yml'), triageConfig(['    times: 1']).replace('  triager:\n', '  triager:\n    write: [src/**]\n    github: { push: 1 }\n'));
    const event = join(runner.root, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { ref: 'feature', repo: { full_name: 'acme/widgets' } }, base: { sha: base } } }));
    runNodeTests(runner.workspace, ['test/math.test.js'], 'reports/junit.xml');
    server.script([
      { toolCalls: [{ name: 'finish', arguments: { summary: 's', result: { category: 'code', confidence: 0.9, rootCause: 'plus', evidence: [], fix: { diff: FIX, explanation: 'e' } }, evidence: [] } }] },
    ]);
    const recording = io();
    await runStage(testTriageStage, { io: recording, environment: { ...runner.environment, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event } });
    expect(recording.failures).toEqual([]);
    expect(git(origin, ['log', '-1', '--format=%an %s', 'feature']).trim()).toMatch(/^drydock-triager Fix failing tests \(Drydock triage, cluster c-[0-9a-f]{10}\)$/);
    expect(git(origin, ['show', 'feature:src/math.js'])).toBe(MATH);
    // Only the fix's file is in the commit.
    expect(git(origin, ['show', '--name-only', '--format=', 'feature']).trim()).toBe('src/math.js');
    const journal = journalEvents(runner.artifactFile('drydock-test-triage-attempt-1', 'journal.jsonl'));
    expect(journal.find((event) => event.kind === 'github-write')?.data).toMatchObject({ operation: 'push', branch: 'feature' });
    expect(recording.summary).toContain('pushed to the branch');
  });

  it('rejects a fix that makes the failing test pass but breaks another test of the suite', async () => {
    const sub = 'export function sub(a, b) {\n  return a - b;\n}\n';
    writeFileSync(join(runner.workspace, 'src', 'sub.js'), sub);
    writeFileSync(
      join(runner.workspace, 'test', 'sub.test.js'),
      "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { sub } from '../src/sub.js';\n\ntest('subtracts', () => {\n  assert.equal(sub(3, 2), 1);\n});\n",
    );
    const suite = `    suiteArgv: [${JSON.stringify(NODE)}, --test, --test-reporter=junit, --test-reporter-destination=reports/junit.xml, test/math.test.js, test/sub.test.js]`;
    writeFileSync(join(runner.workspace, '.github', 'drydock.yml'), `${triageConfig(['    times: 1'])}  diagnosis:\n${suite}\n`);
    runNodeTests(runner.workspace, ['test/math.test.js', 'test/sub.test.js'], 'reports/junit.xml');
    const breaking = `${FIX}--- a/src/sub.js\n+++ b/src/sub.js\n@@ -1,3 +1,3 @@\n export function sub(a, b) {\n-  return a - b;\n+  return a + b;\n }\n`;
    server.script([
      { toolCalls: [{ name: 'finish', arguments: { summary: 's', result: { category: 'code', confidence: 0.9, rootCause: 'plus', evidence: [], fix: { diff: breaking, explanation: 'e' } }, evidence: [] } }] },
    ]);
    const recording = io();
    await runStage(testTriageStage, { io: recording, environment: runner.environment });
    expect(recording.failures).toEqual([]);
    const state = JSON.parse(readFileSync(runner.artifactFile('drydock-test-triage-attempt-1', 'state.json'), 'utf8')) as {
      stages: { 'test-triage': { result: { clusters: Array<{ diagnosis: { fix: { status: string; reason: string } } }> } } };
    };
    expect(state.stages['test-triage'].result.clusters[0]!.diagnosis.fix).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^it breaks .*subtracts$/) });
    const reruns = journalEvents(runner.artifactFile('drydock-test-triage-attempt-1', 'journal.jsonl')).filter((event) => event.kind === 'test-rerun');
    expect(reruns.map((event) => [event.data.test === '(suite)' ? 'suite' : 'adds', event.data.status])).toEqual([
      ['adds', 'failed'],
      ['adds', 'passed'],
      ['suite', 'failed'],
    ]);
    // The checkout and its report are untouched by the suite run in the scratch copy.
    expect(readFileSync(join(runner.workspace, 'src', 'sub.js'), 'utf8')).toBe(sub);
  });
});
