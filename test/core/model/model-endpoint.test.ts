import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { GITHUB_MODELS_BASE_URL, OPENAI_BASE_URL, resolveModelCredentials, resolveModelEndpoint } from '../../../src/core/model/model-endpoint.js';

const KEY = 'sk-test-key-0123456789';
const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyz';

describe('resolveModelCredentials', () => {
  it('takes an explicit key (input over environment) as OpenAI, with its base URL', () => {
    expect(resolveModelCredentials({ OPENAI_API_KEY: 'sk-env-key-0000' }, { apiKey: KEY, baseUrl: 'https://llm.example.com/v1' })).toEqual({
      provider: 'openai',
      apiKey: KEY,
      baseUrl: 'https://llm.example.com/v1',
      source: 'input model-api-key',
    });
    expect(resolveModelCredentials({ OPENAI_API_KEY: KEY }, { apiKey: '  ' })).toMatchObject({ apiKey: KEY, source: 'OPENAI_API_KEY' });
  });

  it('takes a base URL without a key as a keyless OpenAI-compatible server', () => {
    expect(resolveModelCredentials({}, { baseUrl: 'http://localhost:11434/v1' })).toEqual({ provider: 'openai-compatible', baseUrl: 'http://localhost:11434/v1', source: 'input model-base-url' });
  });

  it('uses GitHub Models with the workflow token inside Actions when nothing else is set', () => {
    expect(resolveModelCredentials({ GITHUB_ACTIONS: 'true' }, { githubToken: TOKEN })).toEqual({ provider: 'github-models', githubToken: TOKEN, source: 'input github-token' });
    expect(resolveModelCredentials({ GITHUB_ACTIONS: 'true', GITHUB_TOKEN: TOKEN })).toMatchObject({ provider: 'github-models', source: 'GITHUB_TOKEN' });
  });

  it('keeps the workflow token beside a key, for stages routed to GitHub Models', () => {
    expect(resolveModelCredentials({ GITHUB_ACTIONS: 'true' }, { apiKey: KEY, githubToken: TOKEN })).toMatchObject({ provider: 'openai', githubToken: TOKEN });
  });

  it('says what to set when nothing is available', () => {
    const attempt = () => resolveModelCredentials({ GITHUB_TOKEN: TOKEN });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/set the `model-api-key` input \(or OPENAI_API_KEY\).*`model-base-url`.*permissions: models: read/);
  });
});

describe('resolveModelEndpoint', () => {
  const key = { provider: 'openai' as const, apiKey: KEY, source: 'test' };
  const token = { provider: 'github-models' as const, githubToken: TOKEN, source: 'test' };

  it('sends the default openai route to OpenAI with a key, and to GitHub Models with only the workflow token', () => {
    expect(resolveModelEndpoint({ provider: 'openai' }, key)).toEqual({ provider: 'openai', baseUrl: OPENAI_BASE_URL, auth: { kind: 'bearer', token: KEY }, maxTokensParameter: 'max_completion_tokens' });
    expect(resolveModelEndpoint({ provider: 'openai' }, token)).toEqual({
      provider: 'github-models',
      baseUrl: GITHUB_MODELS_BASE_URL,
      auth: { kind: 'bearer', token: TOKEN },
      modelPrefix: 'openai/',
      maxTokensParameter: 'max_completion_tokens',
    });
  });

  it('never sends the workflow token to a configured base URL of another provider', () => {
    const endpoint = resolveModelEndpoint({ provider: 'openai', baseUrl: 'https://elsewhere.example.com/v1' }, token);
    expect(endpoint).toMatchObject({ provider: 'openai-compatible', auth: { kind: 'none' } });
  });

  it('authenticates Azure OpenAI with the api-key header and needs its base URL', () => {
    expect(resolveModelEndpoint({ provider: 'azure-openai', baseUrl: 'https://r.openai.azure.com/openai/v1' }, key)).toMatchObject({ auth: { kind: 'api-key-header', key: KEY } });
    expect(() => resolveModelEndpoint({ provider: 'azure-openai' }, key)).toThrow(/azure-openai needs a base URL/);
    expect(() => resolveModelEndpoint({ provider: 'azure-openai', baseUrl: 'https://r.openai.azure.com/openai/v1' }, token)).toThrow(/needs an API key/);
  });

  it('needs a base URL for an OpenAI-compatible server, where a key is optional', () => {
    expect(resolveModelEndpoint({ provider: 'openai-compatible', baseUrl: 'http://localhost:8000/v1' }, token)).toMatchObject({ auth: { kind: 'none' }, maxTokensParameter: 'max_tokens' });
    expect(() => resolveModelEndpoint({ provider: 'openai-compatible' }, key)).toThrow(/openai-compatible needs a base URL/);
  });

  it('uses the workflow token for a github-models route even when a key is set', () => {
    expect(resolveModelEndpoint({ provider: 'github-models' }, { ...key, githubToken: TOKEN })).toMatchObject({ baseUrl: GITHUB_MODELS_BASE_URL, auth: { token: TOKEN } });
  });
});
