import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planMatrix } from '../../../src/core/plan/matrix.js';
import type { PlanTask } from '../../../src/core/plan/plan-schema.js';
import { implementStage } from '../../../src/stages/implement/implement-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createImplementFixture, FIX_TASK, type ImplementFixture } from './support/implement-fixture.js';

// A plan fanned out as a matrix: each shard job implements its tasks on a branch of its own, then
// a merge job combines the shard branches, validates the merged tree and opens one pull request.
// Each job gets its own copy of the plan artifact (its own RUNNER_TEMP), as separate runners would.

const DOUBLE_TASK: PlanTask = {
  id: 'add-double',
  title: 'Add double',
  description: 'Create src/double.js exporting double(value) that returns value * 2.',
  targetFiles: [{ path: 'src/double.js', change: 'create' }],
  acceptanceChecks: [{ kind: 'command', argv: ['node', '--test', 'test/double.test.js'] }],
  dependsOn: [],
  size: 'xs',
};
const BRANCH = 'drydock/run-4242-fix-add-so-it-returns-the-sum';

let server: ModelServer;
let fixture: ImplementFixture;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());
afterEach(() => rmSync(fixture.runner.root, { recursive: true, force: true }));

async function job(name: string, inputs: Record<string, string>) {
  const temp = join(fixture.runner.root, `temp-${name}`);
  mkdirSync(join(temp, 'drydock-artifacts', '4242'), { recursive: true });
  cpSync(join(fixture.runner.root, 'temp', 'drydock-artifacts', '4242', 'drydock-plan-attempt-1'), join(temp, 'drydock-artifacts', '4242', 'drydock-plan-attempt-1'), { recursive: true });
  // A fresh checkout of main for each job.
  git(fixture.runner.workspace, ['checkout', '--quiet', '--force', 'main']);
  const io = fixture.io(inputs);
  const outcome = await runStage(implementStage, { io, environment: { ...fixture.runner.environment, RUNNER_TEMP: temp } });
  return { io, outcome };
}

describe('implement matrix shards', { timeout: 120_000 }, () => {
  it('implements shards on their own branches and merges them into one pull request', async () => {
    fixture = await createImplementFixture({
      modelUrl: server.url,
      tasks: [FIX_TASK, DOUBLE_TASK],
      files: {
        '.github/drydock.yml': 'version: 1\nidentities:\n  implementer:\n    commands: [[node, --test, "**"]]\nimplement:\n  maxAttempts: 1\n  refine: false\n',
        'test/double.test.js':
          "import test from 'node:test';\nimport assert from 'node:assert/strict';\n\ntest('double doubles', async () => {\n  const { double } = await import('../src/double.js');\n  assert.equal(double(4), 8);\n});\n",
      },
    });
    const matrix = planMatrix(fixture.plan);
    expect(matrix.include.map((shard) => shard.tasks)).toEqual(['fix-add', 'add-double']);

    server.script([
      { toolCalls: [{ id: 'a_1', name: 'apply_edit', arguments: { path: 'src/math.js', search: 'left - right', replace: 'left + right' } }] },
      { toolCalls: [{ id: 'a_2', name: 'finish', arguments: { summary: 'Fixed add.', result: {}, evidence: [] } }] },
      { toolCalls: [{ id: 'b_1', name: 'write_file', arguments: { path: 'src/double.js', content: 'export function double(value) {\n  return value * 2;\n}\n' } }] },
      { toolCalls: [{ id: 'b_2', name: 'finish', arguments: { summary: 'Added double.', result: {}, evidence: [] } }] },
    ]);
    const first = await job('shard-1', { tasks: matrix.include[0]!.tasks });
    expect(first.io.failures).toEqual([]);
    expect(first.io.outputs).toMatchObject({ status: 'complete', branch: `${BRANCH}-shard-fix-add`, 'pr-number': '' });
    const second = await job('shard-2', { tasks: matrix.include[1]!.tasks });
    expect(second.io.outputs).toMatchObject({ status: 'complete', branch: `${BRANCH}-shard-add-double`, 'pr-number': '' });
    expect(fixture.pullRequests()).toEqual([]);
    server.assertDone();

    const merge = await job('merge', { 'merge-shards': 'true' });
    expect(merge.io.failures).toEqual([]);
    expect(merge.io.outputs).toMatchObject({ status: 'complete', branch: BRANCH, 'tasks-done': '2', 'pr-number': '1' });
    const head = fixture.remoteGit(['rev-parse', `refs/heads/${BRANCH}`]).trim();
    expect(fixture.remoteGit(['show', `${head}:src/math.js`])).toContain('left + right');
    expect(fixture.remoteGit(['show', `${head}:src/double.js`])).toContain('value * 2');
    const [pull] = fixture.pullRequests();
    expect(pull!.head).toBe(BRANCH);
    expect(pull!.body).toContain('`fix-add`');
    expect(pull!.body).toContain('`add-double`');
    expect(server.requests).toHaveLength(4);
  });

  it('refuses a merge job without shard branches, by name', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    const merge = await job('merge', { 'merge-shards': 'true' });
    expect(merge.outcome).toBe('failed');
    expect(merge.io.failures.join('\n')).toContain(`No shard branches '${BRANCH}-shard-*' were found on the remote`);
  });
});
