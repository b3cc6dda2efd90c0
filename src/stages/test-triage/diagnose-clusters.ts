import { TRIAGER_TOOL_SET } from '../../core/agent/tool-sets.js';
import { BudgetExceededError, errorMessage } from '../../core/errors.js';
import type { TestOutcome } from '../../core/reports/test-report.js';
import { relatedHunks, type ChangeLink } from '../../core/triage/change-relation.js';
import type { ChangedFile } from '../../core/triage/change-diff.js';
import type { FailureCluster } from '../../core/triage/cluster-failures.js';
import { clusterTask, TRIAGER_SYSTEM_PROMPT, type SourceExcerpt } from '../../core/triage/diagnosis-prompt.js';
import type { Diagnosis } from '../../core/triage/diagnosis-schema.js';
import { checkEvidence } from '../../core/triage/evidence-check.js';
import { ownFrames } from '../../core/triage/stack-frames.js';
import type { ClusterDiagnosis } from '../../core/triage/triage-result.js';
import type { TriagedFailure } from '../../core/triage/triage-types.js';
import type { StageContext } from '../shared/stage-definition.js';
import { pushFix } from './push-fix.js';
import { validateFix, type FixCheck } from './validate-fix.js';

/** Lines of source shown above and below a frame. */
const EXCERPT_RADIUS = 8;
/** Frames whose source is shown per cluster. */
const MAX_EXCERPTS = 4;
/** Hunks of the change shown per cluster. */
const MAX_HUNKS = 8;

/**
 * Why a cluster has no diagnosis when the budget ran out. The triage result is still returned:
 * the stage runner's own budget check then ends the stage as stopped, with the result saved.
 */
export const BUDGET_SPENT = 'the stage budget ran out before this cluster was diagnosed';

/** What diagnosing one cluster needs. */
export interface ClusterDiagnosisInput {
  cluster: FailureCluster<TestOutcome>;
  triaged: readonly TriagedFailure[];
  changes: readonly ChangedFile[] | undefined;
  /** Fix checks (the re-run template) when fixes can be validated. */
  fixCheck?: Omit<FixCheck, 'failing'>;
}

async function lineCounts(context: StageContext<unknown>, paths: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const path of new Set(paths)) {
    try {
      const text = await context.workspace.readText(path, { maxBytes: 4 * 1024 * 1024 });
      counts.set(path, text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length);
    } catch {
      // Missing, unreadable or refused (protected): the reference does not count.
    }
  }
  return counts;
}

async function sourceExcerpts(context: StageContext<unknown>, outcomes: readonly TestOutcome[]): Promise<SourceExcerpt[]> {
  const excerpts: SourceExcerpt[] = [];
  const seen = new Set<string>();
  const roots = [context.workspace.root];
  for (const outcome of outcomes) {
    for (const frame of ownFrames(outcome.stack, roots)) {
      const key = `${frame.file}:${frame.line}`;
      if (seen.has(key) || excerpts.length >= MAX_EXCERPTS) continue;
      seen.add(key);
      try {
        const lines = (await context.workspace.readText(frame.file, { maxBytes: 4 * 1024 * 1024 })).split('\n');
        const start = Math.max(1, frame.line - EXCERPT_RADIUS);
        excerpts.push({ path: frame.file, startLine: start, text: lines.slice(start - 1, frame.line + EXCERPT_RADIUS).join('\n') });
      } catch {
        // A frame in a file the workspace does not have (generated, outside, protected) shows no source.
      }
    }
  }
  return excerpts;
}

/**
 * Asks the triager for a diagnosis of one cluster: the failures, the change's hunks they touch and
 * the source around their frames, all provenance-wrapped. Evidence is checked against the
 * workspace; a fix is validated in a scratch copy. Resolves to the diagnosis or to why there is none
 * (`budgetSpent` when the budget ran out, so no later cluster is tried).
 */
export async function diagnoseCluster(
  context: StageContext<unknown>,
  input: ClusterDiagnosisInput,
): Promise<{ diagnosis?: ClusterDiagnosis; skipped?: string; budgetSpent?: boolean }> {
  const { cluster, triaged } = input;
  const shown = cluster.failures.slice(0, 3);
  const link: ChangeLink = {
    relation: 'unknown',
    files: [...new Set(triaged.flatMap((failure) => failure.change.files))].sort(),
    lines: [...new Set(triaged.flatMap((failure) => failure.change.lines))],
  };
  const task = clusterTask({
    clusterId: cluster.id,
    signature: cluster.signature,
    failures: triaged,
    outcomes: new Map(shown.map((outcome) => [outcome.id, outcome])),
    hunks: relatedHunks(link, input.changes, MAX_HUNKS),
    excerpts: await sourceExcerpts(context, shown),
  });
  let diagnosis: Diagnosis;
  try {
    const result = await context.runAgent({ systemPrompt: TRIAGER_SYSTEM_PROMPT, task, toolSet: TRIAGER_TOOL_SET, loopName: `diagnose ${cluster.id}`, maxTurns: 20 });
    if (result.outcome !== 'finished' || result.finish === undefined) {
      if (result.outcome === 'budget') return { skipped: BUDGET_SPENT, budgetSpent: true };
      return { skipped: `the triager stopped without a diagnosis (${result.outcome} after ${result.turns} turns)` };
    }
    // The finish tool validated the result against the diagnosis schema before the loop accepted it.
    diagnosis = result.finish.result as Diagnosis;
  } catch (error) {
    if (BudgetExceededError.isInstance(error)) return { skipped: BUDGET_SPENT, budgetSpent: true };
    return { skipped: `the triager could not run: ${errorMessage(error).split('\n')[0] ?? ''}` };
  }
  const counts = await lineCounts(context, diagnosis.evidence.map((reference) => reference.file));
  const evidence = checkEvidence(diagnosis.evidence, (path) => counts.get(path));
  context.journal.append('decision', {
    decision: 'cluster-diagnosed',
    cluster: cluster.id,
    category: diagnosis.category,
    confidence: diagnosis.confidence,
    evidenceKept: evidence.kept.length,
    evidenceDropped: evidence.dropped,
    fixProposed: diagnosis.fix !== undefined,
  });
  const checked: ClusterDiagnosis = {
    category: diagnosis.category,
    confidence: diagnosis.confidence,
    rootCause: diagnosis.rootCause,
    evidence: evidence.kept,
    droppedEvidence: evidence.dropped,
  };
  if (diagnosis.fix === undefined) return { diagnosis: checked };
  if (input.fixCheck === undefined) {
    checked.fix = { ...diagnosis.fix, status: 'not-validated', reason: 'no re-run command is configured (triage.rerun), so the fix could not be checked', pushed: false };
    return { diagnosis: checked };
  }
  const fix = await validateFix(context, diagnosis.fix, { ...input.fixCheck, failing: cluster.failures });
  context.journal.append('decision', { decision: 'fix-validated', cluster: cluster.id, status: fix.status, ...(fix.reason === undefined ? {} : { reason: fix.reason }) });
  if (fix.status === 'offered') {
    const pushed = await pushFix(context, fix.diff, cluster.id);
    fix.pushed = pushed.pushed;
    fix.reason = pushed.reason;
  }
  checked.fix = fix;
  return { diagnosis: checked };
}
