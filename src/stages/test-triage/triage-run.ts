import { createCommandRunner } from '../../adapters/command-runner.js';
import { readChangeDiff } from '../../adapters/triage-change-diff.js';
import { rerunTest, type RerunOutcome } from '../../adapters/triage-rerun.js';
import { Redactor } from '../../core/journal/redact.js';
import type { ReportFileSummary, TestOutcome, TestTotals } from '../../core/reports/test-report.js';
import { selectAnnotations } from '../../core/triage/annotations.js';
import type { ChangedFile } from '../../core/triage/change-diff.js';
import { linkToChange } from '../../core/triage/change-relation.js';
import { classifyFailure } from '../../core/triage/classify-failure.js';
import { clusterFailures, isFailing } from '../../core/triage/cluster-failures.js';
import { compileInfraPatterns, DEFAULT_INFRA_PATTERNS, matchInfra, type InfraMatch } from '../../core/triage/infra-patterns.js';
import { renderTriageSummary } from '../../core/triage/render-triage-summary.js';
import { foldHistory, type TestHistory } from '../../core/triage/test-history.js';
import { MAX_CLUSTER_TESTS, MAX_HISTORY_TESTS, MAX_RESULT_FAILURES, type ClusterSummary, type TriageResult } from '../../core/triage/triage-result.js';
import type { FailureClass, TriagedFailure } from '../../core/triage/triage-types.js';
import { decideVerdict } from '../../core/triage/verdict.js';
import type { StageContext, StageExecution } from '../shared/stage-definition.js';
import { BUDGET_SPENT, diagnoseCluster } from './diagnose-clusters.js';
import { historyRunSource, loadHistoryRuns } from './load-history.js';
import { matchLogs } from './match-logs.js';
import type { TriageInputs } from './triage-inputs.js';

/** Reads the report files: the report parsers' `readReports`, or another reader in tests. */
export type ReportReader = (options: { root: string; patterns: readonly string[] }) => Promise<{ totals: TestTotals; failures: TestOutcome[]; files: ReportFileSummary[] }>;

