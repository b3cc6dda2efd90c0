import { execFile } from 'node:child_process';
import { errorMessage } from '../core/errors.js';

/** Output a git read may produce at most (a long history's names, a large tree's listing). */
const MAXIMUM_OUTPUT_BYTES = 512 * 1024 * 1024;

/** What a git command produced. */
export interface GitResult {
  /** Whether it exited with 0. */
  ok: boolean;
  /** Its standard output. */
  stdout: string;
  /** Its standard error, or why it could not run. */
  stderr: string;
}

/**
 * Runs git with an argument vector, never a shell, in `root`. Optional locks are off, so a read
 * never takes the index lock a concurrent git command may need; fsmonitor hooks are off, so
 * reading a repository never runs a program its configuration names.
 */
export function git(root: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: MAXIMUM_OUTPUT_BYTES,
        windowsHide: true,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          resolve({ ok: false, stdout: '', stderr: 'git is not installed' });
          return;
        }
        resolve({ ok: error === null, stdout, stderr: stderr || (error === null ? '' : errorMessage(error)) });
      },
    );
  });
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
