export const id = 262;
export const ids = [262];
export const modules = {

/***/ 52262:
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

// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var core_errors = __webpack_require__(37428);
;// CONCATENATED MODULE: ./src/core/agent/output-cap.ts
/**
 * Capping text shown to the model by UTF-8 byte size. Cuts never split a character, prefer line
 * boundaries, and leave a note that says how much was cut and how to see it.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
/** A line break this close to a cut (as a share of the kept part) moves the cut to it. */
const LINE_BOUNDARY_SHARE = 0.2;
/** `48213` → `48,213`: fixed formatting, not the locale's, so texts replay byte for byte. */
function formatByteCount(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** The UTF-8 size of a text in bytes. */
function byteLength(text) {
    return encoder.encode(text).length;
}
/** Caps `text` at `maxBytes` UTF-8 bytes, adding a note where it was cut. */
function capText(text, options) {
    const bytes = encoder.encode(text);
    const totalBytes = bytes.length;
    const maxBytes = Math.max(0, Math.floor(options.maxBytes));
    if (totalBytes <= maxBytes)
        return { text, truncatedBytes: 0, totalBytes };
    if (options.keep === 'head-and-tail') {
        const tailShare = Math.min(Math.max(options.tailShare ?? 0.5, 0), 1);
        const tailBudget = Math.floor(maxBytes * tailShare);
        const headEnd = headCut(bytes, maxBytes - tailBudget);
        const tailStart = tailCut(bytes, totalBytes - tailBudget);
        const truncatedBytes = tailStart - headEnd;
        const head = decoder.decode(bytes.subarray(0, headEnd));
        const tail = decoder.decode(bytes.subarray(tailStart));
        const note = truncationNote(truncatedBytes, totalBytes, options.hint);
        return { text: `${withNewline(head)}${note}\n${tail}`, truncatedBytes, totalBytes };
    }
    const headEnd = headCut(bytes, maxBytes);
    const truncatedBytes = totalBytes - headEnd;
    const head = decoder.decode(bytes.subarray(0, headEnd));
    return { text: `${withNewline(head)}${truncationNote(truncatedBytes, totalBytes, options.hint)}`, truncatedBytes, totalBytes };
}
/** `[output truncated: 48,213 of 64,597 bytes not shown; hint]`. */
function truncationNote(truncatedBytes, totalBytes, hint) {
    const how = hint === undefined || hint === '' ? '' : `; ${hint}`;
    return `[output truncated: ${formatByteCount(truncatedBytes)} of ${formatByteCount(totalBytes)} bytes not shown${how}]`;
}
function withNewline(text) {
    return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
function isContinuationByte(byte) {
    return byte !== undefined && (byte & 0xc0) === 0x80;
}
/** End index of a head of at most `budget` bytes: on a character boundary, after a newline when one is near. */
function headCut(bytes, budget) {
    let end = Math.min(Math.max(budget, 0), bytes.length);
    while (end > 0 && isContinuationByte(bytes[end]))
        end -= 1;
    if (end === 0)
        return 0;
    const lineEnd = bytes.lastIndexOf(0x0a, end - 1);
    if (lineEnd >= 0 && end - (lineEnd + 1) <= budget * LINE_BOUNDARY_SHARE)
        return lineEnd + 1;
    return end;
}
/** Start index of a tail starting at or after `from`: on a character boundary, after a newline when one is near. */
function tailCut(bytes, from) {
    let start = Math.min(Math.max(from, 0), bytes.length);
    while (start < bytes.length && isContinuationByte(bytes[start]))
        start += 1;
    const budget = bytes.length - start;
    if (start > 0 && bytes[start - 1] === 0x0a)
        return start;
    const lineEnd = bytes.indexOf(0x0a, start);
    if (lineEnd >= 0 && lineEnd + 1 - start <= budget * LINE_BOUNDARY_SHARE)
        return lineEnd + 1;
    return start;
}

// EXTERNAL MODULE: ./src/core/policy/path-normalization.ts
var path_normalization = __webpack_require__(12663);
;// CONCATENATED MODULE: ./src/core/agent/tool-authorization.ts


/**
 * Asks policy about every action of a call, in order, without consuming anything. The first deny
 * ends the questioning; a needs-approval is remembered and returned unless a later action is denied.
 *
 * A read or write is judged twice when a symlink is involved: on the path as asked for and on the
 * path it resolves to. The workspace guard only keeps links away from protected paths; this keeps
 * a link in an allowed directory from reaching a file outside the identity's own globs.
 */
async function authorizeToolCall(actions, context) {
    const decisions = [];
    let approval;
    for (const action of actions) {
        const decision = context.policy.evaluate(context.identity, action);
        decisions.push(decision);
        if (decision.decision === 'deny')
            return { verdict: 'deny', decisions, reason: decision.reason };
        if (decision.decision === 'needs-approval')
            approval ??= decision.reason;
        if (action.type !== 'read' && action.type !== 'write')
            continue;
        let resolved;
        try {
            resolved = await context.workspace.canonicalPath(action.path);
        }
        catch (error) {
            return { verdict: 'unresolvable', decisions, reason: (0,errors/* errorMessage */.gJ)(error) };
        }
        const asked = (0,path_normalization/* normalizePolicyPath */.v)(action.path);
        if (asked.ok && asked.path === resolved)
            continue;
        const throughLink = context.policy.evaluate(context.identity, { type: action.type, path: resolved === '' ? '.' : resolved });
        decisions.push(throughLink);
        const via = `'${action.path}' resolves to '${resolved}'`;
        if (throughLink.decision === 'deny')
            return { verdict: 'deny', decisions, reason: `${via}: ${throughLink.reason}` };
        if (throughLink.decision === 'needs-approval')
            approval ??= `${via}: ${throughLink.reason}`;
    }
    if (approval !== undefined)
        return { verdict: 'needs-approval', decisions, reason: approval };
    return { verdict: 'allow', decisions };
}
/**
 * Consumes the GitHub operation counts of a call that is about to run. Only here, right before
 * execution, so that a denied, refused or invalid call never uses up a count.
 */
function consumeGithubActions(actions, context) {
    const decisions = [];
    for (const action of actions) {
        if (action.type !== 'github')
            continue;
        const decision = context.policy.consume(context.identity, action);
        decisions.push(decision);
        if (decision.decision !== 'allow')
            return { verdict: decision.decision, decisions, reason: decision.reason };
    }
    return { verdict: 'allow', decisions };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./src/core/agent/tool-json-schema.ts

/** What OpenAI function calling accepts as a tool name. */
const TOOL_NAME = /^[a-z][a-z0-9_]{0,63}$/;
/**
 * The JSON schema of a tool's arguments, in the shape OpenAI function calling accepts: an object
 * at the top level (no `anyOf` or `$ref` there), with `$schema` left out. Describes the input side
 * of the schema, so fields with defaults are optional. Throws for a schema that cannot be sent:
 * that is a programming error in the tool, found when the registry is built.
 */
function toolParametersSchema(toolName, schema) {
    let converted;
    try {
        converted = json_schema_processors/* toJSONSchema */.bl(schema, { io: 'input', unrepresentable: 'throw', reused: 'inline', cycles: 'throw' });
    }
    catch (error) {
        throw new TypeError(`Tool '${toolName}': its input schema cannot be expressed as JSON schema: ${String(error)}`, { cause: error });
    }
    const { $schema: _ignored, ...parameters } = converted;
    if (parameters.type !== 'object' || typeof parameters.properties !== 'object') {
        throw new TypeError(`Tool '${toolName}': the input schema must be an object at the top level (function calling requires it)`);
    }
    return parameters;
}
/** Throws unless `name` is a tool name every provider accepts (lower snake case, at most 64 characters). */
function assertToolName(name) {
    if (!TOOL_NAME.test(name)) {
        throw new TypeError(`Tool name '${name}' must be lower snake case (letters, digits, "_"), start with a letter and be at most 64 characters`);
    }
}

;// CONCATENATED MODULE: ./src/core/agent/tool-registry.ts






/** Default cap on the text of one tool result shown to the model: 16 KiB. */
const DEFAULT_MAX_TOOL_OUTPUT_BYTES = 16 * 1024;
const GENERIC_HINT = 'narrow the request (a smaller range, a more specific path or pattern) to see more';
/**
 * Builds the registry of the contract (`ToolRegistry` in tool.ts). `call` validates, authorizes,
 * runs and accounts for one call, and never rejects because of what the model sent: unknown names,
 * bad arguments, denials and tool failures all come back as outcomes. It does reject when the
 * policy's recorder throws, since a decision that cannot be journaled must not let anything go ahead.
 *
 * Throws at build time for duplicate or malformed names and schemas that cannot be sent to a model.
 */
function createToolRegistry(tools, options = {}) {
    const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_TOOL_OUTPUT_BYTES;
    if (!Number.isSafeInteger(maxOutputBytes) || maxOutputBytes < 256) {
        throw new TypeError(`maxOutputBytes must be a whole number of bytes, at least 256; got ${maxOutputBytes}`);
    }
    const byName = new Map();
    const definitions = [];
    for (const tool of tools) {
        assertToolName(tool.name);
        if (byName.has(tool.name))
            throw new TypeError(`Tool '${tool.name}' is registered twice`);
        byName.set(tool.name, tool);
        definitions.push({ name: tool.name, description: tool.description, parameters: toolParametersSchema(tool.name, tool.inputSchema) });
    }
    return {
        definitions: () => definitions.map((definition) => ({ ...definition })),
        has: (name) => byName.has(name),
        get: (name) => byName.get(name),
        call: (name, rawArguments, context) => callTool(byName, maxOutputBytes, name, rawArguments, context),
    };
}
async function callTool(byName, maxOutputBytes, name, rawArguments, context) {
    const startedMs = context.clock.monotonicMs();
    const tool = byName.get(name);
    const ending = tool === undefined ? unknownTool(byName, name, rawArguments) : await runTool(tool, rawArguments, context);
    const capped = capText(ending.text, {
        maxBytes: maxOutputBytes,
        keep: tool?.truncationKeep ?? 'head',
        hint: tool?.truncationHint ?? GENERIC_HINT,
    });
    return {
        name,
        status: ending.status,
        input: ending.input,
        decisions: ending.decisions,
        ...(ending.status === 'ok' ? { output: ending.output } : {}),
        outputDigest: ending.outputDigest,
        text: capped.text,
        truncatedBytes: capped.truncatedBytes,
        durationMs: Math.max(0, context.clock.monotonicMs() - startedMs),
    };
}
function refusal(status, input, decisions, message) {
    return { status, input, decisions, text: message, outputDigest: (0,canonical_json/* digestOf */.ol)(message) };
}
function unknownTool(byName, name, rawArguments) {
    const parsed = parseArguments(rawArguments);
    const available = [...byName.keys()].join(', ');
    return refusal('unknown-tool', parsed.ok ? parsed.value : rawArguments, [], `There is no tool named '${name}'. Available tools: ${available}.`);
}
async function runTool(tool, rawArguments, context) {
    const parsed = parseArguments(rawArguments);
    if (!parsed.ok) {
        return refusal('invalid-arguments', rawArguments, [], `The arguments of ${tool.name} are not valid JSON (${parsed.reason}). Send one JSON object that follows the tool's schema.`);
    }
    const validated = tool.inputSchema.safeParse(parsed.value);
    if (!validated.success) {
        return refusal('invalid-arguments', parsed.value, [], `The arguments of ${tool.name} do not follow its schema:\n${core_errors/* prettifyError */.S1(validated.error)}\nFix them and call ${tool.name} again.`);
    }
    const input = validated.data;
    let actions;
    try {
        actions = tool.actions(input);
    }
    catch (error) {
        return refusal('failed', input, [], `${tool.name} could not work out what the call needs: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    const authorization = await authorizeToolCall(actions, context);
    const decisions = [...authorization.decisions];
    if (authorization.verdict === 'deny') {
        return refusal('denied', input, decisions, `Denied by policy; nothing was done. ${authorization.reason}`);
    }
    if (authorization.verdict === 'needs-approval') {
        return refusal('needs-approval', input, decisions, `Not done: this needs a human approval. ${authorization.reason} Continue with work that does not need it, or finish and say what is waiting for approval.`);
    }
    if (authorization.verdict === 'unresolvable') {
        return refusal('failed', input, decisions, `${tool.name} failed: ${authorization.reason}`);
    }
    if (context.signal?.aborted === true) {
        return refusal('failed', input, decisions, `${tool.name} was not run: the agent loop is stopping.`);
    }
    const consumed = consumeGithubActions(actions, context);
    decisions.push(...consumed.decisions);
    if (consumed.verdict !== 'allow') {
        return refusal(consumed.verdict === 'needs-approval' ? 'needs-approval' : 'denied', input, decisions, `Denied by policy; nothing was done. ${consumed.reason}`);
    }
    try {
        const execution = await tool.execute(input, context);
        if (!execution.ok)
            return refusal('failed', input, decisions, execution.error);
        // Inside the try: output that canonical JSON cannot hold is a failure of the tool, not a crash.
        const outputDigest = (0,canonical_json/* digestOf */.ol)(execution.output ?? null);
        return { status: 'ok', input, decisions, output: execution.output, text: execution.text, outputDigest };
    }
    catch (error) {
        // The workspace guard refuses protected paths (also through links) by throwing; that is a denial.
        if (errors/* PolicyDeniedError */.uB.isInstance(error)) {
            return refusal('denied', input, decisions, `Denied by policy; nothing was done. ${error.message}`);
        }
        return refusal('failed', input, decisions, `${tool.name} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function parseArguments(rawArguments) {
    // Some models send an empty string for a call without arguments.
    if (rawArguments.trim() === '')
        return { ok: true, value: {} };
    try {
        return { ok: true, value: JSON.parse(rawArguments) };
    }
    catch (error) {
        return { ok: false, reason: (0,errors/* errorMessage */.gJ)(error) };
    }
}

// EXTERNAL MODULE: ./src/core/plan/plan.ts
var plan = __webpack_require__(96940);
// EXTERNAL MODULE: ./src/core/plan/plan-schema.ts
var plan_schema = __webpack_require__(43850);
;// CONCATENATED MODULE: ./src/core/plan/plan-terms.ts
/** Words too common to say whether a plan covers a goal. */
const STOP_WORDS = new Set([
    'about', 'above', 'after', 'again', 'all', 'also', 'and', 'any', 'are', 'because', 'been', 'before', 'being', 'both', 'but',
    'can', 'could', 'does', 'doing', 'done', 'each', 'either', 'else', 'even', 'every', 'for', 'from', 'get', 'had', 'has', 'have',
    'here', 'how', 'into', 'its', 'just', 'like', 'make', 'many', 'may', 'might', 'more', 'most', 'much', 'must', 'need', 'new',
    'not', 'now', 'off', 'once', 'one', 'only', 'other', 'our', 'out', 'over', 'own', 'please', 'same', 'should', 'some', 'such',
    'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'too', 'under', 'until',
    'use', 'used', 'using', 'very', 'want', 'was', 'way', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will',
    'with', 'within', 'without', 'would', 'you', 'your',
]);
/** Shortest word that counts as a term. */
const MIN_TERM_LENGTH = 3;
/** A crude suffix stemmer: enough for `parse`/`parses`/`parsing`/`parsed` to meet, and deterministic. */
function stem(word) {
    let stemmed = word;
    for (const suffix of ['ing', 'ed', 'es', 's']) {
        if (stemmed.endsWith(suffix) && stemmed.length - suffix.length >= MIN_TERM_LENGTH) {
            stemmed = stemmed.slice(0, -suffix.length);
            break;
        }
    }
    return stemmed.endsWith('e') && stemmed.length > MIN_TERM_LENGTH ? stemmed.slice(0, -1) : stemmed;
}
/**
 * The terms of a text, in order of first appearance: words of letters and digits (paths and
 * identifiers split at `/`, `.`, `-`, `_` and camelCase humps), lowercased, stemmed, without stop
 * words and words shorter than three characters.
 */
function plan_terms_termsOf(text) {
    const split = text.normalize('NFKC').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    const terms = new Set();
    for (const word of split.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (word.length < MIN_TERM_LENGTH || STOP_WORDS.has(word))
            continue;
        terms.add(stem(word));
    }
    return [...terms];
}

;// CONCATENATED MODULE: ./src/core/plan/candidates.ts





/** How much each part counts in a candidate's score; they add up to 1. */
const SCORE_WEIGHTS = { coverage: 0.5, size: 0.3, risk: 0.2 };
/** How far below the best score the critique's preferred candidate may be and still be chosen. */
const CRITIQUE_MARGIN = 0.05;
/** zod schema of the model's critique of the candidates, asked for as structured output. */
const planCritiqueSchema = schemas/* strictObject */.rej({
    preferred: schemas/* number */.aig().int().describe('The number of the plan you prefer, as the plans were listed: 1 for the first.'),
    reason: schemas/* string */.YjP()
        .refine((value) => value.length <= 1_000, { message: 'must be at most 1000 characters' })
        .describe('Why that plan is the best way to reach the goal, in a few sentences. At most 1000 characters.'),
})
    .describe('Which plan is best, and why.');
function round(value) {
    return Math.round(value * 1e6) / 1e6;
}
/** Scores one candidate against the goal text (the issue's title and body, or the goal input). */
function scoreCandidate(candidate, goalText, index = 0) {
    if (!Number.isFinite(candidate.risk) || candidate.risk < 0)
        throw new DrydockError(`A candidate's risk must be a non-negative number, got ${candidate.risk}.`);
    const goalTerms = termsOf(goalText);
    // The summary is left out: it can repeat the goal without any task doing what it says.
    const planTerms = new Set(termsOf(candidate.plan.tasks.flatMap((task) => [task.title, task.description, ...task.targetFiles.map((target) => target.path)]).join('\n')));
    const uncovered = goalTerms.filter((term) => !planTerms.has(term));
    const coverage = goalTerms.length === 0 ? 1 : (goalTerms.length - uncovered.length) / goalTerms.length;
    const sizePoints = candidate.plan.tasks.reduce((sum, task) => sum + (SIZE_POINTS[task.size] ?? SIZE_POINTS.xl), 0);
    const score = SCORE_WEIGHTS.coverage * coverage + SCORE_WEIGHTS.size * (10 / (10 + sizePoints)) + SCORE_WEIGHTS.risk * (1 / (1 + candidate.risk));
    return {
        index,
        digest: planDigest(candidate.plan),
        score: round(score),
        coverage: round(coverage),
        sizePoints,
        taskCount: candidate.plan.tasks.length,
        risk: candidate.risk,
        uncoveredTerms: uncovered.slice(0, 10),
    };
}
function scoreText(score) {
    return (`score ${score.score.toFixed(3)}: covers ${Math.round(score.coverage * 100)}% of the goal's terms, ` +
        `${score.sizePoints} size points in ${score.taskCount} ${score.taskCount === 1 ? 'task' : 'tasks'}, risk ${score.risk}`);
}
/**
 * Chooses among valid plans for the same goal by deterministic score: coverage of the goal,
 * smaller and fewer tasks, lower risk. Equal scores go to the lower plan digest, so the same
 * candidates always give the same choice whatever order they arrive in. The model's critique
 * may pick another candidate only when its score is within `CRITIQUE_MARGIN` of the best: the
 * critique refines the choice but cannot talk the stage into a clearly worse plan.
 */
function chooseCandidate(candidates, options) {
    if (candidates.length === 0)
        throw new DrydockError('There are no plan candidates to choose from.');
    const scores = candidates.map((candidate, index) => scoreCandidate(candidate, options.goalText, index));
    const ranked = [...scores].sort((left, right) => right.score - left.score || (left.digest < right.digest ? -1 : left.digest > right.digest ? 1 : 0));
    const ranking = ranked.map((score) => score.index);
    const best = ranked[0];
    const number = (score) => `candidate ${score.index + 1}`;
    let reason = candidates.length === 1 ? `Only one candidate (${scoreText(best)}).` : `${capitalize(number(best))} of ${candidates.length} has the best ${scoreText(best)}.`;
    const runnerUp = ranked[1];
    if (runnerUp !== undefined) {
        reason += runnerUp.score === best.score ? ` It ties with ${number(runnerUp)}; the lower plan digest breaks the tie.` : ` Next is ${number(runnerUp)} with ${runnerUp.score.toFixed(3)}.`;
    }
    const critique = options.critique;
    if (critique === undefined)
        return { index: best.index, reason, scores, ranking };
    const quoted = JSON.stringify(critique.reason.length > 300 ? `${critique.reason.slice(0, 300)}…` : critique.reason);
    const preferred = Number.isInteger(critique.preferred) ? scores[critique.preferred - 1] : undefined;
    if (preferred === undefined) {
        return { index: best.index, reason: `${reason} The critique named candidate ${critique.preferred}, which does not exist, so the score decides.`, scores, ranking };
    }
    if (preferred.index === best.index)
        return { index: best.index, reason: `${reason} The critique agrees: ${quoted}.`, scores, ranking };
    if (round(best.score - preferred.score) <= CRITIQUE_MARGIN) {
        return {
            index: preferred.index,
            reason: `${reason} The critique prefers ${number(preferred)} (${preferred.score.toFixed(3)}, within ${CRITIQUE_MARGIN} of the best), which is chosen: ${quoted}.`,
            scores,
            ranking,
        };
    }
    return {
        index: best.index,
        reason: `${reason} The critique prefers ${number(preferred)}, but its score ${preferred.score.toFixed(3)} is more than ${CRITIQUE_MARGIN} below the best, so the score decides. Critique: ${quoted}.`,
        scores,
        ranking,
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/core/canary/deployer-decision.ts

/** What the deployer may choose at the end of a step, from least to most cautious. */
const DEPLOYER_ACTIONS = ['continue', 'extend-bake', 'pause-for-human', 'rollback'];
/** The `result` of the deployer agent's `finish`. */
const deployerDecisionSchema = schemas/* strictObject */.rej({
    action: schemas/* enum */.k5n(DEPLOYER_ACTIONS).describe('continue to the next step, extend-bake (judge again), pause-for-human, or rollback.'),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(500)).min(1).max(8).describe('Why, citing metrics, the verdict, the risk level or the change.'),
})
    .describe('The decision at the end of a canary step.');
/** Caution rank: a later action is never less safe than an earlier one. */
function cautionOf(action) {
    return DEPLOYER_ACTIONS.indexOf(action);
}
/**
 * The decision at the end of a step from the judge alone: a pass continues, a fail rolls back,
 * a marginal or inconclusive verdict gets another bake while extensions remain and then rolls
 * back. A high-risk change is more cautious: a marginal verdict rolls back at once, and an
 * inconclusive one gets no extension beyond the first.
 */
function defaultDecision(verdict, extensionsUsed, maxExtensions, risk) {
    if (verdict === 'pass')
        return { action: 'continue', reason: 'the judge passed the canary' };
    if (verdict === 'fail')
        return { action: 'rollback', reason: 'the judge failed the canary' };
    const allowed = risk === 'high' ? (verdict === 'marginal' ? 0 : Math.min(1, maxExtensions)) : maxExtensions;
    if (extensionsUsed < allowed) {
        return { action: 'extend-bake', reason: `the verdict is ${verdict}; baking again (${extensionsUsed + 1} of ${allowed} extensions)` };
    }
    const why = risk === 'high' && verdict === 'marginal' ? 'a marginal verdict on a high-risk change' : `the verdict is still ${verdict} after ${extensionsUsed} extension(s)`;
    return { action: 'rollback', reason: `${why}; rolling back` };
}
/**
 * Deterministic guard over the agent: its proposal stands only when it is at least as cautious
 * as the default (rollback > pause-for-human > extend-bake > continue). So it can never promote
 * past a failing, marginal or inconclusive judge, and never undo a rollback; it can only add
 * caution. Gates (`until-weight`) are enforced by the engine before the next step, whatever the
 * agent chose, so no proposal can skip one.
 */
function enforceDecision(fallback, proposal) {
    if (proposal === undefined)
        return { action: fallback.action, default: fallback, overridden: false, reason: fallback.reason };
    if (cautionOf(proposal.action) >= cautionOf(fallback.action)) {
        return {
            action: proposal.action,
            default: fallback,
            proposal,
            overridden: false,
            reason: proposal.action === fallback.action ? fallback.reason : `the deployer chose the more cautious ${proposal.action} over ${fallback.action}`,
        };
    }
    return {
        action: fallback.action,
        default: fallback,
        proposal,
        overridden: true,
        reason: `the deployer proposed ${proposal.action}, which is less cautious than ${fallback.action} (${fallback.reason}); refused`,
    };
}

;// CONCATENATED MODULE: ./src/core/agent/tools/text-file.ts
/** Files larger than this are not read whole by the editing and reading tools: 4 MiB. */
const MAX_TEXT_FILE_BYTES = 4 * 1024 * 1024;
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
/** Whether bytes look like a binary file: text files hold no NUL byte. */
function looksBinary(bytes) {
    return bytes.includes(0);
}
/**
 * Reads a UTF-8 text file through the workspace. Binary files (a NUL byte) and invalid UTF-8 are
 * refused with a message for the model; a missing or over-large file throws as the workspace does.
 */
async function readTextFile(workspace, path, maxBytes = MAX_TEXT_FILE_BYTES) {
    const bytes = await workspace.readBytes(path, { maxBytes });
    if (looksBinary(bytes))
        return { ok: false, error: `'${path}' looks like a binary file (it contains NUL bytes); only text files can be shown or edited.` };
    try {
        return { ok: true, text: strictDecoder.decode(bytes) };
    }
    catch {
        return { ok: false, error: `'${path}' is not valid UTF-8 text; only text files can be shown or edited.` };
    }
}
/**
 * Splits text into lines as an editor numbers them: `\n` ends a line, a final `\n` does not start
 * another, and a `\r` before it stays with the line (so a CRLF file is written back as it was).
 */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}
/** A line without the `\r` of a CRLF ending, for display and comparison. */
function withoutCarriageReturn(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}

;// CONCATENATED MODULE: ./src/core/agent/tools/diff-apply.ts


/** Places listed when a hunk's lines match elsewhere. */
const MAX_LISTED_PLACES = 5;
/**
 * Applies a parsed one-file diff strictly: every hunk must match, context and removed lines alike,
 * exactly at the line its header names (line endings aside), in order and without overlap. There
 * is no fuzz and no offset search, because a hunk that lands somewhere other than where the model
 * looked is an edit nobody reviewed. When a hunk fails, nothing is applied and the message names
 * the hunk, the first line that differs, and where its lines would match instead.
 */
function applyFileDiff(content, diff, path) {
    const pathProblem = checkPaths(diff, path);
    if (pathProblem !== undefined)
        return { ok: false, error: pathProblem };
    const lines = splitLines(content);
    const lineEnding = content.includes('\r\n') ? '\r' : '';
    let finalNewline = content === '' || content.endsWith('\n');
    const result = [];
    let cursor = 0;
    let added = 0;
    let removed = 0;
    for (const hunk of diff.hunks) {
        const expected = hunk.lines.filter((line) => line.kind !== '+');
        if (hunk.oldStart === 0 && hunk.oldCount > 0) {
            return { ok: false, error: `Hunk ${hunk.number} (${hunk.header}) starts at line 0; lines are numbered from 1.` };
        }
        // A hunk that removes nothing names the line after which it inserts.
        const position = hunk.oldCount === 0 ? hunk.oldStart : hunk.oldStart - 1;
        if (position < cursor) {
            return { ok: false, error: `Hunk ${hunk.number} (${hunk.header}) starts before the end of the hunk above it; hunks must be in file order and must not overlap.` };
        }
        const mismatch = firstMismatch(lines, position, expected.map((line) => line.text));
        if (mismatch !== undefined)
            return { ok: false, error: mismatchMessage(lines, hunk, position, mismatch, expected.map((line) => line.text), path) };
        result.push(...lines.slice(cursor, position));
        let filePosition = position;
        for (const line of hunk.lines) {
            if (line.kind === ' ') {
                result.push(lines[filePosition]);
                filePosition += 1;
            }
            else if (line.kind === '-') {
                filePosition += 1;
                removed += 1;
            }
            else {
                result.push(line.text + lineEnding);
                added += 1;
            }
        }
        cursor = filePosition;
        if (cursor === lines.length) {
            finalNewline = hunk.newWithoutFinalNewline ? false : hunk.oldWithoutFinalNewline ? true : finalNewline;
        }
    }
    result.push(...lines.slice(cursor));
    const hunks = diff.hunks.length;
    return {
        ok: true,
        content: result.join('\n') + (finalNewline && result.length > 0 ? '\n' : ''),
        summary: `applied ${hunks} hunk${hunks === 1 ? '' : 's'}: ${added} line${added === 1 ? '' : 's'} added, ${removed} removed`,
    };
}
function checkPaths(diff, path) {
    if (diff.oldPath === '/dev/null')
        return 'The diff creates a new file; use write_file to create files.';
    if (diff.newPath === '/dev/null')
        return 'The diff deletes the file; apply_edit only changes files.';
    const target = (0,path_normalization/* normalizePolicyPath */.v)(path);
    for (const named of [diff.oldPath, diff.newPath]) {
        if (named === undefined)
            continue;
        const normalized = (0,path_normalization/* normalizePolicyPath */.v)(named);
        if (!normalized.ok || !target.ok || normalized.path !== target.path) {
            return `The diff is for '${named}' but path is '${path}'; one call edits one file, named the same in both.`;
        }
    }
    return undefined;
}
/** Index within `expected` of the first line that does not match the file at `position`, or undefined when all match. */
function firstMismatch(lines, position, expected) {
    for (let index = 0; index < expected.length; index += 1) {
        const actual = lines[position + index];
        if (actual === undefined || withoutCarriageReturn(actual) !== expected[index])
            return index;
    }
    return undefined;
}
function mismatchMessage(lines, hunk, position, mismatch, expected, path) {
    const lineNumber = position + mismatch + 1;
    const expectation = JSON.stringify(expected[mismatch]);
    const actual = lines[position + mismatch];
    const found = actual === undefined ? `the file ends (it has ${lines.length} lines)` : `the file has ${JSON.stringify(withoutCarriageReturn(actual))}`;
    const places = [];
    for (let start = 0; start + expected.length <= lines.length && places.length <= MAX_LISTED_PLACES; start += 1) {
        if (start !== position && firstMismatch(lines, start, expected) === undefined)
            places.push(start + 1);
    }
    let elsewhere;
    if (places.length === 1)
        elsewhere = `Its context and removed lines match at line ${places[0]} instead: correct the line numbers in its header.`;
    else if (places.length > 1)
        elsewhere = `Its context and removed lines match at several places (lines ${places.slice(0, MAX_LISTED_PLACES).join(', ')}): add context lines and correct the header.`;
    else
        elsewhere = 'Its context and removed lines match nowhere in the file.';
    return (`Hunk ${hunk.number} (${hunk.header}) does not apply to ${path}: at line ${lineNumber} ${found} where the hunk expects ${expectation}. ` +
        `${elsewhere} Nothing was changed. Call read_file to see the current text, then send a corrected diff or use search/replace.`);
}

;// CONCATENATED MODULE: ./src/core/agent/tools/exact-replace.ts

/** Occurrence lines listed in an ambiguity message. */
const MAX_LISTED_OCCURRENCES = 10;
/** Near matches listed when the search text is not found. */
const MAX_NEAR_MATCHES = 3;
/** Lines quoted in messages are cut to this many characters. */
const MAX_QUOTED_CHARACTERS = 160;
const READ_ADVICE = 'Call read_file on that part of the file and copy the search text exactly, including indentation.';
/**
 * Replaces `search` with `replace` where it occurs exactly once. Zero or several occurrences are
 * refused, with what the model needs to fix the call: the lines of each occurrence, or the closest
 * lines and the first line that differs. When the file uses CRLF and the search text has bare
 * `\n`, both texts are read with CRLF: the only way to match, and not a guess.
 */
function replaceExactlyOnce(content, search, replace, path) {
    if (search === replace)
        return { ok: false, error: 'search and replace are the same text; nothing would change.' };
    let target = search;
    let replacement = replace;
    let found = occurrences(content, target);
    if (found.length === 0 && content.includes('\r\n') && !search.includes('\r')) {
        const crlfFound = occurrences(content, search.replaceAll('\n', '\r\n'));
        if (crlfFound.length > 0) {
            found = crlfFound;
            target = search.replaceAll('\n', '\r\n');
            replacement = replace.replaceAll('\n', '\r\n');
        }
    }
    if (found.length > 1) {
        const lines = found.slice(0, MAX_LISTED_OCCURRENCES).map((index) => lineAt(content, index));
        const more = found.length > MAX_LISTED_OCCURRENCES ? ', …' : '';
        return {
            ok: false,
            error: `The search text occurs ${found.length} times in ${path} (starting at lines ${lines.join(', ')}${more}); it must occur exactly once. ` +
                'Add neighbouring lines to search so that it picks one place, or edit each place with its own call.',
        };
    }
    const index = found[0];
    if (index === undefined)
        return { ok: false, error: notFoundMessage(content, search, path) };
    const firstLine = lineAt(content, index);
    const removedLines = Math.max(1, splitLines(target).length);
    const addedLines = splitLines(replacement).length;
    return {
        ok: true,
        content: content.slice(0, index) + replacement + content.slice(index + target.length),
        summary: `replaced ${removedLines} line${removedLines === 1 ? '' : 's'} at line ${firstLine} with ${addedLines} line${addedLines === 1 ? '' : 's'}`,
    };
}
/** Start indexes of every occurrence, overlapping ones included (`aa` in `aaa` is ambiguous). */
function occurrences(content, search) {
    const found = [];
    for (let index = content.indexOf(search); index >= 0; index = content.indexOf(search, index + 1))
        found.push(index);
    return found;
}
/** 1-based line of a character index. */
function lineAt(content, index) {
    let line = 1;
    for (let position = content.indexOf('\n'); position >= 0 && position < index; position = content.indexOf('\n', position + 1))
        line += 1;
    return line;
}
function normalizeSpace(line) {
    return withoutCarriageReturn(line).trim().replace(/\s+/g, ' ');
}
function quoteLine(line) {
    const text = withoutCarriageReturn(line).trim();
    return JSON.stringify(text.length > MAX_QUOTED_CHARACTERS ? `${text.slice(0, MAX_QUOTED_CHARACTERS)}…` : text);
}
function notFoundMessage(content, search, path) {
    const fileLines = splitLines(content);
    const normalizedFile = fileLines.map(normalizeSpace);
    const searchLines = trimBlankEdges(splitLines(search));
    const wanted = searchLines.map(normalizeSpace);
    const intro = `The search text was not found in ${path}.`;
    if (wanted.length === 0)
        return `${intro} It holds only whitespace; give the lines to replace.`;
    let bestStart = -1;
    let bestLength = 0;
    for (let start = 0; start < fileLines.length; start += 1) {
        let length = 0;
        while (length < wanted.length && start + length < fileLines.length && normalizedFile[start + length] === wanted[length])
            length += 1;
        if (length > bestLength) {
            bestStart = start;
            bestLength = length;
        }
        if (length === wanted.length)
            break;
    }
    if (bestLength === wanted.length) {
        return `${intro} It matches lines ${bestStart + 1}-${bestStart + bestLength} if whitespace is ignored: the indentation, tabs or trailing spaces differ. ${READ_ADVICE}`;
    }
    if (bestLength > 0) {
        const differing = bestStart + bestLength;
        const fileHas = differing < fileLines.length ? `the file has ${quoteLine(fileLines[differing])}` : 'the file ends';
        return (`${intro} ${bestLength === 1 ? 'Its first line matches' : `Its first ${bestLength} lines match`} from line ${bestStart + 1}, but at line ${differing + 1} ` +
            `${fileHas} where search has ${quoteLine(searchLines[bestLength])}. ${READ_ADVICE}`);
    }
    const near = nearLines(fileLines, wanted[0]);
    if (near.length === 0)
        return `${intro} No line resembles its first line ${quoteLine(searchLines[0])}. ${READ_ADVICE}`;
    const listed = near.map((index) => `line ${index + 1}: ${quoteLine(fileLines[index])}`).join('; ');
    return `${intro} Closest lines to its first line: ${listed}. ${READ_ADVICE}`;
}
function trimBlankEdges(lines) {
    let start = 0;
    let end = lines.length;
    while (start < end && normalizeSpace(lines[start]) === '')
        start += 1;
    while (end > start && normalizeSpace(lines[end - 1]) === '')
        end -= 1;
    return lines.slice(start, end);
}
function words(line) {
    return new Set(line.split(/[^\p{L}\p{N}_$]+/u).filter((word) => word !== ''));
}
/** Lines sharing most words with `wanted` (Jaccard index of at least 0.5), best first. */
function nearLines(fileLines, wanted) {
    const target = words(wanted);
    if (target.size === 0)
        return [];
    const scored = [];
    fileLines.forEach((line, index) => {
        const candidate = words(line);
        let shared = 0;
        for (const word of candidate)
            if (target.has(word))
                shared += 1;
        const score = shared / (target.size + candidate.size - shared);
        if (score >= 0.5)
            scored.push({ index, score });
    });
    return scored
        .sort((left, right) => right.score - left.score || left.index - right.index)
        .slice(0, MAX_NEAR_MATCHES)
        .map((entry) => entry.index);
}

;// CONCATENATED MODULE: ./src/core/agent/tools/unified-diff.ts
/** Parsing a unified diff of one file, strictly: what is not understood is refused, with where. */
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** Lines git writes between `diff --git` and `---`; they change nothing here. */
const EXTENDED_HEADER = /^(diff |index |old mode |new mode |similarity index |dissimilarity index |rename from |rename to |copy from |copy to |new file mode |deleted file mode )/;
/** Parses a unified diff that changes exactly one file. */
function parseUnifiedDiff(text) {
    const lines = withoutCodeFence(text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)));
    let oldPath;
    let newPath;
    const hunks = [];
    let current;
    for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index];
        const lineNumber = index + 1;
        const header = HUNK_HEADER.exec(line);
        if (header !== null) {
            if (current !== undefined) {
                const problem = closeHunk(current);
                if (problem !== undefined)
                    return { ok: false, error: problem };
            }
            current = {
                number: hunks.length + 1,
                header: header[0],
                oldStart: Number(header[1]),
                oldCount: header[2] === undefined ? 1 : Number(header[2]),
                newStart: Number(header[3]),
                newCount: header[4] === undefined ? 1 : Number(header[4]),
                lines: [],
                oldWithoutFinalNewline: false,
                newWithoutFinalNewline: false,
            };
            hunks.push(current);
            continue;
        }
        if (line.startsWith('--- ') && (current === undefined || isFileHeaderAt(lines, index))) {
            if (oldPath !== undefined || hunks.length > 0) {
                return { ok: false, error: `The diff changes more than one file (a second "---" header at diff line ${lineNumber}); send one apply_edit call per file.` };
            }
            oldPath = headerPath(line.slice(4), 'a/');
            continue;
        }
        if (line.startsWith('+++ ') && current === undefined) {
            newPath = headerPath(line.slice(4), 'b/');
            continue;
        }
        if (current === undefined) {
            if (line.trim() === '' || EXTENDED_HEADER.test(line))
                continue;
            return { ok: false, error: `Diff line ${lineNumber} comes before any hunk and is not a diff header: ${JSON.stringify(line)}. Hunks start with "@@ -start,count +start,count @@".` };
        }
        if (line.startsWith('\\')) {
            const previous = current.lines.at(-1);
            if (previous === undefined)
                return { ok: false, error: `Diff line ${lineNumber}: "\\ No newline at end of file" must follow a line of the hunk.` };
            if (previous.kind !== '+')
                current.oldWithoutFinalNewline = true;
            if (previous.kind !== '-')
                current.newWithoutFinalNewline = true;
            continue;
        }
        const marker = line[0];
        if (line === '') {
            // An editor or a model often drops the single space of an empty context line.
            current.lines.push({ kind: ' ', text: '' });
        }
        else if (marker === ' ' || marker === '-' || marker === '+') {
            current.lines.push({ kind: marker, text: line.slice(1) });
        }
        else if (line.startsWith('diff ')) {
            return { ok: false, error: `The diff changes more than one file (a second "diff" header at diff line ${lineNumber}); send one apply_edit call per file.` };
        }
        else {
            return { ok: false, error: `Diff line ${lineNumber} in hunk ${current.number} (${current.header}) starts with neither " ", "-" nor "+": ${JSON.stringify(line)}.` };
        }
    }
    if (current !== undefined) {
        const problem = closeHunk(current);
        if (problem !== undefined)
            return { ok: false, error: problem };
    }
    if (hunks.length === 0)
        return { ok: false, error: 'The diff holds no hunk; each change starts with a line like "@@ -12,4 +12,5 @@".' };
    return { ok: true, diff: { oldPath, newPath, hunks } };
}
/** Whether a `---` line at `index` starts a new file (a `+++` line follows), not a removed line `-- …`. */
function isFileHeaderAt(lines, index) {
    return (lines[index + 1] ?? '').startsWith('+++ ');
}
/** Checks the hunk's line counts against its header; trailing empty lines beyond them are dropped. */
function closeHunk(hunk) {
    const count = () => ({
        old: hunk.lines.filter((line) => line.kind !== '+').length,
        new: hunk.lines.filter((line) => line.kind !== '-').length,
    });
    let counts = count();
    // The blank line that ends a diff text is not part of its last hunk.
    while ((counts.old > hunk.oldCount || counts.new > hunk.newCount) && hunk.lines.at(-1)?.kind === ' ' && hunk.lines.at(-1)?.text === '') {
        hunk.lines.pop();
        counts = count();
    }
    if (counts.old === hunk.oldCount && counts.new === hunk.newCount)
        return undefined;
    return (`Hunk ${hunk.number} (${hunk.header}) promises ${hunk.oldCount} old and ${hunk.newCount} new lines but holds ` +
        `${counts.old} old (context and "-") and ${counts.new} new (context and "+"). Fix the counts in its header, or send the edit as search/replace.`);
}
function headerPath(raw, prefix) {
    // git appends a tab and a timestamp in some modes; names with spaces may be quoted.
    let path = raw.split('\t')[0]?.trim() ?? '';
    if (path.startsWith('"') && path.endsWith('"') && path.length >= 2)
        path = path.slice(1, -1);
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
function withoutCodeFence(lines) {
    const first = lines.findIndex((line) => line.trim() !== '');
    if (first < 0 || !lines[first].startsWith('```'))
        return lines;
    let last = lines.length - 1;
    while (last > first && lines[last].trim() === '')
        last -= 1;
    const end = lines[last].trim() === '```' ? last : lines.length;
    return lines.slice(first + 1, end);
}

;// CONCATENATED MODULE: ./src/core/agent/tools/apply-edit.ts





/** Longest search, replace or diff text accepted: 256 KiB of characters. */
const MAX_EDIT_CHARACTERS = 256 * 1024;
// One object with optional fields rather than a union: function calling wants an object at the
// top level, and the refinement below still makes the two forms exclusive.
const applyEditInput = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('File to edit, relative to the repository root. It must exist; create files with write_file.'),
    search: schemas/* string */.YjP()
        .min(1)
        .max(MAX_EDIT_CHARACTERS)
        .optional()
        .describe('Exact text to replace, copied from the file with its indentation; it must occur exactly once. Use with replace.'),
    replace: schemas/* string */.YjP().max(MAX_EDIT_CHARACTERS).optional().describe('Text that takes the place of search (may be empty to delete).'),
    diff: schemas/* string */.YjP()
        .min(1)
        .max(MAX_EDIT_CHARACTERS)
        .optional()
        .describe('Instead of search/replace: a unified diff of this one file ("@@ -12,4 +12,5 @@" hunks with context lines); each hunk must match exactly at its line numbers.'),
})
    .superRefine((input, issues) => {
    const replacing = input.search !== undefined || input.replace !== undefined;
    if (replacing && input.diff !== undefined) {
        issues.addIssue({ code: 'custom', message: 'give either search and replace, or diff, not both', path: ['diff'] });
    }
    else if (!replacing && input.diff === undefined) {
        issues.addIssue({ code: 'custom', message: 'give search and replace, or diff', path: ['search'] });
    }
    else if (replacing && input.search === undefined) {
        issues.addIssue({ code: 'custom', message: 'search is required with replace', path: ['search'] });
    }
    else if (replacing && input.replace === undefined) {
        issues.addIssue({ code: 'custom', message: 'replace is required with search (use "" to delete)', path: ['replace'] });
    }
});
/** `apply_edit`: an exact search/replace or a strict one-file unified diff on an existing file. */
const applyEditTool = {
    name: 'apply_edit',
    description: 'Change an existing text file, in one of two ways: search + replace (search must occur exactly once in the file), ' +
        'or diff (a unified diff of this one file, applied only if every hunk matches exactly). ' +
        'On refusal nothing is changed and the message says what to fix.',
    inputSchema: applyEditInput,
    sideEffect: true,
    truncationHint: 'call read_file with start_line/end_line to see the file',
    // The file is read to find the text, and messages quote it: both permissions are needed.
    actions: (input) => [
        { type: 'read', path: input.path },
        { type: 'write', path: input.path },
    ],
    async execute(input, context) {
        const file = await readTextFile(context.workspace, input.path);
        if (!file.ok)
            return file;
        const mode = input.diff === undefined ? 'search-replace' : 'diff';
        const edit = editOf(file.text, input);
        if (!edit.ok)
            return edit;
        if (edit.content === file.text)
            return { ok: false, error: `The edit leaves ${input.path} unchanged; nothing was written.` };
        await context.workspace.writeText(input.path, edit.content);
        return {
            ok: true,
            output: { path: input.path, mode, summary: edit.summary, charactersBefore: file.text.length, charactersAfter: edit.content.length },
            text: `Edited ${input.path}: ${edit.summary}.`,
        };
    },
};
function editOf(content, input) {
    if (input.diff !== undefined) {
        const parsed = parseUnifiedDiff(input.diff);
        if (!parsed.ok)
            return { ok: false, error: `${parsed.error} Nothing was changed.` };
        return applyFileDiff(content, parsed.diff, input.path);
    }
    return replaceExactlyOnce(content, input.search ?? '', input.replace ?? '', input.path);
}

;// CONCATENATED MODULE: ./src/core/agent/gitignore.ts
/**
 * A `.gitignore` matcher, pure: callers read the files and hand over their text.
 *
 * Follows gitignore(5) for what repositories actually use: `#` comments, blank lines, trailing
 * spaces (kept when escaped with `\`), `!` negation, a trailing `/` for directories only, patterns
 * with a `/` at the start or in the middle anchored to the directory of their `.gitignore`,
 * otherwise matched at any depth below it, `*`, `?`, `[a-z]`, `[!a-z]`, `\` escapes, and `**` as
 * a whole segment (`**\/x`, `x/**`, `a/**\/b`). Deeper files override shallower ones, later lines
 * override earlier ones, and nothing below an ignored directory can be re-included.
 * Not supported: `core.excludesFile`, `.git/info/exclude` and POSIX classes like `[[:alpha:]]`.
 */
/** An empty matcher; add the `.gitignore` files of the tree as they are found. */
function createGitignoreMatcher() {
    const rulesByDirectory = new Map();
    const ignoresEntry = (path, isDirectory) => {
        const segments = path.split('/');
        // Deepest .gitignore first and its last line first: the first rule that matches decides.
        for (let depth = segments.length - 1; depth >= 0; depth -= 1) {
            const directory = segments.slice(0, depth).join('/');
            const rules = rulesByDirectory.get(directory);
            if (rules === undefined)
                continue;
            const relative = segments.slice(depth).join('/');
            for (let index = rules.length - 1; index >= 0; index -= 1) {
                const rule = rules[index];
                if (rule.directoryOnly && !isDirectory)
                    continue;
                if (rule.expression.test(relative))
                    return !rule.negated;
            }
        }
        return false;
    };
    return {
        add(directory, text) {
            const rules = parseGitignore(text);
            if (rules.length === 0)
                return;
            const existing = rulesByDirectory.get(directory) ?? [];
            rulesByDirectory.set(directory, [...existing, ...rules]);
        },
        ignoresEntry,
        isIgnored(path, isDirectory) {
            const segments = path.split('/');
            for (let length = 1; length < segments.length; length += 1) {
                if (ignoresEntry(segments.slice(0, length).join('/'), true))
                    return true;
            }
            return ignoresEntry(path, isDirectory);
        },
    };
}
function parseGitignore(text) {
    const rules = [];
    for (const rawLine of text.replace(/^\uFEFF/, '').split('\n')) {
        const rule = parseLine(rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine);
        if (rule !== undefined)
            rules.push(rule);
    }
    return rules;
}
function parseLine(line) {
    if (line === '' || line.startsWith('#'))
        return undefined;
    let pattern = trimTrailingSpaces(line);
    const negated = pattern.startsWith('!');
    if (negated)
        pattern = pattern.slice(1);
    const directoryOnly = pattern.endsWith('/') && !pattern.endsWith('\\/');
    if (directoryOnly)
        pattern = pattern.slice(0, -1);
    // A "/" at the start or in the middle ties the pattern to the .gitignore's own directory.
    const anchored = pattern.includes('/');
    const segments = pattern.split('/').filter((segment) => segment !== '');
    if (segments.length === 0)
        return undefined;
    const prefix = anchored ? '' : '(?:.*/)?';
    try {
        return { negated, directoryOnly, expression: new RegExp(`^${prefix}${segmentsSource(segments)}$`, 'u') };
    }
    catch {
        // A class such as "[z-a]" is invalid; git lets such a pattern match nothing, and so do we.
        return undefined;
    }
}
/** Trailing spaces are dropped unless escaped with a backslash. */
function trimTrailingSpaces(line) {
    let end = line.length;
    while (end > 0 && line[end - 1] === ' ') {
        let backslashes = 0;
        for (let index = end - 2; index >= 0 && line[index] === '\\'; index -= 1)
            backslashes += 1;
        if (backslashes % 2 === 1)
            break;
        end -= 1;
    }
    return line.slice(0, end);
}
function segmentsSource(segments) {
    let source = '';
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**') {
            // "x/**" is everything inside x; "**/x" and "a/**/b" allow any number of directories between.
            source += last ? '.+' : '(?:.*/)?';
            return;
        }
        source += segmentSource(segment);
        if (!last)
            source += '/';
    });
    return source;
}
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/;
function escapeCharacter(character) {
    return REGEX_SPECIAL.test(character) ? `\\${character}` : character;
}
/** One path segment: `*` and `?` never cross a `/`, and neither does a bracket class. */
function segmentSource(segment) {
    let source = '';
    for (let index = 0; index < segment.length; index += 1) {
        const character = segment[index];
        if (character === '\\') {
            index += 1;
            source += escapeCharacter(segment[index] ?? '\\');
        }
        else if (character === '*') {
            source += '[^/]*';
        }
        else if (character === '?') {
            source += '[^/]';
        }
        else if (character === '[') {
            const bracket = bracketSource(segment, index);
            if (bracket === undefined) {
                source += '\\[';
            }
            else {
                source += bracket.source;
                index = bracket.end;
            }
        }
        else {
            source += escapeCharacter(character);
        }
    }
    return source;
}
/** A literal character inside a JavaScript class (valid with the `u` flag). */
function classCharacter(character) {
    return /[\\\]^[-]/.test(character) ? `\\${character}` : character;
}
/** `[...]` starting at `start`, or undefined when it is not closed (then `[` is literal). */
function bracketSource(segment, start) {
    let index = start + 1;
    let negated = false;
    if (segment[index] === '!' || segment[index] === '^') {
        negated = true;
        index += 1;
    }
    let body = '';
    // A "]" right after the opening (or after "!") is a member, not the end.
    let first = true;
    for (; index < segment.length; index += 1) {
        const character = segment[index];
        if (character === ']' && !first) {
            if (body === '')
                return undefined;
            return { source: negated ? `[^/${body}]` : `[${body}]`, end: index };
        }
        first = false;
        if (character === '\\') {
            index += 1;
            const escaped = segment[index];
            if (escaped === undefined)
                return undefined;
            body += classCharacter(escaped);
        }
        else if (character === '-') {
            body += '-';
        }
        else {
            body += classCharacter(character);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/agent/workspace-walk.ts


/** `.gitignore` files larger than this are not read: no real one comes close. */
const MAX_GITIGNORE_BYTES = 512 * 1024;
/**
 * Walks a workspace directory depth first, in path order, one directory listing at a time, so an
 * ignored `node_modules` is never listed at all. `.git` directories are always left out. The
 * `.gitignore` files of the directories above the start apply too; the start directory itself is
 * walked even when it is ignored, because it was asked for by name.
 */
async function* walkWorkspace(workspace, directory, options = {}) {
    const recursive = options.recursive ?? true;
    const respectGitignore = options.respectGitignore ?? true;
    const matcher = createGitignoreMatcher();
    const normalized = (0,path_normalization/* normalizePolicyPath */.v)(directory === '' ? '.' : directory);
    if (respectGitignore && normalized.ok) {
        for (let depth = 0; depth < normalized.segments.length; depth += 1) {
            await addGitignore(workspace, matcher, normalized.segments.slice(0, depth).join('/'));
        }
    }
    const start = normalized.ok ? normalized.path : directory;
    yield* walkDirectory(workspace, start, matcher, { recursive, respectGitignore, signal: options.signal, statistics: options.statistics });
}
/**
 * Depth first with an explicit stack rather than nested generators: each level of `yield*`
 * delegation costs every entry below it a round of promise hand-offs, which made a 20,000-file
 * tree take seconds to walk.
 */
async function* walkDirectory(workspace, directory, matcher, settings) {
    const listing = await listDirectory(workspace, directory, matcher, settings);
    if (listing === undefined)
        return;
    const stack = [{ entries: listing, position: 0 }];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const entry = top.entries[top.position];
        if (entry === undefined) {
            stack.pop();
            continue;
        }
        top.position += 1;
        if (baseName(entry.path) === '.git')
            continue;
        if (settings.respectGitignore && matcher.ignoresEntry(entry.path, entry.type === 'directory')) {
            if (settings.statistics !== undefined)
                settings.statistics.ignored += 1;
            continue;
        }
        yield entry;
        if (entry.type === 'directory' && settings.recursive) {
            const children = await listDirectory(workspace, entry.path, matcher, settings);
            if (children === undefined)
                return;
            stack.push({ entries: children, position: 0 });
        }
    }
}
/** One directory's entries, after adding its `.gitignore`; undefined when the walk was stopped. */
async function listDirectory(workspace, directory, matcher, settings) {
    if (settings.signal?.aborted === true)
        return undefined;
    const entries = await workspace.list(directory === '' ? '.' : directory);
    if (settings.respectGitignore && entries.some((entry) => entry.type === 'file' && baseName(entry.path) === '.gitignore')) {
        await addGitignore(workspace, matcher, directory);
    }
    return entries;
}
async function addGitignore(workspace, matcher, directory) {
    const path = directory === '' ? '.gitignore' : `${directory}/.gitignore`;
    try {
        if (!(await workspace.exists(path)))
            return;
        matcher.add(directory, await workspace.readText(path, { maxBytes: MAX_GITIGNORE_BYTES }));
    }
    catch {
        // An unreadable .gitignore (a directory by that name, a link refused by the guard, not UTF-8)
        // only means fewer files are left out; the walk itself goes on.
    }
}
/** The last segment of a `/`-separated path. */
function baseName(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.slice(slash + 1);
}

;// CONCATENATED MODULE: ./src/core/agent/tools/list-files.ts



/** Most entries one call may ask for. */
const MAX_LIST_ENTRIES = 2000;
const listFilesInput = schemas/* strictObject */.rej({
    directory: schemas/* string */.YjP().min(1).default('.').describe('Directory relative to the repository root ("." for the root).'),
    recursive: schemas/* boolean */.zMY().default(false).describe('List everything below the directory, not only its direct entries.'),
    max_entries: schemas/* int */.Whr().min(1).max(MAX_LIST_ENTRIES).default(200).describe('Stop after this many entries.'),
    include_ignored: schemas/* boolean */.zMY().default(false).describe('Also list what .gitignore files ignore (dependencies, build output).'),
});
/** `list_files`: the entries of a directory, optionally recursive, `.gitignore` respected. */
const listFilesTool = {
    name: 'list_files',
    description: 'List the files and directories in a repository directory (directories end with "/", files show their size). ' +
        'Leaves out .git and, unless include_ignored is set, whatever .gitignore ignores.',
    inputSchema: listFilesInput,
    sideEffect: false,
    truncationHint: 'list a subdirectory, or call list_files without recursive',
    actions: (input) => [{ type: 'read', path: input.directory }],
    async execute(input, context) {
        const statistics = { ignored: 0 };
        const entries = [];
        let truncated = false;
        const walk = walkWorkspace(context.workspace, input.directory, {
            recursive: input.recursive,
            respectGitignore: !input.include_ignored,
            signal: context.signal,
            statistics,
        });
        for await (const entry of walk) {
            if (entries.length === input.max_entries) {
                truncated = true;
                break;
            }
            entries.push(entry);
        }
        const kind = input.recursive ? 'Recursive listing' : 'Listing';
        const lines = [`${kind} of ${input.directory}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`];
        lines.push(...entries.map(describeEntry));
        if (truncated)
            lines.push(`[stopped at ${input.max_entries} entries; list a subdirectory or raise max_entries (at most ${MAX_LIST_ENTRIES})]`);
        if (statistics.ignored > 0) {
            lines.push(`[${statistics.ignored} ignored by .gitignore and not shown${truncated ? ' so far' : ''}; set include_ignored to see them]`);
        }
        return { ok: true, output: { directory: input.directory, entries, truncated, ignored: statistics.ignored }, text: lines.join('\n') };
    },
};
function describeEntry(entry) {
    if (entry.type === 'directory')
        return `${entry.path}/`;
    if (entry.type === 'symlink')
        return `${entry.path} (symlink)`;
    return `${entry.path} (${formatByteCount(entry.size)} bytes)`;
}

;// CONCATENATED MODULE: ./src/core/agent/tools/read-file.ts


/** Lines shown when the call gives no `end_line`. */
const DEFAULT_READ_LINES = 400;
/** Longer lines (minified code, data) are cut to this many characters. */
const MAX_LINE_CHARACTERS = 2000;
const readFileInput = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('File path relative to the repository root, for example "src/index.ts".'),
    start_line: schemas/* int */.Whr().min(1).optional().describe('First line to show, 1-based (default 1).'),
    end_line: schemas/* int */.Whr()
        .min(1)
        .optional()
        .describe(`Last line to show, inclusive (default: ${DEFAULT_READ_LINES} lines from start_line, or the end of the file).`),
})
    .refine((input) => input.end_line === undefined || input.end_line >= (input.start_line ?? 1), {
    message: 'end_line must not be smaller than start_line',
    path: ['end_line'],
});
/** `read_file`: a range of lines of a text file, numbered. */
const readFileTool = {
    name: 'read_file',
    description: 'Read a text file of the repository. Returns numbered lines (1-based) and the total line count; ' +
        `shows at most ${DEFAULT_READ_LINES} lines unless end_line says otherwise, so read long files in ranges. Binary files are refused.`,
    inputSchema: readFileInput,
    sideEffect: false,
    truncationHint: 'call read_file with start_line/end_line to see more',
    actions: (input) => [{ type: 'read', path: input.path }],
    async execute(input, context) {
        const file = await readTextFile(context.workspace, input.path);
        if (!file.ok)
            return file;
        const lines = splitLines(file.text);
        const totalLines = lines.length;
        if (totalLines === 0) {
            return { ok: true, output: { path: input.path, startLine: 0, endLine: 0, totalLines, content: '' }, text: `${input.path} is empty (0 lines).` };
        }
        const startLine = input.start_line ?? 1;
        if (startLine > totalLines) {
            return { ok: false, error: `${input.path} has ${totalLines} lines; start_line ${startLine} is past the end. Ask for a range within 1-${totalLines}.` };
        }
        const endLine = Math.min(input.end_line ?? startLine + DEFAULT_READ_LINES - 1, totalLines);
        const shown = lines.slice(startLine - 1, endLine);
        const width = String(endLine).length;
        const numbered = shown.map((line, index) => `${String(startLine + index).padStart(width, ' ')}\t${displayLine(line)}`);
        const header = `${input.path}: lines ${startLine}-${endLine} of ${totalLines}`;
        const footer = endLine < totalLines ? [`(${totalLines - endLine} more lines; call read_file with start_line=${endLine + 1} to continue)`] : [];
        return {
            ok: true,
            output: { path: input.path, startLine, endLine, totalLines, content: shown.join('\n') },
            text: [header, ...numbered, ...footer].join('\n'),
        };
    },
};
function displayLine(line) {
    const text = withoutCarriageReturn(line);
    if (text.length <= MAX_LINE_CHARACTERS)
        return text;
    return `${text.slice(0, MAX_LINE_CHARACTERS)} … [line cut: ${text.length - MAX_LINE_CHARACTERS} more characters]`;
}

