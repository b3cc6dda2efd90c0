import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DrydockError, ModelBehaviourError } from '../../../src/core/errors.js';
import { completeStructured } from '../../../src/core/model/structured.js';
import { scriptedModelClient, type ScriptedClientStep } from '../../support/scripted-model-client.js';

const verdict = z.object({ verdict: z.enum(['pass', 'fail']), reasons: z.array(z.string()).min(1) });
const request = { model: 'gpt-4.1-mini', messages: [{ role: 'user' as const, content: 'Judge the run' }] };

async function behaviourError(promise: Promise<unknown>): Promise<ModelBehaviourError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(ModelBehaviourError.isInstance(error)).toBe(true);
  return error as ModelBehaviourError;
}

describe('completeStructured', () => {
  it('asks with the schema in strict mode and returns the validated value', async () => {
    const client = scriptedModelClient([{ content: '{"verdict":"pass","reasons":["all green"]}' }]);
    const result = await completeStructured({ client, request, schema: verdict, schemaName: 'verdict' });
    expect(result.value).toEqual({ verdict: 'pass', reasons: ['all green'] });
    expect(result.repairs).toBe(0);
    expect(client.calls[0]!.request.responseSchema).toMatchObject({ name: 'verdict', strict: true, schema: { type: 'object', required: ['verdict', 'reasons'] } });
  });

  it('shows the model the zod issues in one repair turn and accepts the corrected answer', async () => {
    const client = scriptedModelClient([{ content: '{"verdict":"maybe","reasons":[]}' }, { content: '{"verdict":"fail","reasons":["flaky"]}' }]);
    const result = await completeStructured({ client, request, schema: verdict, schemaName: 'verdict' });
    expect(result).toMatchObject({ value: { verdict: 'fail' }, repairs: 1 });
    const repair = client.calls[1]!.request.messages;
    expect(repair.slice(0, 2)).toEqual([...request.messages, { role: 'assistant', content: '{"verdict":"maybe","reasons":[]}' }]);
    expect(repair[2]).toMatchObject({ role: 'user' });
    expect(repair[2]!.content).toContain('does not follow the JSON schema "verdict"');
    expect(repair[2]!.content).toContain('→ at verdict');
    expect(repair[2]!.content).toContain('→ at reasons');
  });

  it('fails as model behaviour with the issues after the bounded repair', async () => {
    const client = scriptedModelClient([{ content: '{"verdict":"maybe","reasons":["x"]}' }, { content: '{"verdict":"perhaps","reasons":["x"]}' }, { content: 'never asked' }]);
    const error = await behaviourError(completeStructured({ client, request, schema: verdict, schemaName: 'verdict' }));
    expect(client.calls).toHaveLength(2);
    expect(error.message).toContain('does not follow the schema "verdict" after 1 repair turn');
    expect(error.issues).toEqual([expect.objectContaining({ code: 'invalid_value', path: ['verdict'] })]);
  });

  it('treats text that is not JSON, an empty answer, tool calls and a refusal as issues', async () => {
    const cases: Array<[ScriptedClientStep, string, string]> = [
      [{ content: '{"verdict":', finishReason: 'length' }, 'invalid_json', 'cut off at the output-token limit'],
      [{ content: '' }, 'no_content', 'empty'],
      [{ content: null, toolCalls: [{ id: 'c', name: 'read_file', arguments: '{}' }] }, 'no_content', 'called tools'],
      [{ content: null, refusal: 'No.' }, 'refusal', 'refused: No.'],
    ];
    for (const [step, code, text] of cases) {
      const error = await behaviourError(completeStructured({ client: scriptedModelClient([step]), request, schema: verdict, schemaName: 'verdict', repairTurns: 0 }));
      expect(error.issues).toEqual([{ code, message: expect.stringContaining(text), path: [] }]);
    }
  });

  it('lets strict mode be forced off and turns it off for schemas it cannot enforce', async () => {
    const client = scriptedModelClient([{ content: '{"note":"x"}' }, { content: '{"verdict":"pass","reasons":["a"]}' }]);
    await completeStructured({ client, request, schema: z.object({ note: z.string().optional() }), schemaName: 'note' });
    await completeStructured({ client, request, schema: verdict, schemaName: 'verdict', strict: false });
    expect(client.calls.map((call) => call.request.responseSchema?.strict)).toEqual([false, false]);
  });

  it('refuses a schema name the provider would reject', async () => {
    await expect(completeStructured({ client: scriptedModelClient([]), request, schema: verdict, schemaName: 'my verdict!' })).rejects.toThrow(DrydockError);
  });
});
