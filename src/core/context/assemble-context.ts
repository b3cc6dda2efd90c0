import type { TokenCounter } from '../ports/token-counter.js';
import type { ContextIndex } from './context-index.js';
import type { RankedFile } from './rank-files.js';
import { directoryFileCounts, REPOSITORY_MAP_SIZES, renderRepositoryMap } from './repository-map.js';
import { selectWithinBudget, type SelectedFile } from './select-within-budget.js';

/** Share of the budget the repository map may take at most (10%). */
export const MAP_BUDGET_SHARE = 0.1;
/** Tokens the repository map may take at most, whatever the budget. */
export const MAP_MAXIMUM_TOKENS = 1500;

/** What {@link assembleContext} needs. */
export interface AssembleContextInput {
  /** The index the ranking was made from. */
  index: ContextIndex;
  /** Ranked files, best first. */
  ranked: readonly RankedFile[];
  /** Tokens the map and the files may take together. */
  budgetTokens: number;
  /** Texts of the candidate files the caller read (path → text); ranked files without one are not selected. */
  contents: ReadonlyMap<string, string>;
  /** The real tokenizer. */
  tokenCounter: TokenCounter;
}

/** A selected file with its text. */
export interface SelectedFileWithContent extends SelectedFile {
  /** The text whose tokens were counted. */
  content: string;
}

/** The map and files chosen for a goal. */
export interface AssembledContext {
  /** Selected files, best first. */
  files: SelectedFileWithContent[];
  /** The repository map (empty text and 0 tokens when even the smallest map does not fit its share). */
  map: { text: string; tokens: number };
  /** Map tokens plus file tokens: never more than the budget. */
  tokens: number;
  /** Candidates that did not fit in what was left of the budget. */
  skipped: number;
}

/**
 * Puts the context together within the budget. The map comes first, in the largest size that
 * fits its share (at most {@link MAP_BUDGET_SHARE} of the budget and {@link MAP_MAXIMUM_TOKENS});
 * whatever it leaves goes to whole files, best first. Each part is counted on its own text.
 */
export function assembleContext(input: AssembleContextInput): AssembledContext {
  const budget = Math.max(0, Math.floor(input.budgetTokens));
  const allowance = Math.min(Math.floor(budget * MAP_BUDGET_SHARE), MAP_MAXIMUM_TOKENS);
  let map = { text: '', tokens: 0 };
  if (allowance > 0) {
    const counts = directoryFileCounts(input.index.files);
    for (const size of REPOSITORY_MAP_SIZES) {
      const text = renderRepositoryMap(input.index.files, input.ranked, size, counts);
      const tokens = input.tokenCounter.countWithin(text, allowance);
      if (tokens !== undefined) {
        map = { text, tokens };
        break;
      }
    }
  }
  const candidates = input.ranked.filter((entry) => input.contents.has(entry.path));
  const selection = selectWithinBudget(candidates, budget - map.tokens, (candidate, remaining) =>
    input.tokenCounter.countWithin(input.contents.get(candidate.path) ?? '', remaining),
  );
  const files = selection.files.map((file) => ({ ...file, content: input.contents.get(file.path) ?? '' }));
  return { files, map, tokens: map.tokens + selection.tokens, skipped: selection.skipped };
}