;// CONCATENATED MODULE: ./src/core/agent/tools/run-command.ts


/** Default timeout of a command. */
const DEFAULT_COMMAND_TIMEOUT_SECONDS = 120;
/** Longest timeout a call may ask for. */
const MAX_COMMAND_TIMEOUT_SECONDS = 900;
/** Bytes of each stream the runner keeps; the rest is counted only. */
const CAPTURE_BYTES = 1024 * 1024;
/** Bytes of each stream shown to the model, head and tail together. */
const SHOWN_STREAM_BYTES = 6 * 1024;
/** Share of a stream's room given to its tail: test summaries and errors come last. */
const TAIL_SHARE = 0.7;
const runCommandInput = schemas/* strictObject */.rej({
    argv: schemas/* array */.YOg(schemas/* string */.YjP())
        .min(1)
        .max(256)
        .refine((argv) => argv[0] !== '', { message: 'argv[0], the program, must not be empty' })
        .describe('Program and arguments as a list, for example ["npm", "test", "--", "--run"]. No shell: pipes, globs and && do not work.'),
    cwd: schemas/* string */.YjP().min(1).optional().describe('Working directory relative to the repository root (default: the root).'),
    timeout_seconds: schemas/* int */.Whr()
        .min(1)
        .max(MAX_COMMAND_TIMEOUT_SECONDS)
        .default(DEFAULT_COMMAND_TIMEOUT_SECONDS)
        .describe(`Kill the command and everything it started after this many seconds (default ${DEFAULT_COMMAND_TIMEOUT_SECONDS}).`),
});
/** `run_command`: run a program (argv, no shell) that policy allows; a failing exit is a result, not an error. */
const runCommandTool = {
    name: 'run_command',
    description: 'Run a program in the repository, given as an argv list (no shell), if policy allows that exact command. ' +
        'Returns the exit code, stdout and stderr (long output keeps its beginning and end) and whether it timed out.',
    inputSchema: runCommandInput,
    sideEffect: true,
    truncationKeep: 'head-and-tail',
    truncationHint: 'rerun with options that print less (a narrower test filter, a quieter reporter)',
    actions: (input) => [{ type: 'command', argv: input.argv }],
    async execute(input, context) {
        const result = await context.commands.run({
            argv: input.argv,
            cwd: input.cwd,
            timeoutMs: input.timeout_seconds * 1000,
            maxOutputBytes: CAPTURE_BYTES,
        });
        const stdout = shownStream(result.stdout, result.stdoutDroppedBytes);
        const stderr = shownStream(result.stderr, result.stderrDroppedBytes);
        const output = {
            argv: [...input.argv],
            cwd: input.cwd ?? '.',
            exitCode: result.exitCode,
            signal: result.signal,
            timedOut: result.timedOut,
            stdout: stdout.text,
            stderr: stderr.text,
            stdoutBytes: stdout.totalBytes,
            stderrBytes: stderr.totalBytes,
        };
        return { ok: true, output, text: describeRun(output, input.timeout_seconds) };
    },
};
function shownStream(captured, droppedBytes) {
    const capped = capText(captured, { maxBytes: SHOWN_STREAM_BYTES, keep: 'head-and-tail', tailShare: TAIL_SHARE });
    const totalBytes = capped.totalBytes + droppedBytes;
    if (droppedBytes === 0)
        return { text: capped.text, totalBytes };
    const note = `[a further ${formatByteCount(droppedBytes)} bytes were not captured: the end shown above is the end of the first ${formatByteCount(capped.totalBytes)} bytes]`;
    return { text: `${capped.text.endsWith('\n') ? capped.text : `${capped.text}\n`}${note}`, totalBytes };
}
function describeRun(output, timeoutSeconds) {
    let ending;
    if (output.timedOut)
        ending = `timed out after ${timeoutSeconds} s; the command and everything it started were killed`;
    else if (output.exitCode === null)
        ending = `ended by signal ${output.signal ?? 'unknown'}`;
    else
        ending = `exit code ${output.exitCode}`;
    const where = output.cwd === '.' ? '' : ` (in ${output.cwd})`;
    return [
        `$ ${output.argv.map(quoteArgument).join(' ')}${where}`,
        // No duration here or in the output: it differs on every run, which would make the next prompt
        // and the output digest differ too, and replay could never match. The tool-call event has it.
        ending,
        streamSection('stdout', output.stdout),
        streamSection('stderr', output.stderr),
    ].join('\n');
}
function streamSection(name, text) {
    if (text === '')
        return `[${name}: empty]`;
    return `[${name}]\n${text.endsWith('\n') ? text.slice(0, -1) : text}`;
}
function quoteArgument(argument) {
    return /^[\w@%+=:,./-]+$/.test(argument) ? argument : JSON.stringify(argument);
}

