import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commitFiles, git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createSandbox, runBundle, runBundleAsync, type RunnerSandbox } from '../support/run-bundle.js';
import { FLAKY_TEST, runNodeTests, triageConfig } from './support/triage-workspace.js';

// The test-triage bundle (dist/test-triage/index.js, built by `npm run build`) run as the runner
// runs a JavaScript action: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
// annotations as workflow commands on stdout. Test reports come from real node:test runs.

let sandbox: RunnerSandbox;
let server: ModelServer;
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

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(sandbox.workspace, path)), { recursive: true });
    writeFileSync(join(sandbox.workspace, path), text);
  }
}

function triageState(): { stages: { 'test-triage': { result: Record<string, unknown> } } } {
  const directory = join(sandbox.artifactsDirectory, '4242', 'drydock-test-triage-attempt-1');
  return JSON.parse(readFileSync(join(directory, 'state.json'), 'utf8')) as { stages: { 'test-triage': { result: Record<string, unknown> } } };
}

describe('the test-triage bundle', () => {
  it('re-runs a real flaky test and reports flaky-only with a warning annotation on its file', () => {
    write({ 'package.json': '{"type":"module"}\n', 'test/flaky.test.js': FLAKY_TEST, '.github/drydock.yml': triageConfig(['    times: 2', '  diagnosis:', '    maxClusters: 0']) });
    expect(runNodeTests(sandbox.workspace, ['test/flaky.test.js'], 'reports/junit.xml')).toBe(1);
    const run = runBundle('test-triage', sandbox, { inputs: { reports: 'reports/*.xml' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'flaky-only', failed: '1', flaky: '1', clusters: '1', 'report-files': '1', outcome: 'succeeded' });
    expect(run.stdout).toMatch(/^::warning title=Flaky%3A sometimes fails,file=test\/flaky\.test\.js,line=\d+::unlucky run 1 \(re-runs: passed; cluster c-[0-9a-f]{10}\)$/m);
    expect(run.summary).toContain('### Test triage: flaky-only');
    expect(Object.values(triageState().stages['test-triage'].result.tests as Record<string, string>)).toEqual(['flaky']);
  });

  it('diagnoses a real regression over HTTP, validates the fix and sets the outputs', async () => {
    git(sandbox.workspace, ['init', '--quiet', '--initial-branch=main']);
    const config = triageConfig(['    times: 1']);
    await commitFiles(
      sandbox.workspace,
      {
        'package.json': '{"type":"module"}\n',
        '.gitignore': 'reports/\n',
        'src/math.js': 'export function add(a, b) {\n  return a + b;\n}\n',
        'test/math.test.js': "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { add } from '../src/math.js';\n\ntest('adds', () => {\n  assert.equal(add(1, 2), 3);\n});\n",
        '.github/drydock.yml': config,
      },
      'Add math',
      '2026-11-01T10:00:00Z',
    );
    const base = git(sandbox.workspace, ['rev-parse', 'HEAD']).trim();
    await commitFiles(sandbox.workspace, { 'src/math.js': 'export function add(a, b) {\n  return a.plus(b);\n}\n' }, 'Use plus', '2026-11-02T10:00:00Z');
    expect(runNodeTests(sandbox.workspace, ['test/math.test.js'], 'reports/junit.xml')).toBe(1);
    const fix = '--- a/src/math.js\n+++ b/src/math.js\n@@ -1,3 +1,3 @@\n export function add(a, b) {\n-  return a.plus(b);\n+  return a + b;\n }\n';
    server.script([
      {
        toolCalls: [
          {
            name: 'finish',
            arguments: {
              summary: 'add calls plus on a number.',
              result: { category: 'code', confidence: 0.8, rootCause: 'a.plus is not a function.', evidence: [{ file: 'src/math.js', line: 2, note: 'the call' }], fix: { diff: fix, explanation: 'add again' } },
              evidence: [],
            },
          },
        ],
      },
    ]);
    const run = await runBundleAsync('test-triage', sandbox, {
      inputs: { reports: 'reports/*.xml', 'base-ref': base, 'model-base-url': server.url, 'model-api-key': 'sk-test-bundle-0123456789abcdef' },
      event: { pull_request: { base: { sha: base } }, repository: { default_branch: 'main' } },
      eventName: 'pull_request',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    server.assertDone();
    expect(run.outputs).toMatchObject({ verdict: 'regression', failed: '1', flaky: '0', clusters: '1' });
    expect(run.stdout).toMatch(/^::error title=New failure%3A adds,file=test\/math\.test\.js,line=\d+::a\.plus is not a function \(re-runs: failed; cluster c-[0-9a-f]{10}\)$/m);
    expect(run.summary).toContain('Fix validated');
    const clusters = triageState().stages['test-triage'].result.clusters as Array<{ diagnosis: { fix: { status: string } } }>;
    expect(clusters[0]!.diagnosis.fix.status).toBe('offered');
    expect(readFileSync(join(sandbox.workspace, 'src', 'math.js'), 'utf8')).toContain('a.plus(b)');
    // No scratch copy is left behind in the runner's temp directory.
    expect(readdirSync(sandbox.runnerTemp).filter((name) => name.startsWith('drydock-triage-fix-'))).toEqual([]);
  });
});
