/** A file that may be selected, in rank order. */
export interface BudgetCandidate {
  /** Workspace-relative path. */
  path: string;
  /** Its ranking score. */
  score: number;
}

/** A selected file. */
export interface SelectedFile {
  /** Workspace-relative path. */
  path: string;
  /** Its ranking score. */
  score: number;
  /** Tokens of its content, counted with the real tokenizer. */
  tokens: number;
}

/** The outcome of {@link selectWithinBudget}. */
export interface BudgetSelection {
  /** Selected files, best first. */
  files: SelectedFile[];
  /** Tokens of the selected files together. */
  tokens: number;
  /** Candidates looked at that did not fit in what was left of the budget (or could not be measured). */
  skipped: number;
}

/**
 * Measures a candidate: its exact tokens when they are at most `remainingTokens`, otherwise
 * undefined (also when it cannot be read).
 */
export type CandidateMeasure = (candidate: BudgetCandidate, remainingTokens: number) => number | undefined;

/**
 * Whole files, best first, while they fit: a file that does not fit in what is left is skipped
 * and the next one is tried, until the budget is spent or the candidates run out. Files are never
 * cut: half a module misleads more than it helps.
 */
export function selectWithinBudget(candidates: readonly BudgetCandidate[], budgetTokens: number, measure: CandidateMeasure): BudgetSelection {
  const files: SelectedFile[] = [];
  let remaining = Math.max(0, Math.floor(budgetTokens));
  let skipped = 0;
  for (const candidate of candidates) {
    if (remaining === 0) break;
    const tokens = measure(candidate, remaining);
    if (tokens === undefined || tokens > remaining || tokens < 0) {
      skipped += 1;
      continue;
    }
    files.push({ path: candidate.path, score: candidate.score, tokens });
    remaining -= tokens;
  }
  return { files, tokens: files.reduce((total, file) => total + file.tokens, 0), skipped };
}
