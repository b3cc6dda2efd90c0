import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePipelineModel } from '../../src/cli/run-model.js';
import { parseModelScript, ScriptedModelClient } from '../../src/core/model/model-script.js';
import { runStage } from '../../src/stages/shared/run-stage.js';
import type { StageDefinition } from '../../src/stages/shared/stage-definition.js';
import { createInProcessRunner, type InProcessRunner } from '../stages/support/in-process-runner.js';
import { RecordingIo } from '../stages/support/recording-io.js';

// `drydock run --script FILE`: scripted answers per stage, served to the stage's agent loop
// through the same hook the pipeline uses (createModelClient), with the real tools and journal.

const SCRIPT = {
  stages: {
    plan: [
      { toolCalls: [{ name: 'read_file', arguments: { path: 'src/app.ts' } }] },
      { toolCalls: [{ name: 'finish', arguments: { summary: 'Read the app.', result: { files: ['src/app.ts'] }, evidence: [{ kind: 'file', detail: 'src/app.ts line 1' }] } }] },
    ],
  },
};

/** A stage that runs one agent loop, as the real stages do once their logic lands. */
const agentStage: StageDefinition<Record<string, never>> = {
  name: 'plan',
  inputs: {},
  secretInputs: [],
  incomingState: 'optional',
  goal: () => ({ text: 'Read the app' }),
  async execute(context) {
    const result = await context.runAgent({ systemPrompt: 'You read code.', task: 'Read src/app.ts and finish.' });
    return { outputs: { agent: result.outcome }, result: { turns: result.turns }, summary: '' };
  },
};

let runner: InProcessRunner | undefined;
afterEach(() => {
  if (runner !== undefined) rmSync(runner.root, { recursive: true, force: true });
});

describe('scripted model answers', () => {
  it('drive a stage agent loop through the pipeline hook, and the output says they are scripted', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'drydock-script-')), 'script.json');
    writeFileSync(file, JSON.stringify(SCRIPT));
    const model = await choosePipelineModel({ script: file, environment: {} });
    expect(model.description).toBe(`SCRIPTED model answers from ${file} (2 answers); no model is contacted. For a live model, pass --base-url URL or set OPENAI_API_KEY.`);
    if (model.kind !== 'scripted') throw new Error('expected the scripted model');

    runner = createInProcessRunner('drydock-script-stage-', { 'src/app.ts': "export const greeting = 'hello';\n" }, '6161');
    const io = new RecordingIo();
    const outcome = await runStage(agentStage, {
      io,
      environment: { ...runner.environment, OPENAI_BASE_URL: 'http://127.0.0.1:9/scripted-answers-only' },
      createModelClient: () => model.clientFor('plan'),
    });
    expect(io.failures).toEqual([]);
    expect(outcome).toBe('succeeded');
    expect(io.outputs.agent).toBe('finished');
    const journal = readFileSync(runner.artifactFile('drydock-plan-attempt-1', 'journal.jsonl'), 'utf8');
    const events = journal.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; data: Record<string, unknown> });
    expect(events.filter((event) => event.kind === 'model-call').map((event) => event.data.provider)).toEqual(['scripted', 'scripted']);
    expect(events.filter((event) => event.kind === 'tool-call').map((event) => [event.data.name, event.data.status])).toEqual([
      ['read_file', 'ok'],
      ['finish', 'ok'],
    ]);
  });

  it('a stage asking for more answers than the script has fails, saying which', async () => {
    const client = new ScriptedModelClient(parseModelScript(JSON.stringify(SCRIPT), 'script.json'), 'implement');
    await expect(client.complete({ model: 'gpt-4.1', messages: [] })).rejects.toThrow('The model script has 0 answer(s) for stage implement, and the stage asked for answer 1.');
  });

  it('a malformed script is refused with the file and the key', async () => {
    expect(() => parseModelScript('{"stages":{"plan":[{"text":"hi"}]}}', 'demo/script.json')).toThrow(/Model script demo\/script\.json is invalid:[\s\S]*stages\.plan\[0\]/);
    expect(() => parseModelScript('{', 'demo/script.json')).toThrow('Model script demo/script.json is not valid JSON');
    await expect(choosePipelineModel({ script: 'a.json', replay: 'b.jsonl', environment: {} })).rejects.toThrow('--replay and --script each choose the model; give one of them.');
  });
});
