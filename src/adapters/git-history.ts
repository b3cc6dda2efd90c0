import { createHash } from 'node:crypto';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { HistoryCommit } from '../core/context/repository-history.js';
import { git } from './git-command.js';

/** Where the workspace stands in git. */
export type RepositoryState =
  | {
      /** A git work tree with at least one commit. */
      kind: 'git';
      /** The HEAD commit. */
      head: string;
      /** HEAD's committer time in seconds since the epoch; the history window ends there. */
      headTime: number;
      /** `clean`, or a digest of the uncommitted changes (status plus size and time of each changed file). */
      workingTree: string;
      /** The workspace root relative to the top of the work tree (`''` when it is the top). */
      prefix: string;
    }
  | {
      /** No usable git history. */
      kind: 'none';
      /** Why: not a git repository, no commits yet, git not installed. */
      reason: string;
    };

/** How much history is read. */
export interface HistoryWindow {
  /** Newest commits read at most (1,000). */
  maximumCommits: number;
  /** Days before HEAD's commit time that are read (180). Measured from HEAD, not from now, so the same commit always reads the same history. */
  days: number;
}

/** The default window: the last 1,000 commits within 180 days of HEAD. */
export const DEFAULT_HISTORY_WINDOW: HistoryWindow = Object.freeze({ maximumCommits: 1000, days: 180 });

/** Changed files whose size and time go into the working-tree digest; past this the tree counts as never the same twice. */
const MAXIMUM_DIGESTED_CHANGES = 2000;
/** HEAD, its time and a digest of uncommitted changes below `root`, or why there is no history. */
export async function readRepositoryState(root: string): Promise<RepositoryState> {
  const [head, topLevel, status] = await Promise.all([
    git(root, ['log', '-1', '--format=%H %ct']),
    git(root, ['rev-parse', '--show-toplevel']),
    git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=all', '--', '.']),
  ]);
  if (!topLevel.ok) {
    const reason = /not a git repository/i.test(topLevel.stderr) ? 'not a git repository' : topLevel.stderr.trim().split('\n')[0] || 'git failed';
    return { kind: 'none', reason };
  }
  const match = /^([0-9a-f]{40,64}) (\d+)$/.exec(head.stdout.trim());
  if (!head.ok || match === null) return { kind: 'none', reason: 'the repository has no commits yet' };
  const top = topLevel.stdout.trim();
  return {
    kind: 'git',
    head: match[1] as string,
    headTime: Number(match[2]),
    workingTree: status.ok ? await workingTreeDigest(top, status.stdout) : `unknown-${Date.now()}`,
    prefix: path.relative(await realpath(top), await realpath(root)).split(path.sep).join('/'),
  };
}

async function workingTreeDigest(topLevel: string, status: string): Promise<string> {
  if (status === '') return 'clean';
  const hash = createHash('sha256').update(status);
  // Status says which files changed, not how: sizes and times tell a further edit of a file that was already modified.
  const entries = status.split('\u0000').filter((entry) => entry.length > 3);
  if (entries.length > MAXIMUM_DIGESTED_CHANGES) return `unknown-${Date.now()}`;
  for (const entry of entries) {
    try {
      const stats = await lstat(path.join(topLevel, entry.slice(3)));
      hash.update(`\u0000${entry}\u0000${stats.size}\u0000${stats.mtimeMs}`);
    } catch {
      hash.update(`\u0000${entry}\u0000gone`);
    }
  }
  return `dirty-${hash.digest('hex').slice(0, 32)}`;
}

/**
 * Commits that changed files below `root`, newest first, within the window counted back from
 * HEAD's time; merges are left out (they repeat their parents' changes) and renames count as a
 * removal and an addition. Paths are relative to `root`.
 */
export async function readHistory(root: string, state: Extract<RepositoryState, { kind: 'git' }>, window: HistoryWindow = DEFAULT_HISTORY_WINDOW): Promise<HistoryCommit[]> {
  const since = state.headTime - window.days * 24 * 60 * 60;
  const result = await git(root, [
    'log',
    `--max-count=${window.maximumCommits}`,
    `--since=@${since}`,
    '--no-merges',
    '--no-renames',
    '--relative',
    '--name-only',
    '-z',
    '--format=%x01%P',
    state.head,
    '--',
    '.',
  ]);
  if (!result.ok) throw new Error(`git log failed: ${result.stderr.trim()}`);
  return parseNameOnlyLog(result.stdout);
}

/**
 * Parses `git log --name-only -z --format=%x01%P` output: each commit starts with \x01 and its
 * parent hashes (none for a root commit) ended by NUL, then its names, each ended by NUL.
 */
export function parseNameOnlyLog(output: string): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const chunk of output.split('\u0001')) {
    if (chunk === '') continue;
    const [parents = '', ...names] = chunk.split('\u0000');
    const paths = names.map((name) => name.replace(/^\n/, '')).filter((name) => name !== '');
    if (paths.length > 0) commits.push(parents.trim() === '' ? { paths, root: true } : { paths });
  }
  return commits;
}
