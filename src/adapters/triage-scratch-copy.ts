import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Directories linked into the copy instead of copied: installed dependencies, never changed by a fix. */
const LINKED_DIRECTORIES = new Set(['node_modules', '.venv', 'venv', 'vendor']);

/** A disposable copy of the workspace. */
export interface ScratchCopy {
  /** Absolute path of the copy. */
  root: string;
  /** Removes it. */
  dispose(): Promise<void>;
}

/**
 * Copies the workspace into a new temporary directory to try a fix in, so nothing the fix or the
 * tests do touches the checkout. `.git` is left out (a fix is judged by its tests, not by git);
 * top-level dependency directories are symbolic links to the originals. Symbolic links inside
 * the workspace are copied as links, never followed.
 */
export async function createScratchCopy(workspaceRoot: string, temporaryDirectory: string): Promise<ScratchCopy> {
  const root = await mkdtemp(join(temporaryDirectory, 'drydock-triage-fix-'));
  for (const entry of await readdir(workspaceRoot, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const source = join(workspaceRoot, entry.name);
    const target = join(root, entry.name);
    if (entry.isDirectory() && LINKED_DIRECTORIES.has(entry.name)) await symlink(source, target, 'dir');
    else await cp(source, target, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}
