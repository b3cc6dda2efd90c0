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
  responseSchema?: { name: string; schema: Readonly<Record<string, unknown>> };
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
}

/** A chat-completions capable model endpoint. The client never exposes the token it holds. */
export interface ModelClient {
  /** `openai`, `github-models`, `scripted`, … */
  readonly provider: string;
  complete(request: ModelRequest): Promise<ModelResponse>;
}
