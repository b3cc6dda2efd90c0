import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { modelRouteFor } from '../../../src/core/config/model-route.js';

describe('modelRouteFor', () => {
  it('MR-001 a stage without an override uses the default route', () => {
    const { config } = loadConfig('', '.github/drydock.yml');
    expect(modelRouteFor(config.models, 'plan')).toEqual({ provider: 'openai', model: 'gpt-4.1-mini', fallbacks: [] });
  });

  it('MR-002 stage fields override the default, field by field', () => {
    const { config } = loadConfig('version: 1\nmodels:\n  default: { model: gpt-4.1, fallbacks: [gpt-4o] }\n  stages:\n    plan: { model: o4-mini }\n', 'f');
    expect(modelRouteFor(config.models, 'plan')).toEqual({ provider: 'openai', model: 'o4-mini', fallbacks: ['gpt-4o'] });
  });

  it('MR-003 provider and base URL move as a unit: another provider never inherits the default URL', () => {
    const { config } = loadConfig(
      [
        'version: 1',
        'models:',
        '  default: { provider: openai-compatible, baseUrl: "http://localhost:11434/v1", model: llama3 }',
        '  stages:',
        '    implement: { provider: openai, model: gpt-4.1 }',
        '    plan: { model: qwen }',
      ].join('\n'),
      'f',
    );
    expect(modelRouteFor(config.models, 'implement')).toEqual({ provider: 'openai', model: 'gpt-4.1', fallbacks: [] });
    expect(modelRouteFor(config.models, 'plan')).toEqual({ provider: 'openai-compatible', model: 'qwen', fallbacks: [], baseUrl: 'http://localhost:11434/v1' });
  });
});
