import type { CanaryConfigInput } from '../config/canary-schema.js';
import { resolveJudgeConfig, type JudgeConfigInput } from './judge-config.js';
import { judgeLook } from './judge.js';
import type { CanaryJudge } from './rollout-types.js';

/** The statistical judge's settings from the canary section: overall settings and one entry per metric. */
export function judgeConfigInput(config: CanaryConfigInput): JudgeConfigInput {
  const judge = config.judge ?? {};
  return {
    ...(judge.alpha === undefined ? {} : { alpha: judge.alpha }),
    ...(judge.thresholds === undefined ? {} : { thresholds: judge.thresholds }),
    ...(judge.nodata === undefined ? {} : { nodata: judge.nodata }),
    ...(judge.minSamples === undefined ? {} : { minSamples: judge.minSamples }),
    ...(judge.spending === undefined ? {} : { spending: judge.spending }),
    metrics: Object.fromEntries(
      config.metrics.map((metric) => [
        metric.name,
        {
          kind: metric.query === undefined ? ('rate' as const) : ('continuous' as const),
          ...(metric.direction === undefined ? {} : { direction: metric.direction }),
          ...(metric.allowedChange === undefined ? {} : { allowedChange: metric.allowedChange }),
          ...(metric.critical === undefined ? {} : { critical: metric.critical }),
          ...(metric.weight === undefined ? {} : { weight: metric.weight }),
        },
      ]),
    ),
  };
}

/**
 * The rollout's judge: the statistical judge (`judgeLook`), with the look number and the step's
 * planned looks, so its alpha spending covers every look of a step.
 */
export function createStatisticalJudge(config: CanaryConfigInput): CanaryJudge {
  const resolved = resolveJudgeConfig(judgeConfigInput(config));
  return (request) => judgeLook(request.baseline, request.canary, resolved, { look: request.look.index, maxLooks: request.look.planned });
}
