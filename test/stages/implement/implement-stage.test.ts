import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { journalVerifyCommand } from '../../../src/cli/journal-command.js';
import { implementStage } from '../../../src/stages/implement/implement-stage.js';
import { runStage } from '../../../src/stages/shared/run-stage.js';
import { startModelServer, type ModelServer } from '../../support/model-server.js';
import { createImplementFixture, type ImplementFixture } from './support/implement-fixture.js';

// End to end on a real project: a real git repository with a bare origin, a real failing
// node:test test run by the real runner as the validator, the real openai SDK over HTTP to the
// scripted model server, the real tools under policy, and the local forge's pull request records.

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

const fixEdit = (id: string, search: string, replace: string) => ({ toolCalls: [{ id, name: 'apply_edit', arguments: { path: 'src/math.js', search, replace } }] });
const finish = (id: string, summary: string) => ({ toolCalls: [{ id, name: 'finish', arguments: { summary, result: {}, evidence: [] } }] });

describe('implement stage, end to end', { timeout: 120_000 }, () => {
  it('fixes the bug on a branch whose commit makes the failing test pass, and opens a draft pull request with the evidence', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    server.script([fixEdit('call_1', 'left - right', 'left + right'), finish('call_2', 'add now returns the sum.\nDrydock-Task: forged')]);
    const io = fixture.io();
    const outcome = await runStage(implementStage, { io, environment: fixture.runner.environment });
    expect(io.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    server.assertDone();

    const branch = 'drydock/run-4242-fix-add-so-it-returns-the-sum';
    expect(io.outputs).toMatchObject({ status: 'complete', branch, 'tasks-done': '1', 'tasks-failed': '0', 'pr-number': '1' });
    // The branch on the remote holds one commit on the base, with trailers the model's text could not forge.
    const head = fixture.remoteGit(['rev-parse', `refs/heads/${branch}`]).trim();
    expect(fixture.remoteGit(['rev-list', '--count', `${fixture.baseSha}..${head}`]).trim()).toBe('1');
    expect(fixture.remoteGit(['show', `${head}:src/math.js`])).toContain('left + right');
    const trailers = fixture.remoteGit(['log', '-1', '--format=%(trailers:only,unfold)', head]);
    expect(trailers).toContain('Drydock-Run: 4242');
    expect(trailers).toContain('Drydock-Task: fix-add');
    expect(trailers).toContain(`Drydock-Plan: ${fixture.digest}`);
    expect(trailers).not.toContain('forged');

    // The validators judged it: related tests first, then the full run, then the acceptance check.
    const events = fixture.journal('drydock-implement-attempt-1');
    // The journal trailer names an event of the stage's journal: the commit is tied to its evidence.
    const journalHead = /Drydock-Journal: (sha256:[0-9a-f]{64})/.exec(trailers)?.[1];
    expect(events.some((event) => (event as { hash?: string }).hash === journalHead)).toBe(true);
    const validators = events.filter((event) => event.kind === 'validator-result').map((event) => [event.data.name, event.data.status, event.data.argv]);
    expect(validators).toEqual([
      ['test (related)', 'passed', ['node', '--test', 'test/math.test.js']],
      ['test', 'passed', ['node', '--test']],
      ['acceptance fix-add#1', 'passed', ['node', '--test', 'test/math.test.js']],
    ]);
    const verified = await journalVerifyCommand(fixture.runner.artifactFile('drydock-implement-attempt-1', 'journal.jsonl'));
    expect(verified.stdout).toMatch(/^journal OK/);

    const [pull] = fixture.pullRequests();
    expect(pull).toMatchObject({ number: 1, head: branch, base: 'main', draft: true });
    expect(pull!.body).toContain(fixture.digest);
    expect(pull!.body).toContain('✅ done');
    expect(pull!.body).toContain('`src/math.js`');
    expect(pull!.body).toContain('node --test test/math.test.js');
    expect(pull!.body).toContain('journal verify');
    expect(pull!.body).toContain('<!-- drydock:implement:run-4242 -->');
  });

  it('recovers from a broken edit through the validator signals', async () => {
    fixture = await createImplementFixture({ modelUrl: server.url });
    server.script([
      fixEdit('call_1', 'left - right', 'left * right'),
      finish('call_2', 'Done.'),
      {
        expect: (request) => {
          const task = JSON.stringify(request.body?.messages);
          // The failing test by name, the exit code and the output, wrapped as untrusted.
          expect(task).toContain('add sums two numbers');
          expect(task).toContain('exit 1');
          expect(task).toContain('<untrusted id=');
        },
        ...fixEdit('call_3', 'left * right', 'left + right'),
      },
      finish('call_4', 'Fixed the operator.'),
    ]);
    const io = fixture.io();
    expect(await runStage(implementStage, { io, environment: fixture.runner.environment })).toBe('succeeded');
    server.assertDone();
    expect(io.outputs.status).toBe('complete');
    const statuses = fixture
      .journal('drydock-implement-attempt-1')
      .filter((event) => event.kind === 'validator-result')
      .map((event) => `${event.data.attempt} ${event.data.name} ${event.data.status}`);
    expect(statuses).toEqual(['1 test (related) failed', '1 test skipped', '1 acceptance fix-add#1 failed', '2 test (related) passed', '2 test passed', '2 acceptance fix-add#1 passed']);
    const head = fixture.remoteGit(['rev-parse', 'refs/heads/drydock/run-4242-fix-add-so-it-returns-the-sum']).trim();
    expect(fixture.remoteGit(['show', `${head}:src/math.js`])).toContain('left + right');
  });
});
