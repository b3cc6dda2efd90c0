import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { IssueIntent, IssueTracker, TrackedIssue } from '../core/ports/issue-tracker.js';
import { createGitHubClient, type ForgeLog } from './forge-github-client.js';
import { systemErrorCode } from './system-error-code.js';

// The marker must open the body, and is looked for there only: a body that merely quotes
// another issue's marker (a test name can hold any text) is never taken for that issue.
function checkMarker(intent: IssueIntent): void {
  if (!intent.body.startsWith(intent.marker)) throw new InputError(`The issue body must start with its marker ${intent.marker}.`, { where: 'marker' });
}

/** Options of the GitHub issue tracker. */
export interface GitHubIssueTrackerOptions {
  token: string;
  owner: string;
  repo: string;
  /** REST API root; default https://api.github.com. */
  baseUrl?: string;
  log: ForgeLog;
}

/** Issues most searched for a marker (the newest issues with the label). */
const MAX_SEARCHED_ISSUES = 500;

/**
 * Issues on GitHub: the existing issue is found among the issues carrying the intent's first
 * label (open and closed, newest first), by its marker in the body; then it is updated, or a new
 * one is opened. Needs `issues: write`.
 */
export function createGitHubIssueTracker(options: GitHubIssueTrackerOptions): IssueTracker {
  const client = createGitHubClient({
    token: options.token,
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
    userAgent: 'drydock',
    log: options.log,
    rateLimitRetries: 2,
    maximumRateLimitWaitSeconds: 120,
    serverErrorRetries: 2,
  });
  const { owner, repo } = options;
  return {
    async upsertIssue(intent) {
      checkMarker(intent);
      let existing: { number: number } | undefined;
      let searched = 0;
      for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, { owner, repo, state: 'all', labels: intent.labels[0] ?? '', per_page: 100, sort: 'created', direction: 'desc' })) {
        existing = page.data.find((issue) => issue.pull_request === undefined && (issue.body ?? '').startsWith(intent.marker));
        searched += page.data.length;
        if (existing !== undefined || searched >= MAX_SEARCHED_ISSUES) break;
      }
      if (existing !== undefined) {
        const { data } = await client.rest.issues.update({ owner, repo, issue_number: existing.number, title: intent.title, body: intent.body });
        return { value: toTracked(data), created: false };
      }
      const { data } = await client.rest.issues.create({ owner, repo, title: intent.title, body: intent.body, labels: [...intent.labels] });
      return { value: toTracked(data), created: true };
    },
  };
}

function toTracked(issue: { number: number; html_url: string; title: string; state: string }): TrackedIssue {
  return { number: issue.number, url: issue.html_url, title: issue.title, state: issue.state === 'closed' ? 'closed' : 'open' };
}

interface LocalIssueRecord extends TrackedIssue {
  body: string;
  labels: string[];
}

/** Issues kept as one JSON file in a directory, for local pipelines. Writes replace the file atomically. */
export function createLocalIssueTracker(directory: string): IssueTracker {
  const file = join(directory, 'issues.json');
  async function load(): Promise<LocalIssueRecord[]> {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as LocalIssueRecord[];
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') return [];
      throw new InputError(`The local issue records ${file} cannot be read: ${(error as Error).message}`, { where: file });
    }
  }
  return {
    async upsertIssue(intent) {
      checkMarker(intent);
      const records = await load();
      let record = records.find((candidate) => candidate.body.startsWith(intent.marker));
      const created = record === undefined;
      if (record === undefined) {
        const number = records.reduce((highest, candidate) => Math.max(highest, candidate.number), 0) + 1;
        record = { number, url: `local://issues/${number}`, title: intent.title, body: intent.body, state: 'open', labels: [...intent.labels] };
        records.push(record);
      } else {
        record.title = intent.title;
        record.body = intent.body;
      }
      await mkdir(directory, { recursive: true });
      await writeFile(`${file}.tmp`, `${JSON.stringify(records, null, 2)}\n`);
      await rename(`${file}.tmp`, file);
      return { value: { number: record.number, url: record.url, title: record.title, state: record.state }, created };
    },
  };
}
