import type { ModelRoute } from '../config/config-types.js';
import { ExternalServiceError, ModelBehaviourError, errorMessage } from '../errors.js';
import type { ModelCallOptions, ModelClient, ModelRequest, ModelResponse } from '../ports/model-client.js';

/** Options of a {@link ModelRouter}. */
export interface ModelRouterOptions {
  /** The stage's route: its model, then the fallbacks in order. */
  route: Pick<ModelRoute, 'model' | 'fallbacks'>;
  /** The client for a model, retries and journaling included; asked once per model. */
  clientFor: (model: string) => ModelClient;
  /** Whether a failure moves on to the next model; default {@link shouldFallBack}. */
  shouldFallBack?: (error: unknown) => boolean;
  /** Told each time a model failed and the next one is tried (to journal or log it). */
  onFallback?: (event: FallbackEvent) => void;
}

/** A move from a failed model to the next. */
export interface FallbackEvent {
  /** The model that failed. */
  from: string;
  /** The model tried next. */
  to: string;
  /** Why `from` failed. */
  error: unknown;
}

/** What a routed call produced, and which model produced it. */
export interface RoutedResult<Value> {
  /** What the call returned. */
  value: Value;
  /** The route's model that answered. */
  model: string;
  /** 0 when the main model answered, 1 for the first fallback, … */
  fallbackIndex: number;
  /** The models that failed before it, in order. */
  failures: Array<{ model: string; error: unknown }>;
}

/**
 * Whether a failure is one another model may not repeat: an endpoint error that survived the
 * retries (unknown model, overload, a 400 for a feature the model lacks) or output that stayed
 * invalid after repair. A refused credential (401) fails every model alike, so it does not move on.
 */
export function shouldFallBack(error: unknown): boolean {
  if (ModelBehaviourError.isInstance(error)) return true;
  return ExternalServiceError.isInstance(error) && error.status !== 401;
}

/** Per-stage routing: the main model first, then each fallback in order. */
export class ModelRouter {
  readonly #options: ModelRouterOptions;
  readonly #clients = new Map<string, ModelClient>();
  /** The models tried, in order, without repeats. */
  readonly models: readonly string[];

  constructor(options: ModelRouterOptions) {
    this.#options = options;
    this.models = [...new Set([options.route.model, ...options.route.fallbacks])];
  }

  /**
   * Runs `call` with each model in turn until one succeeds or a failure should not move on. When
   * every model failed, the error says what each one did; it keeps the last failure's kind.
   */
  async run<Value>(call: (client: ModelClient, model: string) => Promise<Value>, signal?: AbortSignal): Promise<RoutedResult<Value>> {
    const failures: Array<{ model: string; error: unknown }> = [];
    const moveOn = this.#options.shouldFallBack ?? shouldFallBack;
    for (const [index, model] of this.models.entries()) {
      try {
        return { value: await call(this.#clientFor(model), model), model, fallbackIndex: index, failures };
      } catch (error) {
        failures.push({ model, error });
        const next = this.models[index + 1];
        if (next === undefined || signal?.aborted === true || !moveOn(error)) throw failures.length === 1 ? error : combined(failures);
        this.#options.onFallback?.({ from: model, to: next, error });
      }
    }
    throw new Error('unreachable: a route always has a model');
  }

  /** The router as a model client: `request.model` is ignored, the route decides. */
  asClient(): ModelClient {
    const provider = this.#clientFor(this.models[0]!).provider;
    return {
      provider,
      complete: async (request: ModelRequest, options: ModelCallOptions = {}): Promise<ModelResponse> =>
        (await this.run((client, model) => client.complete({ ...request, model }, options), options.signal)).value,
    };
  }

  #clientFor(model: string): ModelClient {
    let client = this.#clients.get(model);
    if (client === undefined) {
      client = this.#options.clientFor(model);
      this.#clients.set(model, client);
    }
    return client;
  }
}

function combined(failures: Array<{ model: string; error: unknown }>): unknown {
  const last = failures[failures.length - 1]!.error;
  const summary = failures.map(({ model, error }) => `${model}: ${errorMessage(error).split('\n')[0]}`).join('; ');
  const message = `Every model of the route failed (${failures.length}): ${summary}`;
  if (ModelBehaviourError.isInstance(last)) return new ModelBehaviourError(message, { issues: last.issues, cause: last });
  if (ExternalServiceError.isInstance(last)) {
    return new ExternalServiceError(message, { service: last.service, retryable: last.retryable, ...(last.status === undefined ? {} : { status: last.status }), cause: last });
  }
  return last;
}
