import type { TestStatus, TestTotals } from '../reports/test-report.js';
import type { ChangeLink } from './change-relation.js';
import type { InfraMatch } from './infra-patterns.js';

/** What a failing test turned out to be. */
export type FailureClass = 'regression' | 'flaky' | 'infra';

/** Why a test is called flaky. */
export type FlakyEvidence = 'report' | 'rerun' | 'history';

/** One re-run of a failed test. */
export interface RerunAttempt {
  /** `passed` when the command exited 0, `failed` otherwise (`timed-out` when the timeout killed it). */
  status: 'passed' | 'failed' | 'timed-out';
  /** Exit code, null when a signal ended it. */
  exitCode: number | null;
  durationMs: number;
}

/** A failing test after triage. */
export interface TriagedFailure {
  id: string;
  suite: string;
  name: string;
  file?: string;
  line?: number;
  /** Final status in the report. */
  status: Extract<TestStatus, 'failed' | 'errored'>;
  /** Failure message, capped (untrusted). */
  message?: string;
  /** The clustering key. */
  signature: string;
  /** Id of its cluster. */
  cluster: string;
  /** Re-runs done, in order. */
  reruns: RerunAttempt[];
  /** Why no re-run was done, when none was. */
  rerunSkipped?: string;
  /** Why it is called flaky, when it is. */
  flakyBy?: FlakyEvidence;
  /** The infrastructure failure recognized in it, if any. */
  infra?: InfraMatch;
  /** How it relates to the change under test. */
  change: ChangeLink;
  /** Flip and failure rates from earlier runs, when there is history of it. */
  history?: { runs: number; failureRate: number; flipRate: number };
  /** Not failing in the newest earlier run (or never seen): a new failure. */
  new: boolean;
  classification: FailureClass;
  /** Neither its file nor its stack touches the change. */
  likelyUnrelated: boolean;
}

/** The stage's verdict. */
export const TRIAGE_VERDICTS = ['pass', 'flaky-only', 'regression', 'infra'] as const;
export type TriageVerdict = (typeof TRIAGE_VERDICTS)[number];

/** Counts behind the verdict. */
export interface VerdictCounts {
  /** Tests whose final status in the reports is failed or errored. */
  failed: number;
  /** Tests called flaky: passed on a retry inside the report, passed on re-run, or flaky by history. */
  flaky: number;
  /** Failing tests classified as regressions. */
  regressions: number;
  /** Failing tests classified as infrastructure failures. */
  infra: number;
  /** Regressions whose file and stack do not touch the change. */
  likelyUnrelated: number;
  /** Clusters of failing tests. */
  clusters: number;
}

/** The verdict and its counts. */
export interface Verdict {
  verdict: TriageVerdict;
  counts: VerdictCounts;
  totals: TestTotals;
}
