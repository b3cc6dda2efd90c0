import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { implementStage } from '../../../src/stages/implement/implement-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { git } from '../../adapters/support/git-repository.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createImplementFixture, PROJECT_FILES, type ImplementFixture } from './support/implement-fixture.js';

// Dry runs, comment approval and a base branch that moves while the agent works.

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

const BRANCH = 'drydock/run-4242-fix-add-so-it-returns-the-sum';
const edit = { toolCalls: [{ id: 'call_1', name: 'apply_edit', arguments: { path: 'src/math.js', search: 'left - right', replace: 'left + right' } }] };
const finish = { toolCalls: [{ id: 'call_2', name: 'finish', arguments: { summary: 'Fixed add.', result: {}, evidence: [] } }] };

/** Someone pushes to main while the agent works. */
function pushToMain(current: ImplementFixture, files: Record<string, string>): void {
  const other = join(current.runner.root, 'other');
  git(current.runner.root, ['clone', '--quiet', current.remote, other]);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(other, path), text);
  git(other, ['add', '--all']);
  git(other, ['commit', '--quiet', '-m', 'meanwhile on main']);
  git(other, ['push', '--quiet', 'origin', 'main']);
}

describe('implement modes', { timeout: 120_000 }, () => {
  it('a dry run keeps the diff and validator results in the artifact and pushes nothing', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    server.script([edit, finish]);
    const io = fixture.io({ 'dry-run': 'true' });
    expect(await runStage(implementStage, { io, environment: fixture.runner.environment })).toBe('succeeded');
    expect(io.outputs).toMatchObject({ status: 'complete', 'pr-number': '', branch: BRANCH });
    const result = fixture.state('drydock-implement-attempt-1').stages.implement?.result as { dryRunOutput: { diff: string }; tasks: Array<{ validators: Array<{ status: string }> }> };
    expect(result.dryRunOutput.diff).toContain('+  return left + right;');
    expect(result.tasks[0]!.validators.map((validator) => validator.status)).toEqual(['passed', 'passed', 'passed']);
    expect(fixture.remoteGit(['branch', '--list', 'drydock/*']).trim()).toBe('');
    expect(fixture.pullRequests()).toEqual([]);
  });

  it('IM-040 approval by comment: refused without one, void for another digest, accepted for this plan by a user with write access', async () => {
    fixture = await createImplementFixture({
      modelUrl: server.url,
      goal: { issue: { number: 12, title: 'add subtracts' } },
      files: { '.github/drydock.yml': `${PROJECT_FILES['.github/drydock.yml']}  approval: comment\n` },
    });
    fixture.issue(12, 'add subtracts');
    const comments = (entries: Array<[string, string]>) => {
      const directory = join(fixture.runner.workspace, '.git', 'drydock', 'forge', 'comments');
      mkdirSync(directory, { recursive: true });
      const records = entries.map(([author, body], index) => ({ id: index + 1, author, body, createdAt: '2026-01-01T00:00:00Z', url: `local#${index + 1}` }));
      writeFileSync(join(directory, '12.json'), JSON.stringify(records));
    };
    const prefix = fixture.digest.slice('sha256:'.length, 'sha256:'.length + 12);

    const none = fixture.io();
    expect(await runStage(implementStage, { io: none, environment: fixture.runner.environment })).toBe('failed');
    expect(none.failures.join('\n')).toContain(`Comment '/drydock approve ${prefix}' on issue #12`);

    comments([['octocat', '/drydock approve 0123456789ab'], ['mallory', `/drydock approve ${prefix}`]]);
    const stale = fixture.io();
    expect(await runStage(implementStage, { io: stale, environment: { ...fixture.runner.environment, GITHUB_RUN_ATTEMPT: '2' } })).toBe('failed');
    expect(stale.failures.join('\n')).toContain('the plan changed after they were given');
    expect(server.requests).toHaveLength(0);

    comments([['octocat', `LGTM\n/drydock approve ${prefix}`]]);
    server.script([edit, finish]);
    const approved = fixture.io();
    expect(await runStage(implementStage, { io: approved, environment: { ...fixture.runner.environment, GITHUB_RUN_ATTEMPT: '3' } })).toBe('succeeded');
    expect(approved.outputs.status).toBe('complete');
    const approval = fixture
      .journal('drydock-implement-attempt-3')
      .filter((event) => event.kind === 'approval' && event.data.subject === 'plan-comment')
      .at(-1);
    expect(approval?.data).toMatchObject({ approved: true, by: 'octocat' });
  });

  it('rebases onto a base that moved, runs the validators again and says so in the pull request', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    const current = fixture;
    server.script([edit, { expect: () => pushToMain(current, { 'README.md': '# Calculator\n' }), ...finish }]);
    const io = fixture.io();
    expect(await runStage(implementStage, { io, environment: fixture.runner.environment })).toBe('succeeded');
    expect(io.failures).toEqual([]);
    const main = fixture.remoteGit(['rev-parse', 'refs/heads/main']).trim();
    const head = fixture.remoteGit(['rev-parse', `refs/heads/${BRANCH}`]).trim();
    expect(fixture.remoteGit(['merge-base', '--is-ancestor', main, head])).toBe('');
    const rebaseValidators = fixture
      .journal('drydock-implement-attempt-1')
      .filter((event) => event.kind === 'validator-result' && event.data.task === 'rebase')
      .map((event) => event.data.status);
    expect(rebaseValidators).toEqual(['passed', 'passed']);
    expect(fixture.pullRequests()[0]!.body).toContain(`Rebased onto 'main' at ${main.slice(0, 12)}; validators passed again.`);
  });

  it('reports a rebase conflict instead of forcing it, and keeps the branch on the plan base', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    const current = fixture;
    server.script([edit, { expect: () => pushToMain(current, { 'src/math.js': 'export function add(left, right) {\n  return right - left;\n}\n' }), ...finish }]);
    const io = fixture.io();
    expect(await runStage(implementStage, { io, environment: fixture.runner.environment })).toBe('succeeded');
    const head = fixture.remoteGit(['rev-parse', `refs/heads/${BRANCH}`]).trim();
    expect(fixture.remoteGit(['rev-parse', `${head}~1`]).trim()).toBe(fixture.baseSha);
    expect(fixture.pullRequests()[0]!.body).toContain('conflicts in src/math.js');
    expect(fixture.journal('drydock-implement-attempt-1').some((event) => event.kind === 'decision' && event.data.decision === 'rebase-conflict')).toBe(true);
  });
});

