import { normalizePolicyPath } from '../policy/path-normalization.js';
import type { Workspace, WorkspaceEntry } from '../ports/workspace.js';
import { createGitignoreMatcher, type GitignoreMatcher } from './gitignore.js';

/** Options of {@link walkWorkspace}. */
export interface WalkOptions {
  /** Descend into subdirectories (default true). Symlinks are reported, never followed. */
  recursive?: boolean;
  /** Leave out what `.gitignore` files ignore (default true). */
  respectGitignore?: boolean;
  /** Stops the walk between directories. */
  signal?: AbortSignal;
  /** Counts what the walk left out; filled in as it goes. */
  statistics?: WalkStatistics;
}

/** What a walk left out. */
export interface WalkStatistics {
  /** Entries skipped because a `.gitignore` ignores them (an ignored directory counts once). */
  ignored: number;
}

/** `.gitignore` files larger than this are not read: no real one comes close. */
const MAX_GITIGNORE_BYTES = 512 * 1024;

/**
 * Walks a workspace directory depth first, in path order, one directory listing at a time, so an
 * ignored `node_modules` is never listed at all. `.git` directories are always left out. The
 * `.gitignore` files of the directories above the start apply too; the start directory itself is
 * walked even when it is ignored, because it was asked for by name.
 */
export async function* walkWorkspace(workspace: Workspace, directory: string, options: WalkOptions = {}): AsyncGenerator<WorkspaceEntry> {
  const recursive = options.recursive ?? true;
  const respectGitignore = options.respectGitignore ?? true;
  const matcher = createGitignoreMatcher();
  const normalized = normalizePolicyPath(directory === '' ? '.' : directory);
  if (respectGitignore && normalized.ok) {
    for (let depth = 0; depth < normalized.segments.length; depth += 1) {
      await addGitignore(workspace, matcher, normalized.segments.slice(0, depth).join('/'));
    }
  }
  const start = normalized.ok ? normalized.path : directory;
  yield* walkDirectory(workspace, start, matcher, { recursive, respectGitignore, signal: options.signal, statistics: options.statistics });
}

interface WalkSettings {
  recursive: boolean;
  respectGitignore: boolean;
  signal: AbortSignal | undefined;
  statistics: WalkStatistics | undefined;
}

/**
 * Depth first with an explicit stack rather than nested generators: each level of `yield*`
 * delegation costs every entry below it a round of promise hand-offs, which made a 20,000-file
 * tree take seconds to walk.
 */
async function* walkDirectory(workspace: Workspace, directory: string, matcher: GitignoreMatcher, settings: WalkSettings): AsyncGenerator<WorkspaceEntry> {
  const listing = await listDirectory(workspace, directory, matcher, settings);
  if (listing === undefined) return;
  const stack: Array<{ entries: WorkspaceEntry[]; position: number }> = [{ entries: listing, position: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { entries: WorkspaceEntry[]; position: number };
    const entry = top.entries[top.position];
    if (entry === undefined) {
      stack.pop();
      continue;
    }
    top.position += 1;
    if (baseName(entry.path) === '.git') continue;
    if (settings.respectGitignore && matcher.ignoresEntry(entry.path, entry.type === 'directory')) {
      if (settings.statistics !== undefined) settings.statistics.ignored += 1;
      continue;
    }
    yield entry;
    if (entry.type === 'directory' && settings.recursive) {
      const children = await listDirectory(workspace, entry.path, matcher, settings);
      if (children === undefined) return;
      stack.push({ entries: children, position: 0 });
    }
  }
}

/** One directory's entries, after adding its `.gitignore`; undefined when the walk was stopped. */
async function listDirectory(workspace: Workspace, directory: string, matcher: GitignoreMatcher, settings: WalkSettings): Promise<WorkspaceEntry[] | undefined> {
  if (settings.signal?.aborted === true) return undefined;
  const entries = await workspace.list(directory === '' ? '.' : directory);
  if (settings.respectGitignore && entries.some((entry) => entry.type === 'file' && baseName(entry.path) === '.gitignore')) {
    await addGitignore(workspace, matcher, directory);
  }
  return entries;
}

async function addGitignore(workspace: Workspace, matcher: GitignoreMatcher, directory: string): Promise<void> {
  const path = directory === '' ? '.gitignore' : `${directory}/.gitignore`;
  try {
    if (!(await workspace.exists(path))) return;
    matcher.add(directory, await workspace.readText(path, { maxBytes: MAX_GITIGNORE_BYTES }));
  } catch {
    // An unreadable .gitignore (a directory by that name, a link refused by the guard, not UTF-8)
    // only means fewer files are left out; the walk itself goes on.
  }
}

/** The last segment of a `/`-separated path. */
export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? path : path.slice(slash + 1);
}
