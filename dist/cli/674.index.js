export const id = 674;
export const ids = [674];
export const modules = {

/***/ 45674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createStageAgentRuntime: () => (/* binding */ createStageAgentRuntime)
});

// EXTERNAL MODULE: ./src/adapters/command-runner.ts + 3 modules
var command_runner = __webpack_require__(82594);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 232 modules
var openai = __webpack_require__(98193);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/model/model-endpoint.ts

/**
 * Where model calls go and how they authenticate, decided from the stage's route and the
 * credentials the workflow offers. Pure, so the choice is tested without a network.
 */
/** The default base URLs of the providers that have one. */
const OPENAI_BASE_URL = 'https://api.openai.com/v1';
const GITHUB_MODELS_BASE_URL = 'https://models.github.ai/inference';
function nonEmpty(value) {
    const trimmed = value?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
const NO_CREDENTIALS_MESSAGE = 'No model credentials: set the `model-api-key` input (or OPENAI_API_KEY) for OpenAI or an OpenAI-compatible server, ' +
    '`model-base-url` (or OPENAI_BASE_URL) for a local server that needs no key, ' +
    'or run inside GitHub Actions with `permissions: models: read` to use GitHub Models with the workflow token';
/**
 * Chooses credentials: an explicit key or base URL means OpenAI (or an OpenAI-compatible server);
 * inside Actions with neither, GitHub Models with the workflow token; otherwise an InputError that
 * says what to set.
 */
function resolveModelCredentials(environment, inputs = {}) {
    const inputKey = nonEmpty(inputs.apiKey);
    const apiKey = inputKey ?? nonEmpty(environment['OPENAI_API_KEY']);
    const inputBaseUrl = nonEmpty(inputs.baseUrl);
    const baseUrl = inputBaseUrl ?? nonEmpty(environment['OPENAI_BASE_URL']);
    const inputToken = nonEmpty(inputs.githubToken);
    const githubToken = inputToken ?? nonEmpty(environment['GITHUB_TOKEN']);
    // The token rides along even when a key wins, so a stage routed to github-models can still use it.
    const token = githubToken === undefined ? {} : { githubToken };
    const base = baseUrl === undefined ? {} : { baseUrl };
    if (apiKey !== undefined) {
        return { provider: 'openai', apiKey, ...base, ...token, source: inputKey !== undefined ? 'input model-api-key' : 'OPENAI_API_KEY' };
    }
    if (baseUrl !== undefined) {
        return { provider: 'openai-compatible', ...base, ...token, source: inputBaseUrl !== undefined ? 'input model-base-url' : 'OPENAI_BASE_URL' };
    }
    if (environment['GITHUB_ACTIONS'] === 'true' && githubToken !== undefined) {
        return { provider: 'github-models', githubToken, source: inputToken !== undefined ? 'input github-token' : 'GITHUB_TOKEN' };
    }
    throw new errors/* InputError */.dz(NO_CREDENTIALS_MESSAGE, { where: 'model-api-key' });
}
/**
 * The endpoint for a route. The route's provider wins when it names one other than the default
 * `openai`; `openai` with nothing but the workflow token becomes GitHub Models. The workflow token
 * only ever goes to GitHub Models, never to a configured base URL of another provider.
 */
function resolveModelEndpoint(route, credentials) {
    const baseUrl = credentials.baseUrl ?? route.baseUrl;
    switch (route.provider) {
        case 'github-models': {
            const token = credentials.githubToken ?? credentials.apiKey;
            if (token === undefined)
                throw missing('github-models', 'a token with `models: read` (the `github-token` input, or `model-api-key`)');
            return { provider: 'github-models', baseUrl: route.baseUrl ?? GITHUB_MODELS_BASE_URL, auth: { kind: 'bearer', token }, modelPrefix: 'openai/', maxTokensParameter: 'max_completion_tokens' };
        }
        case 'azure-openai': {
            if (baseUrl === undefined)
                throw missing('azure-openai', 'a base URL such as https://<resource>.openai.azure.com/openai/v1 (`baseUrl` in the config or the `model-base-url` input)');
            if (credentials.apiKey === undefined)
                throw missing('azure-openai', 'an API key (the `model-api-key` input)');
            return { provider: 'azure-openai', baseUrl, auth: { kind: 'api-key-header', key: credentials.apiKey }, maxTokensParameter: 'max_completion_tokens' };
        }
        case 'openai-compatible': {
            if (baseUrl === undefined)
                throw missing('openai-compatible', 'a base URL (`baseUrl` in the config or the `model-base-url` input)');
            const auth = credentials.apiKey === undefined ? { kind: 'none' } : { kind: 'bearer', token: credentials.apiKey };
            return { provider: 'openai-compatible', baseUrl, auth, maxTokensParameter: 'max_tokens' };
        }
        case 'openai': {
            if (credentials.apiKey !== undefined) {
                return { provider: 'openai', baseUrl: baseUrl ?? OPENAI_BASE_URL, auth: { kind: 'bearer', token: credentials.apiKey }, maxTokensParameter: 'max_completion_tokens' };
            }
            if (baseUrl !== undefined)
                return { provider: 'openai-compatible', baseUrl, auth: { kind: 'none' }, maxTokensParameter: 'max_tokens' };
            if (credentials.githubToken !== undefined) {
                return { provider: 'github-models', baseUrl: GITHUB_MODELS_BASE_URL, auth: { kind: 'bearer', token: credentials.githubToken }, modelPrefix: 'openai/', maxTokensParameter: 'max_completion_tokens' };
            }
            throw new errors/* InputError */.dz(NO_CREDENTIALS_MESSAGE, { where: 'model-api-key' });
        }
    }
}
function missing(provider, what) {
    return new errors/* InputError */.dz(`models: provider ${provider} needs ${what}`, { where: '.github/drydock.yml' });
}

;// CONCATENATED MODULE: ./src/adapters/model-client-openai-errors.ts


const RETRYABLE_STATUSES = new Set([408, 409, 429]);
/** Whether a failed HTTP status is worth another try: timeouts, conflicts, rate limits, server errors. */
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status) || status >= 500;
}
/**
 * The wait a response asks for, in milliseconds: `retry-after-ms` (OpenAI's, more precise) over
 * `retry-after` (seconds or an HTTP date). Undefined when neither is there or readable.
 */
