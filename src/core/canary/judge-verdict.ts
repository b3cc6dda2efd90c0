import type { JudgeConfig } from './judge-config.js';
import type { JudgeVerdict, MetricJudgement } from './judge-types.js';

/** The verdict, score and reason from the metrics' classifications. */
export interface VerdictOutcome {
  verdict: JudgeVerdict;
  score: number;
  reason: string;
}

function names(metrics: readonly MetricJudgement[]): string {
  return metrics.map((metric) => `${metric.name} (${metric.classification})`).join(', ');
}

/**
 * Score = weighted share of passing metrics, 0–100 (nodata never passes). The verdict, in order:
 * no metrics → the nodata outcome; a critical metric high or low → fail; a score below the marginal
 * threshold even if every metric without data had passed → fail; any metric without data → the
 * config's nodata outcome (inconclusive or fail); then pass, marginal or fail by the thresholds.
 */
export function decideVerdict(metrics: readonly MetricJudgement[], config: JudgeConfig): VerdictOutcome {
  if (metrics.length === 0) return { verdict: config.nodata, score: 0, reason: 'No metrics to judge.' };
  const weightOf = (metric: MetricJudgement): number => metric.weight ?? 1;
  const totalWeight = metrics.reduce((sum, metric) => sum + weightOf(metric), 0);
  const passing = metrics.filter((metric) => metric.classification === 'pass');
  const missing = metrics.filter((metric) => metric.classification === 'nodata');
  const failing = metrics.filter((metric) => metric.classification === 'high' || metric.classification === 'low');
  const share = (group: readonly MetricJudgement[]): number => (100 * group.reduce((sum, metric) => sum + weightOf(metric), 0)) / totalWeight;
  const score = Math.round(share(passing) * 10) / 10;
  const { pass, marginal } = config.thresholds;
  const criticalFailing = failing.filter((metric) => metric.critical === true);
  if (criticalFailing.length > 0) {
    return { verdict: 'fail', score, reason: `Critical metric failed: ${names(criticalFailing)}.` };
  }
  const bestCase = share(passing) + share(missing);
  if (bestCase < marginal) {
    return { verdict: 'fail', score, reason: `Score ${score} is below the marginal threshold ${marginal}${missing.length > 0 ? ' even if the metrics without data had passed' : ''}; failing: ${names(failing)}.` };
  }
  if (missing.length > 0) {
    return {
      verdict: config.nodata,
      score,
      reason: `No usable data for ${names(missing)}; missing data never passes, it ends as ${config.nodata}.${failing.length > 0 ? ` Also failing: ${names(failing)}.` : ''}`,
    };
  }
  if (score >= pass) {
    return { verdict: 'pass', score, reason: failing.length === 0 ? `All ${metrics.length} metrics pass.` : `Score ${score} reaches the pass threshold ${pass}; failing: ${names(failing)}.` };
  }
  if (score >= marginal) {
    return { verdict: 'marginal', score, reason: `Score ${score} is below the pass threshold ${pass} but reaches the marginal threshold ${marginal}; failing: ${names(failing)}.` };
  }
  return { verdict: 'fail', score, reason: `Score ${score} is below the marginal threshold ${marginal}; failing: ${names(failing)}.` };
}
