import type { JudgeRequest } from '../../../../src/core/canary/rollout-types.js';
import type { JudgeResult, MetricJudgement, MetricObservation } from '../../../../src/core/canary/judge-types.js';

/**
 * A simple deterministic judge for engine tests (the statistical judge is tested on its own):
 * a continuous metric fails when the canary's mean exceeds the baseline's by more than its
 * allowed change; a rate fails when the canary's rate exceeds the baseline's by more than one
 * percentage point. Empty data is nodata and makes the verdict inconclusive.
 */
export function thresholdJudge(request: JudgeRequest): JudgeResult {
  const metrics: MetricJudgement[] = request.metrics.map((metric) => {
    const baseline = request.baseline[metric.name];
    const canary = request.canary[metric.name];
    const value = (observation: MetricObservation | undefined): number | undefined => {
      if (observation === undefined) return undefined;
      if (Array.isArray(observation)) return observation.length === 0 ? undefined : observation.reduce((sum, sample) => sum + sample, 0) / observation.length;
      return observation.trials > 0 ? observation.events / observation.trials : undefined;
    };
    const base = value(baseline);
    const test = value(canary);
    if (base === undefined || test === undefined) return { name: metric.name, classification: 'nodata', effect: null, ci: null, detail: 'no data', ...(metric.critical === undefined ? {} : { critical: metric.critical }) };
    const rate = !Array.isArray(canary);
    const high = rate ? test - base > 0.01 : test > base * (1 + (metric.allowedChange ?? 0.1));
    const effect = rate ? test - base : base === 0 ? 0 : (test - base) / base;
    return { name: metric.name, classification: high ? 'high' : 'pass', effect, ci: [effect, effect], detail: `baseline ${base.toFixed(4)}, canary ${test.toFixed(4)}`, ...(metric.critical === undefined ? {} : { critical: metric.critical }) };
  });
  const total = request.metrics.reduce((sum, metric) => sum + (metric.weight ?? 1), 0);
  const passing = request.metrics.reduce((sum, metric, index) => sum + (metrics[index]!.classification === 'pass' ? (metric.weight ?? 1) : 0), 0);
  const score = Math.round((100 * passing) / total);
  const criticalFailed = metrics.some((metric) => metric.critical === true && (metric.classification === 'high' || metric.classification === 'low'));
  const nodata = metrics.some((metric) => metric.classification === 'nodata');
  const verdict = criticalFailed ? 'fail' : nodata ? 'inconclusive' : score >= request.settings.passScore ? 'pass' : score >= request.settings.marginalScore ? 'marginal' : 'fail';
  return { verdict, score, metrics, reason: `threshold judge: score ${score}${criticalFailed ? ', a critical metric failed' : ''}` };
}
