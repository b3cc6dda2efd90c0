import { describe, expect, it } from 'vitest';
import { retryAfterMsFrom } from '../../src/adapters/model-client-openai-errors.js';
import { fromChatCompletion } from '../../src/adapters/model-client-openai-mapping.js';

const message = { role: 'assistant', content: 'hi' };

describe('fromChatCompletion', () => {
  it('fills in what a minimal OpenAI-compatible server leaves out', () => {
    expect(fromChatCompletion({ choices: [{ message }] }, 'llama3')).toEqual({
      ok: true,
      response: { model: 'llama3', content: 'hi', toolCalls: [], finishReason: 'unknown', usage: { inputTokens: 0, outputTokens: 0 } },
    });
  });

  it('reads custom tool calls with their input as the arguments', () => {
    const read = fromChatCompletion({ choices: [{ message: { content: null, tool_calls: [{ id: 'c1', type: 'custom', custom: { name: 'patch', input: '*** diff' } }] } }] }, 'm');
    expect(read.ok && read.response.toolCalls).toEqual([{ id: 'c1', name: 'patch', arguments: '*** diff' }]);
  });

  it('names what is wrong with a body that is not a completion', () => {
    expect(fromChatCompletion({ choices: [] }, 'm')).toEqual({ ok: false, problem: 'expected at least one choice at choices' });
    expect(fromChatCompletion('<html>', 'm')).toEqual({ ok: false, problem: 'no JSON object' });
    expect(fromChatCompletion(undefined, 'm')).toEqual({ ok: false, problem: 'no JSON object' });
    expect(fromChatCompletion({ error: { message: 'upstream overloaded' } }, 'm')).toEqual({ ok: false, problem: 'an error instead of a completion: upstream overloaded' });
    expect(fromChatCompletion({ choices: [{ message }], usage: { prompt_tokens: -1, completion_tokens: 1 } }, 'm').ok).toBe(false);
  });
});

describe('retryAfterMsFrom', () => {
  const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });
  const now = Date.parse('2025-03-01T10:00:00Z');

  it('prefers retry-after-ms, then reads seconds or an HTTP date', () => {
    expect(retryAfterMsFrom(headers({ 'retry-after-ms': '250.5', 'retry-after': '9' }), now)).toBe(251);
    expect(retryAfterMsFrom(headers({ 'retry-after': '1.5' }), now)).toBe(1500);
    expect(retryAfterMsFrom(headers({ 'retry-after': 'Sat, 01 Mar 2025 10:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMsFrom(headers({ 'retry-after': 'Sat, 01 Mar 2025 09:00:00 GMT' }), now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMsFrom(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMsFrom(headers({}), now)).toBeUndefined();
    expect(retryAfterMsFrom(undefined, now)).toBeUndefined();
  });
});
