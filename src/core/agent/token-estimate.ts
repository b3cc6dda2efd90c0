import type { ModelMessage, ModelToolDefinition } from '../ports/model-client.js';

/**
 * A tokenizer-free token estimate: one token per 3 bytes of UTF-8, plus a few tokens of framing
 * per message. Real tokenizers average about 4 bytes per token on English prose and 3 on code;
 * CJK text is about 3 bytes per character and one token each. Dividing by 3 therefore errs on the
 * high side for the common cases, which is the safe side for deciding when to trim: the estimate
 * only has to keep the conversation inside the window, not bill it.
 */

/** Bytes of UTF-8 counted as one token. */
export const BYTES_PER_TOKEN = 3;

/** Tokens of role and separator framing counted for each message (providers spend 3–4). */
export const MESSAGE_OVERHEAD_TOKENS = 4;

/** Estimated tokens of a text. */
export function estimateTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / BYTES_PER_TOKEN);
}

/** Estimated tokens of one message: its text, its tool calls (names and arguments) and framing. */
export function estimateMessageTokens(message: ModelMessage): number {
  let tokens = MESSAGE_OVERHEAD_TOKENS + estimateTokens(message.content ?? '');
  if (message.role === 'assistant') {
    for (const call of message.toolCalls ?? []) tokens += MESSAGE_OVERHEAD_TOKENS + estimateTokens(call.name) + estimateTokens(call.arguments);
  }
  return tokens;
}

/** Estimated tokens the tool definitions take in every request (sent as JSON schema). */
export function estimateToolTokens(tools: readonly ModelToolDefinition[]): number {
  return tools.length === 0 ? 0 : estimateTokens(JSON.stringify(tools));
}
