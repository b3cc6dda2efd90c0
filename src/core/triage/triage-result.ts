import type { ReportFileSummary, TestStatus, TestTotals } from '../reports/test-report.js';
import type { DroppedEvidence } from './evidence-check.js';
import type { InfraMatch } from './infra-patterns.js';
import type { Diagnosis, EvidenceReference } from './diagnosis-schema.js';
import type { HistoryRun, HistoryTestResult } from './test-history.js';
import type { FailureClass, TriagedFailure, TriageVerdict, VerdictCounts } from './triage-types.js';

/** What became of a proposed fix. */
export interface FixOutcome {
  /** `offered`: applied to a scratch copy, the failing tests pass and nothing else that ran broke. */
  status: 'offered' | 'rejected' | 'not-validated';
  /** Why it was rejected or not validated. */
  reason?: string;
  /** The diff, as proposed (untrusted). */
  diff: string;
  explanation: string;
  /** Whether it was pushed to the pull request branch (only when policy lets the triager push). */
  pushed: boolean;
}

/** The triager's diagnosis of a cluster after its evidence was checked. */
export interface ClusterDiagnosis {
  category: Diagnosis['category'];
  confidence: number;
  rootCause: string;
  /** References that exist. */
  evidence: EvidenceReference[];
  /** References that were invented or wrong, dropped. */
  droppedEvidence: DroppedEvidence[];
  fix?: FixOutcome;
}

/** One cluster in the result. */
export interface ClusterSummary {
  id: string;
  signature: string;
  size: number;
  newFailures: number;
  /** Classes of its failures with counts. */
  classes: Partial<Record<FailureClass, number>>;
  /** Test ids, capped. */
  tests: string[];
  diagnosis?: ClusterDiagnosis;
  /** Why there is no diagnosis (cap reached, agent off, the agent gave none). */
  diagnosisSkipped?: string;
}

/** Most test ids kept per cluster in the result. */
export const MAX_CLUSTER_TESTS = 50;
/** Most failures kept in the result in full. */
export const MAX_RESULT_FAILURES = 500;
/** Most per-test statuses kept for history. */
export const MAX_HISTORY_TESTS = 20_000;

/** The test-triage stage's result in the run state: what later runs read as history. */
export interface TriageResult {
  version: 1;
  mode: 'triage';
  verdict: TriageVerdict;
  counts: VerdictCounts;
  totals: TestTotals;
  reports: ReportFileSummary[];
  clusters: ClusterSummary[];
  failures: TriagedFailure[];
  /** Final status per test id (`flaky` when it failed and passed), for the history of later runs. */
  tests: Record<string, TestStatus | 'flaky'>;
  /** Whether `tests` lists every test (false: only failing and flaky ones; the others passed). */
  testsComplete: boolean;
  /** The infrastructure failure the job's logs show, if any. */
  logInfra?: InfraMatch;
}

/** A run's history record, read back from its triage result. */
export function historyRunOf(result: Pick<TriageResult, 'tests' | 'testsComplete'>, runId: string, createdAt: string): HistoryRun {
  const tests: Record<string, HistoryTestResult> = {};
  for (const [id, status] of Object.entries(result.tests)) tests[id] = status === 'flaky' ? { status: 'passed', flaky: true } : { status };
  return { runId, createdAt, tests, ...(result.testsComplete ? {} : { impliedPass: true }) };
}
