/** One chat message. Untrusted text is labelled with its provenance before it gets here. */
export type ModelMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ModelToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

/** A tool the model may call, with its input as JSON schema. */
export interface ModelToolDefinition {
  name: string;
  description: string;
  /** JSON schema of the arguments. */
  parameters: Readonly<Record<string, unknown>>;
}

/** A tool call the model asked for. Arguments are raw text: the caller validates them. */
export interface ModelToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** Token counts as the provider reported them. */
export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
  /** Input tokens served from the provider's cache, when reported. */
  cachedInputTokens?: number;
}

/** A request to the model. */
export interface ModelRequest {
  /** Model name as the provider knows it. */
  model: string;
  messages: readonly ModelMessage[];
  tools?: readonly ModelToolDefinition[];
  /** JSON schema the answer must follow (structured output). */
  responseSchema?: {
    /** Name of the schema: letters, digits, `_` and `-`, at most 64 (OpenAI's rule). */
    name: string;
    schema: Readonly<Record<string, unknown>>;
    /**
     * Ask the provider to enforce the schema while decoding (OpenAI strict mode). Only for schemas
     * strict mode accepts; the answer is re-validated either way. Default false.
     */
    strict?: boolean;
  };
  /** Upper bound on output tokens. */
  maxOutputTokens?: number;
  temperature?: number;
  /** Abort after this many milliseconds. */
  timeoutMs?: number;
}

/** A response from the model. */
export interface ModelResponse {
  /** Model that actually answered (providers may route). */
  model: string;
  content: string | null;
  toolCalls: ModelToolCall[];
  finishReason: string;
  usage: ModelUsage;
  /** Why the model declined to answer, when it says so instead of answering (structured outputs). */
  refusal?: string;
}

/** How one call is made, beside what is asked. */
export interface ModelCallOptions {
  /**
   * Which try of the same request this is: 1 for the first, 2 for the first retry, … Set by the
   * retry decorator so the journaling decorator under it records each attempt. Default 1.
   */
  attempt?: number;
  /** Aborts the call, e.g. when the loop stops on wall time. */
  signal?: AbortSignal;
}

/** A chat-completions capable model endpoint. The client never exposes the token it holds. */
export interface ModelClient {
  /** `openai`, `github-models`, `scripted`, … */
  readonly provider: string;
  complete(request: ModelRequest, options?: ModelCallOptions): Promise<ModelResponse>;
}
