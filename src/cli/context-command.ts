import { selectContext, type ContextSelection } from '../adapters/context-select.js';
import { DrydockError, errorMessage } from '../core/errors.js';
import type { CommandOutput } from './journal-command.js';

/** Exit codes of `drydock context`: 0 selected, 2 unusable input (no such directory, unreadable), 64 usage. */
export const CONTEXT_EXIT_CODES = { ok: 0, unusable: 2, usage: 64 } as const;

/** What `drydock context` was given, already checked for presence by the argument parser. */
export interface ContextCommandOptions {
  /** The repository directory. */
  repo: string;
  /** The goal text. */
  goal: string;
  /** The token budget: a positive whole number. */
  budgetTokens: number;
  /** Print JSON instead of a table. */
  json: boolean;
  /** Cache directory for the index (default: `.drydock/cache` under the temporary directory). */
  cacheDirectory?: string;
}

/** The JSON printed by `drydock context --json`. */
export interface ContextJson {
  /** Selected files, best first; `score` is rounded to 4 decimals, `tokens` counted with o200k_base. */
  files: Array<{ path: string; score: number; tokens: number }>;
  /** Total tokens: the files' plus the map's (each counted on its own text); never more than the budget. */
  tokens: number;
  /** The repository map and its tokens (included in `tokens`). */
  map: { tokens: number; text: string };
  /** Where the index came from and what it holds. */
  index: {
    /** `cache` when the index for this commit was loaded, `built` when it was built now. */
    source: 'cache' | 'built';
    /** Files indexed. */
    files: number;
    /** The HEAD commit, or null outside a git repository. */
    head: string | null;
    /** Whether git history was used, how many commits, and why not when it was not. */
    history: { available: boolean; commits: number; note?: string };
    /** The cache file read or written, or null when there was none. */
    cacheFile: string | null;
    /** The tokenizer encoding (`o200k_base`). */
    encoding: string;
    /** The budget asked for. */
    budget: number;
    /** Things the user should know, also printed to standard error. */
    notes: string[];
  };
}

function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** The selection as the documented JSON shape. */
export function contextJson(selection: ContextSelection): ContextJson {
  return {
    files: selection.files.map((file) => ({ path: file.path, score: roundScore(file.score), tokens: file.tokens })),
    tokens: selection.tokens,
    map: { tokens: selection.map.tokens, text: selection.map.text },
    index: {
      source: selection.index.source,
      files: selection.index.files,
      head: selection.index.head ?? null,
      history: selection.index.history,
      cacheFile: selection.index.cacheFile ?? null,
      encoding: selection.encoding,
      budget: selection.budgetTokens,
      notes: selection.notes,
    },
  };
}

/** The selection as a readable table. */
export function contextTable(selection: ContextSelection, goal: string): string {
  const lines = [
    `Context for ${JSON.stringify(goal)}: ${selection.tokens} of ${selection.budgetTokens} tokens (${selection.encoding}), ${selection.files.length} files and a ${selection.map.tokens}-token map`,
    '',
    `${'score'.padStart(10)}  ${'tokens'.padStart(7)}  path`,
    ...selection.files.map((file) => `${roundScore(file.score).toFixed(4).padStart(10)}  ${String(file.tokens).padStart(7)}  ${file.path}`),
  ];
  if (selection.files.length === 0) lines.push('  (no file matched the goal, or none fits in the budget)');
  const index = selection.index;
  const head = index.head === undefined ? 'no commit' : `HEAD ${index.head.slice(0, 12)}`;
  const history = index.history.available ? `${index.history.commits} commits of history` : 'no history';
  lines.push('', `Index: ${index.source === 'cache' ? 'loaded from cache' : 'built'} in ${Math.round(index.durationMs)} ms, ${index.files} files, ${head}, ${history}`);
  if (index.cacheFile !== undefined) lines.push(`Cache: ${index.cacheFile}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `drydock context`. */
export async function contextCommand(options: ContextCommandOptions): Promise<CommandOutput> {
  let selection: ContextSelection;
  try {
    selection = await selectContext({
      workspaceRoot: options.repo,
      goal: options.goal,
      budgetTokens: options.budgetTokens,
      ...(options.cacheDirectory === undefined ? {} : { cacheDirectory: options.cacheDirectory }),
    });
  } catch (error) {
    const known = DrydockError.isInstance(error) && error.fault === 'input';
    if (!known && !(error instanceof Error && 'code' in error)) throw error;
    return { exitCode: CONTEXT_EXIT_CODES.unusable, stdout: '', stderr: `drydock context: ${errorMessage(error)}\n` };
  }
  const notes = selection.notes.map((note) => `drydock context: note: ${note}\n`).join('');
  const stdout = options.json ? `${JSON.stringify(contextJson(selection), null, 2)}\n` : contextTable(selection, options.goal);
  return { exitCode: CONTEXT_EXIT_CODES.ok, stdout, stderr: notes };
}
