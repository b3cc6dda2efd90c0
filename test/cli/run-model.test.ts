import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePipelineModel } from '../../src/cli/run-model.js';
import { ReplayMismatchError, type ReplayModelClient } from '../../src/core/agent/replay-model-client.js';
import { recordAgentRun } from '../core/agent/support/record-run.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';

// How `drydock run` chooses its model, and the recorded mode on a journal recorded with the real
// openai SDK against the scripted model server.

let server: ModelServer;
let directory: string;
let journalPath: string;

beforeAll(async () => {
  server = await startModelServer();
  directory = await mkdtemp(join(tmpdir(), 'drydock-run-model-'));
  const workspace = join(directory, 'workspace');
  await mkdir(join(workspace, 'src'), { recursive: true });
  await writeFile(join(workspace, 'src', 'app.ts'), "export const greeting = 'hello';\n");
  journalPath = join(directory, 'journal.jsonl');
  server.script([
    { toolCalls: [{ id: 'call_1', name: 'read_file', arguments: { path: 'src/app.ts' } }] },
    { toolCalls: [{ id: 'call_2', name: 'finish', arguments: { summary: 'Read it.', result: {}, evidence: [{ kind: 'file', detail: 'src/app.ts line 1' }] } }] },
  ]);
  await recordAgentRun({ workspaceRoot: workspace, journalPath, modelUrl: server.url });
  server.assertDone();
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe('the model of drydock run', () => {
  it('--replay serves the recorded answers of each stage, strictly, and says so', async () => {
    const model = await choosePipelineModel({ replay: journalPath, environment: {} });
    expect(model.kind).toBe('recorded');
    expect(model.description).toBe(`RECORDED model answers from ${journalPath} (2 model calls); no model is contacted. For a live model, pass --base-url URL or set OPENAI_API_KEY.`);
    if (model.kind !== 'recorded') return;
    const implement = model.clientFor('implement') as ReplayModelClient;
    expect(implement.remaining).toBe(2);
    expect(model.clientFor('implement')).toBe(implement);
    expect((model.clientFor('plan') as ReplayModelClient).remaining).toBe(0);
    // A request the recording does not hold is refused, not answered.
    await expect(implement.complete({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'something else' }] })).rejects.toBeInstanceOf(ReplayMismatchError);
  });

  it('a base URL or OPENAI_API_KEY means a live endpoint; nothing means none, said plainly', async () => {
    expect(await choosePipelineModel({ baseUrl: server.url, environment: {} })).toEqual({
      kind: 'live',
      baseUrl: server.url,
      description: `LIVE model: the OpenAI-compatible endpoint at ${server.url} without a key.`,
    });
    expect((await choosePipelineModel({ environment: { OPENAI_API_KEY: 'sk-x' } })).description).toBe(
      'LIVE model: https://api.openai.com/v1 with OPENAI_API_KEY (model names from .github/drydock.yml).',
    );
    expect((await choosePipelineModel({ environment: {} })).description).toMatch(/^NO model configured: /);
    await expect(choosePipelineModel({ replay: journalPath, baseUrl: server.url, environment: {} })).rejects.toThrow('--base-url and --replay each choose the model; give one of them.');
  });
});