function retryAfterMsFrom(headers, nowMs) {
    const milliseconds = headers?.get('retry-after-ms');
    if (milliseconds != null && /^\d+(\.\d+)?$/.test(milliseconds.trim()))
        return Math.ceil(Number(milliseconds));
    const value = headers?.get('retry-after')?.trim();
    if (value === undefined || value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.ceil(Number(value) * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
/** Turns whatever the SDK threw into a Drydock error; the key never reaches the message. */
function toModelError(error, context) {
    if (errors/* DrydockError */.Td.isInstance(error))
        return error;
    const subject = `${context.provider} model ${context.model}`;
    const scrub = (text) => scrubSecrets(text, context.secrets);
    const external = (message, retryable, extra = {}) => new errors/* ExternalServiceError */.HD(scrub(message), { service: 'model', retryable, ...extra, cause: scrubbedCause(error, scrub) });
    if (error instanceof openai/* APIConnectionTimeoutError */.qA) {
        return external(`${subject}: no answer within ${context.timeoutMs} ms (timeout)`, true);
    }
    if (error instanceof openai/* APIUserAbortError */.cH)
        return external(`${subject}: the call was aborted`, false);
    if (error instanceof openai/* APIConnectionError */.xX) {
        const cause = error.cause === undefined ? '' : `: ${(0,errors/* errorMessage */.gJ)(error.cause)}`;
        return external(`${subject}: could not reach the endpoint (${error.message}${cause})`, true);
    }
    if (error instanceof openai/* APIError */.LG && typeof error.status === 'number') {
        const status = error.status;
        const retryAfterMs = retryAfterMsFrom(error.headers, context.nowMs);
        const hint = statusHint(context.provider, status);
        return external(`${subject} answered ${error.message}${hint === undefined ? '' : `. ${hint}`}`, isRetryableStatus(status), {
            status,
            ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
    }
    if (error instanceof SyntaxError) {
        return external(`${subject} answered with a body that is not valid JSON (${error.message})`, true);
    }
    if (error instanceof openai/* APIError */.LG)
        return external(`${subject}: ${error.message}`, false);
    // What is left came from reading the response (a connection cut mid-body surfaces as a bare
    // TypeError from fetch): the exchange broke, not the request, so another try may succeed.
    return external(`${subject}: the response could not be read (${(0,errors/* errorMessage */.gJ)(error)})`, true);
}
function statusHint(provider, status) {
    if (status === 401 || status === 403) {
        return provider === 'github-models'
            ? 'GitHub Models refused the token: the workflow needs `permissions: models: read`, or pass a token that has it'
            : 'The endpoint refused the credentials: check the model API key (the `model-api-key` input or OPENAI_API_KEY)';
    }
    if (status === 404)
        return 'The endpoint does not know this model or path: check the model name and the base URL';
    return undefined;
}
/** The text with every secret replaced by `[REDACTED]`. */
function scrubSecrets(text, secrets) {
    let result = text;
    for (const secret of secrets) {
        // As the journal's redactor does, values too short to be real keys are left alone.
        if (secret.length >= 6)
            result = result.split(secret).join('[REDACTED]');
    }
    return result;
}
// The SDK's error can carry the response body and headers; the cause keeps only a scrubbed message.
function scrubbedCause(error, scrub) {
    const cause = new Error(scrub((0,errors/* errorMessage */.gJ)(error)));
    cause.name = error instanceof Error ? error.name : 'Error';
    return cause;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(40104);
;// CONCATENATED MODULE: ./src/adapters/model-client-openai-mapping.ts

/** Our request as chat-completions parameters. */
function toChatCompletionParams(request, options) {
    const params = {
        model: options.model,
        messages: request.messages.map(toMessageParam),
    };
    if (request.tools !== undefined && request.tools.length > 0) {
        params.tools = request.tools.map((tool) => ({
            type: 'function',
            function: { name: tool.name, description: tool.description, parameters: { ...tool.parameters } },
        }));
    }
    if (request.responseSchema !== undefined) {
        params.response_format = {
            type: 'json_schema',
            json_schema: { name: request.responseSchema.name, schema: { ...request.responseSchema.schema }, strict: request.responseSchema.strict ?? false },
        };
    }
    if (request.maxOutputTokens !== undefined)
        params[options.maxTokensParameter] = request.maxOutputTokens;
    if (request.temperature !== undefined)
        params.temperature = request.temperature;
    return params;
}
function toMessageParam(message) {
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
                    ? { tool_calls: toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })) }
                    : {}),
            };
        }
        case 'tool':
            return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
    }
}
const toolCallSchema = schemas/* union */.KCZ([
    schemas/* object */.Ikc({ id: schemas/* string */.YjP(), type: schemas/* literal */.euz('function').optional(), function: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), arguments: schemas/* string */.YjP() }) }),
    schemas/* object */.Ikc({ id: schemas/* string */.YjP(), type: schemas/* literal */.euz('custom'), custom: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), input: schemas/* string */.YjP() }) }),
]);
const countSchema = schemas/* number */.aig().int().nonnegative();
/** The parts of a chat completion we read; anything else may be absent or different. */
const chatCompletionSchema = schemas/* object */.Ikc({
    model: schemas/* string */.YjP().optional(),
    choices: schemas/* array */.YOg(schemas/* object */.Ikc({
        finish_reason: schemas/* string */.YjP().nullish(),
        message: schemas/* object */.Ikc({
            content: schemas/* string */.YjP().nullish(),
            refusal: schemas/* string */.YjP().nullish(),
            tool_calls: schemas/* array */.YOg(toolCallSchema).nullish(),
        }),
    }))
        .min(1, 'expected at least one choice'),
    usage: schemas/* object */.Ikc({
        prompt_tokens: countSchema,
        completion_tokens: countSchema,
        prompt_tokens_details: schemas/* object */.Ikc({ cached_tokens: countSchema.nullish() }).nullish(),
    })
        .nullish(),
});
/** Reads a chat-completions body into our response. `requestedModel` stands in when the body names none. */
function fromChatCompletion(body, requestedModel) {
    const parsed = chatCompletionSchema.safeParse(body);
    if (!parsed.success) {
        // Some OpenAI-compatible gateways answer 200 with an error object instead of a status.
        const embedded = embeddedErrorMessage(body);
        if (embedded !== undefined)
            return { ok: false, problem: `an error instead of a completion: ${embedded}` };
        const first = parsed.error.issues[0];
        const where = first === undefined || first.path.length === 0 ? '' : ` at ${first.path.join('.')}`;
        return { ok: false, problem: `${body === undefined || body === null || typeof body !== 'object' ? 'no JSON object' : (first?.message ?? 'unexpected shape')}${where}` };
    }
    const completion = parsed.data;
    const choice = completion.choices[0];
    const toolCalls = (choice.message.tool_calls ?? []).map((call) => 'custom' in call ? { id: call.id, name: call.custom.name, arguments: call.custom.input } : { id: call.id, name: call.function.name, arguments: call.function.arguments });
    const usage = completion.usage;
    const cached = usage?.prompt_tokens_details?.cached_tokens;
    const response = {
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
    if (typeof choice.message.refusal === 'string' && choice.message.refusal !== '')
        response.refusal = choice.message.refusal;
    return { ok: true, response };
}
function embeddedErrorMessage(body) {
    if (typeof body !== 'object' || body === null || !('error' in body))
        return undefined;
    const error = body.error;
    if (typeof error === 'string')
        return error;
    const message = typeof error === 'object' && error !== null ? error.message : undefined;
    return typeof message === 'string' ? message : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/model-client-openai.ts





/** Three minutes: long enough for a large answer, short enough that a hung call is retried in time. */
const DEFAULT_MODEL_TIMEOUT_MS = 180_000;
/**
 * A model client over the `openai` SDK's chat completions, for every OpenAI-compatible endpoint.
 * The SDK does not retry (`maxRetries: 0`): retries are `withRetries`' job, so each attempt can be
 * journaled. Every failure is an ExternalServiceError whose message never contains the key.
 */
class OpenAIModelClient {
    provider;
    #endpoint;
    #sdk;
    #secrets;
    #defaultTimeoutMs;
    #clock;
    constructor(endpoint, options = {}) {
        this.provider = endpoint.provider;
        this.#endpoint = endpoint;
        this.#defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
        this.#clock = options.clock;
        const auth = endpoint.auth;
        this.#secrets = auth.kind === 'bearer' ? [auth.token] : auth.kind === 'api-key-header' ? [auth.key] : [];
        this.#sdk = new openai/* default */.Ay({
            // The SDK insists on a key; with `api-key` or no auth the bearer header is removed below.
            apiKey: auth.kind === 'bearer' ? auth.token : auth.kind === 'api-key-header' ? auth.key : 'no-key',
            baseURL: endpoint.baseUrl,
            // Explicit nulls keep OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment off other providers' requests.
            organization: null,
            project: null,
            maxRetries: 0,
            timeout: this.#defaultTimeoutMs,
            logLevel: 'off',
            defaultHeaders: auth.kind === 'api-key-header' ? { Authorization: null, 'api-key': auth.key } : auth.kind === 'none' ? { Authorization: null } : undefined,
        });
    }
    async complete(request, options = {}) {
        const model = this.#modelName(request.model);
        const timeoutMs = request.timeoutMs ?? this.#defaultTimeoutMs;
        const params = toChatCompletionParams(request, { model, maxTokensParameter: this.#endpoint.maxTokensParameter });
        let body;
        try {
            body = await this.#sdk.chat.completions.create(params, {
                timeout: timeoutMs,
                maxRetries: 0,
                ...(options.signal === undefined ? {} : { signal: options.signal }),
            });
        }
        catch (error) {
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
            throw new errors/* ExternalServiceError */.HD(scrubSecrets(`${this.provider} model ${request.model} answered with a malformed completion: ${read.problem}`, this.#secrets), {
                service: 'model',
                retryable: true,
            });
        }
        return read.response;
    }
    #modelName(model) {
        const prefix = this.#endpoint.modelPrefix;
        return prefix === undefined || model.includes('/') ? model : `${prefix}${model}`;
    }
}
/** A model client for a resolved endpoint. */
function createOpenAIModelClient(endpoint, options = {}) {
    return new OpenAIModelClient(endpoint, options);
}
/**
 * The model client for a stage's route with the credentials the workflow offers (see
 * `resolveModelCredentials`). Throws an InputError naming what to set when they do not fit.
 */