// EXTERNAL MODULE: ./src/core/policy/path-glob.ts
var path_glob = __webpack_require__(24086);
// EXTERNAL MODULE: ./src/core/agent/tools/regex-safety.ts
var regex_safety = __webpack_require__(33253);
// EXTERNAL MODULE: ./src/core/policy/protected-paths.ts
var protected_paths = __webpack_require__(55573);
;// CONCATENATED MODULE: ./src/core/agent/tools/search-scan.ts



/** Files larger than this are not searched: 1 MiB. */
const MAX_SEARCH_FILE_BYTES = 1024 * 1024;
/** Total bytes one search reads before it stops: 64 MiB. */
const MAX_SEARCH_TOTAL_BYTES = 64 * 1024 * 1024;
/** Files one search reads before it stops. */
const MAX_SEARCH_FILES = 20_000;
/**
 * Only this many characters of a line are tested. With no regex timeout in JavaScript, a bound
 * on each input is what keeps even a badly backtracking pattern from running for long.
 */
const MAX_SEARCH_LINE_CHARACTERS = 1000;
/** Matching lines are shown up to this many characters. */
const MAX_SHOWN_CHARACTERS = 300;
const search_scan_decoder = new TextDecoder('utf-8');
/**
 * Walks the directory and tests each line of each text file. A read permission on the directory
 * lets the walk list it; the lines of a file are only shown after policy allows reading that file,
 * asked once per file with matches (so the journal gets one decision per file shown, not one per
 * file scanned).
 */
