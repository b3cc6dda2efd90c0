import type { TestOutcome } from '../reports/test-report.js';
import { clusterId, failureKey } from './failure-key.js';

/** Failures that share one cause: the same signature. */
export interface FailureCluster<Failure extends TestOutcome = TestOutcome> {
  /** Short stable id derived from the signature (`c-…`). */
  id: string;
  /** The signature the tests share. */
  signature: string;
  /** The failing tests, in the order the reports listed them. */
  failures: Failure[];
  /** How many of them are new: not failing in the runs before (see `isNew`). */
  newFailures: number;
}

/** Options of {@link clusterFailures}. */
export interface ClusterOptions<Failure extends TestOutcome> {
  /** Whether a failure is new (absent or passing in earlier runs); default every failure is new. */
  isNew?: (failure: Failure) => boolean;
}

/** Whether an outcome counts as failing for triage: its final status failed or errored. */
export function isFailing(outcome: Pick<TestOutcome, 'status'>): boolean {
  return outcome.status === 'failed' || outcome.status === 'errored';
}

/**
 * Groups failures by signature, so 200 tests failing on one cause read as one problem. Clusters
 * come biggest first, then the one with more new failures, then by signature, so the order is the
 * same on every run for the same input.
 */
export function clusterFailures<Failure extends TestOutcome>(
  failures: readonly Failure[],
  options: ClusterOptions<Failure> = {},
): FailureCluster<Failure>[] {
  const isNew = options.isNew ?? (() => true);
  const bySignature = new Map<string, FailureCluster<Failure>>();
  for (const failure of failures) {
    const signature = failureKey(failure);
    let cluster = bySignature.get(signature);
    if (cluster === undefined) {
      cluster = { id: clusterId(signature), signature, failures: [], newFailures: 0 };
      bySignature.set(signature, cluster);
    }
    cluster.failures.push(failure);
    if (isNew(failure)) cluster.newFailures += 1;
  }
  return [...bySignature.values()].sort(
    (left, right) =>
      right.failures.length - left.failures.length ||
      right.newFailures - left.newFailures ||
      (left.signature < right.signature ? -1 : left.signature > right.signature ? 1 : 0),
  );
}
