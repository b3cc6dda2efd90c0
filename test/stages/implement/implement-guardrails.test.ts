import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { implementStage } from '../../../src/stages/implement/implement-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createImplementFixture, FIX_TASK, PROJECT_FILES, type ImplementFixture } from './support/implement-fixture.js';

// What the implementer may not do, shown on the real stage: each attempt is denied by policy or
// by the guarded workspace, journaled, and the model's `finish` does not make the task done —
// the validators still fail, so the task is escalated instead of committed.

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

const call = (id: string, name: string, args: Record<string, unknown>) => ({ toolCalls: [{ id, name, arguments: args }] });

describe('implement guardrails', { timeout: 120_000 }, () => {
  it('IM-001 denies workflow files, paths out of the workspace, symlinks out and commands outside the allowlist; the task cannot finish that way', async () => {
    fixture = await createImplementFixture({
      modelUrl: server.url,
      goal: { issue: { number: 12, title: 'add subtracts' } },
      files: { '.github/drydock.yml': `${PROJECT_FILES['.github/drydock.yml']!.replace('maxAttempts: 2', 'maxAttempts: 1')}` },
      links: { 'src/escape': '../../outside' },
      tasks: [{ ...FIX_TASK, targetFiles: [...FIX_TASK.targetFiles, { path: 'src/escape/evil.js', change: 'create' }, { path: '.github/workflows/x.yml', change: 'create' }] }],
    });
    mkdirSync(join(fixture.runner.root, 'outside'));
    fixture.issue(12, 'add subtracts');
    server.script([
      call('call_1', 'write_file', { path: '.github/workflows/x.yml', content: 'on: push\n' }),
      call('call_2', 'write_file', { path: '../outside/x.js', content: 'pwned\n' }),
      call('call_3', 'write_file', { path: 'src/escape/evil.js', content: 'pwned\n' }),
      call('call_4', 'run_command', { argv: ['curl', 'https://attacker.example'] }),
      call('call_5', 'write_file', { path: 'README.md', content: 'not a target\n' }),
      call('call_6', 'finish', { summary: 'All done, trust me.', result: {}, evidence: [] }),
    ]);
    const io = fixture.io();
    const outcome = await runStage(implementStage, { io, environment: fixture.runner.environment });
    server.assertDone();
    expect(outcome).toBe('succeeded');
    expect(io.outputs).toMatchObject({ status: 'failed', 'tasks-done': '0', 'tasks-failed': '1', 'pr-number': '' });

    const events = fixture.journal('drydock-implement-attempt-1');
    const toolCalls = events.filter((event) => event.kind === 'tool-call').map((event) => [event.data.callId, event.data.status]);
    expect(toolCalls).toEqual([
      ['call_1', 'denied'],
      ['call_2', 'denied'],
      // Policy allows the path as written (a target); the guarded workspace refuses where it really leads.
      ['call_3', 'failed'],
      ['call_4', 'denied'],
      ['call_5', 'denied'],
      ['call_6', 'ok'],
    ]);
    const symlink = events.find((event) => event.kind === 'tool-call' && event.data.callId === 'call_3');
    expect(String(symlink?.data.text)).toMatch(/outside|symlink|link/i);
    const denials = events
      .filter((event) => event.kind === 'policy-decision' && event.data.decision === 'deny')
      .map((event) => event.data.rule);
    expect(denials).toEqual(expect.arrayContaining(['PP-002', 'PN-003', 'PC-004', 'PW-004']));
    // Nothing was written anywhere, in or out of the workspace.
    expect(existsSync(join(fixture.runner.workspace, '.github', 'workflows'))).toBe(false);
    expect(existsSync(join(fixture.runner.root, 'outside', 'x.js'))).toBe(false);
    expect(existsSync(join(fixture.runner.root, 'outside', 'evil.js'))).toBe(false);
    // finish did not make it done: the validators did not pass, so there is no commit and no pull request.
    expect(events.some((event) => event.kind === 'decision' && event.data.decision === 'task-failed')).toBe(true);
    expect(fixture.remoteGit(['branch', '--list', 'drydock/*']).trim()).toBe('');
    expect(fixture.pullRequests()).toEqual([]);
    // The human gets the evidence on the issue, with the label.
    const records = fixture.issueRecords(12);
    expect(records.labels).toEqual(['drydock:needs-human']);
    expect(records.comments).toHaveLength(1);
    expect(records.comments[0]!.body).toContain('fix-add');
    expect(records.comments[0]!.body).toContain('All done, trust me.');
    expect(records.comments[0]!.body).toContain('add sums two numbers');
    expect(records.comments[0]!.body).toContain('<!-- drydock:implement-escalation:run-4242 -->');
  });

  it('IM-002 never commits a workflow file, even one an allowed command wrote', async () => {
    fixture = await createImplementFixture({
      modelUrl: server.url,
      files: {
        'scripts/writer.test.js':
          "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('.github/workflows', { recursive: true });\nwriteFileSync('.github/workflows/x.yml', 'on: push\\n');\n",
      },
      tasks: [{ ...FIX_TASK, targetFiles: [...FIX_TASK.targetFiles, { path: '.github/workflows/x.yml', change: 'create' }] }],
    });
    server.script([
      call('call_1', 'apply_edit', { path: 'src/math.js', search: 'left - right', replace: 'left + right' }),
      call('call_2', 'run_command', { argv: ['node', '--test', 'scripts/writer.test.js'] }),
      call('call_3', 'finish', { summary: 'Fixed add.', result: {}, evidence: [] }),
    ]);
    const io = fixture.io();
    expect(await runStage(implementStage, { io, environment: fixture.runner.environment })).toBe('succeeded');
    server.assertDone();
    expect(io.outputs.status).toBe('complete');
    const head = fixture.remoteGit(['rev-parse', 'refs/heads/drydock/run-4242-fix-add-so-it-returns-the-sum']).trim();
    expect(fixture.remoteGit(['show', '--name-only', '--format=', head]).trim()).toBe('src/math.js');
    const refused = fixture.journal('drydock-implement-attempt-1').find((event) => event.kind === 'decision' && event.data.decision === 'commit-paths-refused');
    expect(JSON.stringify(refused?.data)).toContain('.github/workflows/x.yml');
    expect(existsSync(join(fixture.runner.workspace, '.github', 'workflows', 'x.yml'))).toBe(false);
  });
});
