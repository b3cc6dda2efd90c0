import type { TestStatus } from '../reports/test-report.js';

/**
 * What earlier runs say about each test. Every run's triage artifact records the final status
 * of each test it saw (and whether it was flaky within the run); folded together, oldest first,
 * they give how often a test fails and how often it flips between passing and failing.
 */

/** One earlier run, as its triage artifact records it. */
export interface HistoryRun {
  /** Workflow run id. */
  runId: string;
  /** When the run happened (ISO 8601). */
  createdAt: string;
  /** Commit the run tested, when known. */
  sha?: string;
  /** Test id → what happened to it in that run. */
  tests: Readonly<Record<string, HistoryTestResult>>;
  /**
   * The run recorded only its failing and flaky tests: every other test known from the history
   * counts as passed in it.
   */
  impliedPass?: boolean;
}

/** One test in one run. */
export interface HistoryTestResult {
  /** Final status in that run. */
  status: TestStatus;
  /** Whether it both failed and passed within that run (retries or re-runs). */
  flaky?: boolean;
}

/** A test's record across runs. */
export interface TestHistory {
  id: string;
  /** Runs that ran it (skips not counted). */
  runs: number;
  /** Runs in which it failed or errored at least once (flaky runs included). */
  failures: number;
  /** Changes between passing and failing from one run to the next, plus runs flaky within themselves. */
  flips: number;
  /** failures / runs. */
  failureRate: number;
  /** flips / runs. */
  flipRate: number;
  /** When it last failed, if it did. */
  lastFailedAt?: string;
  /** When it was last seen run. */
  lastSeenAt: string;
  /** Whether the newest run that ran it saw it fail. */
  failedLastRun: boolean;
}

function failed(result: HistoryTestResult): boolean {
  return result.status === 'failed' || result.status === 'errored' || result.flaky === true;
}

/** Folds runs (any order; sorted oldest first here) into per-test history. */
export function foldHistory(runs: readonly HistoryRun[]): Map<string, TestHistory> {
  const ordered = [...runs].sort((left, right) => (left.createdAt < right.createdAt ? -1 : left.createdAt > right.createdAt ? 1 : left.runId < right.runId ? -1 : 1));
  const histories = new Map<string, TestHistory & { previous?: boolean }>();
  const known = new Set(ordered.flatMap((run) => Object.keys(run.tests)));
  for (const run of ordered) {
    const entries: Array<[string, HistoryTestResult]> = Object.entries(run.tests);
    if (run.impliedPass === true) for (const id of known) if (!Object.hasOwn(run.tests, id)) entries.push([id, { status: 'passed' }]);
    for (const [id, result] of entries) {
      if (result.status === 'skipped') continue;
      let history = histories.get(id);
      if (history === undefined) {
        history = { id, runs: 0, failures: 0, flips: 0, failureRate: 0, flipRate: 0, lastSeenAt: run.createdAt, failedLastRun: false };
        histories.set(id, history);
      }
      const didFail = failed(result);
      history.runs += 1;
      if (didFail) {
        history.failures += 1;
        history.lastFailedAt = run.createdAt;
      }
      if (result.flaky === true) history.flips += 1;
      else if (history.previous !== undefined && history.previous !== didFail) history.flips += 1;
      history.previous = didFail;
      history.lastSeenAt = run.createdAt;
      history.failedLastRun = didFail;
    }
  }
  const result = new Map<string, TestHistory>();
  for (const [id, history] of histories) {
    const { previous: _previous, ...rest } = history;
    result.set(id, { ...rest, failureRate: rest.failures / rest.runs, flipRate: rest.flips / rest.runs });
  }
  return result;
}

/** Thresholds that make a test flaky by its history. */
export interface FlakyThresholds {
  /** Fewest runs that ran it before its history counts. */
  minRuns: number;
  /** Flip rate at or above which it is flaky. */
  flipRate: number;
}

/** Whether history marks a test as flaky: enough runs, and it flips at least that often. */
export function isFlakyByHistory(history: TestHistory | undefined, thresholds: FlakyThresholds): boolean {
  return history !== undefined && history.runs >= thresholds.minRuns && history.flips > 0 && history.flipRate >= thresholds.flipRate;
}
