import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OpenAIModelClient, createModelClient } from '../../src/adapters/model-client-openai.js';
import { ExternalServiceError } from '../../src/core/errors.js';
import type { ModelEndpoint } from '../../src/core/model/model-endpoint.js';
import type { ModelRequest } from '../../src/core/ports/model-client.js';
import { startModelServer, type ModelServer } from '../support/model-server.js';

const API_KEY = 'sk-test-0123456789abcdefghijklmnop';

let server: ModelServer;
beforeAll(async () => {
  server = await startModelServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.reset();
});

function endpoint(overrides: Partial<ModelEndpoint> = {}): ModelEndpoint {
  return { provider: 'openai', baseUrl: server.url, auth: { kind: 'bearer', token: API_KEY }, maxTokensParameter: 'max_completion_tokens', ...overrides };
}

const ask: ModelRequest = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Say hello' }] };

async function failureOf(promise: Promise<unknown>): Promise<ExternalServiceError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(ExternalServiceError.isInstance(error)).toBe(true);
  return error as ExternalServiceError;
}

describe('OpenAIModelClient over the local model server', () => {
  it('maps a text answer with usage, cached tokens and the answering model', async () => {
    server.script([{ text: 'hello', usage: { promptTokens: 120, completionTokens: 3, cachedTokens: 100 }, model: 'gpt-4.1-mini-2025-04-14' }]);
    const response = await new OpenAIModelClient(endpoint()).complete(ask);
    expect(response).toEqual({
      model: 'gpt-4.1-mini-2025-04-14',
      content: 'hello',
      toolCalls: [],
      finishReason: 'stop',
      usage: { inputTokens: 120, outputTokens: 3, cachedInputTokens: 100 },
    });
    expect(server.requests[0]!.url).toBe('/v1/chat/completions');
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    server.assertDone();
  });

  it('sends messages with tool calls and results, tools, the response schema and limits', async () => {
    server.script([
      {
        toolCalls: [{ name: 'read_file', arguments: { path: 'src/a.ts' } }, { name: 'bad', arguments: '{not json' }],
        expect: (request) => {
          expect(request.body).toMatchObject({
            model: 'gpt-4.1-mini',
            messages: [
              { role: 'system', content: 'You are careful.' },
              { role: 'user', content: 'Read a file' },
              { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'list_files', arguments: '{}' } }] },
              { role: 'tool', tool_call_id: 'call_1', content: 'src/a.ts' },
            ],
            tools: [{ type: 'function', function: { name: 'read_file', description: 'Reads a file', parameters: { type: 'object' } } }],
            response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object' }, strict: true } },
            max_completion_tokens: 500,
            temperature: 0,
          });
          expect(request.body).not.toHaveProperty('max_tokens');
        },
      },
    ]);
    const response = await new OpenAIModelClient(endpoint()).complete({
      model: 'gpt-4.1-mini',
      messages: [
        { role: 'system', content: 'You are careful.' },
        { role: 'user', content: 'Read a file' },
        { role: 'assistant', content: null, toolCalls: [{ id: 'call_1', name: 'list_files', arguments: '{}' }] },
        { role: 'tool', toolCallId: 'call_1', content: 'src/a.ts' },
      ],
      tools: [{ name: 'read_file', description: 'Reads a file', parameters: { type: 'object' } }],
      responseSchema: { name: 'answer', schema: { type: 'object' }, strict: true },
      maxOutputTokens: 500,
      temperature: 0,
    });
    expect(response.finishReason).toBe('tool_calls');
    expect(response.toolCalls.map(({ name, arguments: text }) => ({ name, text }))).toEqual([
      { name: 'read_file', text: '{"path":"src/a.ts"}' },
      { name: 'bad', text: '{not json' },
    ]);
    expect(response.toolCalls[0]!.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
    server.assertDone();
  });

  it('returns structured JSON as content and reports a refusal', async () => {
    server.script([{ json: { verdict: 'pass' } }, { text: '', refusal: 'I cannot help with that.' }]);
    const client = new OpenAIModelClient(endpoint());
    expect((await client.complete(ask)).content).toBe('{"verdict":"pass"}');
    expect((await client.complete(ask)).refusal).toBe('I cannot help with that.');
    server.assertDone();
  });

  it('authenticates Azure OpenAI with the api-key header only, and a keyless server with nothing', async () => {
    server.script([{ text: 'azure' }, { text: 'local' }]);
    await new OpenAIModelClient(endpoint({ provider: 'azure-openai', auth: { kind: 'api-key-header', key: API_KEY } })).complete(ask);
    await new OpenAIModelClient(endpoint({ provider: 'openai-compatible', auth: { kind: 'none' }, maxTokensParameter: 'max_tokens' })).complete({ ...ask, maxOutputTokens: 9 });
    const [azure, local] = server.requests;
    expect(azure!.headers['api-key']).toBe(API_KEY);
    expect(azure!.headers.authorization).toBeUndefined();
    expect(local!.headers.authorization).toBeUndefined();
    expect(local!.headers['api-key']).toBeUndefined();
    expect(local!.body).toMatchObject({ max_tokens: 9 });
    server.assertDone();
  });

  it('prefixes GitHub Models model names with their publisher', async () => {
    server.script([{ text: 'hi' }, { text: 'hi' }]);
    const client = new OpenAIModelClient(endpoint({ provider: 'github-models', modelPrefix: 'openai/' }));
    await client.complete(ask);
    await client.complete({ ...ask, model: 'meta/llama-4-scout' });
    expect(server.requests.map((request) => request.body?.model)).toEqual(['openai/gpt-4.1-mini', 'meta/llama-4-scout']);
  });

  it('createModelClient sends an openai-compatible route to its base URL', async () => {
    server.script([{ text: 'ok' }]);
    const client = createModelClient({ provider: 'openai-compatible', baseUrl: server.url }, { provider: 'openai-compatible', source: 'test' });
    expect(client.provider).toBe('openai-compatible');
    expect((await client.complete(ask)).content).toBe('ok');
  });
});

