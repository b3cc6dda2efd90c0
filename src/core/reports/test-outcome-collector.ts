import { failureSignature } from './failure-signature.js';
import { TEST_STATUSES, type TestCaseResult, type TestOutcome, type TestStatus, type TestTotals } from './test-report.js';

/** Options for `TestOutcomeCollector`. */
export interface TestOutcomeCollectorOptions {
  /** Most failing or flaky tests whose details (message, stack, output) are kept (default 10,000); the rest only count. */
  maxFailures?: number;
}

/** What the collector found over all reports. */
export interface CollectedOutcomes {
  totals: TestTotals;
  /** Failed, errored and flaky tests with their signature, in the order they first failed. */
  failures: TestOutcome[];
  /** Failing or flaky tests left out of `failures` because `maxFailures` was reached (they are in `totals`). */
  failuresOmitted: number;
}

// Per test, one small integer: the last status (2 bits), the statuses seen (4 bits), the executions.
const STATUS_BITS = 2;
const SEEN_SHIFT = 2;
const COUNT_SHIFT = 6;
const SEEN_PASSED = 1 << SEEN_SHIFT;
const SEEN_FAILING = (1 << (SEEN_SHIFT + 1)) | (1 << (SEEN_SHIFT + 2));
const STATUS_INDEX: Readonly<Record<TestStatus, number>> = { passed: 0, failed: 1, errored: 2, skipped: 3 };

function isFailing(status: TestStatus): boolean {
  return status === 'failed' || status === 'errored';
}

/**
 * Folds test case executions into one outcome per test id: retries of the same id (a rerun in
 * the same report, another report of the same run, Surefire's `flakyFailure`) become one test,
 * flaky when it both failed (or errored) and passed. Memory stays bounded: a test that never
 * failed costs its id and one number; full details are kept only for failures, up to a cap.
 */
export class TestOutcomeCollector {
  private readonly states = new Map<string, number>();
  private readonly details = new Map<string, TestOutcome>();
  private readonly maxFailures: number;

  constructor(options: TestOutcomeCollectorOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10_000;
  }

  add(result: TestCaseResult): void {
    const previous = this.states.get(result.id);
    // The common case: a first execution, no retries recorded, not failing. One number, nothing else.
    if (previous === undefined && result.retries === undefined && !isFailing(result.status)) {
      const index = STATUS_INDEX[result.status];
      this.states.set(result.id, index | (1 << (SEEN_SHIFT + index)) | (1 << COUNT_SHIFT));
      return;
    }
    const executions = [...(result.retries ?? []), result.status];
    let state = previous ?? 0;
    const previousCount = previous === undefined ? 0 : state >>> COUNT_SHIFT;
    for (const status of executions) state = (state & ~((1 << STATUS_BITS) - 1)) | STATUS_INDEX[status] | (1 << (SEEN_SHIFT + STATUS_INDEX[status]));
    state = (state & ((1 << COUNT_SHIFT) - 1)) | ((previousCount + executions.length) << COUNT_SHIFT);
    this.states.set(result.id, state);

    const known = this.details.get(result.id);
    if (known !== undefined) {
      mergeExecution(known, result, executions);
      return;
    }
    if (!executions.some(isFailing)) return;
    // Past the cap the test still counts in the totals; only its details are not kept.
    if (this.details.size >= this.maxFailures) return;
    // Earlier executions of this id all had one status (or the test would be here already).
    const earlier: TestStatus[] = previous === undefined ? [] : Array<TestStatus>(previousCount).fill(TEST_STATUSES[previous & 3]!);
    const outcome: TestOutcome = { ...result, attempts: [...earlier, ...executions], flaky: false };
    delete outcome.retries;
    if (result.retries !== undefined) outcome.retries = [...earlier, ...result.retries];
    else if (earlier.length > 0) outcome.retries = earlier;
    outcome.flaky = outcome.attempts.includes('passed') && outcome.attempts.some(isFailing);
    this.details.set(result.id, outcome);
  }

  /** Totals over every test, and the failures with their signatures. */
  result(): CollectedOutcomes {
    const totals: TestTotals = { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    for (const state of this.states.values()) {
      totals.tests += 1;
      if ((state & SEEN_PASSED) !== 0 && (state & SEEN_FAILING) !== 0) totals.flaky += 1;
      else totals[TEST_STATUSES[state & 3]!] += 1;
    }
    const failures: TestOutcome[] = [];
    for (const outcome of this.details.values()) {
      if (!outcome.flaky && !isFailing(outcome.status)) continue;
      failures.push({ ...outcome, signature: outcome.signature ?? failureSignature(outcome) });
    }
    return { totals, failures, failuresOmitted: totals.failed + totals.errored + totals.flaky - failures.length };
  }
}

/** A later execution of a test already kept: the last status wins, the details of the last failure are kept. */
function mergeExecution(outcome: TestOutcome, result: TestCaseResult, executions: readonly TestStatus[]): void {
  outcome.retries = [...outcome.attempts];
  outcome.attempts.push(...executions);
  outcome.retries.push(...executions.slice(0, -1));
  outcome.status = result.status;
  outcome.flaky = outcome.attempts.includes('passed') && outcome.attempts.some(isFailing);
  if (result.durationMs !== undefined) outcome.durationMs = result.durationMs;
  if (!executions.some(isFailing)) return;
  for (const field of ['message', 'stack', 'stdout', 'stderr', 'file', 'line'] as const) {
    if (result[field] !== undefined) (outcome as unknown as Record<string, unknown>)[field] = result[field];
  }
  delete outcome.signature;
}
