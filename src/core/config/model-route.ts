import type { ModelConfig, ModelRoute } from './config-types.js';
import type { StageName } from './stage-names.js';

/**
 * The route a stage uses: its override's fields over the default route. The endpoint
 * (`provider` and `baseUrl`) moves as a unit: a stage that names another provider or URL does not
 * inherit the default's URL, so a request is never sent to one provider's URL as another's.
 */
export function modelRouteFor(models: ModelConfig, stage: StageName): ModelRoute {
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