async function searchWorkspace(context, request) {
    const statistics = { ignored: 0 };
    const skipped = { ignored: 0, binary: 0, tooLarge: 0, protected: 0, notPermitted: 0, unreadable: 0 };
    const matches = [];
    let filesSearched = 0;
    let bytesRead = 0;
    let truncated = false;
    for await (const entry of walkWorkspace(context.workspace, request.directory, { signal: context.signal, statistics })) {
        if (entry.type !== 'file' || !request.includes(entry.path))
            continue;
        if ((0,protected_paths/* protectedPathRefusal */.uV)(entry.path, 'read') !== undefined) {
            skipped.protected += 1;
            continue;
        }
        if (entry.size > MAX_SEARCH_FILE_BYTES) {
            skipped.tooLarge += 1;
            continue;
        }
        if (filesSearched >= MAX_SEARCH_FILES || bytesRead + entry.size > MAX_SEARCH_TOTAL_BYTES || context.signal?.aborted === true) {
            truncated = true;
            break;
        }
        let bytes;
        try {
            bytes = await context.workspace.readBytes(entry.path, { maxBytes: MAX_SEARCH_FILE_BYTES });
        }
        catch {
            skipped.unreadable += 1;
            continue;
        }
        filesSearched += 1;
        bytesRead += bytes.length;
        if (looksBinary(bytes)) {
            skipped.binary += 1;
            continue;
        }
        const found = matchingLines(entry.path, search_scan_decoder.decode(bytes), request.expression, request.maxResults - matches.length);
        if (found.length === 0)
            continue;
        if (context.policy.evaluate(context.identity, { type: 'read', path: entry.path }).decision !== 'allow') {
            skipped.notPermitted += 1;
            continue;
        }
        matches.push(...found);
        if (matches.length >= request.maxResults) {
            truncated = true;
            break;
        }
    }
    skipped.ignored = statistics.ignored;
    return { matches, filesSearched, truncated, skipped };
}
function matchingLines(path, text, expression, limit) {
    const found = [];
    const lines = text.split('\n');
    for (let index = 0; index < lines.length && found.length < limit; index += 1) {
        const line = lines[index];
        if (!expression.test(line.length > MAX_SEARCH_LINE_CHARACTERS ? line.slice(0, MAX_SEARCH_LINE_CHARACTERS) : line))
            continue;
        const trimmed = line.trim();
        const shown = trimmed.length > MAX_SHOWN_CHARACTERS ? `${trimmed.slice(0, MAX_SHOWN_CHARACTERS)} …` : trimmed;
        found.push({ path, line: index + 1, text: shown });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/agent/tools/search.ts






/** Most results one call may ask for. */
const MAX_SEARCH_RESULTS = 500;
/** Longest pattern accepted. */
const MAX_PATTERN_LENGTH = 500;
const searchInput = schemas/* strictObject */.rej({
    pattern: schemas/* string */.YjP()
        .min(1)
        .max(MAX_PATTERN_LENGTH)
        .describe('JavaScript regular expression, matched against each line separately (no "/" delimiters, no flags).')
        .superRefine((pattern, issues) => {
        try {
            new RegExp(pattern);
        }
        catch (error) {
            issues.addIssue({ code: 'custom', message: `not a valid regular expression: ${(0,errors/* errorMessage */.gJ)(error)}` });
            return;
        }
        const unsafe = (0,regex_safety/* catastrophicPatternReason */.i)(pattern);
        if (unsafe !== undefined)
            issues.addIssue({ code: 'custom', message: `refused: ${unsafe}` });
    }),
    directory: schemas/* string */.YjP().min(1).default('.').describe('Directory to search, relative to the repository root ("." for all).'),
    glob: schemas/* string */.YjP()
        .min(1)
        .superRefine((glob, issues) => {
        try {
            (0,path_glob/* compilePathGlob */.x)(glob);
        }
        catch (error) {
            issues.addIssue({ code: 'custom', message: (0,errors/* errorMessage */.gJ)(error) });
        }
    })
        .optional()
        .describe('Only files matching this glob: without "/" it matches file names at any depth ("*.ts"); with "/" the path from the repository root ("src/**/*.test.ts").'),
    ignore_case: schemas/* boolean */.zMY().default(false).describe('Match letters whatever their case.'),
    max_results: schemas/* int */.Whr().min(1).max(MAX_SEARCH_RESULTS).default(100).describe('Stop after this many matching lines.'),
});
/** `search`: a regular expression over the text files of a directory, `.gitignore` respected. */
const searchTool = {
    name: 'search',
    description: 'Search the text files of the repository for a regular expression, line by line. Returns "path:line:text" for each ' +
        'matching line. Respects .gitignore, leaves out .git and binary files.',
    inputSchema: searchInput,
    sideEffect: false,
    truncationHint: 'narrow the search with directory or glob, or a more specific pattern',
    actions: (input) => [{ type: 'read', path: input.directory }],
    async execute(input, context) {
        const result = await searchWorkspace(context, {
            directory: input.directory,
            expression: new RegExp(input.pattern, input.ignore_case ? 'i' : ''),
            includes: fileFilter(input.glob),
            maxResults: input.max_results,
        });
        const files = new Set(result.matches.map((match) => match.path)).size;
        const lines = [];
        if (result.matches.length === 0) {
            lines.push(`No matches for /${input.pattern}/ in ${result.filesSearched} files searched.`);
        }
        else {
            const stopped = result.truncated ? ' (stopped early: more matches may exist)' : '';
            lines.push(`${result.matches.length} matching lines in ${files} files (${result.filesSearched} files searched)${stopped}:`);
            lines.push(...result.matches.map((match) => `${match.path}:${match.line}:${match.text}`));
        }
        lines.push(...skippedNotes(result.skipped));
        return { ok: true, output: result, text: lines.join('\n') };
    },
};
function fileFilter(glob) {
    if (glob === undefined)
        return () => true;
    const compiled = (0,path_glob/* compilePathGlob */.x)(glob);
    if (glob.includes('/'))
        return (path) => compiled.matches(path);
    return (path) => compiled.matches(baseName(path));
}
function skippedNotes(skipped) {
    const parts = [];
    if (skipped.ignored > 0)
        parts.push(`${skipped.ignored} ignored by .gitignore`);
    if (skipped.binary > 0)
        parts.push(`${skipped.binary} binary`);
    if (skipped.tooLarge > 0)
        parts.push(`${skipped.tooLarge} too large to search`);
    if (skipped.protected > 0)
        parts.push(`${skipped.protected} protected`);
    if (skipped.notPermitted > 0)
        parts.push(`${skipped.notPermitted} with matches this identity may not read`);
    if (skipped.unreadable > 0)
        parts.push(`${skipped.unreadable} unreadable`);
    return parts.length === 0 ? [] : [`[files left out: ${parts.join(', ')}]`];
}

;// CONCATENATED MODULE: ./src/core/agent/tools/write-file.ts


/** Largest content one call may write: 1 MiB of characters. */
const MAX_WRITE_CHARACTERS = 1024 * 1024;
const writeFileInput = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('File to create or replace, relative to the repository root; missing directories are created.'),
    content: schemas/* string */.YjP().max(MAX_WRITE_CHARACTERS).describe('The whole new content of the file (UTF-8 text).'),
});
/** `write_file`: create a file or replace its whole content. */
const writeFileTool = {
    name: 'write_file',
    description: 'Create a text file, or replace the whole content of an existing one. To change part of an existing file, prefer apply_edit.',
    inputSchema: writeFileInput,
    sideEffect: true,
    actions: (input) => [{ type: 'write', path: input.path }],
    async execute(input, context) {
        const created = !(await context.workspace.exists(input.path));
        await context.workspace.writeText(input.path, input.content);
        const bytes = byteLength(input.content);
        return {
            ok: true,
            output: { path: input.path, bytes, created },
            text: `${created ? 'Created' : 'Replaced'} ${input.path} (${formatByteCount(bytes)} bytes).`,
        };
    },
};

