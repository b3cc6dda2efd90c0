import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planDigest, type Plan } from '../../../src/core/plan/plan.js';
import { implementStage } from '../../../src/stages/implement/implement-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../../src/stages/shared/stage-definition.js';
import { git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { RecordingIo } from '../support/recording-io.js';
import { createInProcessRunner } from '../support/in-process-runner.js';
import { createImplementFixture, FIX_TASK, PROJECT_FILES, type ImplementFixture } from './support/implement-fixture.js';

// Faults on the real stage: each ends with an error that names what and where, no pull request
// for unpushed work, the journal and state saved, and a re-run that resumes.

let server: ModelServer;
let fixture: ImplementFixture | undefined;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());
afterEach(() => {
  if (fixture !== undefined) rmSync(fixture.runner.root, { recursive: true, force: true });
  fixture = undefined;
});

const BRANCH = 'drydock/run-4242-fix-add-so-it-returns-the-sum';
const fixSteps = (prefix: string) => [
  { toolCalls: [{ id: `${prefix}_1`, name: 'apply_edit', arguments: { path: 'src/math.js', search: 'left - right', replace: 'left + right' } }] },
  { toolCalls: [{ id: `${prefix}_2`, name: 'finish', arguments: { summary: 'Fixed add.', result: {}, evidence: [] } }] },
];
const withConfig = (replace: (config: string) => string) => ({ '.github/drydock.yml': replace(PROJECT_FILES['.github/drydock.yml']!) });

/** What a runner gives a re-run: a fresh checkout of the base branch, without the earlier attempt's local branch. */
function freshCheckout(current: ImplementFixture): void {
  git(current.runner.workspace, ['checkout', '--quiet', 'main']);
  git(current.runner.workspace, ['branch', '--quiet', '-D', BRANCH]);
}

async function implement(current: ImplementFixture, options: { attempt?: number; inputs?: Record<string, string> } = {}) {
  const io = current.io(options.inputs);
  const environment = { ...current.runner.environment, GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1) };
  const outcome = await runStage(implementStage, { io, environment });
  return { io, outcome };
}

