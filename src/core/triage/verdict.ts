import type { TestTotals } from '../reports/test-report.js';
import type { InfraMatch } from './infra-patterns.js';
import type { TriagedFailure, Verdict } from './triage-types.js';

/**
 * The verdict, from the classified failures:
 *
 * - `regression` when any failing test is a regression (flaky and infra failures aside);
 * - `infra` when failures remain and all of them are infrastructure failures;
 * - `flaky-only` when every failure is flaky, or nothing failed but some tests passed only on retry;
 * - `pass` when nothing failed and nothing was flaky — unless the job's logs show an
 *   infrastructure failure (`logInfra`): a job killed for lack of memory leaves no failing test
 *   in its reports, only a log, and its verdict is `infra`.
 *
 * `totals.flaky` (tests that failed and then passed inside the report) counts toward `flaky`, besides
 * failing tests that are classified flaky.
 */
export function decideVerdict(failures: readonly TriagedFailure[], totals: TestTotals, clusters: number, logInfra?: InfraMatch): Verdict {
  const regressions = failures.filter((failure) => failure.classification === 'regression');
  const infra = failures.filter((failure) => failure.classification === 'infra').length;
  const flakyFailures = failures.filter((failure) => failure.classification === 'flaky').length;
  // A test both in the report's flaky count and failing would be counted twice; a failing test's
  // final status is a failure, so the report's flaky tests that ended passing are the others.
  const reportFlakyPasses = Math.max(0, totals.flaky - failures.filter((failure) => failure.flakyBy === 'report').length);
  const counts = {
    failed: failures.length,
    flaky: flakyFailures + reportFlakyPasses,
    regressions: regressions.length,
    infra,
    likelyUnrelated: regressions.filter((failure) => failure.likelyUnrelated).length,
    clusters,
  };
  const verdict =
    regressions.length > 0 ? 'regression' : infra > 0 ? 'infra' : failures.length === 0 && logInfra !== undefined ? 'infra' : counts.flaky > 0 ? 'flaky-only' : 'pass';
  return { verdict, counts, totals };
}
