import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Runs git in `root` with a fixed identity and dates (CI has no global git configuration). */
export function git(root: string, args: readonly string[], date = '2026-01-01T12:00:00Z'): string {
  return execFileSync('git', ['-c', 'user.name=Drydock Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** Writes files (path → text) below `root`, creating directories. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), text);
  }
}

/** Writes the files and commits everything as one commit at `date`. */
export async function commitFiles(root: string, files: Record<string, string>, message: string, date: string): Promise<void> {
  await writeFiles(root, files);
  git(root, ['add', '--all']);
  git(root, ['commit', '--quiet', '--message', message], date);
}
