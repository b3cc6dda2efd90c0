import { describe, expect, it } from 'vitest';
import { ReplayMismatchError, ReplayModelClient } from '../../../src/core/agent/replay-model-client.js';
import type { RecordedModelAnswer } from '../../../src/core/agent/resume-log.js';
import { IntegrityError } from '../../../src/core/errors.js';
import { promptDigest, type ModelCallRecord } from '../../../src/core/model/prompt-digest.js';
import type { ModelRequest } from '../../../src/core/ports/model-client.js';

const request = (text: string): ModelRequest => ({ model: 'm', messages: [{ role: 'user', content: text }] });
const answer = (text: string): RecordedModelAnswer => ({
  promptDigest: promptDigest(request(text)),
  response: { model: 'm', content: `re: ${text}`, toolCalls: [], finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 } },
  record: {} as ModelCallRecord,
  origin: { runId: 'r', seq: 1 },
});

describe('ReplayModelClient', () => {
  it('RM-001 serves recorded answers in order while each prompt matches', async () => {
    const client = new ReplayModelClient([answer('a'), answer('b')]);
    expect((await client.complete(request('a'))).content).toBe('re: a');
    expect((await client.complete(request('b'))).content).toBe('re: b');
    expect(client.served).toBe(2);
    expect(client.remaining).toBe(0);
    expect(client.firstMismatch).toBeUndefined();
  });

  it('RM-002 fails on the first prompt that differs and keeps reporting that one', async () => {
    const client = new ReplayModelClient([answer('a'), answer('b')]);
    await client.complete(request('a'));
    const error = await client.complete(request('c')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ReplayMismatchError);
    expect(IntegrityError.isInstance(error)).toBe(true);
    expect(client.firstMismatch).toEqual({ callIndex: 1, expectedPromptDigest: promptDigest(request('b')), actualPromptDigest: promptDigest(request('c')) });
    await expect(client.complete(request('b'))).rejects.toThrow(/model call 2/);
  });

  it('RM-003 fails when asked past the end of the recording', async () => {
    const client = new ReplayModelClient([answer('a')]);
    await client.complete(request('a'));
    await expect(client.complete(request('b'))).rejects.toThrow('the recording holds only 1 model answers');
  });
});
