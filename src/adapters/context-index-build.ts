import { walkWorkspace, type WalkStatistics } from '../core/agent/workspace-walk.js';
import { ContextIndexBuilder, type ContextIndex } from '../core/context/context-index.js';
import { TermExtractor } from '../core/context/term-extractor.js';
import { isBinaryByName, isGeneratedFile, MAXIMUM_INDEXED_FILE_BYTES } from '../core/context/index-limits.js';
import { emptyHistory, historyOf, type HistoryCommit } from '../core/context/repository-history.js';
import { isProtectedPath } from '../core/policy/protected-paths.js';
import type { Workspace } from '../core/ports/workspace.js';
import { listRepositoryFiles } from './git-command.js';
import { readHistory, type HistoryWindow, type RepositoryState } from './git-history.js';

/** Files indexed between two turns of the event loop. */
const YIELD_EVERY_FILES = 256;

/** Options of {@link buildContextIndex}. */
export interface BuildContextIndexOptions {
  /** The workspace to index; the walk lists it through the port, so its confinement applies. */
  workspace: Workspace;
  /** The key the index is built for (see the cache). */
  key: string;
  /** Where the workspace stands in git; history is read only for `git`. */
  state: RepositoryState;
  /** How much history to read. */
  historyWindow?: HistoryWindow;
  /** Workspace-relative directories left out (the cache directory, when it lies inside the workspace). */
  excludedDirectories?: readonly string[];
}

/** What indexing left out, by reason. */
export interface IndexBuildReport {
  /** Files indexed. */
  indexed: number;
  /** Entries that `.gitignore` files ignore (an ignored directory counts once); counted only outside git repositories, where the walk lists the files. */
  ignored: number;
  /** Files over the 1 MiB indexing cap. */
  tooLarge: number;
  /** Binary files: by extension (images, archives, …), or found to hold NUL bytes. */
  binary: number;
  /** Credential files and other paths agents may not read. */
  protected: number;
  /** Lock files, minified bundles, source maps. */
  generated: number;
  /** Files that vanished or could not be read while indexing. */
  unreadable: number;
}

/**
 * Lists the workspace's files (through git in a repository, otherwise with the gitignore-aware
 * walk, never following symlinks), reads, outlines and splits every text file into terms, reads
 * git history alongside (in its own process), and builds the index.
 */
export async function buildContextIndex(options: BuildContextIndexOptions): Promise<{ index: ContextIndex; report: IndexBuildReport }> {
  const { workspace, state } = options;
  const historyPromise: Promise<HistoryCommit[] | string> =
    state.kind === 'git' ? readHistory(workspace.root, state, options.historyWindow).catch((error: unknown) => `history could not be read: ${String(error)}`) : Promise.resolve(state.reason);

  const report: IndexBuildReport = { indexed: 0, ignored: 0, tooLarge: 0, binary: 0, protected: 0, generated: 0, unreadable: 0 };
  const excluded = (options.excludedDirectories ?? []).filter((directory) => directory !== '');
  const files: Array<{ path: string; size: number | undefined }> = [];
  const take = (path: string, size: number | undefined): void => {
    if (excluded.some((directory) => path.startsWith(`${directory}/`))) return;
    if (isProtectedPath(path, 'read')) report.protected += 1;
    else if (isGeneratedFile(path)) report.generated += 1;
    else if (isBinaryByName(path)) report.binary += 1;
    else if (size !== undefined && size > MAXIMUM_INDEXED_FILE_BYTES) report.tooLarge += 1;
    else files.push({ path, size });
  };
  // In a git repository git itself lists the files: it knows every ignore rule (.git/info/exclude
  // and the global excludes file too) and answers for 20,000 files in tens of milliseconds.
  // Elsewhere the gitignore-aware walk does. Sizes are checked again when each file is read.
  const listed = state.kind === 'git' ? await listRepositoryFiles(workspace.root) : undefined;
  if (listed !== undefined) {
    for (const file of listed) take(file.path, file.size);
  } else {
    const statistics: WalkStatistics = { ignored: 0 };
    for await (const entry of walkWorkspace(workspace, '', { statistics })) {
      if (entry.type === 'file') take(entry.path, entry.size);
    }
    report.ignored = statistics.ignored;
  }
  files.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));

  const builder = new ContextIndexBuilder();
  // Loaded only when an index is built: it brings the TypeScript compiler, which a bundle keeps in
  // its own chunk, so a run that finds its index in the cache never loads it.
  const { indexWorkspaceFile } = await import('./context-index-file.js');
  const extractor = new TermExtractor();
  for (let position = 0; position < files.length; position += 1) {
    const file = files[position] as { path: string; size: number | undefined };
    const outcome = indexWorkspaceFile(workspace.root, file.path, extractor, file.size !== undefined);
    if (outcome.outcome === 'indexed') {
      builder.add(outcome.record);
      report.indexed += 1;
    } else if (outcome.outcome === 'binary') report.binary += 1;
    else if (outcome.outcome === 'too-large') report.tooLarge += 1;
    else report.unreadable += 1;
    // Reads are synchronous (two native calls per file beat a round of promises per system call);
    // hand the event loop a turn now and then, so a cancellation signal is still heard.
    if (position % YIELD_EVERY_FILES === YIELD_EVERY_FILES - 1) await new Promise((resolve) => setImmediate(resolve));
  }

  const history = await historyPromise;
  const indexedPaths = builder.paths();
  const repositoryHistory = typeof history === 'string' ? emptyHistory(indexedPaths.length, history) : historyOf(indexedPaths, history);
  return { index: builder.build(options.key, repositoryHistory), report };
}