describe('OpenAIModelClient faults', () => {
  it('429 is retryable and carries Retry-After', async () => {
    server.script([{ fault: 'rate-limit', retryAfterSeconds: 7 }, { fault: 'rate-limit', retryAfterSeconds: 7, retryAfterMs: 1500 }]);
    const client = new OpenAIModelClient(endpoint());
    const first = await failureOf(client.complete(ask));
    expect(first).toMatchObject({ service: 'model', status: 429, retryable: true, retryAfterMs: 7000 });
    expect(first.message).toContain('openai model gpt-4.1-mini answered 429');
    expect((await failureOf(client.complete(ask))).retryAfterMs).toBe(1500);
  });

  it('5xx is retryable, 400 is not', async () => {
    server.script([{ fault: 'server-error' }, { fault: 'server-error', status: 503 }, { fault: 'http-error', status: 400, message: 'bad schema' }]);
    const client = new OpenAIModelClient(endpoint());
    expect(await failureOf(client.complete(ask))).toMatchObject({ status: 500, retryable: true });
    expect(await failureOf(client.complete(ask))).toMatchObject({ status: 503, retryable: true });
    const bad = await failureOf(client.complete(ask));
    expect(bad).toMatchObject({ status: 400, retryable: false });
    expect(bad.message).toContain('bad schema');
  });

  it('a slow answer past the timeout is a retryable timeout', async () => {
    server.script([{ fault: 'slow', delayMs: 2000 }]);
    const error = await failureOf(new OpenAIModelClient(endpoint()).complete({ ...ask, timeoutMs: 200 }));
    expect(error).toMatchObject({ retryable: true, status: undefined });
    expect(error.message).toContain('no answer within 200 ms');
  });

  it('malformed JSON and a truncated body are retryable', async () => {
    server.script([{ fault: 'malformed-json' }, { fault: 'truncated' }]);
    const client = new OpenAIModelClient(endpoint());
    const malformed = await failureOf(client.complete(ask));
    expect(malformed.retryable).toBe(true);
    expect(malformed.message).toContain('not valid JSON');
    const truncated = await failureOf(client.complete(ask));
    expect(truncated.retryable).toBe(true);
    server.assertDone();
  });

  it('a connection refused is retryable', async () => {
    const error = await failureOf(new OpenAIModelClient(endpoint({ baseUrl: 'http://127.0.0.1:1/v1' })).complete(ask));
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('could not reach');
  });

  it('never puts the key in a message, even when the server echoes it', async () => {
    server.script([{ fault: 'http-error', status: 401, message: `Incorrect API key provided: ${API_KEY}` }]);
    const error = await failureOf(new OpenAIModelClient(endpoint()).complete(ask));
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(error.message).not.toContain(API_KEY);
    expect(String((error.cause as Error).message)).not.toContain(API_KEY);
    expect(error.message).toContain('model-api-key');
  });
});

describe('local model server', () => {
  it('answers an unscripted request with 500 and fails assertDone', async () => {
    const error = await failureOf(new OpenAIModelClient(endpoint()).complete(ask));
    expect(error.status).toBe(500);
    expect(server.unexpected).toHaveLength(1);
    expect(() => server.assertDone()).toThrow(/unexpected request #1/);
  });

  it('fails assertDone when steps are left or an expectation failed', async () => {
    server.script([
      {
        text: 'x',
        expect: () => {
          throw new Error('wrong prompt');
        },
      },
      { text: 'left over' },
    ]);
    expect((await failureOf(new OpenAIModelClient(endpoint()).complete(ask))).status).toBe(400);
    expect(() => server.assertDone()).toThrow(/1 scripted step\(s\) left unconsumed.*expectation failed: wrong prompt/);
  });
});
