import { UNTRUSTED_CONTENT_NOTICE, wrapUntrusted } from '../agent/untrusted.js';
import type { DeployerContext } from './rollout-types.js';

/** The deployer agent's instructions. */
export const DEPLOYER_SYSTEM_PROMPT = [
  'You are the deployer of a canary rollout. After each traffic step, you see the statistical judge\'s',
  'results, a telemetry summary of canary against baseline, the change\'s risk level and the change itself.',
  'Choose one action with the `finish` tool: continue (next traffic step), extend-bake (judge again),',
  'pause-for-human (stop here; a person decides), or rollback (send all traffic back to the baseline).',
  'You add caution and explanation, never risk: a proposal less cautious than the fallback action you are',
  'given is refused by deterministic code, and gates set by people hold whatever you choose. Prefer caution',
  'for high-risk changes, for metrics trending the wrong way even within limits, and for thin data.',
  'Give short, concrete reasons that cite metric names and numbers.',
  UNTRUSTED_CONTENT_NOTICE,
].join(' ');

function round(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toPrecision(4));
}

/** The task for one step decision; the change description is wrapped as untrusted. */
export function deployerTask(context: DeployerContext, change: string): string {
  const { look } = context;
  const facts = {
    version: context.version,
    step: `${context.stepIndex + 1} of ${context.steps}`,
    weight: context.weight,
    risk: context.risk ?? 'unknown',
    fallback: context.fallback,
    judge: {
      verdict: look.result.verdict,
      score: look.result.score,
      reason: look.result.reason,
      metrics: look.result.metrics.map((metric) => ({
        name: metric.name,
        classification: metric.classification,
        effect: round(metric.effect),
        ci: metric.ci === null ? null : metric.ci.map(round),
        critical: metric.critical ?? false,
      })),
    },
    telemetry: look.telemetry.map((metric) => ({
      name: metric.name,
      kind: metric.kind,
      baseline: { count: metric.baseline.count, mean: round(metric.baseline.mean), p95: round(metric.baseline.p95) },
      canary: { count: metric.canary.count, mean: round(metric.canary.mean), p95: round(metric.canary.p95) },
    })),
    queryFailures: look.failures.length,
  };
  return [
    `Decide the end of canary step ${facts.step} at ${context.weight}% traffic.`,
    `The fallback action is ${context.fallback.action} (${context.fallback.reason}); you may choose it or anything more cautious.`,
    '',
    'Facts (computed by Drydock):',
    JSON.stringify(facts, null, 2),
    '',
    'Judge details, per metric (computed by Drydock from metrics the service emits):',
    wrapUntrusted(look.result.metrics.map((metric) => `${metric.name}: ${metric.detail}`).join('\n'), { source: 'canary judge details' }),
    '',
    'The change being deployed:',
    wrapUntrusted(change, { source: 'plan and goal of this run' }),
  ].join('\n');
}