describe('implement refinement', { timeout: 120_000 }, () => {
  it('IM-041 after the attempts run out, the planner rewrites the description once (read-only, journaled) and the next attempt uses it', async () => {
    fixture = await createImplementFixture({
      modelUrl: server.url,
      files: { '.github/drydock.yml': PROJECT_FILES['.github/drydock.yml']!.replace('maxAttempts: 2\n  refine: false', 'maxAttempts: 1\n  refine: true') },
    });
    server.script([
      { toolCalls: [{ id: 'try_1', name: 'finish', arguments: { summary: 'Nothing to do.', result: {}, evidence: [] } }] },
      // The planner may read, but its writes are denied: it can only rewrite the description.
      { toolCalls: [{ id: 'plan_1', name: 'write_file', arguments: { path: 'src/math.js', content: 'hacked\n' } }] },
      {
        toolCalls: [
          { id: 'plan_2', name: 'finish', arguments: { summary: 'Sharper task.', result: { description: 'In src/math.js replace `left - right` with `left + right`.' }, evidence: [] } },
        ],
      },
      { expect: (request) => expect(JSON.stringify(request.body?.messages)).toContain('replace `left - right` with `left + right`'), ...edit },
      finish,
    ]);
    const io = fixture.io();
    expect(await runStage(implementStage, { io, environment: fixture.runner.environment })).toBe('succeeded');
    server.assertDone();
    expect(io.outputs.status).toBe('complete');
    const events = fixture.journal('drydock-implement-attempt-1');
    const refined = events.find((event) => event.kind === 'decision' && event.data.decision === 'task-refined');
    expect(refined?.data).toMatchObject({ task: 'fix-add', by: 'planner' });
    const plannerWrite = events.find((event) => event.kind === 'tool-call' && event.data.callId === 'plan_1');
    expect(plannerWrite?.data.status).toBe('denied');
    const plannerDecision = events.find((event) => event.kind === 'policy-decision' && event.data.identity === 'planner' && (event.data.action as { type: string }).type === 'write');
    expect(plannerDecision?.data).toMatchObject({ decision: 'deny', rule: 'PW-002' });
    const result = fixture.state('drydock-implement-attempt-1').stages.implement?.result as { tasks: Array<{ refined: boolean; attempts: number }> };
    expect(result.tasks[0]).toMatchObject({ refined: true, attempts: 2 });
  });
});
