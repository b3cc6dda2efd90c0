export const id = 293;
export const ids = [293];
export const modules = {

/***/ 15293:
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

// EXTERNAL MODULE: ./src/core/budget/price-table.ts
var price_table = __webpack_require__(86173);
// EXTERNAL MODULE: ./src/core/canonical-json.ts
var canonical_json = __webpack_require__(60484);
;// CONCATENATED MODULE: ./src/core/model/prompt-digest.ts

/**
 * The digest that identifies what was asked of a model: messages, tools and response schema. The
 * model name is left out on purpose, so a call that fell back to another model is still the same
 * question. Replay and resume find recorded answers by it.
 */
function promptDigest(request) {
    return (0,canonical_json/* digestOf */.ol)({
        messages: request.messages,
        tools: request.tools ?? [],
        responseSchema: request.responseSchema ?? null,
    });
}

;// CONCATENATED MODULE: ./src/core/model/journaled-client.ts




/**
 * A client that journals every call it passes on, success or failure, as a `model-call` event
 * carrying a {@link ModelCallRecord}, and charges the budget for successful ones. Put it under
 * `withRetries` (`withRetries(withJournal(client))`) so each attempt is its own event with its
 * `attempt` number; the messages are redacted by the journal before they are hashed.
 */
function withJournal(client, options) {
    const prices = options.prices ?? price_table/* DEFAULT_PRICE_TABLE */.DQ;
    let previous;
    return {
        provider: client.provider,
        async complete(request, callOptions = {}) {
            const started = options.clock.monotonicMs();
            const base = baseRecord(client.provider, request, callOptions.attempt ?? 1, previous);
            previous = { promptDigest: base.promptDigest, messages: request.messages };
            let response;
            try {
                response = await client.complete(request, callOptions);
            }
            catch (error) {
                const failed = { ...base, latencyMs: elapsed(options.clock, started), error: describeError(error) };
                options.journal.append('model-call', { ...failed });
                throw error;
            }
            const pricedAs = pricedModel(response.model, request.model, prices);
            const costUsd = (0,price_table/* costOf */.ho)(pricedAs, response.usage, prices);
            const record = {
                ...base,
                response: { model: response.model, content: response.content, toolCalls: response.toolCalls, finishReason: response.finishReason },
                usage: response.usage,
                ...(costUsd === undefined ? {} : { costUsd }),
                latencyMs: elapsed(options.clock, started),
            };
            options.journal.append('model-call', { ...record });
            options.budget?.charge({ model: pricedAs, usage: response.usage, turns: 0 });
            return response;
        },
    };
}
/**
 * The name to price a call by: the model that answered when the table knows it, else the model
 * asked, else that name without its publisher (`openai/gpt-4.1` → `gpt-4.1`). Providers answer
 * with dated snapshots (`gpt-4.1-mini-2025-04-14`) the table rarely lists. When none is priced the
 * answering model is returned, so the budget records it as unpriced rather than free.
 */
function pricedModel(answered, asked, prices) {
    const unprefixed = asked.includes('/') ? asked.slice(asked.lastIndexOf('/') + 1) : asked;
    return [answered, asked, unprefixed].find((name) => (0,price_table/* priceOf */.xx)(name, prices) !== undefined) ?? answered;
}
function baseRecord(provider, request, attempt, previous) {
    const kept = previous === undefined ? 0 : sharedPrefixLength(previous.messages, request.messages);
    return {
        provider,
        model: request.model,
        promptDigest: promptDigest(request),
        ...(previous === undefined || kept === 0
            ? { messages: request.messages }
            : { messages: request.messages.slice(kept), messagesFrom: { promptDigest: previous.promptDigest, kept } }),
        tools: (request.tools ?? []).map((tool) => tool.name),
        ...(request.responseSchema === undefined ? {} : { responseSchema: request.responseSchema.name }),
        attempt,
    };
}
function describeError(error) {
    const name = error instanceof Error ? error.name : 'Error';
    if (errors/* ExternalServiceError */.HD.isInstance(error)) {
        return { name, message: error.message, retryable: error.retryable, ...(error.status === undefined ? {} : { status: error.status }) };
    }
    return { name: errors/* DrydockError */.Td.isInstance(error) ? error.name : name, message: (0,errors/* errorMessage */.gJ)(error), retryable: false };
}
function elapsed(clock, started) {
    return Math.max(0, Math.round(clock.monotonicMs() - started));
}
/**
 * How many leading messages two conversations share. The loop passes the same message objects
 * turn after turn, so identity settles almost every comparison; equal content counts too.
 */
function sharedPrefixLength(before, after) {
    const limit = Math.min(before.length, after.length);
    let index = 0;
    while (index < limit && (before[index] === after[index] || (0,canonical_json/* canonicalJson */.dj)(before[index]) === (0,canonical_json/* canonicalJson */.dj)(after[index])))
        index += 1;
    return index;
}

;// CONCATENATED MODULE: ./src/core/agent/loop-types.ts
/** Defaults of optional loop options. */
const LOOP_DEFAULTS = { finishToolName: 'finish', loopName: 'agent' };
/** Outcome for each stop reason. */
const OUTCOME_BY_REASON = {
    'finish-called': 'finished',
    'max-turns': 'max-turns',
    'budget-exhausted': 'budget',
    'wall-time-exceeded': 'wall-time',
    'repeated-mistake': 'model-behaviour',
};

;// CONCATENATED MODULE: ./src/core/agent/agent-start.ts



/** The `agent-start` record of a loop: its inputs, for replay to rebuild. */
function agentStartData(options, definitions) {
    return {
        loop: options.loopName ?? LOOP_DEFAULTS.loopName,
        identity: options.identity,
        toolSet: options.toolSet,
        tools: definitions.map((definition) => definition.name),
        toolsDigest: (0,canonical_json/* digestOf */.ol)(definitions),
        model: options.modelName,
        systemPrompt: options.systemPrompt,
        task: options.task,
        limits: {
            maxTurns: options.maxTurns,
            wallTimeMs: options.wallTimeMs,
            contextWindowTokens: options.contextWindowTokens,
            maxToolErrors: options.maxToolErrors,
        },
        finishToolName: options.finishToolName ?? LOOP_DEFAULTS.finishToolName,
        ...(options.maxOutputTokens === undefined ? {} : { maxOutputTokens: options.maxOutputTokens }),
        ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    };
}
/** Throws a `DrydockError` naming the first option that cannot work. */
function checkLoopOptions(options, definitions) {
    const problems = [];
    if (!Number.isInteger(options.maxTurns) || options.maxTurns < 1)
        problems.push(`maxTurns must be a whole number of at least 1, got ${options.maxTurns}`);
    if (!(options.wallTimeMs > 0))
        problems.push(`wallTimeMs must be more than 0, got ${options.wallTimeMs}`);
    if (!(options.contextWindowTokens > 0))
        problems.push(`contextWindowTokens must be more than 0, got ${options.contextWindowTokens}`);
    if (!Number.isInteger(options.maxToolErrors) || options.maxToolErrors < 0) {
        problems.push(`maxToolErrors must be a whole number of at least 0, got ${options.maxToolErrors}`);
    }
    if (options.toolContext.identity !== options.identity) {
        problems.push(`the tool context acts as '${options.toolContext.identity}' but the loop as '${options.identity}'`);
    }
    const finishToolName = options.finishToolName ?? LOOP_DEFAULTS.finishToolName;
    if (!definitions.some((definition) => definition.name === finishToolName)) {
        problems.push(`the tool set '${options.toolSet}' has no '${finishToolName}' tool, so the agent could never finish`);
    }
    if (problems.length > 0)
        throw new errors/* DrydockError */.Td(`Cannot start the agent loop: ${problems.join('; ')}`);
}

;// CONCATENATED MODULE: ./src/core/agent/token-estimate.ts
/**
 * A tokenizer-free token estimate: one token per 3 bytes of UTF-8, plus a few tokens of framing
 * per message. Real tokenizers average about 4 bytes per token on English prose and 3 on code;
 * CJK text is about 3 bytes per character and one token each. Dividing by 3 therefore errs on the
 * high side for the common cases, which is the safe side for deciding when to trim: the estimate
 * only has to keep the conversation inside the window, not bill it.
 */
/** Bytes of UTF-8 counted as one token. */
const BYTES_PER_TOKEN = 3;
/** Tokens of role and separator framing counted for each message (providers spend 3–4). */
const MESSAGE_OVERHEAD_TOKENS = 4;
/** Estimated tokens of a text. */
function estimateTokens(text) {
    return Math.ceil(Buffer.byteLength(text, 'utf8') / BYTES_PER_TOKEN);
}
/** Estimated tokens of one message: its text, its tool calls (names and arguments) and framing. */
function estimateMessageTokens(message) {
    let tokens = MESSAGE_OVERHEAD_TOKENS + estimateTokens(message.content ?? '');
    if (message.role === 'assistant') {
        for (const call of message.toolCalls ?? [])
            tokens += MESSAGE_OVERHEAD_TOKENS + estimateTokens(call.name) + estimateTokens(call.arguments);
    }
    return tokens;
}
/** Estimated tokens the tool definitions take in every request (sent as JSON schema). */
function estimateToolTokens(tools) {
    return tools.length === 0 ? 0 : estimateTokens(JSON.stringify(tools));
}

;// CONCATENATED MODULE: ./src/core/agent/context-window.ts


/** Keeps system prompt, task, an optional trim note and the turns, with running token estimates. */
class ConversationContext {
    #head;
    #headTokens;
    #turns = [];
    #highWaterTokens;
    #lowWaterTokens;
    #windowTokens;
    #droppedToolCalls = new Map();
    #turnTokens = 0;
    #lastDroppedTurn = 0;
    #note;
    #noteTokens = 0;
    constructor(systemPrompt, task, options) {
        const high = options.highWater ?? 0.75;
        const low = options.lowWater ?? 0.5;
        if (!(options.windowTokens > 0) || !(low > 0 && low <= high && high <= 1)) {
            throw new errors/* DrydockError */.Td(`context window needs windowTokens > 0 and 0 < lowWater <= highWater <= 1, got ${options.windowTokens}, ${low}, ${high}`);
        }
        this.#head = [
            { role: 'system', content: systemPrompt },
            { role: 'user', content: task },
        ];
        this.#headTokens = (options.fixedTokens ?? 0) + this.#head.reduce((sum, message) => sum + estimateMessageTokens(message), 0);
        this.#windowTokens = options.windowTokens;
        this.#highWaterTokens = Math.floor(options.windowTokens * high);
        this.#lowWaterTokens = Math.floor(options.windowTokens * low);
    }
    /** Estimated tokens of the next request. */
    get estimatedTokens() {
        return this.#headTokens + this.#noteTokens + this.#turnTokens;
    }
    /** Starts turn `turn` with the model's answer. */
    addAssistant(turn, message) {
        const tokens = estimateMessageTokens(message);
        this.#turns.push({ turn, messages: [message], tokens });
        this.#turnTokens += tokens;
    }
    /** Adds a message that answers the current turn's assistant message (a tool result or a runtime note). */
    addToTurn(message) {
        const current = this.#turns[this.#turns.length - 1];
        if (current === undefined)
            throw new errors/* DrydockError */.Td('a tool result or note needs an assistant message before it');
        const tokens = estimateMessageTokens(message);
        current.messages.push(message);
        current.tokens += tokens;
        this.#turnTokens += tokens;
    }
    /** The messages to send, in order. A new array; the messages themselves are shared. */
    messages() {
        const messages = [...this.#head];
        if (this.#note !== undefined)
            messages.push(this.#note);
        for (const turn of this.#turns)
            messages.push(...turn.messages);
        return messages;
    }
    /** Drops the oldest turns when the estimate is past the high-water mark; the last turn always stays. */
    trim() {
        const tokensBefore = this.estimatedTokens;
        if (tokensBefore <= this.#highWaterTokens || this.#turns.length <= 1)
            return undefined;
        let droppedMessages = 0;
        const droppedToolCalls = {};
        const from = this.#turns[0].turn;
        let to = from;
        while (this.#turns.length > 1 && this.#headTokens + this.#turnTokens + this.#noteTokens > this.#lowWaterTokens) {
            const dropped = this.#turns.shift();
            this.#turnTokens -= dropped.tokens;
            droppedMessages += dropped.messages.length;
            to = dropped.turn;
            for (const message of dropped.messages) {
                if (message.role !== 'assistant')
                    continue;
                for (const call of message.toolCalls ?? []) {
                    droppedToolCalls[call.name] = (droppedToolCalls[call.name] ?? 0) + 1;
                    this.#droppedToolCalls.set(call.name, (this.#droppedToolCalls.get(call.name) ?? 0) + 1);
                }
            }
            // The note's own size changes as it is rewritten; re-estimate inside the loop so the mark holds.
            this.#lastDroppedTurn = to;
            this.#setNote();
        }
        return {
            droppedTurns: { from, to },
            droppedMessages,
            droppedToolCalls,
            tokensBefore,
            tokensAfter: this.estimatedTokens,
            windowTokens: this.#windowTokens,
            highWaterTokens: this.#highWaterTokens,
            lowWaterTokens: this.#lowWaterTokens,
        };
    }
    #setNote() {
        const calls = [...this.#droppedToolCalls].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
        const total = calls.reduce((sum, [, count]) => sum + count, 0);
        const listed = calls.map(([name, count]) => `${name} ×${count}`).join(', ');
        this.#note = {
            role: 'user',
            content: `[Note from the Drydock runtime: turns 1–${this.#lastDroppedTurn} were removed to fit the context window. ` +
                `They made ${total} tool call${total === 1 ? '' : 's'}${total === 0 ? '' : ` (${listed})`}. ` +
                'What they changed in the workspace is still there; call the tools again if you need something they showed.]',
        };
        this.#noteTokens = estimateMessageTokens(this.#note);
    }
}

;// CONCATENATED MODULE: ./src/core/agent/mistake-counter.ts
/** Distinct mistakes remembered; the oldest is forgotten past this, so memory stays flat. */
const MAX_DISTINCT_MISTAKES = 256;
/** Longest reason kept, in characters. */
const MAX_REASON_LENGTH = 200;
/** The mistake a tool call outcome represents, or undefined for a successful call. */
function mistakeOf(outcome) {
    if (outcome.status === 'ok')
        return undefined;
    const refusal = outcome.decisions.find((decision) => decision.decision !== 'allow');
    const reason = refusal?.reason ?? outcome.text.split('\n', 1)[0] ?? '';
    return { tool: outcome.name, status: outcome.status, reason: reason.slice(0, MAX_REASON_LENGTH) };
}
/** Counts mistakes by kind. */
class MistakeCounter {
    #counts = new Map();
    /** Records a mistake and returns how often it has happened. */
    record(mistake) {
        const key = `${mistake.tool}\u0000${mistake.status}\u0000${mistake.reason}`;
        const count = (this.#counts.get(key) ?? 0) + 1;
        this.#counts.delete(key);
        this.#counts.set(key, count);
        if (this.#counts.size > MAX_DISTINCT_MISTAKES)
            this.#counts.delete(this.#counts.keys().next().value);
        return count;
    }
}

;// CONCATENATED MODULE: ./src/core/agent/resume-model-source.ts

/**
 * Where a resumed loop gets its answers: from the earlier attempt's record while each prompt is
 * the one recorded next, then from the live model. The first prompt that differs, or the end of
 * the record, switches to live for good, and the switch is journaled as a `decision`.
 */
class ResumingModelSource {
    #model;
    #journal;
    #answers;
    #cursor = 0;
    #replaying;
    constructor(model, journal, resume) {
        this.#model = model;
        this.#journal = journal;
        this.#answers = resume?.answers ?? [];
        this.#replaying = this.#answers.length > 0;
    }
    /** Whether the conversation so far is exactly the recorded one (answers are still being served). */
    get replaying() {
        return this.#replaying;
    }
    /** Answers served from the record so far. */
    get served() {
        return this.#cursor;
    }
    /** The answer to `request`, from the record or the model, and the recorded model-call it came from. */
    async complete(request, turn, signal) {
        if (this.#replaying) {
            const digest = promptDigest(request);
            const next = this.#answers[this.#cursor];
            if (next !== undefined && next.promptDigest === digest) {
                this.#cursor += 1;
                const { usage: _usage, costUsd: _costUsd, replayedFrom: _replayedFrom, ...record } = next.record;
                // Nothing was spent this time: usage and cost stay on the original event, so totals do not count them twice.
                const served = { ...record, latencyMs: 0, attempt: 1, replayedFrom: next.origin };
                this.#journal.append('model-call', served);
                return { response: next.response, replayed: next };
            }
            this.#replaying = false;
            this.#journal.append('decision', next === undefined
                ? { decision: 'resume-complete', reason: `served all ${this.#cursor} recorded model answers; continuing with the live model`, turn }
                : {
                    decision: 'resume-diverge',
                    reason: `the prompt of turn ${turn} differs from the recorded one; continuing with the live model`,
                    turn,
                    expectedPromptDigest: next.promptDigest,
                    actualPromptDigest: digest,
                });
        }
        return { response: await this.#model.complete(request, signal === undefined ? {} : { signal }) };
    }
}

;// CONCATENATED MODULE: ./src/core/agent/stop-conditions.ts

/** Holds once the finish tool succeeded. */
function finishCalled() {
    return { reason: 'finish-called', holds: (state) => state.finished };
}
/** Holds once `limit` turns are done: a limit of 10 allows exactly 10 model responses. */
function maxTurns(limit) {
    return { reason: 'max-turns', holds: (state) => state.turns >= limit };
}
/**
 * Holds once any stage or run budget is used up. Other errors from `check` (an unpriced model under
 * a cost budget is a configuration error) propagate: they are not a reason to stop quietly.
 */
function budgetExhausted() {
    return {
        reason: 'budget-exhausted',
        holds: (state) => {
            try {
                state.budget.check();
                return false;
            }
            catch (error) {
                if (errors/* BudgetExceededError */.Zq.isInstance(error))
                    return true;
                throw error;
            }
        },
    };
}
/** Holds once the loop has run for `limitMs` milliseconds or more. */
function wallTimeExceeded(limitMs) {
    return { reason: 'wall-time-exceeded', holds: (state) => state.elapsedMs >= limitMs };
}
/** The first condition that holds, in the order given, or undefined. */
function firstStop(conditions, state) {
    return conditions.find((condition) => condition.holds(state));
}

;// CONCATENATED MODULE: ./src/core/agent/idempotency.ts

/**
 * Idempotency keys of tool calls. A call is identified by where it happened in the run (run,
 * stage, turn, call id) and what it asked (tool, arguments): the same conversation replayed on
 * resume produces the same keys, so a completed side effect is found and not repeated.
 *
 * A process killed between a side effect and its journal record cannot know whether the effect
 * happened; no journal can close that gap alone. The loop therefore journals a `tool-start` (and
 * flushes it) before a side-effecting call, re-runs an interrupted call with the same key, and
 * hands the key to commands in {@link IDEMPOTENCY_ENV_NAME} so that the target can drop a
 * duplicate (as GitHub writes do with their idempotency markers).
 */
/** Environment variable that carries a side-effecting call's idempotency key to the commands it runs. */
const IDEMPOTENCY_ENV_NAME = 'DRYDOCK_IDEMPOTENCY_KEY';
/** The key of a tool call: `sha256:` digest of its canonical identity. */
function toolCallKey(identity) {
    return (0,canonical_json/* digestOf */.ol)(identity);
}
/** Tool arguments as JSON when they parse, else the raw text (the registry reports the error). */
function parseToolArguments(rawArguments) {
    try {
        return JSON.parse(rawArguments);
    }
    catch {
        return rawArguments;
    }
}
/** A command runner that hands every command the call's idempotency key. */
function withIdempotencyKey(commands, key) {
    return { run: (request) => commands.run({ ...request, env: { ...request.env, [IDEMPOTENCY_ENV_NAME]: key } }) };
}

;// CONCATENATED MODULE: ./src/core/agent/tool-call-step.ts

/**
 * Runs one tool call through the registry and journals it as `tool-call`.
 *
 * A recorded result is reused instead of running the tool when the call is a side effect that
 * completed in an earlier attempt (never do it twice), or when the conversation is still the
 * recorded one (a read then must show what it showed then, not what the workspace holds after
 * later writes, or the next prompt would no longer match). A side-effecting call that runs is
 * preceded by a flushed `tool-start`, so that a crash during it is known on resume.
 */
async function runToolCall(step, turn, call) {
    const input = parseToolArguments(call.arguments);
    const sideEffect = step.tools.get(call.name)?.sideEffect ?? false;
    const callKey = toolCallKey({ runId: step.runId, stage: step.stage, turn, callId: call.id, name: call.name, input });
    const recorded = step.resume?.toolCalls.get(callKey);
    if (recorded !== undefined && (recorded.sideEffect || step.replaying)) {
        const outcome = {
            name: recorded.name,
            status: recorded.status,
            input: recorded.input,
            decisions: [],
            ...(recorded.output === undefined ? {} : { output: recorded.output }),
            outputDigest: recorded.outputDigest,
            text: recorded.text,
            truncatedBytes: recorded.truncatedBytes,
            durationMs: 0,
        };
        const { origin, replayedFrom: _replayedFrom, ...data } = recorded;
        step.journal.append('tool-call', { ...data, turn, callId: call.id, durationMs: 0, replayedFrom: origin });
        return { outcome, reused: recorded };
    }
    let context = step.context;
    if (sideEffect) {
        if (step.resume?.interrupted.has(callKey) === true) {
            step.journal.append('decision', {
                decision: 'tool-retry',
                reason: `an earlier attempt was stopped while ${call.name} (call ${call.id}) ran, so whether it took effect is unknown; running it again under the same idempotency key`,
                turn,
                callId: call.id,
                idempotencyKey: callKey,
            });
        }
        step.journal.append('tool-start', { turn, callId: call.id, name: call.name, idempotencyKey: callKey });
        // Write-ahead: the intent must be on disk before the effect can happen.
        await step.journal.flush();
        context = { ...context, commands: withIdempotencyKey(context.commands, callKey) };
    }
    const outcome = await step.tools.call(call.name, call.arguments, context);
    step.journal.append('tool-call', {
        turn,
        callId: call.id,
        name: call.name,
        input: outcome.input,
        status: outcome.status,
        decisions: outcome.decisions.map(summarizeDecision),
        outputDigest: outcome.outputDigest,
        text: outcome.text,
        truncatedBytes: outcome.truncatedBytes,
        durationMs: outcome.durationMs,
        callKey,
        sideEffect,
        ...(sideEffect ? { idempotencyKey: callKey } : {}),
        ...(call.name === step.finishToolName && outcome.status === 'ok' ? { output: outcome.output } : {}),
    });
    // Once the effect happened, its record should be durable too: a resume then reuses it instead of
    // running the call again under its key.
    if (sideEffect)
        await step.journal.flush();
    return { outcome };
}
function summarizeDecision(decision) {
    return decision.decision === 'allow' ? { decision: decision.decision, rule: decision.rule } : { decision: decision.decision, rule: decision.rule, reason: decision.reason };
}

// EXTERNAL MODULE: ./src/core/agent/untrusted.ts
var untrusted = __webpack_require__(23291);
;// CONCATENATED MODULE: ./src/core/agent/loop.ts












/**
 * The agent loop: the model proposes, deterministic code disposes. Each turn asks the model once,
 * then runs every tool call it made through the registry (policy first), journals each and sends
 * the results back. The loop stops at the first stop condition that holds, or when the model
 * repeats the same mistake past the limit.
 *
 * Memory stays flat: the loop keeps no per-turn data beyond the messages the context window keeps
 * (and a bounded table of mistakes); everything else goes to the journal.
 */
/** What the model is told when it answers without calling a tool. */
const NO_TOOL_CALL_NOTE = (finishToolName) => `[Note from the Drydock runtime: answer by calling one of the tools. When the task is done, call ${finishToolName} with the result and its evidence.]`;
/** A turn's own charge: the model client charged the call's tokens already. */
const NO_TOKENS = { inputTokens: 0, outputTokens: 0 };
/** Longest timer Node keeps (about 24.8 days); a longer wall time is simply not armed. */
const MAX_TIMER_MS = 2_147_483_647;
/** Runs an agent loop to its end; see {@link AgentLoopOptions}. */
async function runAgentLoop(options) {
    const { journal, budget, clock } = options;
    const definitions = options.tools.definitions();
    checkLoopOptions(options, definitions);
    const start = agentStartData(options, definitions);
    const startEvent = journal.append('agent-start', { ...start });
    const context = new ConversationContext(options.systemPrompt, options.task, {
        windowTokens: options.contextWindowTokens,
        fixedTokens: estimateToolTokens(definitions),
    });
    const source = new ResumingModelSource(options.model, journal, options.resume);
    const mistakes = new MistakeCounter();
    const conditions = [finishCalled(), budgetExhausted(), wallTimeExceeded(options.wallTimeMs), maxTurns(options.maxTurns)];
    const startedMs = clock.monotonicMs();
    const signal = loopSignal(options);
    const step = {
        tools: options.tools,
        context: { ...options.toolContext, ...(signal === undefined ? {} : { signal }) },
        journal,
        runId: startEvent.runId,
        stage: startEvent.stage,
        finishToolName: start.finishToolName,
        resume: options.resume,
        replaying: source.replaying,
    };
    let turns = 0;
    let reusedToolCalls = 0;
    let finish;
    let stoppedBy;
    let error;
    try {
        while (stoppedBy === undefined) {
            const stop = firstStop(conditions, { turns, finished: finish !== undefined, elapsedMs: clock.monotonicMs() - startedMs, budget });
            if (stop !== undefined) {
                stoppedBy = stop.reason;
                if (stop.reason === 'budget-exhausted')
                    error = budgetError(budget);
                break;
            }
            const turn = turns + 1;
            const trim = context.trim();
            if (trim !== undefined)
                journal.append('context-trim', { turn, ...trim });
            const request = {
                model: options.modelName,
                messages: context.messages(),
                tools: definitions,
                ...(start.maxOutputTokens === undefined ? {} : { maxOutputTokens: start.maxOutputTokens }),
                ...(start.temperature === undefined ? {} : { temperature: start.temperature }),
            };
            const { response, replayed } = await source.complete(request, turn, signal);
            budget.charge(replayed === undefined
                ? { model: response.model, usage: NO_TOKENS, turns: 1 }
                : { model: pricedModel(response.model, replayed.record.model, options.prices ?? price_table/* DEFAULT_PRICE_TABLE */.DQ), usage: response.usage, turns: 1 });
            turns = turn;
            const toolCalls = response.toolCalls.map(({ id, name, arguments: rawArguments }) => ({ id, name, arguments: rawArguments }));
            context.addAssistant(turn, toolCalls.length === 0 ? { role: 'assistant', content: response.content } : { role: 'assistant', content: response.content, toolCalls });
            if (toolCalls.length === 0) {
                context.addToTurn({ role: 'user', content: NO_TOOL_CALL_NOTE(start.finishToolName) });
                error = checkMistake(mistakes, { tool: '-', status: 'no-tool-call', reason: 'answered without calling a tool' }, options.maxToolErrors);
            }
            step.replaying = source.replaying;
            for (const call of toolCalls) {
                if (error !== undefined)
                    break;
                const { outcome, reused } = await runToolCall(step, turn, call);
                if (reused !== undefined)
                    reusedToolCalls += 1;
                context.addToTurn(toolMessage(call, outcome));
                if (call.name === start.finishToolName && outcome.status === 'ok') {
                    finish = finishResultOf(outcome.output);
                    break;
                }
                const mistake = mistakeOf(outcome);
                if (mistake !== undefined)
                    error = checkMistake(mistakes, mistake, options.maxToolErrors);
            }
            if (error !== undefined)
                stoppedBy = 'repeated-mistake';
            await journal.flush();
        }
    }
    catch (thrown) {
        endLoop(options, { outcome: 'error', turns, error: { name: thrown instanceof Error ? thrown.name : 'Error', message: (0,errors/* errorMessage */.gJ)(thrown) }, replayedModelCalls: source.served, reusedToolCalls });
        throw thrown;
    }
    const outcome = OUTCOME_BY_REASON[stoppedBy];
    endLoop(options, {
        outcome,
        stoppedBy,
        turns,
        ...(finish === undefined ? {} : { summary: finish.summary }),
        ...(error === undefined ? {} : { error: { name: error.name, message: error.message } }),
        replayedModelCalls: source.served,
        reusedToolCalls,
    });
    await journal.flush();
    return {
        outcome,
        ...(finish === undefined ? {} : { finish }),
        turns,
        stoppedBy,
        ...(error === undefined ? {} : { error }),
        replayedModelCalls: source.served,
        reusedToolCalls,
    };
}
function endLoop(options, data) {
    options.journal.append('agent-end', { loop: options.loopName ?? LOOP_DEFAULTS.loopName, ...data });
}
/** Counts a mistake; past the limit, the error that ends the loop. */
function checkMistake(mistakes, mistake, limit) {
    const count = mistakes.record(mistake);
    if (count <= limit)
        return undefined;
    return new errors/* ModelBehaviourError */.D7(`The model made the same mistake ${count} times (at most ${limit} allowed): ${mistake.tool} ${mistake.status}: ${mistake.reason}`, { issues: [{ ...mistake, count }] });
}
/** The tool message for a result. Output of tools that ran is data from the workspace or a command: untrusted. */
function toolMessage(call, outcome) {
    const ran = outcome.status === 'ok' || outcome.status === 'failed';
    const content = ran ? (0,untrusted/* wrapUntrusted */.fj)(outcome.text, (0,untrusted/* toolResultProvenance */.XZ)(call.name, call.id)) : outcome.text;
    return { role: 'tool', toolCallId: call.id, content };
}
/** The finish tool's output as a finish result; any shape is kept, under `result` when it is not one. */
function finishResultOf(output) {
    if (typeof output === 'object' && output !== null && typeof output.summary === 'string') {
        const { summary, result, evidence } = output;
        return { summary, result: result ?? null, evidence: evidence ?? [] };
    }
    return { summary: '', result: output ?? null, evidence: [] };
}
/** The `BudgetExceededError` the budget raises now. */
function budgetError(budget) {
    try {
        budget.check();
        return undefined;
    }
    catch (thrown) {
        return errors/* BudgetExceededError */.Zq.isInstance(thrown) ? thrown : undefined;
    }
}
/** Aborted when the caller's signal aborts or the wall time passes, so long tools stop with the loop. */
function loopSignal(options) {
    const signals = [];
    if (options.toolContext.signal !== undefined)
        signals.push(options.toolContext.signal);
    if (options.wallTimeMs <= MAX_TIMER_MS)
        signals.push(AbortSignal.timeout(Math.ceil(options.wallTimeMs)));
    return signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
}

;// CONCATENATED MODULE: ./src/core/agent/agent-events.ts

const replayedFromSchema = schemas/* object */.Ikc({ runId: schemas/* string */.YjP(), seq: schemas/* number */.aig() });
const agentStartDataSchema = schemas/* object */.Ikc({
    loop: schemas/* string */.YjP(),
    identity: schemas/* string */.YjP(),
    toolSet: schemas/* string */.YjP(),
    tools: schemas/* array */.YOg(schemas/* string */.YjP()),
    toolsDigest: schemas/* string */.YjP(),
    model: schemas/* string */.YjP(),
    systemPrompt: schemas/* string */.YjP(),
    task: schemas/* string */.YjP(),
    limits: schemas/* object */.Ikc({
        maxTurns: schemas/* number */.aig(),
        wallTimeMs: schemas/* number */.aig(),
        contextWindowTokens: schemas/* number */.aig(),
        maxToolErrors: schemas/* number */.aig(),
    }),
    finishToolName: schemas/* string */.YjP(),
    maxOutputTokens: schemas/* number */.aig().optional(),
    temperature: schemas/* number */.aig().optional(),
});
const toolCallDataSchema = schemas/* object */.Ikc({
    turn: schemas/* number */.aig(),
    callId: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    input: schemas/* unknown */.L5J(),
    status: schemas/* enum */.k5n(['ok', 'failed', 'denied', 'needs-approval', 'unknown-tool', 'invalid-arguments']),
    decisions: schemas/* array */.YOg(schemas/* object */.Ikc({ decision: schemas/* string */.YjP(), rule: schemas/* string */.YjP(), reason: schemas/* string */.YjP().optional() })),
    outputDigest: schemas/* string */.YjP(),
    text: schemas/* string */.YjP(),
    truncatedBytes: schemas/* number */.aig(),
    durationMs: schemas/* number */.aig(),
    callKey: schemas/* string */.YjP(),
    sideEffect: schemas/* boolean */.zMY(),
    idempotencyKey: schemas/* string */.YjP().optional(),
    output: schemas/* unknown */.L5J().optional(),
    replayedFrom: replayedFromSchema.optional(),
});
const toolStartDataSchema = schemas/* object */.Ikc({
    turn: schemas/* number */.aig(),
    callId: schemas/* string */.YjP(),
    name: schemas/* string */.YjP(),
    idempotencyKey: schemas/* string */.YjP(),
});

;// CONCATENATED MODULE: ./src/core/agent/resume-log.ts



const modelCallSchema = schemas/* looseObject */._H3({
    promptDigest: schemas/* string */.YjP(),
    response: schemas/* object */.Ikc({
        model: schemas/* string */.YjP(),
        content: schemas/* string */.YjP().nullable(),
        toolCalls: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP(), arguments: schemas/* string */.YjP() })),
        finishReason: schemas/* string */.YjP(),
    }),
    usage: schemas/* object */.Ikc({ inputTokens: schemas/* number */.aig(), outputTokens: schemas/* number */.aig(), cachedInputTokens: schemas/* number */.aig().optional() }).optional(),
    replayedFrom: schemas/* object */.Ikc({ runId: schemas/* string */.YjP(), seq: schemas/* number */.aig() }).optional(),
    error: schemas/* unknown */.L5J().optional(),
});
/**
 * Reads the record of one loop from a run's journal (every attempt, in order). Each attempt's
 * events for the loop lie between its `agent-start` and `agent-end` (or the end of the journal,
 * when it was killed). A later attempt re-journals the answers it served (with `replayedFrom`)
 * and then continues live; a live answer at position n replaces whatever an earlier attempt had
 * from n on, because from there the earlier conversation is no longer the one being had.
 */
function buildResumeLog(events, options) {
    const loop = options.loop ?? LOOP_DEFAULTS.loopName;
    const answers = [];
    const toolCalls = new Map();
    const started = new Set();
    let active = false;
    let cursor = 0;
    for (const event of events) {
        if (event.stage !== options.stage)
            continue;
        switch (event.kind) {
            case 'stage-start':
            case 'journal-continue':
                if (event.kind === 'stage-start' || event.data.reason === 'resume')
                    active = false;
                break;
            case 'agent-start':
                active = event.data.loop === loop;
                cursor = 0;
                break;
            case 'agent-end':
                if (event.data.loop === loop)
                    active = false;
                break;
            case 'model-call': {
                if (!active)
                    break;
                const parsed = modelCallSchema.safeParse(event.data);
                if (!parsed.success || parsed.data.error !== undefined)
                    break;
                if (parsed.data.replayedFrom !== undefined && answers[cursor]?.promptDigest === parsed.data.promptDigest) {
                    cursor += 1;
                    break;
                }
                answers.length = Math.min(answers.length, cursor);
                const { response, usage } = parsed.data;
                answers.push({
                    promptDigest: parsed.data.promptDigest,
                    response: { ...response, usage: usage ?? { inputTokens: 0, outputTokens: 0 } },
                    record: event.data,
                    origin: parsed.data.replayedFrom ?? { runId: event.runId, seq: event.seq },
                });
                cursor += 1;
                break;
            }
            case 'tool-start': {
                const parsed = active ? toolStartDataSchema.safeParse(event.data) : undefined;
                if (parsed?.success === true)
                    started.add(parsed.data.idempotencyKey);
                break;
            }
            case 'tool-call': {
                const parsed = active ? toolCallDataSchema.safeParse(event.data) : undefined;
                if (parsed?.success !== true)
                    break;
                started.delete(parsed.data.callKey);
                if (!toolCalls.has(parsed.data.callKey)) {
                    toolCalls.set(parsed.data.callKey, { ...parsed.data, origin: parsed.data.replayedFrom ?? { runId: event.runId, seq: event.seq } });
                }
                break;
            }
            default:
                break;
        }
    }
    return { loop, answers, toolCalls, interrupted: started };
}

// EXTERNAL MODULE: ./src/core/agent/tool-sets.ts + 22 modules
var tool_sets = __webpack_require__(62145);
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
                clientFor: () => withRetries(withJournal(createClient(route, credentials), {
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
            resume = buildResumeLog(earlierEvents, { stage: dependencies.stage, loop: loopName });
        }
        const toolSet = request.toolSet ?? tool_sets/* DEFAULT_TOOL_SET */.uH;
        return runAgentLoop({
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
