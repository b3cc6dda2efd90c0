import { sha256 } from '../core/canonical-json.js';
import path from 'node:path';
import { assembleContext, type SelectedFileWithContent } from '../core/context/assemble-context.js';
import { CONTEXT_INDEX_FORMAT_VERSION, type ContextIndex } from '../core/context/context-index.js';
import { rankFiles } from '../core/context/rank-files.js';
import { errorMessage, InputError } from '../core/errors.js';
import type { TokenCounter } from '../core/ports/token-counter.js';
import type { Workspace } from '../core/ports/workspace.js';
import { MAXIMUM_INDEXED_FILE_BYTES } from '../core/context/index-limits.js';
import { buildContextIndex, type IndexBuildReport } from './context-index-build.js';
import { cacheFileName, createContextIndexCache, defaultContextCacheDirectory } from './context-index-cache.js';
import { DEFAULT_HISTORY_WINDOW, readRepositoryState, type HistoryWindow } from './git-history.js';
import { createO200kTokenCounter } from './token-counter-o200k.js';
import { createFileWorkspace } from './workspace-fs.js';

/** Ranked files read and measured at most; a budget is spent long before this many files fit. */
export const MAXIMUM_CANDIDATES = 200;

/** Options of {@link selectContext}. */
export interface SelectContextOptions {
  /** The repository checkout (or a directory inside one). */
  workspaceRoot: string;
  /** What the work is about: goal text, or an issue's title and body. */
  goal: string;
  /** Tokens the map and files may take together; a positive whole number. */
  budgetTokens: number;
  /** Where indexes are cached between runs (default: `.drydock/cache` under the temporary directory). */
  cacheDirectory?: string;
  /** The workspace to read through, e.g. one with the stage's guard; default: a plain one on `workspaceRoot`. */
  workspace?: Workspace;
  /** The tokenizer; default `o200k_base`. */
  tokenCounter?: TokenCounter;
  /** How much git history to read; default the last 1,000 commits within 180 days of HEAD. */
  historyWindow?: HistoryWindow;
}

/** Where the index came from and what it holds. */
export interface ContextIndexSummary {
  /** `cache` when a cached index for this commit was loaded, `built` when it was built now. */
  source: 'cache' | 'built';
  /** Files indexed. */
  files: number;
  /** The HEAD commit, when the workspace is a git repository with commits. */
  head?: string;
  /** Whether history was used, how many commits, and why not when it was not. */
  history: { available: boolean; commits: number; note?: string };
  /** The cache file read or written, when there was one. */
  cacheFile?: string;
  /** What indexing left out, when the index was built now. */
  report?: IndexBuildReport;
  /** Milliseconds spent loading or building the index. */
  durationMs: number;
}

/** The context chosen for a goal. */
export interface ContextSelection {
  /** Selected files, best first, with their text, score and tokens. */
  files: SelectedFileWithContent[];
  /** Map tokens plus file tokens; never more than `budgetTokens`. */
  tokens: number;
  /** The budget asked for. */
  budgetTokens: number;
  /** The repository map; its tokens are part of `tokens`. */
  map: { text: string; tokens: number };
  /** The tokenizer encoding that counted the tokens. */
  encoding: string;
  /** About the index. */
  index: ContextIndexSummary;
  /** Things the user should know (no history, cache not written, …). */
  notes: string[];
  /** The index itself: its files and import graph (the plan stage's risk reads dependents from it). */
  contextIndex: ContextIndex;
}

/**
 * Deterministic retrieval for a goal: loads the index cached for this commit or builds it, ranks
 * the files, and selects a repository map and whole files within the token budget.
 * Throws {@link InputError} for a missing workspace, an empty goal or a budget that is not a
 * positive whole number.
 */
export async function selectContext(options: SelectContextOptions): Promise<ContextSelection> {
  if (!Number.isSafeInteger(options.budgetTokens) || options.budgetTokens <= 0) {
    throw new InputError(`The token budget must be a positive whole number, got ${String(options.budgetTokens)}`, { where: 'budget' });
  }
  if (options.goal.trim() === '') throw new InputError('The goal is empty: give the text the context is for', { where: 'goal' });
  const workspace = options.workspace ?? (await createFileWorkspace(options.workspaceRoot));
  const tokenCounter = options.tokenCounter ?? createO200kTokenCounter();
  const historyWindow = options.historyWindow ?? DEFAULT_HISTORY_WINDOW;
  const cache = createContextIndexCache(options.cacheDirectory ?? defaultContextCacheDirectory());
  const notes: string[] = [];

  const started = performance.now();
  const state = await readRepositoryState(workspace.root);
  if (state.kind === 'none') notes.push(`${state.reason}: files are ranked without history, and the index is not cached (there is no commit to key it by)`);
  const cacheInside = path.relative(workspace.root, cache.directory);
  const excludedDirectories = cacheInside === '' || cacheInside.startsWith('..') || path.isAbsolute(cacheInside) ? [] : [cacheInside.split(path.sep).join('/')];
  const key =
    state.kind === 'git'
      ? sha256(JSON.stringify([CONTEXT_INDEX_FORMAT_VERSION, state.head, state.workingTree, state.prefix, historyWindow, excludedDirectories, MAXIMUM_INDEXED_FILE_BYTES]))
      : 'uncached';

  let index: ContextIndex | undefined;
  let source: 'cache' | 'built' = 'built';
  let report: IndexBuildReport | undefined;
  let cacheFile: string | undefined;
  if (state.kind === 'git') {
    try {
      index = await cache.load(key);
    } catch (error) {
      notes.push(`the cached index could not be read (${errorMessage(error)}); building it again`);
    }
    if (index !== undefined) source = 'cache';
  }
  if (index === undefined) {
    ({ index, report } = await buildContextIndex({ workspace, key, state, historyWindow, excludedDirectories }));
    if (state.kind === 'git') {
      try {
        cacheFile = await cache.save(index);
      } catch (error) {
        notes.push(`the index could not be cached in '${cache.directory}': ${errorMessage(error)}`);
      }
    }
  } else {
    cacheFile = path.join(cache.directory, cacheFileName(key));
  }
  const durationMs = performance.now() - started;
  if (state.kind === 'git' && index.history.note !== undefined) notes.push(index.history.note);

  const ranked = rankFiles(index, options.goal);
  const contents = new Map<string, string>();
  await Promise.all(
    ranked.slice(0, MAXIMUM_CANDIDATES).map(async (entry) => {
      try {
        contents.set(entry.path, await workspace.readText(entry.path, { maxBytes: MAXIMUM_INDEXED_FILE_BYTES }));
      } catch {
        // Changed or removed since it was indexed: it is simply not a candidate.
      }
    }),
  );
  const assembled = assembleContext({ index, ranked, budgetTokens: options.budgetTokens, contents, tokenCounter });
  return {
    files: assembled.files,
    tokens: assembled.tokens,
    budgetTokens: options.budgetTokens,
    map: assembled.map,
    encoding: tokenCounter.encoding,
    index: {
      source,
      files: index.files.length,
      ...(state.kind === 'git' ? { head: state.head } : {}),
      history: { available: index.history.available, commits: index.history.commits, ...(index.history.note === undefined ? {} : { note: index.history.note }) },
      ...(cacheFile === undefined ? {} : { cacheFile }),
      ...(report === undefined ? {} : { report }),
      durationMs,
    },
    notes,
    contextIndex: index,
  };
}
