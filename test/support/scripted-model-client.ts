import type { ModelCallOptions, ModelClient, ModelRequest, ModelResponse } from '../../src/core/ports/model-client.js';

/** A step of a scripted client: a response (partial, filled with defaults) or an error to throw. */
export type ScriptedClientStep = Partial<ModelResponse> | { throws: unknown };

/** An in-process scripted model client for unit tests of the decorators (no HTTP). */
export interface ScriptedModelClient extends ModelClient {
  /** Each call's request and options, in order. */
  readonly calls: Array<{ request: ModelRequest; options: ModelCallOptions | undefined }>;
  /** Steps not consumed yet. */
  readonly pending: number;
}

/** A client that plays `steps` in order and throws when it runs out. */
export function scriptedModelClient(steps: ScriptedClientStep[], provider = 'scripted'): ScriptedModelClient {
  const queue = [...steps];
  const calls: ScriptedModelClient['calls'] = [];
  return {
    provider,
    calls,
    get pending() {
      return queue.length;
    },
    async complete(request, options) {
      calls.push({ request, options });
      const step = queue.shift();
      if (step === undefined) throw new Error(`scripted client: call ${calls.length} has no step left`);
      if ('throws' in step) throw step.throws;
      return {
        model: request.model,
        content: null,
        toolCalls: [],
        finishReason: 'stop',
        usage: { inputTokens: 10, outputTokens: 5 },
        ...step,
      };
    },
  };
}
