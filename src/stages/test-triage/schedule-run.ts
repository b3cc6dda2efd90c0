import { isAbsolute, join, resolve } from 'node:path';
import { createGitHubIssueTracker, createLocalIssueTracker } from '../../adapters/triage-issue-tracker.js';
import { errorMessage } from '../../core/errors.js';
import type { IssueTracker } from '../../core/ports/issue-tracker.js';
import { fitSummary } from '../../core/triage/fit-summary.js';
import { flakyIssue, flakyTable, renderFlakyTable } from '../../core/triage/flaky-table.js';
import { TRIAGE_SUMMARY_BYTES } from '../../core/triage/render-triage-summary.js';
import { foldHistory } from '../../core/triage/test-history.js';
import type { StageContext, StageExecution } from '../shared/stage-definition.js';
import { historyRunSource, loadHistoryRuns, workflowFile } from './load-history.js';
import { defaultBranch } from './triage-run.js';
import type { TriageInputs } from './triage-inputs.js';

function issueTracker(context: StageContext<TriageInputs>): IssueTracker {
  const { environment, inputs, trigger } = context;
  const token = inputs['github-token'];
  if (inputs['artifacts-dir'] === undefined && environment.GITHUB_ACTIONS === 'true' && token !== undefined && token !== '') {
    const [owner, repo] = trigger.repository.split('/') as [string, string];
    return createGitHubIssueTracker({
      token,
      owner,
      repo,
      ...(environment.GITHUB_API_URL === undefined ? {} : { baseUrl: environment.GITHUB_API_URL }),
      log: { info: (message) => context.io.info(message), debug: (message) => context.io.debug(message) },
    });
  }
  const directory = inputs['artifacts-dir'];
  const base = directory === undefined ? join(environment.RUNNER_TEMP ?? '', 'drydock-artifacts') : isAbsolute(directory) ? directory : resolve(context.workspace.root, directory);
  return createLocalIssueTracker(join(base, '.issues'));
}

/**
 * Scheduled mode: fold the triage results of the workflow's last runs on the default branch into
 * a flaky-test table, open or update one issue per flaky test (found again by its marker; each
 * write is checked against the triager's GitHub operation counts and journaled), and output the
 * quarantine list (JSON array of test ids).
 */
export async function runSchedule(context: StageContext<TriageInputs>): Promise<StageExecution> {
  const settings = context.config.triage;
  const branch = context.inputs['history-branch'] ?? defaultBranch(context.payload);
  const source = historyRunSource(context, branch);
  const history = source === undefined ? { runs: [], problems: ['no workflow to read history from: set the history-workflow input'] } : await loadHistoryRuns(context, source, settings.history.runs);
  for (const problem of history.problems) context.io.info(`History: ${problem}`);
  const rows = flakyTable(foldHistory(history.runs), { minRuns: settings.history.minRuns, flipRate: settings.history.flipRate });
  context.journal.append('decision', { decision: 'flaky-table', runs: history.runs.length, flaky: rows.length });

  const workflow = context.inputs['history-workflow'] ?? workflowFile(context.environment.GITHUB_WORKFLOW_REF) ?? 'this workflow';
  const issues = new Map<string, string>();
  const tracker = rows.length > 0 ? issueTracker(context) : undefined;
  for (const row of rows.slice(0, settings.flakyIssues.max)) {
    const issue = flakyIssue(row, workflow);
    // Opening and updating both count against identities.triager.github.issue-create (default 1 per run).
    const decision = context.policy.consume(context.identity, { type: 'github', operation: 'issue-create' });
    if (decision.decision !== 'allow') {
      issues.set(row.id, 'not filed (policy)');
      continue;
    }
    try {
      const upserted = await tracker!.upsertIssue({ marker: issue.marker, title: issue.title, body: issue.body, labels: [settings.flakyIssues.label] });
      context.journal.append('github-write', { operation: 'issue-create', created: upserted.created, issue: upserted.value.number, test: row.id });
      issues.set(row.id, `#${upserted.value.number}`);
    } catch (error) {
      context.io.annotate('warning', `Could not open or update the flaky-test issue for ${row.id}: ${errorMessage(error)}`);
      issues.set(row.id, 'failed');
    }
  }
  const quarantine = rows.map((row) => row.id);
  return {
    outputs: { verdict: rows.length > 0 ? 'flaky-only' : 'pass', flaky: String(rows.length), failed: '0', clusters: '0', quarantine: JSON.stringify(quarantine) },
    result: { version: 1, mode: 'schedule', runsRead: history.runs.length, flaky: rows, quarantine, issues: Object.fromEntries(issues) },
    summary: fitSummary([renderFlakyTable(rows, history.runs.length, issues)], TRIAGE_SUMMARY_BYTES).markdown,
  };
}
