import { spawn } from 'node:child_process';
import { DrydockError, InputError } from '../core/errors.js';
import type { Clock } from '../core/ports/clock.js';
import { isFixOrRevertSubject } from '../core/risk/fix-commit.js';
import type { RiskHistory } from '../core/risk/risk-types.js';
import { createSystemClock } from './clock-system.js';
import { gitEnvironment, runGit } from './git-command.js';

/** Commits read by default, newest first. */
export const DEFAULT_HISTORY_MAX_COMMITS = 500;
/** Days of history read by default. */
export const DEFAULT_HISTORY_DAYS = 180;
/** Default limit on how long git may take. */
export const DEFAULT_HISTORY_TIMEOUT_MS = 60_000;

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_STDERR_CHARS = 4096;

/** Options of {@link readGitRiskHistory}. */
export interface GitRiskHistoryOptions {
  /** A directory inside the git work tree. */
  repoDir: string;
  /** Most commits read, newest first (default 500); merge commits are skipped and not counted. */
  maxCommits?: number;
  /** Only commits from the last this many days, by committer date (default 180). */
  sinceDays?: number;
  /** Only history of these repository-relative paths (files or directories); all paths when absent. */
  paths?: readonly string[];
  /** Where "now" comes from (default the system clock). */
  clock?: Clock;
  /** Kill git after this many milliseconds (default 60 000). */
  timeoutMs?: number;
}

/** Churn and fix history of a repository, with what the window held. */
export interface GitRiskHistory extends RiskHistory {
  /** Commits read (at most `maxCommits`). */
  commitsRead: number;
  /** Commits read whose subject reads like a fix or a revert. */
  fixOrRevertCommitsRead: number;
  /** Whether the clone is shallow, so history may be cut short (`actions/checkout` fetches one commit by default). */
  shallow: boolean;
}

function checkPositive(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new InputError(`${name} must be a number greater than 0, got ${value}`, { where: name });
}

/** Counts per path from a stream of `git log -z --name-only` records. */
class HistoryCounter {
  readonly churn = new Map<string, number>();
  readonly fixOrRevertCommits = new Map<string, number>();
  commitsRead = 0;
  fixOrRevertCommitsRead = 0;
  private subject: string | undefined;
  private files = new Set<string>();

  /** One NUL-separated token: a commit header (`\x1e` hash `\x1f` subject) or a file name. */
  take(token: string): void {
    if (token.startsWith('\x1e')) {
      this.finishCommit();
      const separator = token.indexOf('\x1f');
      this.subject = separator < 0 ? '' : token.slice(separator + 1);
      return;
    }
    // git puts a newline between a commit's header and its first file name.
    const path = token.startsWith('\n') ? token.slice(1) : token;
    if (path !== '' && this.subject !== undefined) this.files.add(path);
  }

  finishCommit(): void {
    if (this.subject === undefined) return;
    const fix = isFixOrRevertSubject(this.subject);
    this.commitsRead += 1;
    if (fix) this.fixOrRevertCommitsRead += 1;
    for (const path of this.files) {
      this.churn.set(path, (this.churn.get(path) ?? 0) + 1);
      if (fix) this.fixOrRevertCommits.set(path, (this.fixOrRevertCommits.get(path) ?? 0) + 1);
    }
    this.subject = undefined;
    this.files = new Set();
  }
}

/** Streams `git log` into the counter, so a history with huge commits never sits in memory whole. */
function streamLog(repoDir: string, args: readonly string[], counter: HistoryCounter, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: repoDir, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const tokens = (pending + chunk).split('\0');
      pending = tokens.pop() ?? '';
      for (const token of tokens) counter.take(token);
    });
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR_CHARS) stderr += chunk.slice(0, MAX_STDERR_CHARS - stderr.length);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new DrydockError(`Could not run git in ${repoDir}: ${error.message}`, { cause: error }));
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      if (timedOut) return reject(new DrydockError(`git log in ${repoDir} took longer than ${timeoutMs} ms; read fewer commits or days`));
      if (exitCode !== 0) return reject(new DrydockError(`git log in ${repoDir} failed with exit code ${exitCode}: ${stderr.trim()}`));
      if (pending !== '') counter.take(pending);
      counter.finishCommit();
      resolve();
    });
  });
}

/**
 * Reads churn and fix/revert history from a real git repository, bounded by a number of commits
 * and of days: for each path, how many commits touched it, and how many of those have a subject
 * that reads like a fix or a revert (see `isFixOrRevertSubject`). Merge commits are skipped (their
 * changes are counted in the commits they merge) and renames count as a delete and an add, so
 * history is per path as it was spelled at the time.
 *
 * git runs with an argv list, never a shell. A directory that is not in a git work tree is an
 * `InputError`; a repository without commits has an empty history.
 */
export async function readGitRiskHistory(options: GitRiskHistoryOptions): Promise<GitRiskHistory> {
  const maxCommits = options.maxCommits ?? DEFAULT_HISTORY_MAX_COMMITS;
  const sinceDays = options.sinceDays ?? DEFAULT_HISTORY_DAYS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_HISTORY_TIMEOUT_MS;
  checkPositive(maxCommits, 'maxCommits');
  checkPositive(sinceDays, 'sinceDays');
  checkPositive(timeoutMs, 'timeoutMs');
  const { repoDir } = options;

  const shallowQuery = await runGit(repoDir, ['rev-parse', '--is-shallow-repository'], { timeoutMs });
  if (shallowQuery.exitCode !== 0) {
    throw new InputError(`${repoDir} is not inside a git repository: ${shallowQuery.stderr.trim()}`, { where: repoDir });
  }
  const counter = new HistoryCounter();
  const history = (): GitRiskHistory => ({
    churn: counter.churn,
    fixOrRevertCommits: counter.fixOrRevertCommits,
    commitsRead: counter.commitsRead,
    fixOrRevertCommitsRead: counter.fixOrRevertCommitsRead,
    shallow: shallowQuery.stdout.trim() === 'true',
  });
  const head = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { timeoutMs });
  if (head.exitCode !== 0) return history();

  const now = (options.clock ?? createSystemClock()).now().getTime();
  const since = new Date(now - sinceDays * DAY_MS).toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const args = [
    'log',
    '--no-merges',
    '--no-renames',
    '--no-show-signature',
    `--max-count=${Math.floor(maxCommits)}`,
    `--since=${since}`,
    '--format=%x1e%H%x1f%s',
    '--name-only',
    '-z',
    'HEAD',
    '--',
    // Literal pathspecs: a path with "*" or ":" in its name means that file, not a pattern.
    ...(options.paths ?? []).map((path) => `:(literal)${path}`),
  ];
  await streamLog(repoDir, args, counter, timeoutMs);
  return history();
}
