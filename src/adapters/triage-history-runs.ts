import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitHubClient, type ForgeLog } from './forge-github-client.js';
import { systemErrorCode } from './system-error-code.js';

/** Finds earlier runs whose triage artifacts make up the history. */
export interface HistoryRunSource {
  /** Where the runs come from, for messages. */
  readonly description: string;
  /** Ids of earlier completed runs, newest first, at most `limit`, this run excluded. */
  listRunIds(limit: number): Promise<string[]>;
}

/** Options of the GitHub run source. */
export interface GitHubRunSourceOptions {
  token: string;
  owner: string;
  repo: string;
  /** Workflow file name (`ci.yml`) or id. */
  workflow: string;
  /** Only runs on this branch (the default branch for scheduled mode). */
  branch?: string;
  /** This run, left out. */
  currentRunId: string;
  baseUrl?: string;
  log: ForgeLog;
}

/** Runs of a workflow through the REST API (`GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs`); needs `actions: read`. */
export function createGitHubRunSource(options: GitHubRunSourceOptions): HistoryRunSource {
  const client = createGitHubClient({
    token: options.token,
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    userAgent: 'drydock',
    log: options.log,
    rateLimitRetries: 2,
    maximumRateLimitWaitSeconds: 120,
    serverErrorRetries: 2,
  });
  return {
    description: `runs of workflow ${options.workflow}${options.branch === undefined ? '' : ` on ${options.branch}`}`,
    async listRunIds(limit) {
      if (limit <= 0) return [];
      const { data } = await client.rest.actions.listWorkflowRuns({
        owner: options.owner,
        repo: options.repo,
        workflow_id: options.workflow,
        status: 'completed',
        per_page: Math.min(100, limit + 1),
        ...(options.branch === undefined ? {} : { branch: options.branch }),
      });
      return data.workflow_runs
        .map((run) => String(run.id))
        .filter((id) => id !== options.currentRunId)
        .slice(0, limit);
    },
  };
}

/** Runs kept in a local artifacts directory (one sub-directory per run id), newest first by modification time. */
export function createLocalRunSource(directory: string, currentRunId: string): HistoryRunSource {
  return {
    description: `runs in ${directory}`,
    async listRunIds(limit) {
      let names: string[];
      try {
        names = (await readdir(directory, { withFileTypes: true })).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== currentRunId).map((entry) => entry.name);
      } catch (error) {
        if (systemErrorCode(error) === 'ENOENT') return [];
        throw error;
      }
      const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(directory, name))).mtimeMs })));
      return dated
        .sort((left, right) => right.time - left.time || (left.name < right.name ? 1 : -1))
        .slice(0, Math.max(0, limit))
        .map((entry) => entry.name);
    },
  };
}
