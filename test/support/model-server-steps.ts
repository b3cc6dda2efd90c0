import { createHash } from 'node:crypto';

/**
 * Scripted steps for the local model server (see `model-server.ts`) and the chat-completions
 * bodies they turn into. Kept apart from the HTTP handling so each stays small.
 */

/** A request as the server received it. */
export interface RecordedModelRequest {
  /** 1-based position among all requests the server received. */
  index: number;
  /** HTTP method, `POST` for completions. */
  method: string;
  /** Path and query, e.g. `/v1/chat/completions`. */
  url: string;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** The parsed JSON body (a chat-completions request), or undefined when it was not JSON. */
  body: ChatCompletionsRequestBody | undefined;
  /** The body as sent. */
  rawBody: string;
  /** The scripted step that answered it (0-based), or undefined for an unexpected request. */
  step: number | undefined;
}

/** The parts of a chat-completions request body tests usually look at. */
export interface ChatCompletionsRequestBody {
  /** The model asked for. */
  model: string;
  /** The conversation, in the protocol's shape (`tool_calls`, `tool_call_id`, …). */
  messages: Array<Record<string, unknown>>;
  /** Function tools offered. */
  tools?: Array<{ type: string; function: { name: string; description?: string; parameters?: unknown } }>;
  /** Structured-output request. */
  response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  /** Everything else (`max_completion_tokens`, `temperature`, …). */
  [key: string]: unknown;
}

/** A tool call the scripted model makes. */
export interface ScriptedToolCall {
  /** Tool name; it need not be one the request offered. */
  name: string;
  /** An object (sent as its JSON) or raw text, which may be deliberately broken JSON. Default `{}`. */
  arguments?: unknown;
  /** Default: a realistic `call_…` id derived from the response. */
  id?: string;
}

/** Token counts to report; missing ones are estimated from the text (about 4 characters a token). */
export interface ScriptedUsage {
  /** `usage.prompt_tokens`. */
  promptTokens?: number;
  /** `usage.completion_tokens`. */
  completionTokens?: number;
  /** `usage.prompt_tokens_details.cached_tokens`; default 0. */
  cachedTokens?: number;
}

interface StepBase {
  /** Assertions on the request this step answers; a throw fails `assertDone` (and answers 400). */
  expect?: (request: RecordedModelRequest) => void;
}

/** A normal answer: text, tool calls, or structured JSON (sent as the message content). */
export interface ResponseStep extends StepBase {
  /** Message content. */
  text?: string;
  /** Tool calls; the content is null when there are some and no text. */
  toolCalls?: ScriptedToolCall[];
  /** Content as JSON text, for structured outputs; may deliberately violate the schema. */
  json?: unknown;
  /** A refusal, as OpenAI reports one for structured outputs. */
  refusal?: string;
  /** Token counts to report. */
  usage?: ScriptedUsage;
  /** Default: `tool_calls` when there are tool calls, else `stop`. */
  finishReason?: string;
  /** Model reported as answering; default the model asked for. */
  model?: string;
}

/**
 * A fault injected instead of an answer: `rate-limit` (429 with Retry-After in seconds, and
 * `retry-after-ms` when given), `server-error` (5xx, default 500), `http-error` (any status with an
 * OpenAI-style error body), `slow` (answers `respond` after `delayMs`, to outlast a client
 * timeout), `malformed-json` (200 with a body that is not JSON), `truncated` (200 whose body is
 * cut in the middle and the connection destroyed).
 */
export type FaultStep = StepBase &
  (
    | { fault: 'rate-limit'; retryAfterSeconds?: number; retryAfterMs?: number }
    | { fault: 'server-error'; status?: number }
    | { fault: 'http-error'; status: number; message?: string }
    | { fault: 'slow'; delayMs: number; respond?: ResponseStep }
    | { fault: 'malformed-json' }
    | { fault: 'truncated' }
  );

/** One scripted step: what the server does with the next request. */
export type ModelServerStep = ResponseStep | FaultStep;

export function isFault(step: ModelServerStep): step is FaultStep {
  return 'fault' in step;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A realistic-looking id, deterministic in its seed so a replayed script produces the same ids. */
export function scriptedId(prefix: string, seed: string, length: number): string {
  const bytes = createHash('sha256').update(seed).digest();
  let id = '';
  for (let index = 0; index < length; index += 1) id += ID_ALPHABET[bytes[index % bytes.length]! % ID_ALPHABET.length];
  return `${prefix}${id}`;
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

/** The chat-completions response body for a scripted answer to a request. */
export function completionBody(step: ResponseStep, request: RecordedModelRequest): Record<string, unknown> {
  const responseId = scriptedId('chatcmpl-', `response:${request.index}`, 29);
  const toolCalls = (step.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? scriptedId('call_', `${responseId}:${index}`, 24),
    type: 'function',
    function: {
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {}),
    },
  }));
  const content = step.json !== undefined ? JSON.stringify(step.json) : (step.text ?? (toolCalls.length > 0 ? null : ''));
  const promptTokens = step.usage?.promptTokens ?? estimateTokens(request.rawBody);
  const completionTokens =
    step.usage?.completionTokens ?? estimateTokens((content ?? '') + toolCalls.map((call) => call.function.name + call.function.arguments).join(''));
  return {
    id: responseId,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: step.model ?? request.body?.model ?? 'unknown',
    system_fingerprint: 'fp_drydock_test',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content,
          refusal: step.refusal ?? null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        },
        logprobs: null,
        finish_reason: step.finishReason ?? (toolCalls.length > 0 ? 'tool_calls' : 'stop'),
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: step.usage?.cachedTokens ?? 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
  };
}

/** An OpenAI-style error body. */
export function errorBody(message: string, type: string, code: string | null = null): Record<string, unknown> {
  return { error: { message, type, param: null, code } };
}