/** The pull request's base commit from the event, when the run is for one. */
function pullRequestBase(payload: Readonly<Record<string, unknown>>): string | undefined {
  const pullRequest = payload.pull_request as { base?: { sha?: unknown } } | undefined;
  const sha = pullRequest?.base?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/** The repository's default branch from the event. */
export function defaultBranch(payload: Readonly<Record<string, unknown>>): string | undefined {
  const branch = (payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  return typeof branch === 'string' && branch !== '' ? branch : undefined;
}

/**
 * Triage of one test job: read the reports, link failures to the change, read history, cluster,
 * re-run, classify, diagnose the biggest clusters, and decide the verdict; annotate, summarize
 * and return the result that later runs read as history.
 */
export async function runTriage(context: StageContext<TriageInputs>, readReports: ReportReader): Promise<StageExecution> {
  const settings = context.config.triage;
  const root = context.workspace.root;
  const read = await readReports({ root, patterns: context.inputs.reports });
  context.journal.append('decision', { decision: 'reports-read', files: read.files.length, totals: read.totals });
  for (const file of read.files) if (file.error !== undefined) context.io.annotate('warning', `Report ${file.path}: ${file.error}`, { file: file.path });
  // Test output can print a token from the environment: report text is redacted before it reaches
  // a prompt, an annotation, the summary or the run state.
  const redactor = new Redactor({
    secrets: [context.inputs['github-token'], context.inputs['model-api-key']].filter((secret): secret is string => secret !== undefined && secret !== ''),
    env: context.environment,
  });
  const outcomes = read.failures.map((outcome) => redactor.redactValue(outcome) as TestOutcome);
  const failing = outcomes.filter(isFailing);

  const patterns = compileInfraPatterns([...settings.infraPatterns, ...(settings.builtinInfraPatterns ? DEFAULT_INFRA_PATTERNS : [])]);
  const logs = context.inputs.logs ?? [];
  const logInfra: InfraMatch | undefined = logs.length === 0 ? undefined : await matchLogs(context, logs, patterns);

  let changes: ChangedFile[] | undefined;
  const base = context.inputs['base-ref'] ?? pullRequestBase(context.payload);
  if (base !== undefined && failing.length > 0) {
    const diff = await readChangeDiff(root, base);
    changes = diff.changes;
    context.journal.append('decision', { decision: 'change-read', base, files: changes?.length ?? null, ...(diff.problem === undefined ? {} : { problem: diff.problem }) });
    if (diff.problem !== undefined) context.io.info(`Failures are not linked to the change: ${diff.problem}.`);
  }

  let histories = new Map<string, TestHistory>();
  if (settings.history.runs > 0 && failing.length > 0) {
    const source = historyRunSource(context, context.inputs['history-branch'] ?? defaultBranch(context.payload));
    if (source !== undefined) {
      const history = await loadHistoryRuns(context, source, settings.history.runs);
      for (const problem of history.problems) context.io.info(`History: ${problem}`);
      histories = foldHistory(history.runs);
    }
  }

  const clusters = clusterFailures(failing, { isNew: (failure) => !(histories.get(failure.id)?.failedLastRun ?? false) });
  const clusterOf = new Map(clusters.flatMap((cluster) => cluster.failures.map((failure) => [failure.id, cluster] as const)));
  // A crash (errored) or a failure without a message in a job whose log shows the machine failing
  // is the machine's; a failure with its own assertion message is judged on that message.
  const infraOf = new Map(
    failing.map((failure) => [
      failure.id,
      matchInfra(patterns, [failure.message, failure.stack, failure.stderr, failure.stdout]) ??
        (failure.status === 'errored' || (failure.message ?? '') === '' ? logInfra : undefined),
    ]),
  );

  // Re-runs: new failures first, in cluster order; tests the report already shows flaky, and
  // infrastructure failures, need none.
  const reruns = new Map<string, RerunOutcome>();
  const rerun = settings.rerun;
  if (rerun !== undefined && rerun.times > 0) {
    const commands = createCommandRunner({ workspace: context.workspace, baseEnvironment: context.environment, clock: context.clock });
    const order = clusters.flatMap((cluster) => cluster.failures).filter((failure) => !failure.flaky && infraOf.get(failure.id) === undefined);
    order.sort((left, right) => Number(histories.get(left.id)?.failedLastRun ?? false) - Number(histories.get(right.id)?.failedLastRun ?? false));
    for (const failure of order.slice(0, rerun.maxTests)) {
      reruns.set(failure.id, await rerunTest(failure, { commands, policy: context.policy, identity: context.identity, journal: context.journal, template: rerun.argv, times: rerun.times, timeoutMs: rerun.timeoutSeconds * 1000 }));
    }
  }

  const roots = [root, ...(context.environment.GITHUB_WORKSPACE === undefined ? [] : [context.environment.GITHUB_WORKSPACE])];
  const triaged: TriagedFailure[] = failing.map((failure) => {
    const cluster = clusterOf.get(failure.id)!;
    const again = reruns.get(failure.id);
    const history = histories.get(failure.id);
    const infra = infraOf.get(failure.id);
    return classifyFailure({
      outcome: failure,
      signature: cluster.signature,
      cluster: cluster.id,
      reruns: again?.attempts ?? [],
      ...(again?.skipped === undefined ? {} : { rerunSkipped: again.skipped }),
      ...(infra === undefined ? {} : { infra }),
      change: linkToChange(failure, changes, roots),
      ...(history === undefined ? {} : { history }),
      flakyThresholds: { minRuns: settings.history.minRuns, flipRate: settings.history.flipRate },
    });
  });
  const verdict = decideVerdict(triaged, read.totals, clusters.length, logInfra);
  context.journal.append('decision', { decision: 'verdict', verdict: verdict.verdict, counts: verdict.counts });

  const summaries: ClusterSummary[] = clusters.map((cluster) => {
    const members = triaged.filter((failure) => failure.cluster === cluster.id);
    const classes: Partial<Record<FailureClass, number>> = {};
    for (const member of members) classes[member.classification] = (classes[member.classification] ?? 0) + 1;
    return { id: cluster.id, signature: cluster.signature, size: cluster.failures.length, newFailures: cluster.newFailures, classes, tests: cluster.failures.slice(0, MAX_CLUSTER_TESTS).map((failure) => failure.id) };
  });

  // Diagnosis: clusters with regressions first (biggest first), up to the cap.
  const diagnosable = summaries.filter((summary) => (summary.classes.regression ?? 0) > 0);
  const suiteArgv = settings.diagnosis.suiteArgv;
  const suite =
    suiteArgv === undefined
      ? undefined
      : { argv: suiteArgv, patterns: context.inputs.reports, readReports, failingBefore: new Set(failing.map((failure) => failure.id)) };
  let budgetSpent = false;
  for (const [index, summary] of diagnosable.entries()) {
    if (budgetSpent) {
      summary.diagnosisSkipped = BUDGET_SPENT;
      continue;
    }
    if (index >= settings.diagnosis.maxClusters) {
      summary.diagnosisSkipped = `only the ${settings.diagnosis.maxClusters} biggest clusters with regressions are diagnosed (triage.diagnosis.maxClusters)`;
      continue;
    }
    const cluster = clusters.find((candidate) => candidate.id === summary.id)!;
    const outcome = await diagnoseCluster(context, {
      cluster,
      triaged: triaged.filter((failure) => failure.cluster === cluster.id),
      changes,
      ...(rerun === undefined || !settings.diagnosis.validateFixes ? {} : { fixCheck: { template: rerun.argv, timeoutMs: rerun.timeoutSeconds * 1000, ...(suite === undefined ? {} : { suite }) } }),
    });
    if (outcome.diagnosis !== undefined) summary.diagnosis = outcome.diagnosis;
    if (outcome.skipped !== undefined) summary.diagnosisSkipped = outcome.skipped;
    budgetSpent = outcome.budgetSpent === true;
  }

  for (const annotation of selectAnnotations(triaged, clusters.map((cluster) => cluster.id))) {
    context.io.annotate(annotation.level, annotation.message, annotation.location);
  }

  const tests: TriageResult['tests'] = {};
  for (const failure of outcomes.slice(0, MAX_HISTORY_TESTS)) tests[failure.id] = failure.flaky && failure.status === 'passed' ? 'flaky' : failure.status;
  for (const failure of triaged) if (failure.classification === 'flaky') tests[failure.id] = 'flaky';
  const result: TriageResult = {
    version: 1,
    mode: 'triage',
    verdict: verdict.verdict,
    counts: verdict.counts,
    totals: read.totals,
    reports: read.files,
    clusters: summaries,
    failures: triaged.slice(0, MAX_RESULT_FAILURES),
    tests,
    testsComplete: false,
    ...(logInfra === undefined ? {} : { logInfra }),
  };
  return {
    outputs: {
      verdict: verdict.verdict,
      failed: String(verdict.counts.failed),
      flaky: String(verdict.counts.flaky),
      clusters: String(verdict.counts.clusters),
      'report-files': String(read.files.length),
    },
    result: result as unknown as Record<string, unknown>,
    summary: renderTriageSummary(result),
  };
}