function createModelClient(route, credentials, options = {}) {
    return new OpenAIModelClient(resolveModelEndpoint(route, credentials), options);
}

// EXTERNAL MODULE: ./src/core/agent/loop.ts + 8 modules
var loop = __webpack_require__(2865);
// EXTERNAL MODULE: ./src/core/agent/resume-log.ts
var resume_log = __webpack_require__(53165);
// EXTERNAL MODULE: ./src/core/agent/tool-sets.ts + 15 modules
var tool_sets = __webpack_require__(6241);
;// CONCATENATED MODULE: ./src/core/config/model-route.ts
/**
 * The route a stage uses: its override's fields over the default route. The endpoint
 * (`provider` and `baseUrl`) moves as a unit: a stage that names another provider or URL does not
 * inherit the default's URL, so a request is never sent to one provider's URL as another's.
 */
function modelRouteFor(models, stage) {
    const override = models.stages[stage] ?? {};
    const changesEndpoint = override.provider !== undefined || override.baseUrl !== undefined;
    const provider = override.provider ?? models.default.provider;
    const baseUrl = changesEndpoint ? override.baseUrl : models.default.baseUrl;
    return {
        provider,
        model: override.model ?? models.default.model,
        fallbacks: [...(override.fallbacks ?? models.default.fallbacks)],
        ...(baseUrl === undefined ? {} : { baseUrl }),
    };
}