;// CONCATENATED MODULE: ./src/core/agent/tools/default-tools.ts






/**
 * The standard tool set: read the repository, edit it, run what policy allows, and finish with
 * the stage's own `finish` tool (see `createFinishTool`). Policy decides per identity what each
 * call may do, so a read-only stage can take the same set.
 */
function defaultTools(finish) {
    return [listFilesTool, readFileTool, searchTool, applyEditTool, writeFileTool, runCommandTool, finish];
}

;// CONCATENATED MODULE: ./src/core/agent/tools/finish.ts

/** The name the loop recognises as the end of a run. */
const FINISH_TOOL_NAME = 'finish';
const evidenceSchema = schemas/* strictObject */.rej({
    kind: schemas/* string */.YjP().min(1).max(40).describe('What sort of evidence: "command", "file", "test" or "observation".'),
    detail: schemas/* string */.YjP().min(1).max(4000).describe('The evidence: the command and its exit code, the file and lines, what was observed.'),
});
/**
 * Builds the `finish` tool for one stage: its `result` follows `resultSchema`, which the registry
 * validates like any arguments, so an invalid result comes back to the model to be fixed. The tool
 * does nothing itself (no side effect, no policy question); the loop ends the run when a call to
 * it succeeds and takes the result from the outcome's output.
 */
