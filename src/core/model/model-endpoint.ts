import type { ModelProvider, ModelRoute } from '../config/config-types.js';
import { InputError } from '../errors.js';

/**
 * Where model calls go and how they authenticate, decided from the stage's route and the
 * credentials the workflow offers. Pure, so the choice is tested without a network.
 */

/** The default base URLs of the providers that have one. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';
export const GITHUB_MODELS_BASE_URL = 'https://models.github.ai/inference';

/** Credentials found in the inputs and the environment. */
export interface ModelCredentials {
  /** The provider these credentials point to when the route does not name another. */
  provider: 'openai' | 'openai-compatible' | 'github-models';
  /** API key, for OpenAI, Azure OpenAI and OpenAI-compatible servers. */
  apiKey?: string;
  /** Base URL given as an input or environment variable; it wins over the route's. */
  baseUrl?: string;
  /** The workflow's token, for GitHub Models. */
  githubToken?: string;
  /** Where the key or token came from, for messages (`input model-api-key`, `OPENAI_API_KEY`, …). */
  source: string;
}

/** Model settings given as action inputs (empty means not set). */
export interface ModelCredentialInputs {
  /** The `model-api-key` input. */
  apiKey?: string;
  /** The `model-base-url` input. */
  baseUrl?: string;
  /** The `github-token` input (default `${{ github.token }}`). */
  githubToken?: string;
}

/** How requests authenticate. */
export type ModelEndpointAuth =
  | { kind: 'bearer'; token: string }
  /** Azure OpenAI's `api-key` header instead of a bearer token. */
  | { kind: 'api-key-header'; key: string }
  /** A local server that wants no credentials. */
  | { kind: 'none' };

/** A resolved endpoint: everything a client needs to call it. */
export interface ModelEndpoint {
  /** The provider actually called (the default `openai` route may resolve to `github-models`). */
  provider: ModelProvider;
  /** Base URL, up to and excluding `/chat/completions`. */
  baseUrl: string;
  /** How requests authenticate; the key or token never leaves the client that holds it. */
  auth: ModelEndpointAuth;
  /** Prefix for model names that have no publisher (GitHub Models names models `openai/gpt-4.1`). */
  modelPrefix?: string;
  /**
   * Request field for the output-token limit: current OpenAI APIs want `max_completion_tokens`;
   * many OpenAI-compatible servers only know `max_tokens`.
   */
  maxTokensParameter: 'max_completion_tokens' | 'max_tokens';
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

const NO_CREDENTIALS_MESSAGE =
  'No model credentials: set the `model-api-key` input (or OPENAI_API_KEY) for OpenAI or an OpenAI-compatible server, ' +
  '`model-base-url` (or OPENAI_BASE_URL) for a local server that needs no key, ' +
  'or run inside GitHub Actions with `permissions: models: read` to use GitHub Models with the workflow token';

/**
 * Chooses credentials: an explicit key or base URL means OpenAI (or an OpenAI-compatible server);
 * inside Actions with neither, GitHub Models with the workflow token; otherwise an InputError that
 * says what to set.
 */
export function resolveModelCredentials(environment: Readonly<Record<string, string | undefined>>, inputs: ModelCredentialInputs = {}): ModelCredentials {
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
  throw new InputError(NO_CREDENTIALS_MESSAGE, { where: 'model-api-key' });
}

/**
 * The endpoint for a route. The route's provider wins when it names one other than the default
 * `openai`; `openai` with nothing but the workflow token becomes GitHub Models. The workflow token
 * only ever goes to GitHub Models, never to a configured base URL of another provider.
 */
export function resolveModelEndpoint(route: Pick<ModelRoute, 'provider' | 'baseUrl'>, credentials: ModelCredentials): ModelEndpoint {
  const baseUrl = credentials.baseUrl ?? route.baseUrl;
  switch (route.provider) {
    case 'github-models': {
      const token = credentials.githubToken ?? credentials.apiKey;
      if (token === undefined) throw missing('github-models', 'a token with `models: read` (the `github-token` input, or `model-api-key`)');
      return { provider: 'github-models', baseUrl: route.baseUrl ?? GITHUB_MODELS_BASE_URL, auth: { kind: 'bearer', token }, modelPrefix: 'openai/', maxTokensParameter: 'max_completion_tokens' };
    }
    case 'azure-openai': {
      if (baseUrl === undefined) throw missing('azure-openai', 'a base URL such as https://<resource>.openai.azure.com/openai/v1 (`baseUrl` in the config or the `model-base-url` input)');
      if (credentials.apiKey === undefined) throw missing('azure-openai', 'an API key (the `model-api-key` input)');
      return { provider: 'azure-openai', baseUrl, auth: { kind: 'api-key-header', key: credentials.apiKey }, maxTokensParameter: 'max_completion_tokens' };
    }
    case 'openai-compatible': {
      if (baseUrl === undefined) throw missing('openai-compatible', 'a base URL (`baseUrl` in the config or the `model-base-url` input)');
      const auth: ModelEndpointAuth = credentials.apiKey === undefined ? { kind: 'none' } : { kind: 'bearer', token: credentials.apiKey };
      return { provider: 'openai-compatible', baseUrl, auth, maxTokensParameter: 'max_tokens' };
    }
    case 'openai': {
      if (credentials.apiKey !== undefined) {
        return { provider: 'openai', baseUrl: baseUrl ?? OPENAI_BASE_URL, auth: { kind: 'bearer', token: credentials.apiKey }, maxTokensParameter: 'max_completion_tokens' };
      }
      if (baseUrl !== undefined) return { provider: 'openai-compatible', baseUrl, auth: { kind: 'none' }, maxTokensParameter: 'max_tokens' };
      if (credentials.githubToken !== undefined) {
        return { provider: 'github-models', baseUrl: GITHUB_MODELS_BASE_URL, auth: { kind: 'bearer', token: credentials.githubToken }, modelPrefix: 'openai/', maxTokensParameter: 'max_completion_tokens' };
      }
      throw new InputError(NO_CREDENTIALS_MESSAGE, { where: 'model-api-key' });
    }
  }
}

function missing(provider: ModelProvider, what: string): InputError {
  return new InputError(`models: provider ${provider} needs ${what}`, { where: '.github/drydock.yml' });
}
