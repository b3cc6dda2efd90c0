import { execFile } from 'node:child_process';
import { DrydockError, errorMessage } from '../core/errors.js';

/** Output a git read may produce at most (a long history's names, a large tree's listing). */
const MAXIMUM_OUTPUT_BYTES = 512 * 1024 * 1024;

/** Where git looks for the repository; inherited values would point git at another one. */
const GIT_LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];

/**
 * The environment every git call of Drydock's runs with: no inherited repository location, no
 * optional locks (a read never takes the index lock a concurrent git command may need), no
 * terminal prompt, and the C locale so output parses the same everywhere.
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  for (const name of GIT_LOCATION_VARIABLES) delete environment[name];
  return environment;
}

/**
 * Settings put before every command: fsmonitor hooks off, so reading a repository never runs a
 * program its configuration names; paths unquoted, so they parse as written.
 */
const SAFE_SETTINGS = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];

/** What a git command produced; a non-zero exit is data, not an exception. */
export interface GitOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runGit}. */
export interface RunGitOptions {
  /** Kill git after this many milliseconds; default none. */
  timeoutMs?: number;
  /** Variables added to git's environment (credentials go here, never into argv or a URL). */
  environment?: Readonly<Record<string, string>>;
}

/**
 * Runs git with an argument vector, never a shell, in `cwd`. Rejects with a DrydockError only when
 * git could not run at all (not installed, killed by the timeout, output over the cap).
 */
export function runGit(cwd: string, args: readonly string[], options: RunGitOptions = {}): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...SAFE_SETTINGS, ...args],
      { cwd, encoding: 'utf8', maxBuffer: MAXIMUM_OUTPUT_BYTES, windowsHide: true, env: { ...gitEnvironment(), ...options.environment }, ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }) },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ exitCode: 0, stdout, stderr });
        if (typeof error.code === 'number') return resolve({ exitCode: error.code, stdout, stderr });
        const why = error.code === 'ENOENT' ? 'git is not installed' : errorMessage(error);
        reject(new DrydockError(`Could not run git in ${cwd}: ${why}`, { cause: error }));
      },
    );
  });
}

/** What a git read produced, for callers that only need to know whether it worked. */
export interface GitResult {
  /** Whether it exited with 0. */
  ok: boolean;
  /** Its standard output. */
  stdout: string;
  /** Its standard error, or why it could not run. */
  stderr: string;
}

/** {@link runGit} for reads that degrade gracefully: any failure is `ok: false` with the reason. */
export async function git(root: string, args: readonly string[]): Promise<GitResult> {
  try {
    const output = await runGit(root, args);
    return { ok: output.exitCode === 0, stdout: output.stdout, stderr: output.stderr };
  } catch (error) {
    return { ok: false, stdout: '', stderr: errorMessage(error) };
  }
}

/** A file git lists, with its size as the index records it (not known for untracked files). */
export interface ListedFile {
  /** Path relative to the listing's root. */
  path: string;
  /** Bytes of the staged content; undefined for untracked files and submodules. */
  size?: number;
}

/**
 * The files below `root` that git would consider: tracked ones (with their staged sizes, so the
 * caller need not stat each) and untracked ones that no `.gitignore`, `.git/info/exclude` or
 * global excludes file ignores, relative to `root`, each once. Undefined when git cannot list them.
 */
export async function listRepositoryFiles(root: string): Promise<ListedFile[] | undefined> {
  const [tracked, untracked] = await Promise.all([
    git(root, ['ls-files', '-z', '--cached', '--format=%(objectsize)%x09%(path)', '--', '.']),
    git(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', '.']),
  ]);
  if (!untracked.ok) return undefined;
  const files = new Map<string, ListedFile>();
  if (tracked.ok) {
    for (const line of tracked.stdout.split('\u0000')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const size = Number(line.slice(0, tab));
      const path = line.slice(tab + 1);
      // A conflicted file is listed once per stage.
      if (!files.has(path)) files.set(path, line.slice(0, tab) !== '' && Number.isSafeInteger(size) ? { path, size } : { path });
    }
  } else {
    // Before git 2.38 there is no --format: list without sizes.
    const plain = await git(root, ['ls-files', '-z', '--cached', '--', '.']);
    if (!plain.ok) return undefined;
    for (const path of plain.stdout.split('\u0000')) if (path !== '') files.set(path, { path });
  }
  for (const path of untracked.stdout.split('\u0000')) if (path !== '' && !files.has(path)) files.set(path, { path });
  return [...files.values()];
}
