import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { z } from 'zod';
import type { ModelMessage, ModelRequest, ModelResponse, ModelToolCall } from '../core/ports/model-client.js';

/**
 * Protocol conversion between our model port and OpenAI chat completions: requests out, responses
 * in. Responses are checked against the shape we rely on, because an OpenAI-compatible server may
 * answer 200 with anything.
 */

/** Which request field carries the output-token limit. */
export type MaxTokensParameter = 'max_completion_tokens' | 'max_tokens';

/** Options of the request conversion. */
export interface ChatParamsOptions {
  /** The model name as the endpoint knows it (after any provider prefixing). */
  model: string;
  /** Field for `maxOutputTokens`. */
  maxTokensParameter: MaxTokensParameter;
}

/** Our request as chat-completions parameters. */
export function toChatCompletionParams(request: ModelRequest, options: ChatParamsOptions): ChatCompletionCreateParamsNonStreaming {
  const params: ChatCompletionCreateParamsNonStreaming = {
    model: options.model,
    messages: request.messages.map(toMessageParam),
  };
  if (request.tools !== undefined && request.tools.length > 0) {
    params.tools = request.tools.map(
      (tool): ChatCompletionTool => ({
        type: 'function',
        function: { name: tool.name, description: tool.description, parameters: { ...tool.parameters } },
      }),
    );
  }
  if (request.responseSchema !== undefined) {
    params.response_format = {
      type: 'json_schema',
      json_schema: { name: request.responseSchema.name, schema: { ...request.responseSchema.schema }, strict: request.responseSchema.strict ?? false },
    };
  }
  if (request.maxOutputTokens !== undefined) params[options.maxTokensParameter] = request.maxOutputTokens;
  if (request.temperature !== undefined) params.temperature = request.temperature;
  return params;
}

function toMessageParam(message: ModelMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
    case 'user':
      return { role: message.role, content: message.content };
    case 'assistant': {
      const toolCalls = message.toolCalls ?? [];
      return {
        role: 'assistant',
        content: message.content,
        ...(toolCalls.length > 0
          ? { tool_calls: toolCalls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })) }
          : {}),
      };
    }
    case 'tool':
      return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  }
}

const toolCallSchema = z.union([
  z.object({ id: z.string(), type: z.literal('function').optional(), function: z.object({ name: z.string(), arguments: z.string() }) }),
  z.object({ id: z.string(), type: z.literal('custom'), custom: z.object({ name: z.string(), input: z.string() }) }),
]);

const countSchema = z.number().int().nonnegative();

/** The parts of a chat completion we read; anything else may be absent or different. */
const chatCompletionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullish(),
        message: z.object({
          content: z.string().nullish(),
          refusal: z.string().nullish(),
          tool_calls: z.array(toolCallSchema).nullish(),
        }),
      }),
    )
    .min(1, 'expected at least one choice'),
  usage: z
    .object({
      prompt_tokens: countSchema,
      completion_tokens: countSchema,
      prompt_tokens_details: z.object({ cached_tokens: countSchema.nullish() }).nullish(),
    })
    .nullish(),
});

/** The result of reading a completion: the response, or what was wrong with the body. */
export type ReadCompletion = { ok: true; response: ModelResponse } | { ok: false; problem: string };

/** Reads a chat-completions body into our response. `requestedModel` stands in when the body names none. */
export function fromChatCompletion(body: unknown, requestedModel: string): ReadCompletion {
  const parsed = chatCompletionSchema.safeParse(body);
  if (!parsed.success) {
    // Some OpenAI-compatible gateways answer 200 with an error object instead of a status.
    const embedded = embeddedErrorMessage(body);
    if (embedded !== undefined) return { ok: false, problem: `an error instead of a completion: ${embedded}` };
    const first = parsed.error.issues[0];
    const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
    return { ok: false, problem: `${body === undefined || body === null || typeof body !== 'object' ? 'no JSON object' : (first?.message ?? 'unexpected shape')}${where}` };
  }
  const completion = parsed.data;
  const choice = completion.choices[0]!;
  const toolCalls: ModelToolCall[] = (choice.message.tool_calls ?? []).map((call) =>
    'custom' in call ? { id: call.id, name: call.custom.name, arguments: call.custom.input } : { id: call.id, name: call.function.name, arguments: call.function.arguments },
  );
  const usage = completion.usage;
  const cached = usage?.prompt_tokens_details?.cached_tokens;
  const response: ModelResponse = {
    model: completion.model !== undefined && completion.model !== '' ? completion.model : requestedModel,
    content: choice.message.content ?? null,
    toolCalls,
    finishReason: choice.finish_reason ?? 'unknown',
    // A server that reports no usage is charged nothing; the price table cannot do better.
    usage: {
      inputTokens: usage?.prompt_tokens ?? 0,
      outputTokens: usage?.completion_tokens ?? 0,
      ...(cached !== undefined && cached !== null ? { cachedInputTokens: cached } : {}),
    },
  };
  if (typeof choice.message.refusal === 'string' && choice.message.refusal !== '') response.refusal = choice.message.refusal;
  return { ok: true, response };
}

function embeddedErrorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error === 'string') return error;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : undefined;
}
