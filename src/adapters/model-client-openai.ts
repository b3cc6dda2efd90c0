import OpenAI from 'openai';
import { ExternalServiceError } from '../core/errors.js';
import type { ModelRoute } from '../core/config/config-types.js';
import { resolveModelEndpoint, type ModelCredentials, type ModelEndpoint } from '../core/model/model-endpoint.js';
import type { Clock } from '../core/ports/clock.js';
import type { ModelCallOptions, ModelClient, ModelRequest, ModelResponse } from '../core/ports/model-client.js';
import { scrubSecrets, toModelError } from './model-client-openai-errors.js';
import { fromChatCompletion, toChatCompletionParams } from './model-client-openai-mapping.js';

/** Three minutes: long enough for a large answer, short enough that a hung call is retried in time. */
export const DEFAULT_MODEL_TIMEOUT_MS = 180_000;

/** Options of the OpenAI SDK client. */
export interface OpenAIModelClientOptions {
  /** Timeout per call when the request sets none; default {@link DEFAULT_MODEL_TIMEOUT_MS}. */
  defaultTimeoutMs?: number;
  /** Source of `now` for HTTP-date `Retry-After` headers; default the system time. */
  clock?: Clock;
}

/**
 * A model client over the `openai` SDK's chat completions, for every OpenAI-compatible endpoint.
 * The SDK does not retry (`maxRetries: 0`): retries are `withRetries`' job, so each attempt can be
 * journaled. Every failure is an ExternalServiceError whose message never contains the key.
 */
export class OpenAIModelClient implements ModelClient {
  readonly provider: string;
  readonly #endpoint: ModelEndpoint;
  readonly #sdk: OpenAI;
  readonly #secrets: readonly string[];
  readonly #defaultTimeoutMs: number;
  readonly #clock: Clock | undefined;

  constructor(endpoint: ModelEndpoint, options: OpenAIModelClientOptions = {}) {
    this.provider = endpoint.provider;
    this.#endpoint = endpoint;
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
    this.#clock = options.clock;
    const auth = endpoint.auth;
    this.#secrets = auth.kind === 'bearer' ? [auth.token] : auth.kind === 'api-key-header' ? [auth.key] : [];
    this.#sdk = new OpenAI({
      // The SDK insists on a key; with `api-key` or no auth the bearer header is removed below.
      apiKey: auth.kind === 'bearer' ? auth.token : auth.kind === 'api-key-header' ? auth.key : 'no-key',
      baseURL: endpoint.baseUrl,
      // Explicit nulls keep OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment off other providers' requests.
      organization: null,
      project: null,
      maxRetries: 0,
      timeout: this.#defaultTimeoutMs,
      logLevel: 'off',
      defaultHeaders:
        auth.kind === 'api-key-header' ? { Authorization: null, 'api-key': auth.key } : auth.kind === 'none' ? { Authorization: null } : undefined,
    });
  }

  async complete(request: ModelRequest, options: ModelCallOptions = {}): Promise<ModelResponse> {
    const model = this.#modelName(request.model);
    const timeoutMs = request.timeoutMs ?? this.#defaultTimeoutMs;
    const params = toChatCompletionParams(request, { model, maxTokensParameter: this.#endpoint.maxTokensParameter });
    let body: unknown;
    try {
      body = await this.#sdk.chat.completions.create(params, {
        timeout: timeoutMs,
        maxRetries: 0,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    } catch (error) {
      throw toModelError(error, {
        provider: this.provider,
        model: request.model,
        timeoutMs,
        secrets: this.#secrets,
        nowMs: this.#clock?.now().getTime() ?? Date.now(),
      });
    }
    const read = fromChatCompletion(body, request.model);
    if (!read.ok) {
      throw new ExternalServiceError(scrubSecrets(`${this.provider} model ${request.model} answered with a malformed completion: ${read.problem}`, this.#secrets), {
        service: 'model',
        retryable: true,
      });
    }
    return read.response;
  }

  #modelName(model: string): string {
    const prefix = this.#endpoint.modelPrefix;
    return prefix === undefined || model.includes('/') ? model : `${prefix}${model}`;
  }
}

/** A model client for a resolved endpoint. */
export function createOpenAIModelClient(endpoint: ModelEndpoint, options: OpenAIModelClientOptions = {}): ModelClient {
  return new OpenAIModelClient(endpoint, options);
}

/**
 * The model client for a stage's route with the credentials the workflow offers (see
 * `resolveModelCredentials`). Throws an InputError naming what to set when they do not fit.
 */
export function createModelClient(route: Pick<ModelRoute, 'provider' | 'baseUrl'>, credentials: ModelCredentials, options: OpenAIModelClientOptions = {}): ModelClient {
  return new OpenAIModelClient(resolveModelEndpoint(route, credentials), options);
}
