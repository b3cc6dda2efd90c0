import type { ArmObservations, JudgeResult, JudgeVerdict } from './judge-types.js';
import { isEmptyObservation } from './observations.js';

/**
 * Belt and braces over whatever judge is wired: a metric with no data in either arm (missing,
 * empty, all NaN, a failed query) is `nodata` whatever the judge said, and a verdict with such a
 * metric is never `pass` or `marginal` — it is `fail` when the config says so or the metric is
 * critical, `inconclusive` otherwise.
 */
export function guardNodata(
  result: JudgeResult,
  observations: { baseline: ArmObservations; canary: ArmObservations },
  metricNames: readonly string[],
  nodata: 'inconclusive' | 'fail',
  critical: ReadonlySet<string>,
): JudgeResult {
  const empty = metricNames.filter((name) => isEmptyObservation(observations.baseline[name]) || isEmptyObservation(observations.canary[name]));
  if (empty.length === 0) return result;
  const known = new Set(result.metrics.map((metric) => metric.name));
  const metrics = [
    ...result.metrics.map((metric) =>
      empty.includes(metric.name) && metric.classification !== 'nodata'
        ? { ...metric, classification: 'nodata' as const, detail: `no data (${metric.detail})` }
        : metric,
    ),
    ...empty.filter((name) => !known.has(name)).map((name) => ({ name, classification: 'nodata' as const, effect: null, ci: null, detail: 'no data' })),
  ];
  const worst: JudgeVerdict = nodata === 'fail' || empty.some((name) => critical.has(name)) ? 'fail' : 'inconclusive';
  const verdict: JudgeVerdict = result.verdict === 'fail' ? 'fail' : worst;
  const changed = verdict !== result.verdict;
  return {
    ...result,
    verdict,
    metrics,
    reason: changed ? `${empty.join(', ')} had no data, which never passes: ${verdict} (${result.reason})` : result.reason,
  };
}