function createFinishTool(resultSchema, description) {
    const inputSchema = schemas/* strictObject */.rej({
        summary: schemas/* string */.YjP().min(1).max(4000).describe('What was done, in a few sentences, for the humans who review it.'),
        result: resultSchema.description === undefined ? resultSchema.describe('The structured result of the task, in the shape given.') : resultSchema,
        evidence: schemas/* array */.YOg(evidenceSchema).max(50).describe('What shows the result holds: commands run and their outcome, files and lines.'),
    });
    return {
        name: FINISH_TOOL_NAME,
        description,
        inputSchema: inputSchema,
        sideEffect: false,
        actions: () => [],
        async execute(input) {
            return { ok: true, output: input, text: `Finished: ${input.summary}` };
        },
    };
}

;// CONCATENATED MODULE: ./src/core/triage/diagnosis-schema.ts

/** What a failure is, as the triager sees it. */
const DIAGNOSIS_CATEGORIES = ['code', 'test', 'flaky', 'infra', 'dependency', 'config'];
/** One file:line reference the diagnosis rests on. */
const evidenceReferenceSchema = schemas/* strictObject */.rej({
    file: schemas/* string */.YjP().min(1).max(500).describe('Path relative to the repository root, as read with read_file.'),
    line: schemas/* number */.aig().int().min(1).max(10_000_000).describe('1-based line number in that file.'),
    note: schemas/* string */.YjP().max(500).describe('What this line shows.'),
});
/** The triager's result for one cluster. */
const diagnosisSchema = schemas/* strictObject */.rej({
    category: schemas/* enum */.k5n(DIAGNOSIS_CATEGORIES).describe('code: the change broke behaviour; test: the test is wrong; flaky: nondeterministic; infra: the machine; dependency: a package or service; config: settings or environment.'),
    confidence: schemas/* number */.aig().min(0).max(1).describe('How sure, from 0 to 1.'),
    rootCause: schemas/* string */.YjP().min(1).max(2000).describe('The cause in a few sentences.'),
    evidence: schemas/* array */.YOg(evidenceReferenceSchema).max(20).describe('file:line references that exist in the repository and show the cause.'),
    fix: schemas/* strictObject */.rej({
        diff: schemas/* string */.YjP().min(1).max(50_000).describe('A unified diff (git diff format, paths a/… b/…) that fixes the cause; only files you read.'),
        explanation: schemas/* string */.YjP().min(1).max(1000).describe('Why this fixes it.'),
    })
        .optional()
        .describe('A fix, when you are confident of one.'),
})
    .describe('The diagnosis of one failure cluster.');

