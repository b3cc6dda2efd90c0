import { quote } from '../policy/decision-text.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';
import type { Policy, PolicyAction, PolicyDecisionRecorder } from '../policy/policy.js';

/**
 * The policy one task's agent works under: the stage's policy, with writes further limited to the
 * task's target files. A write must pass both: the configured policy (protected paths, write
 * globs, approvals) and the target list (rule PW-004). Nothing else changes, so the narrowing can
 * only take permissions away. `base` should not record; `record` gets the final decision.
 */
export function taskPolicy(base: Policy, targetPaths: readonly string[], record: PolicyDecisionRecorder): Policy {
  const targets = new Set(targetPaths.map((path) => normalizedOrSelf(path)));
  const decide = (identity: string, action: PolicyAction, judge: Policy['evaluate']) => {
    const decision = judge(identity, action);
    if (action.type !== 'write' || decision.decision === 'deny') return decision;
    const normalized = normalizePolicyPath(action.path);
    if (normalized.ok && targets.has(normalized.path)) return decision;
    return {
      decision: 'deny' as const,
      rule: 'PW-004' as const,
      reason:
        `Writing ${quote(String(action.path))} is outside this task: it may change only its target files ` +
        `(${[...targets].map(quote).join(', ')}). If the task needs another file, finish and say so.`,
    };
  };
  return {
    evaluate(identity, action) {
      const decision = decide(identity, action, base.evaluate.bind(base));
      record(identity, action, decision);
      return decision;
    },
    consume(identity, action) {
      const decision = decide(identity, action, base.evaluate.bind(base));
      record(identity, action, decision);
      return decision.decision === 'allow' ? base.consume(identity, action) : decision;
    },
    githubUsage: () => base.githubUsage(),
  };
}

function normalizedOrSelf(path: string): string {
  const normalized = normalizePolicyPath(path);
  return normalized.ok ? normalized.path : path;
}