// EXTERNAL MODULE: ./src/core/journal/verify.ts
var verify = __webpack_require__(25154);
// EXTERNAL MODULE: ./src/core/model/journaled-client.ts
var journaled_client = __webpack_require__(3991);
;// CONCATENATED MODULE: ./src/core/model/retry.ts

const DEFAULT_MAX_ATTEMPTS = 4;
const DEFAULT_BASE_DELAY_MS = 1_000;
const DEFAULT_MAX_DELAY_MS = 30_000;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/**
 * Exponential backoff with full jitter: a uniform wait between 0 and `min(max, base * 2^(n-1))`
 * before retry n, so clients that failed together do not come back together.
 */
function backoffDelayMs(retry, options) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(options.random() * ceiling);
}
/**
 * A client that retries retryable ExternalServiceErrors (429, 5xx, timeouts, broken responses) of
 * the client under it, honouring `Retry-After`. Anything else fails at once. Each attempt is passed
 * down with its number, so a journaling client under this one records every attempt.
 */
function withRetries(client, options) {
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
        throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
    const backoff = {
        baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
        maxDelayMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
        random: options.random ?? Math.random,
    };
    const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    return {
        provider: client.provider,
        async complete(request, callOptions = {}) {
            const first = callOptions.attempt ?? 1;
            for (let attempt = first;; attempt += 1) {
                try {
                    return await client.complete(request, { ...callOptions, attempt });
                }
                catch (error) {
                    if (!errors/* ExternalServiceError */.HD.isInstance(error) || !error.retryable || callOptions.signal?.aborted === true)
                        throw error;
                    const tries = attempt - first + 1;
                    if (tries >= maxAttempts) {
                        throw new errors/* ExternalServiceError */.HD(`${error.message} (gave up after ${tries} attempts)`, {
                            service: error.service,
                            retryable: error.retryable,
                            ...statusOf(error),
                            cause: error,
                        });
                    }
                    const retryAfterMs = error.retryAfterMs;
                    if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) {
                        throw new errors/* ExternalServiceError */.HD(`${error.message}; the service asked to wait ${formatSeconds(retryAfterMs)} before retrying (Retry-After), ` +
                            `longer than the ${formatSeconds(maxRetryAfterMs)} a call may wait: not retried`, { service: error.service, retryable: false, ...statusOf(error), retryAfterMs, cause: error });
                    }
                    const delayMs = retryAfterMs ?? backoffDelayMs(tries, backoff);
                    options.onAttempt?.({ model: request.model, attempt, error, delayMs, fromRetryAfter: retryAfterMs !== undefined });
                    await options.clock.sleep(delayMs);
                }
            }
        },
    };
}
function statusOf(error) {
    return error.status === undefined ? {} : { status: error.status };
}
function formatSeconds(milliseconds) {
    return `${(milliseconds / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
}

;// CONCATENATED MODULE: ./src/core/model/router.ts

/**
 * Whether a failure is one another model may not repeat: an endpoint error that survived the
 * retries (unknown model, overload, a 400 for a feature the model lacks) or output that stayed
 * invalid after repair. A refused credential (401) fails every model alike, so it does not move on.
 */
function shouldFallBack(error) {
    if (errors/* ModelBehaviourError */.D7.isInstance(error))
        return true;
    return errors/* ExternalServiceError */.HD.isInstance(error) && error.status !== 401;
}
/** Per-stage routing: the main model first, then each fallback in order. */
class ModelRouter {
    #options;
    #clients = new Map();
    /** The models tried, in order, without repeats. */
    models;
    constructor(options) {
        this.#options = options;
        this.models = [...new Set([options.route.model, ...options.route.fallbacks])];
    }
    /**
     * Runs `call` with each model in turn until one succeeds or a failure should not move on. When
     * every model failed, the error says what each one did; it keeps the last failure's kind.
     */
    async run(call, signal) {
        const failures = [];
        const moveOn = this.#options.shouldFallBack ?? shouldFallBack;
        for (const [index, model] of this.models.entries()) {
            try {
                return { value: await call(this.#clientFor(model), model), model, fallbackIndex: index, failures };
            }
            catch (error) {
                failures.push({ model, error });
                const next = this.models[index + 1];
                if (next === undefined || signal?.aborted === true || !moveOn(error))
                    throw failures.length === 1 ? error : combined(failures);
                this.#options.onFallback?.({ from: model, to: next, error });
            }
        }
        throw new Error('unreachable: a route always has a model');
    }
    /** The router as a model client: `request.model` is ignored, the route decides. */
    asClient() {
        const provider = this.#clientFor(this.models[0]).provider;
        return {
            provider,
            complete: async (request, options = {}) => (await this.run((client, model) => client.complete({ ...request, model }, options), options.signal)).value,
        };
    }
    #clientFor(model) {
        let client = this.#clients.get(model);
        if (client === undefined) {
            client = this.#options.clientFor(model);
            this.#clients.set(model, client);
        }
        return client;
    }
}
function combined(failures) {
    const last = failures[failures.length - 1].error;
    const summary = failures.map(({ model, error }) => `${model}: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`).join('; ');
    const message = `Every model of the route failed (${failures.length}): ${summary}`;
    if (errors/* ModelBehaviourError */.D7.isInstance(last))
        return new errors/* ModelBehaviourError */.D7(message, { issues: last.issues, cause: last });
    if (errors/* ExternalServiceError */.HD.isInstance(last)) {
        return new errors/* ExternalServiceError */.HD(message, { service: last.service, retryable: last.retryable, ...(last.status === undefined ? {} : { status: last.status }), cause: last });
    }
    return last;
}

;// CONCATENATED MODULE: ./src/stages/shared/stage-agent-runtime.ts












/**
 * The agent runtime as a stage sees it: one call per loop. The model stack is routed per stage
 * (main model, then fallbacks), retried with backoff, journaled per attempt and charged to the
 * budget; tools run under the stage identity's policy on the guarded workspace; a re-run resumes
 * each loop from the earlier attempt's journal, serving recorded answers and never repeating a
 * completed side effect. Credentials are resolved on the first loop, so a stage that runs none
 * needs none.
 */
function createStageAgentRuntime(dependencies) {
    let model;
    let modelName;
    let earlierEvents;
    const commands = (0,command_runner/* createCommandRunner */._m)({ workspace: dependencies.workspace, clock: dependencies.clock });
    return async (request) => {
        if (model === undefined) {
            const route = modelRouteFor(dependencies.config.models, dependencies.stage);
            const credentials = resolveModelCredentials(dependencies.environment, dependencies.credentials);
            const createClient = dependencies.createClient ?? createModelClient;
            const router = new ModelRouter({
                route,
                clientFor: () => withRetries((0,journaled_client/* withJournal */.u)(createClient(route, credentials), {
                    journal: dependencies.journal,
                    clock: dependencies.clock,
                    budget: dependencies.budget,
                    prices: dependencies.config.prices,
                }), {
                    clock: dependencies.clock,
                    onAttempt: (event) => dependencies.io.info(`Model call failed (attempt ${event.attempt}); retrying in ${Math.round(event.delayMs)} ms.`),
                }),
                onFallback: (event) => dependencies.journal.append('model-fallback', { from: event.from, to: event.to, reason: (0,errors/* errorMessage */.gJ)(event.error).split('\n')[0] ?? '' }),
            });
            model = router.asClient();
            modelName = route.model;
        }
        const loopName = request.loopName ?? 'agent';
        let resume;
        if (dependencies.earlierJournal !== undefined) {
            earlierEvents ??= verifiedEvents(dependencies.earlierJournal);
            resume = (0,resume_log/* buildResumeLog */.W)(earlierEvents, { stage: dependencies.stage, loop: loopName });
        }
        const toolSet = request.toolSet ?? tool_sets/* DEFAULT_TOOL_SET */.uH;
        return (0,loop/* runAgentLoop */.L)({
            model,
            modelName: modelName,
            tools: (0,tool_sets/* toolSetRegistry */.Yi)(toolSet),
            toolSet,
            toolContext: {
                identity: request.identity ?? dependencies.identity,
                policy: request.policy ?? dependencies.policy,
                workspace: dependencies.workspace,
                commands,
                clock: dependencies.clock,
            },
            journal: dependencies.journal,
            budget: dependencies.budget,
            clock: dependencies.clock,
            identity: request.identity ?? dependencies.identity,
            systemPrompt: request.systemPrompt,
            task: request.task,
            maxTurns: request.maxTurns ?? 40,
            wallTimeMs: request.wallTimeMs ?? 30 * 60 * 1000,
            contextWindowTokens: request.contextWindowTokens ?? 128_000,
            maxToolErrors: request.maxToolErrors ?? 3,
            loopName,
            prices: dependencies.config.prices,
            ...(resume === undefined ? {} : { resume }),
        });
    };
}
/** The earlier attempt's events; it was verified on load, so a failure here is a bug, not input. */
function verifiedEvents(lines) {
    const verification = (0,verify/* verifyJournal */.T)(lines);
    if (!verification.ok)
        throw new Error(`the earlier attempt's journal no longer verifies: ${verification.firstBad.message}`);
    return verification.events;
}


/***/ })

};