describe('implement faults', { timeout: 120_000 }, () => {
  it('IM-010 refuses a plan whose digest differs from the approved one, and changes nothing', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    const { io, outcome } = await implement(fixture, { inputs: { 'plan-digest': `sha256:${'1'.repeat(64)}` } });
    expect(outcome).toBe('failed');
    expect(io.failures.join('\n')).toContain(`The plan in the run state has digest ${fixture.digest}, but the approved plan-digest is sha256:${'1'.repeat(64)}`);
    expect(fixture.state('drydock-implement-attempt-1').stages.implement?.status).toBe('failed');
    expect(fixture.git(['branch', '--list', 'drydock/*']).trim()).toBe('');
    expect(server.requests).toHaveLength(0);
  });

  it('IM-011 refuses a missing run state and a corrupt plan, naming where', async () => {
    const runner = createInProcessRunner('drydock-implement-corrupt-', PROJECT_FILES, '77');
    try {
      const missing = new RecordingIo();
      missing.inputs = { 'plan-digest': `sha256:${'2'.repeat(64)}` };
      expect(await runStage(implementStage, { io: missing, environment: runner.environment })).toBe('failed');
      expect(missing.failures.join('\n')).toContain('The implement stage needs the run state of an earlier stage');

      const corrupt: Plan = { version: 1, goal: { text: 'x' }, baseSha: 'f'.repeat(40), summary: 's', tasks: [{ ...FIX_TASK, size: 'huge' as never }] };
      const planStage: StageDefinition<Record<string, never>> = {
        name: 'plan',
        inputs: {},
        secretInputs: [],
        incomingState: 'optional',
        goal: () => ({ text: 'x' }),
        execute: async () => ({ outputs: {}, result: { plan: corrupt }, summary: '' }),
      };
      expect(await runStage(planStage, { io: new RecordingIo(), environment: runner.environment })).toBe('succeeded');
      const io = new RecordingIo();
      io.inputs = { 'plan-digest': `sha256:${'2'.repeat(64)}` };
      expect(await runStage(implementStage, { io, environment: runner.environment })).toBe('failed');
      expect(io.failures.join('\n')).toMatch(/The plan in the run state \(stages\.plan\.result\.plan\) is not a valid plan:[\s\S]*tasks\[0\]\.size/);
    } finally {
      rmSync(runner.root, { recursive: true, force: true });
    }
  });

  it('IM-012 names a deleted base branch before any work', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    fixture.remoteGit(['update-ref', '-d', 'refs/heads/main']);
    const { io, outcome } = await implement(fixture);
    expect(outcome).toBe('failed');
    expect(io.failures.join('\n')).toContain("The base branch 'main' no longer exists on the remote");
    expect(server.requests).toHaveLength(0);
  });

  it('IM-013 reports a push refused by a protected-branch hook, opens no pull request, and a re-run after the fix ships', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    const hook = join(fixture.remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\nwhile read old new ref; do\n  case "$ref" in refs/heads/drydock/*) echo "error: GH006: Protected branch update failed for $ref." >&2; exit 1;; esac\ndone\n');
    chmodSync(hook, 0o755);
    server.script(fixSteps('first'));
    const first = await implement(fixture);
    expect(first.outcome).toBe('failed');
    expect(first.io.failures.join('\n')).toMatch(new RegExp(`Pushing '${BRANCH}' to 'origin' was rejected: the remote refused it \\(a protected branch or a server hook\\)`));
    expect(fixture.pullRequests()).toEqual([]);
    expect(fixture.state('drydock-implement-attempt-1').stages.implement?.status).toBe('failed');

    rmSync(hook);
    freshCheckout(fixture);
    server.script(fixSteps('second'));
    const second = await implement(fixture, { attempt: 2 });
    expect(second.io.failures).toEqual([]);
    expect(second.io.outputs).toMatchObject({ status: 'complete', 'pr-number': '1' });
    expect(fixture.remoteGit(['rev-parse', '--verify', `refs/heads/${BRANCH}`]).trim()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('IM-014 reports a non-fast-forward push without overwriting the commit someone else pushed', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    const current = fixture;
    const [edit, done] = fixSteps('race');
    server.script([
      edit!,
      {
        // While the agent works, someone else pushes to the branch.
        expect: () => {
          git(current.runner.workspace, ['push', '--quiet', 'origin', `${current.baseSha}:refs/heads/${BRANCH}`]);
          const other = join(current.runner.root, 'other');
          git(current.runner.root, ['clone', '--quiet', '--branch', BRANCH, current.remote, other]);
          writeFileSync(join(other, 'NOTES.md'), 'mine\n');
          git(other, ['add', 'NOTES.md']);
          git(other, ['commit', '--quiet', '-m', 'human commit']);
          git(other, ['push', '--quiet', 'origin', BRANCH]);
        },
        ...done!,
      },
    ]);
    const { io, outcome } = await implement(fixture);
    expect(outcome).toBe('failed');
    expect(io.failures.join('\n')).toContain('non-fast-forward');
    expect(fixture.remoteGit(['log', '-1', '--format=%s', `refs/heads/${BRANCH}`]).trim()).toBe('human commit');
    expect(fixture.pullRequests()).toEqual([]);
  });

  it('IM-015 a missing validator program and a hanging validator fail the task with what and where; the hung process tree is killed', async () => {
    fixture = await createImplementFixture({
      modelUrl: server.url,
      files: {
        ...withConfig((config) =>
          config
            .replace('maxAttempts: 2', 'maxAttempts: 1')
            .replace(
              'validators:\n',
              'validators:\n  format:\n    argv: [no-such-formatter-xyz]\n    kind: format\n  hang:\n    argv: [node, scripts/hang.js]\n    kind: build\n    timeoutSeconds: 1\n',
            ),
        ),
        'scripts/hang.js':
          "import { spawn } from 'node:child_process';\nimport { writeFileSync } from 'node:fs';\n" +
          "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });\n" +
          "writeFileSync('hang.pid', String(child.pid));\nsetInterval(() => {}, 1000);\n",
        '.gitignore': 'hang.pid\n',
      },
    });
    server.script(fixSteps('tools'));
    const { io, outcome } = await implement(fixture);
    expect(outcome).toBe('succeeded');
    expect(io.outputs).toMatchObject({ status: 'failed', 'tasks-failed': '1' });
    const results = fixture
      .journal('drydock-implement-attempt-1')
      .filter((event) => event.kind === 'validator-result')
      .map((event) => [event.data.name, event.data.status, event.data.reason ?? '']);
    expect(results).toContainEqual(['format', 'missing', "The program 'no-such-formatter-xyz' of format was not found (exit 127); install it or fix the validator's argv."]);
    expect(results).toContainEqual(['hang', 'timed-out', 'hang did not finish within 1 s; its process tree was killed.']);
    const pid = Number(readFileSync(join(fixture.runner.workspace, 'hang.pid'), 'utf8'));
    expect(isAlive(pid)).toBe(false);
    const task = (fixture.state('drydock-implement-attempt-1').stages.implement?.result?.tasks as Array<{ reason: string }>)[0];
    expect(task?.reason).toContain('no-such-formatter-xyz');
    expect(existsSync(join(fixture.runner.workspace, 'src', 'math.js'))).toBe(true);
    // The failed task's edit was thrown out: the work tree is the base again.
    expect(readFileSync(join(fixture.runner.workspace, 'src', 'math.js'), 'utf8')).toContain('left - right');
  });

  it('IM-016 a re-run resumes after the last committed task without asking the model again', async () => {
    const second = {
      id: 'add-multiply',
      title: 'Add multiply',
      description: 'Export multiply(left, right) from src/math.js.',
      targetFiles: [{ path: 'src/math.js', change: 'modify' as const }],
      acceptanceChecks: [{ kind: 'command' as const, argv: ['node', '--test', 'test/multiply.test.js'] }],
      dependsOn: ['fix-add'],
      size: 'xs' as const,
    };
    fixture = await createImplementFixture({
      modelUrl: server.url,
      tasks: [FIX_TASK, second],
      files: {
        'test/multiply.test.js':
          "import test from 'node:test';\nimport assert from 'node:assert/strict';\nimport * as math from '../src/math.js';\n\n" +
          "test('multiply multiplies', () => {\n  assert.equal(math.multiply?.(2, 3), 6);\n});\n",
        ...withConfig((config) => config.replace('argv: [node, --test]', 'argv: [node, --test, test/math.test.js]')),
      },
    });
    // Attempt 1: the first task is done, then the model endpoint refuses the request for the second.
    server.script([...fixSteps('one'), { fault: 'http-error', status: 400, message: 'context too long' }]);
    const first = await implement(fixture);
    expect(first.outcome).toBe('failed');
    expect(first.io.failures.join('\n')).toContain('context too long');
    const pushed = fixture.remoteGit(['rev-parse', `refs/heads/${BRANCH}`]).trim();
    expect(fixture.remoteGit(['log', '-1', '--format=%(trailers:key=Drydock-Task,valueonly)', pushed]).trim()).toBe('fix-add');
    expect(fixture.pullRequests()).toEqual([]);

    // Attempt 2 starts from a fresh checkout of the base, as a runner would.
    freshCheckout(fixture);
    server.reset();
    server.script([
      {
        expect: (request) => expect(JSON.stringify(request.body?.messages)).toContain('Task add-multiply'),
        toolCalls: [{ id: 'two_1', name: 'apply_edit', arguments: { path: 'src/math.js', search: 'export function add', replace: 'export function multiply(left, right) {\n  return left * right;\n}\n\nexport function add' } }],
      },
      { toolCalls: [{ id: 'two_2', name: 'finish', arguments: { summary: 'Added multiply.', result: {}, evidence: [] } }] },
    ]);
    const rerun = await implement(fixture, { attempt: 2 });
    server.assertDone();
    expect(rerun.io.failures).toEqual([]);
    expect(rerun.io.outputs).toMatchObject({ status: 'complete', 'tasks-done': '2', 'pr-number': '1' });
    const tasks = fixture.remoteGit(['log', '--reverse', '--format=%(trailers:key=Drydock-Task,valueonly)', `${fixture.baseSha}..refs/heads/${BRANCH}`]);
    expect(tasks.split('\n').filter((line) => line.trim() !== '')).toEqual(['fix-add', 'add-multiply']);
    const body = fixture.pullRequests()[0]!.body;
    expect(body).toContain('✅ done (earlier attempt)');
    // Another re-run finds both tasks committed and only updates the pull request: never a duplicate.
    freshCheckout(fixture);
    const third = await implement(fixture, { attempt: 3 });
    expect(third.io.failures).toEqual([]);
    expect(third.io.outputs).toMatchObject({ status: 'complete', 'pr-number': '1' });
    expect(fixture.pullRequests()).toHaveLength(1);
    expect(planDigest(fixture.plan)).toBe(fixture.digest);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