;// CONCATENATED MODULE: ./src/core/agent/tool-sets.ts













/**
 * Named tool sets. A loop records the name of its set in `agent-start`, and replay builds the same
 * registry from the name (and checks the definitions digest), so every set a stage uses must be
 * registered here under a stable name.
 */
/** The standard tools with a `finish` that takes any JSON result. */
const DEFAULT_TOOL_SET = 'default';
/** The planner's tools: reading only, and a `finish` whose result is a task graph. */
const PLANNER_TOOL_SET = 'planner';
/** The plan critic's tools: reading only, and a `finish` whose result names the preferred candidate. */
const PLAN_CRITIQUE_TOOL_SET = 'plan-critique';
/** The triager's tools: reading, commands policy allows (read-only git by default), and a `finish` whose result is a diagnosis. */
const TRIAGER_TOOL_SET = 'triager';
/** The deployer's tools: only a `finish` whose result is a step decision (it is given all it needs). */
const DEPLOYER_TOOL_SET = 'deployer';
const TOOL_SETS = {
    [DEFAULT_TOOL_SET]: () => defaultTools(createFinishTool(schemas/* unknown */.L5J(), 'Finish the task: a summary, the result and the evidence that it holds. Call it once, at the end.')),
    // Reading tools only: the planner's policy forbids writes anyway, and offering no write tool
    // keeps the model from wasting turns on calls that can only be denied.
    [PLANNER_TOOL_SET]: () => [
        listFilesTool,
        readFileTool,
        searchTool,
        createFinishTool(plan_schema/* planDraftSchema */._R, 'Finish with the plan: a task graph (tasks with ids, target files, acceptance checks, dependencies, sizes), a summary, and the evidence (files read) it rests on. Call it once, at the end.'),
    ],
    [PLAN_CRITIQUE_TOOL_SET]: () => [
        listFilesTool,
        readFileTool,
        searchTool,
        createFinishTool(planCritiqueSchema, 'Finish with your critique: the number of the plan you prefer and why. Call it once, at the end.'),
    ],
    // No write or edit tool: a fix is proposed as a diff in the diagnosis and applied by deterministic
    // code to a scratch copy, never by the agent to the workspace.
    [TRIAGER_TOOL_SET]: () => [
        listFilesTool,
        readFileTool,
        searchTool,
        runCommandTool,
        createFinishTool(diagnosisSchema, 'Finish with the diagnosis of the cluster: category, confidence, root cause, file:line evidence and optionally a fix as a unified diff. Call it once, at the end.'),
    ],
    [DEPLOYER_TOOL_SET]: () => [
        createFinishTool(deployerDecisionSchema, 'Finish with the decision for this canary step: continue, extend-bake, pause-for-human or rollback, with your reasons. Call it once.'),
    ],
};
/** Names of the registered tool sets. */
function toolSetNames() {
    return Object.keys(TOOL_SETS).sort();
}
/** The tools of a named set; an `InputError` naming the known sets for any other name. */
function toolSetTools(name) {
    const build = Object.hasOwn(TOOL_SETS, name) ? TOOL_SETS[name] : undefined;
    if (build === undefined)
        throw new errors/* InputError */.dz(`Unknown tool set '${name}'; known tool sets: ${toolSetNames().join(', ')}`, { where: name });
    return build();
}
/** The registry of a named tool set. */
function toolSetRegistry(name, options = {}) {
    return createToolRegistry(toolSetTools(name), options);
}

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
        const toolSet = request.toolSet ?? DEFAULT_TOOL_SET;
        return runAgentLoop({
            model,
            modelName: modelName,
            tools: toolSetRegistry(toolSet),
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
