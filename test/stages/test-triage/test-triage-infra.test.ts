import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { testTriageStage } from '../../../src/stages/test-triage/test-triage-stage.js';
import { createInProcessRunner, type InProcessRunner } from '../support/in-process-runner.js';
import { LocatingIo } from './support/locating-io.js';

// Infrastructure: a failure whose message shows the machine failing (a connection reset) is infra,
// not a regression; a job whose log shows it ran out of memory is infra even when its report has
// no failing test. A token printed by a test is redacted before it reaches the run state.

const NPM_TOKEN = 'npm_7fK2pQ9xLm4vR8sT1wY6zB3cD5eF0gH2jK4';

let runner: InProcessRunner;
beforeEach(() => {
  runner = createInProcessRunner('drydock-triage-infra-', { '.github/drydock.yml': 'version: 1\ntriage:\n  diagnosis: { maxClusters: 0 }\n' }, '77');
  mkdirSync(join(runner.workspace, 'reports'));
});
afterEach(() => rmSync(runner.root, { recursive: true, force: true }));

async function triage(report: string, inputs: Record<string, string> = {}, runId = '77'): Promise<LocatingIo> {
  writeFileSync(join(runner.workspace, 'reports', 'junit.xml'), report);
  const io = new LocatingIo();
  io.inputs = { reports: 'reports/*.xml', ...inputs };
  await runStage(testTriageStage, { io, environment: { ...runner.environment, GITHUB_RUN_ID: runId, NPM_TOKEN } });
  expect(io.failures).toEqual([]);
  return io;
}

describe('test-triage and infrastructure failures', () => {
  it('calls a connection reset infra, and keeps a printed token out of the run state', async () => {
    const io = await triage(
      `<testsuite name="api"><testcase classname="api" name="fetches"><failure message="read ECONNRESET">Error: read ECONNRESET\n    at TCP.onStreamRead</failure><system-out>using token ${NPM_TOKEN}</system-out></testcase><testcase classname="api" name="lists"/></testsuite>`,
    );
    expect(io.outputs).toMatchObject({ verdict: 'infra', failed: '1', flaky: '0' });
    expect(io.located[0]).toMatchObject({ level: 'warning', location: { title: 'Infrastructure (network): fetches' } });
    const state = readFileSync(runner.artifactFile('drydock-test-triage-attempt-1', 'state.json'), 'utf8');
    const result = (JSON.parse(state) as { stages: { 'test-triage': { result: { failures: Array<{ infra: unknown }> } } } }).stages['test-triage'].result;
    expect(result.failures[0]!.infra).toEqual({ kind: 'network', pattern: expect.any(String), excerpt: 'ECONNRESET' });
    expect(state).not.toContain(NPM_TOKEN);
  });

  it('calls a job infra when its log shows it ran out of memory, though no test failed', async () => {
    writeFileSync(join(runner.workspace, 'test-output.log'), `${'ok\n'.repeat(50_000)}<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n`);
    const io = await triage('<testsuite name="api"><testcase classname="api" name="lists"/></testsuite>', { logs: '*.log' });
    expect(io.outputs).toMatchObject({ verdict: 'infra', failed: '0' });
    expect(io.summary).toContain("The job's logs show an infrastructure failure (out-of-memory)");
    const withoutLogs = await triage('<testsuite name="api"><testcase classname="api" name="lists"/></testsuite>', {}, '78');
    expect(withoutLogs.outputs.verdict).toBe('pass');
  });
});
