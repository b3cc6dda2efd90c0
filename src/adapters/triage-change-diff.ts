import { parseChangeDiff, type ChangedFile } from '../core/triage/change-diff.js';
import { runGit } from './git-command.js';




/**
 * The change under test: `git diff <base>...HEAD` in the repository, as files and hunks, or
 * undefined (with the reason) when there is no base or git cannot compute it (a shallow clone
 * without the base commit, not a repository).
 */
export async function readChangeDiff(root: string, base: string): Promise<{ changes?: ChangedFile[]; problem?: string }> {
  if (base.startsWith('-') || /[\0\s]/.test(base)) return { problem: `the base '${base}' is not a revision` };
  try {
    const output = await runGit(root, ['diff', '--no-color', '--no-ext-diff', '--unified=3', `${base}...HEAD`, '--'], { timeoutMs: 60_000 });
    if (output.exitCode !== 0) return { problem: `git diff ${base}...HEAD failed: ${output.stderr.trim().split('\n')[0] ?? ''}` };
    return { changes: parseChangeDiff(output.stdout) };
  } catch (error) {
    return { problem: `git diff ${base}...HEAD could not run: ${(error as Error).message}` };
  }
}
