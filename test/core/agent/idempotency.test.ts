import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_ENV_NAME, parseToolArguments, toolCallKey, withIdempotencyKey } from '../../../src/core/agent/idempotency.js';
import type { CommandRequest } from '../../../src/core/ports/command-runner.js';

describe('idempotency keys', () => {
  const call = { runId: 'r', stage: 'implement', turn: 3, callId: 'c1', name: 'run_command', input: { argv: ['make'], cwd: 'src' } };

  it('ID-001 a key depends on where the call was and what it asked, not on key order', () => {
    expect(toolCallKey(call)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(toolCallKey({ ...call, input: { cwd: 'src', argv: ['make'] } })).toBe(toolCallKey(call));
    for (const change of [{ turn: 4 }, { callId: 'c2' }, { runId: 'r2' }, { input: { argv: ['make', 'all'], cwd: 'src' } }]) {
      expect(toolCallKey({ ...call, ...change })).not.toBe(toolCallKey(call));
    }
  });

  it('ID-002 arguments parse as JSON when they can, else stay text', () => {
    expect(parseToolArguments('{"b":1,"a":2}')).toEqual({ a: 2, b: 1 });
    expect(parseToolArguments('{"path":')).toBe('{"path":');
  });

  it('ID-003 commands of a side-effecting call carry its key, beside their own environment', async () => {
    const seen: CommandRequest[] = [];
    const runner = withIdempotencyKey({ run: async (request) => (seen.push(request), {} as never) }, 'sha256:k');
    await runner.run({ argv: ['make'], env: { CI: '1' } });
    expect(seen[0]!.env).toEqual({ CI: '1', [IDEMPOTENCY_ENV_NAME]: 'sha256:k' });
  });
});
