import type { TestOutcome } from '../reports/test-report.js';
import type { ChangeLink } from './change-relation.js';
import type { InfraMatch } from './infra-patterns.js';
import { isFlakyByHistory, type FlakyThresholds, type TestHistory } from './test-history.js';
import type { FailureClass, FlakyEvidence, RerunAttempt, TriagedFailure } from './triage-types.js';

/** Everything known about one failing test, gathered by the stage. */
export interface FailureFacts {
  outcome: TestOutcome;
  signature: string;
  cluster: string;
  reruns: readonly RerunAttempt[];
  rerunSkipped?: string;
  infra?: InfraMatch;
  change: ChangeLink;
  history?: TestHistory;
  flakyThresholds: FlakyThresholds;
}

/**
 * Classifies one failing test, deterministically, in this order:
 *
 * 1. An infrastructure pattern matched its message, stack or output: `infra`, even if a re-run
 *    passed (a machine that ran out of memory once will again; the code is not to blame).
 * 2. It both failed and passed: inside the report (retries) or on re-run: `flaky`.
 * 3. Not re-run at all, and history shows it flipping often enough: `flaky` by history.
 * 4. Anything else (re-runs failed too, or there is no evidence it is flaky): `regression`.
 */
export function classifyFailure(facts: FailureFacts): TriagedFailure {
  const { outcome } = facts;
  let flakyBy: FlakyEvidence | undefined;
  if (outcome.flaky || outcome.attempts.includes('passed')) flakyBy = 'report';
  else if (facts.reruns.some((attempt) => attempt.status === 'passed')) flakyBy = 'rerun';
  else if (facts.reruns.length === 0 && isFlakyByHistory(facts.history, facts.flakyThresholds)) flakyBy = 'history';
  const classification: FailureClass = facts.infra !== undefined ? 'infra' : flakyBy !== undefined ? 'flaky' : 'regression';
  return {
    id: outcome.id,
    suite: outcome.suite,
    name: outcome.name,
    ...(outcome.file === undefined ? {} : { file: outcome.file }),
    ...(outcome.line === undefined ? {} : { line: outcome.line }),
    status: outcome.status === 'errored' ? 'errored' : 'failed',
    ...(outcome.message === undefined ? {} : { message: outcome.message.slice(0, 2000) }),
    signature: facts.signature,
    cluster: facts.cluster,
    reruns: [...facts.reruns],
    ...(facts.rerunSkipped === undefined ? {} : { rerunSkipped: facts.rerunSkipped }),
    ...(flakyBy === undefined ? {} : { flakyBy }),
    ...(facts.infra === undefined ? {} : { infra: facts.infra }),
    change: facts.change,
    ...(facts.history === undefined
      ? {}
      : { history: { runs: facts.history.runs, failureRate: facts.history.failureRate, flipRate: facts.history.flipRate } }),
    new: facts.history === undefined || !facts.history.failedLastRun,
    classification,
    likelyUnrelated: facts.change.relation === 'unrelated',
  };
}
