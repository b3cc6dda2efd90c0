/** One commit as far as ranking cares: the files it changed. */
export interface HistoryCommit {
  /** Paths it changed, relative to the workspace root. */
  paths: readonly string[];
  /**
   * Whether it is a root commit (no parents). Its files count towards churn but not co-change:
   * importing a project in one commit says nothing about which of its files belong together.
   */
  root?: boolean;
}

/** What git history says about the indexed files. */
export interface RepositoryHistory {
  /** Whether history was read; false outside a git repository or before the first commit. */
  available: boolean;
  /** Why it is not available, or what limited it, for the user. */
  note?: string;
  /** Commits read. */
  commits: number;
  /** Per file index: commits in the window that changed the file. */
  churn: number[];
  /**
   * Per file index: flat pairs `[otherFileIndex, commitsChangingBoth, …]`, ascending by the
   * other file's index. Only commits of at most {@link MAXIMUM_FILES_FOR_CO_CHANGE} indexed files count.
   */
  coChanges: number[][];
}

/**
 * Commits that change more files than this (mass renames, formatting, dependency bumps, an
 * initial import) say nothing about which files belong together, and would cost pairs quadratic
 * in their size; they still count towards churn.
 */
export const MAXIMUM_FILES_FOR_CO_CHANGE = 30;

/** History of a workspace with no git history to read. */
export function emptyHistory(fileCount: number, note: string): RepositoryHistory {
  return { available: false, note, commits: 0, churn: new Array<number>(fileCount).fill(0), coChanges: Array.from({ length: fileCount }, () => []) };
}

/** Churn and co-change counts of the files at `paths` (index order) from the commits read. */
export function historyOf(paths: readonly string[], commits: readonly HistoryCommit[], note?: string): RepositoryHistory {
  const indexOf = new Map<string, number>();
  paths.forEach((path, index) => indexOf.set(path, index));
  const churn = new Array<number>(paths.length).fill(0);
  const pairCounts: Array<Map<number, number> | undefined> = new Array(paths.length);
  for (const commit of commits) {
    const touched = [...new Set(commit.paths.map((path) => indexOf.get(path)).filter((index): index is number => index !== undefined))].sort((left, right) => left - right);
    for (const index of touched) churn[index] = (churn[index] ?? 0) + 1;
    if (commit.root === true || touched.length < 2 || touched.length > MAXIMUM_FILES_FOR_CO_CHANGE) continue;
    for (const left of touched) {
      let counts = pairCounts[left];
      if (counts === undefined) pairCounts[left] = counts = new Map();
      for (const right of touched) if (right !== left) counts.set(right, (counts.get(right) ?? 0) + 1);
    }
  }
  const coChanges = Array.from(pairCounts, (counts) =>
    counts === undefined ? [] : [...counts].sort((left, right) => left[0] - right[0]).flat(),
  );
  return { available: true, ...(note === undefined ? {} : { note }), commits: commits.length, churn, coChanges };
}
