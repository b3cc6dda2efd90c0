import { isAbsolute, join, resolve } from 'node:path';
import { createGitHubRunSource, createLocalRunSource, type HistoryRunSource } from '../../adapters/triage-history-runs.js';
import { errorMessage } from '../../core/errors.js';
import { TEST_STATUSES } from '../../core/reports/test-report.js';
import type { HistoryRun } from '../../core/triage/test-history.js';
import { historyRunOf, type TriageResult } from '../../core/triage/triage-result.js';
import { parseStageArtifactName, STATE_FILE } from '../shared/constants.js';
import type { StageContext } from '../shared/stage-definition.js';

/** Where earlier runs come from: the workflow's runs through the REST API inside Actions, the artifacts directory outside. */
export function historyRunSource(
  context: StageContext<{ 'artifacts-dir'?: string; 'github-token'?: string; 'history-workflow'?: string }>,
  branch: string | undefined,
): HistoryRunSource | undefined {
  const { environment, inputs, trigger } = context;
  const directory = inputs['artifacts-dir'];
  if (directory !== undefined) {
    const root = isAbsolute(directory) ? directory : resolve(context.workspace.root, directory);
    return createLocalRunSource(root, trigger.runId);
  }
  const token = inputs['github-token'];
  if (environment.GITHUB_ACTIONS === 'true' && token !== undefined && token !== '') {
    const workflow = inputs['history-workflow'] ?? workflowFile(environment.GITHUB_WORKFLOW_REF);
    if (workflow === undefined) return undefined;
    const [owner, repo] = trigger.repository.split('/') as [string, string];
    return createGitHubRunSource({
      token,
      owner,
      repo,
      workflow,
      ...(branch === undefined ? {} : { branch }),
      currentRunId: trigger.runId,
      ...(environment.GITHUB_API_URL === undefined ? {} : { baseUrl: environment.GITHUB_API_URL }),
      log: { info: (message) => context.io.info(message), debug: (message) => context.io.debug(message) },
    });
  }
  return createLocalRunSource(join(environment.RUNNER_TEMP ?? '', 'drydock-artifacts'), trigger.runId);
}

/** `ci.yml` from `owner/repo/.github/workflows/ci.yml@refs/heads/main`. */
export function workflowFile(reference: string | undefined): string | undefined {
  const match = /\/\.github\/workflows\/([^/@]+)@/.exec(reference ?? '');
  return match === null ? undefined : match[1];
}

function triageResultOf(stateText: string): { result: Pick<TriageResult, 'tests' | 'testsComplete'>; endedAt: string } | undefined {
  const state = JSON.parse(stateText) as { stages?: Record<string, { endedAt?: unknown; result?: { mode?: unknown; tests?: unknown; testsComplete?: unknown } }> };
  const section = state.stages?.['test-triage'];
  const result = section?.result;
  if (result?.mode !== 'triage' || typeof result.tests !== 'object' || result.tests === null || typeof section?.endedAt !== 'string') return undefined;
  const tests: TriageResult['tests'] = {};
  for (const [id, status] of Object.entries(result.tests as Record<string, unknown>)) {
    if (status === 'flaky' || (TEST_STATUSES as readonly unknown[]).includes(status)) tests[id] = status as TriageResult['tests'][string];
  }
  return { result: { tests, testsComplete: result.testsComplete === true }, endedAt: section.endedAt };
}

/**
 * The triage results of earlier runs (the newest attempt of each), read through the artifact
 * store. A run without a triage artifact is passed over; one that cannot be read is reported
 * in `problems` and passed over, so history never stops a triage.
 */
export async function loadHistoryRuns(context: StageContext<unknown>, source: HistoryRunSource, limit: number): Promise<{ runs: HistoryRun[]; problems: string[] }> {
  const runs: HistoryRun[] = [];
  const problems: string[] = [];
  let runIds: string[];
  try {
    runIds = await source.listRunIds(limit);
  } catch (error) {
    return { runs, problems: [`earlier runs (${source.description}) could not be listed: ${errorMessage(error)}`] };
  }
  for (const runId of runIds) {
    try {
      const newest = (await context.artifacts.list({ runId }))
        .map((artifact) => ({ artifact, parsed: parseStageArtifactName(artifact.name) }))
        .filter((entry) => entry.parsed?.stage === 'test-triage')
        .sort((left, right) => (right.parsed?.attempt ?? 0) - (left.parsed?.attempt ?? 0))[0];
      if (newest === undefined) continue;
      const files = await context.artifacts.load({ name: newest.artifact.name, runId });
      const state = files[STATE_FILE];
      if (state === undefined) continue;
      const read = triageResultOf(new TextDecoder().decode(state));
      if (read !== undefined) runs.push(historyRunOf(read.result, runId, read.endedAt));
    } catch (error) {
      problems.push(`run ${runId}: ${errorMessage(error).split('\n')[0] ?? ''}`);
    }
  }
  context.journal.append('decision', { decision: 'history-read', source: source.description, runs: runs.length, problems: problems.length });
  return { runs, problems };
}
