import { digestOf } from '../canonical-json.js';
import type { ModelRequest } from '../ports/model-client.js';

/**
 * The digest that identifies what was asked of a model: messages, tools and response schema. The
 * model name is left out on purpose, so a call that fell back to another model is still the same
 * question. Replay and resume find recorded answers by it.
 */
export function promptDigest(request: Pick<ModelRequest, 'messages' | 'tools' | 'responseSchema'>): string {
  return digestOf({
    messages: request.messages,
    tools: request.tools ?? [],
    responseSchema: request.responseSchema ?? null,
  });
}

/** What a `model-call` journal event carries: enough to replay the call. */
export interface ModelCallRecord {
  /** Provider that answered (`openai`, `github-models`, `replay`, …). */
  provider: string;
  /** Model asked (after routing) and the model that answered, when the provider says. */
  model: string;
  /** {@link promptDigest} of the request. */
  promptDigest: string;
  /**
   * The request messages (the journal redacts secrets before hashing). With `messagesFrom`, only
   * the messages after the first `kept` of that earlier call: a conversation grows by a few
   * messages a turn, and journaling it whole every turn would grow the journal with the square of
   * the turns.
   */
  messages: ModelRequest['messages'];
  /** The earlier call whose first `kept` messages precede `messages`. */
  messagesFrom?: { promptDigest: string; kept: number };
  /** Names of the tools offered. */
  tools: string[];
  /** Name of the structured-output schema, when one was required. */
  responseSchema?: string;
  /** The answer, when the call succeeded. */
  response?: {
    model: string;
    content: string | null;
    toolCalls: Array<{ id: string; name: string; arguments: string }>;
    finishReason: string;
  };
  usage?: { inputTokens: number; outputTokens: number; cachedInputTokens?: number };
  /** Cost in USD; absent when the model has no price. */
  costUsd?: number;
  latencyMs: number;
  /** 1 for the first try, 2 after one retry, … */
  attempt: number;
  /** Why the call failed, when it did (the error class and message). */
  error?: { name: string; message: string; retryable: boolean; status?: number };
  /** Set when the answer was served from an earlier journal instead of the provider. */
  replayedFrom?: { runId: string; seq: number };
}
