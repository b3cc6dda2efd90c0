import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runStage } from '../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../src/stages/shared/stage-definition.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';
import { createInProcessRunner, type InProcessRunner } from './support/in-process-runner.js';
import { RecordingIo } from './support/recording-io.js';

// The agent runtime as a stage uses it: context.runAgent with the real openai SDK over real HTTP
// to the local OpenAI-compatible test server (given as the `model-base-url` input), the real tools
// on a real workspace, and a re-run attempt resuming from the first attempt's journal.

let server: ModelServer;
let runner: InProcessRunner;
let root: string;
let environment: NodeJS.ProcessEnv;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  runner = createInProcessRunner('drydock-stage-agent-', { 'src/app.ts': "export const greeting = 'hello';\n" }, '9');
  ({ root, environment } = runner);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const STEPS = [
  { toolCalls: [{ id: 'call_1', name: 'read_file', arguments: { path: 'src/app.ts' } }] },
  { toolCalls: [{ id: 'call_2', name: 'apply_edit', arguments: { path: 'src/app.ts', search: "'hello'", replace: "'hi'" } }] },
  { toolCalls: [{ id: 'call_3', name: 'finish', arguments: { summary: 'Changed the greeting.', result: { changed: ['src/app.ts'] }, evidence: [{ kind: 'file', detail: 'src/app.ts' }] } }] },
];

function agentStage(afterLoop: () => void = () => undefined): StageDefinition<Record<string, never>> {
  return {
    name: 'implement',
    inputs: {},
    secretInputs: [],
    incomingState: 'optional',
    goal: () => ({ text: 'Change the greeting' }),
    async execute(context) {
      const result = await context.runAgent({ systemPrompt: 'You change code with the tools you have.', task: 'Change the greeting to hi.' });
      afterLoop();
      return { outputs: {}, result: { outcome: result.outcome, replayed: result.replayedModelCalls, reused: result.reusedToolCalls }, summary: '' };
    },
  };
}

function io(): RecordingIo {
  const recording = new RecordingIo();
  recording.inputs = { 'model-base-url': server.url, 'model-api-key': 'sk-test-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c' };
  return recording;
}

function artifactFile(name: string, file: string): string {
  return readFileSync(runner.artifactFile(name, file), 'utf8');
}

describe('context.runAgent', () => {
  it('runs a loop as the stage identity, journals it and charges the stage', async () => {
    server.script(STEPS);
    const recording = io();
    const outcome = await runStage(agentStage(), { io: recording, environment });
    expect(recording.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    server.assertDone();
    expect(readFileSync(join(root, 'workspace', 'src', 'app.ts'), 'utf8')).toBe("export const greeting = 'hi';\n");
    const journal = artifactFile('drydock-implement-attempt-1', 'journal.jsonl');
    const kinds = journal.trim().split('\n').map((line) => (JSON.parse(line) as { kind: string }).kind);
    expect(kinds.filter((kind) => kind === 'model-call')).toHaveLength(3);
    expect(kinds).toContain('agent-start');
    expect(kinds).toContain('agent-end');
    expect(kinds.filter((kind) => kind === 'tool-call')).toHaveLength(3);
    // The key went to the server as a bearer token, and nowhere near the journal.
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-test-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c');
    expect(journal).not.toContain('sk-test-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c');
    const state = JSON.parse(artifactFile('drydock-implement-attempt-1', 'state.json')) as { stages: { implement: { usage: { turns: number; tokens: number } } } };
    expect(state.stages.implement.usage.turns).toBe(3);
    expect(state.stages.implement.usage.tokens).toBeGreaterThan(0);
  });

  it('a re-run attempt resumes: recorded answers are served and the edit is not made twice', async () => {
    server.script(STEPS);
    const first = await runStage(
      agentStage(() => {
        throw new Error('runner lost after the loop');
      }),
      { io: io(), environment },
    );
    expect(first).toBe('failed');
    server.assertDone();
    // Undo nothing: the workspace keeps the edit, as a re-run on the same machine would see it.
    const recording = io();
    const second = await runStage(agentStage(), { io: recording, environment: { ...environment, GITHUB_RUN_ATTEMPT: '2' } });
    expect(recording.failures).toEqual([]);
    expect(second).toBe('succeeded');
    expect(server.requests).toHaveLength(3); // none more: every answer came from the journal
    const state = JSON.parse(artifactFile('drydock-implement-attempt-2', 'state.json')) as { stages: { implement: { result: { outcome: string; replayed: number; reused: number } } } };
    expect(state.stages.implement.result).toMatchObject({ outcome: 'finished', replayed: 3 });
    expect(state.stages.implement.result.reused).toBeGreaterThanOrEqual(1);
    expect(readFileSync(join(root, 'workspace', 'src', 'app.ts'), 'utf8')).toBe("export const greeting = 'hi';\n");
  });

  it('without credentials outside Actions, the loop fails with a message saying what to set', async () => {
    const recording = new RecordingIo();
    const outcome = await runStage(agentStage(), { io: recording, environment });
    expect(outcome).toBe('failed');
    expect(recording.failures[0]).toMatch(/model-api-key/);
  });
});

describe('cancellation', () => {
  it('a cancelled run stops at once, saves state and a journal that ends where the state says', async () => {
    server.script([STEPS[0]!, { fault: 'slow', delayMs: 1_500 }]);
    let cancel: (signal: string) => void = () => undefined;
    const cancellation = new Promise<string>((resolve) => (cancel = resolve));
    const recording = io();
    const started = Date.now();
    const running = runStage(agentStage(), { io: recording, environment, cancellation });
    // Cancel while the second model call hangs.
    while (server.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    cancel('SIGINT');
    const outcome = await running;
    expect(outcome).toBe('stopped');
    expect(Date.now() - started).toBeLessThan(1_400);
    expect(recording.outputs.outcome).toBe('stopped');
    expect(recording.failures[0]).toMatch(/cancelled \(SIGINT\).*re-run resumes/);

    const state = JSON.parse(artifactFile('drydock-implement-attempt-1', 'state.json')) as {
      stages: { implement: { status: string; journal: { head: string } } };
    };
    expect(state.stages.implement.status).toBe('stopped');
    const lines = artifactFile('drydock-implement-attempt-1', 'journal.jsonl').trim().split('\n');
    expect((JSON.parse(lines.at(-1)!) as { hash: string; kind: string }).kind).toBe('stage-end');
    expect((JSON.parse(lines.at(-1)!) as { hash: string }).hash).toBe(state.stages.implement.journal.head);
    // Let the hung call come back: nothing it does may reach the saved journal.
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    expect(artifactFile('drydock-implement-attempt-1', 'journal.jsonl').trim().split('\n')).toHaveLength(lines.length);
  });
});
