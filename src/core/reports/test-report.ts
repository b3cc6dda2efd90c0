/**
 * The normalized test-report model: what every report parser (JUnit XML from any producer, TAP,
 * `go test -json`, Jest/Vitest/Mocha/RSpec/Dart JSON, TRX, NUnit 3) produces, and what triage
 * reads. Parsers stream; they emit one `TestCaseResult` per test case execution and the collector
 * folds retries of the same test into one `TestOutcome`.
 */

/** Status of one execution of a test case. `errored` is JUnit's `<error>` (a crash, not an assertion). */
export const TEST_STATUSES = ['passed', 'failed', 'errored', 'skipped'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** Report formats recognized from content. */
export const REPORT_FORMATS = [
  'junit-xml',
  'tap',
  'go-test-json',
  'jest-json',
  'mocha-json',
  'trx',
  'nunit3',
  'rspec-json',
  'dart-json',
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One execution of one test case, as a parser emits it. Text fields are untrusted and already capped. */
export interface TestCaseResult {
  /** Stable id: `suite::name` unless the format has its own id (file and line are not part of it). */
  id: string;
  /** Suite or class name; nested suites joined with ` > `. Empty string when the format has none. */
  suite: string;
  /** Test name as the runner printed it. */
  name: string;
  /** Source file, relative to the repository when it can be made so. */
  file?: string;
  /** 1-based line of the test or of the failure. */
  line?: number;
  status: TestStatus;
  /** Milliseconds, when the report gives a duration. */
  durationMs?: number;
  /** Failure or skip message, ANSI escapes removed, capped. */
  message?: string;
  /** Stack trace or failure body, ANSI escapes removed, capped. */
  stack?: string;
  /** Captured standard output, capped excerpt. */
  stdout?: string;
  /** Captured standard error, capped excerpt. */
  stderr?: string;
  /**
   * Executions the report records inside this one (Surefire `flakyFailure`/`rerunFailure`, Jest
   * `retryReasons`, Playwright retries): their statuses, in order, before the final `status`.
   */
  retries?: TestStatus[];
}

/** One test case after retries of the same id were folded together. */
export interface TestOutcome extends TestCaseResult {
  /** Every status seen for this test, in report order (the final one last). */
  attempts: TestStatus[];
  /** True when it both failed (or errored) and passed. */
  flaky: boolean;
  /** Failure signature: normalized message plus top frames (see triage clustering). Absent for passes. */
  signature?: string;
}

/** What happened to one report file. */
export interface ReportFileSummary {
  path: string;
  /** Detected format, or `unknown` when none matched. */
  format: ReportFormat | 'unknown';
  /** Test case executions read from this file (before folding retries). */
  tests: number;
  /** Why the file could not be read fully: malformed, truncated, unknown format — with the position. */
  error?: string;
}

/**
 * Counts over folded test outcomes: every test case counts once, in exactly one of `passed`,
 * `failed`, `errored`, `skipped` (by its last execution) or `flaky` (it both failed or errored and
 * passed, whatever came last), so passed + failed + errored + skipped + flaky = tests.
 */
export interface TestTotals {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
}
