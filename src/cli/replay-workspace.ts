import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';

/** A throw-away copy of a workspace for a replay to change. */
export interface ScratchWorkspace {
  /** Absolute path of the copy. */
  root: string;
  /** Deletes the copy. */
  remove(): Promise<void>;
}

/**
 * Copies a workspace into a new temporary directory, leaving out every `.git` directory (a replay
 * needs the files, not the history, and must never touch the real repository). Symbolic links are
 * copied as links, unchanged: the workspace adapter confines what they may reach.
 */
export async function copyToScratch(source: string): Promise<ScratchWorkspace> {
  const from = resolve(source);
  const found = await stat(from).catch(() => undefined);
  if (found === undefined || !found.isDirectory()) {
    throw new InputError(`--workspace ${source} is not a directory`, { where: '--workspace' });
  }
  const root = await mkdtemp(join(tmpdir(), 'drydock-replay-'));
  await cp(from, root, { recursive: true, verbatimSymlinks: true, filter: (path) => basename(path) !== '.git' });
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
