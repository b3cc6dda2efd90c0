/** How a plan changes one file. */
export type FileChange = 'add' | 'modify' | 'delete';

/** One file a plan intends to touch. */
export interface RiskTargetFile {
  /** Repository-relative path, `/`-separated. */
  path: string;
  /** Whether the file is new, changed or removed. */
  change: FileChange;
}

/** A part of the repository where a change deserves more care, with how much more. */
export interface SensitiveArea {
  /** Path globs (see `compilePathGlob`), matched whatever the case of letters. */
  paths: string[];
  /** Points added to the score once when any target file lies in the area. */
  weight: number;
  /** Why the area is sensitive, shown to reviewers. */
  reason?: string;
}

/** Scores at which a change stops being low (or medium) risk. */
export interface RiskThresholds {
  /** Lowest score that is medium risk. */
  medium: number;
  /** Lowest score that is high risk; above `medium`. */
  high: number;
}

/** The verdict shown to reviewers. */
export type RiskLevel = 'low' | 'medium' | 'high';

/** The kinds of evidence an assessment weighs. */
export type RiskFactorName =
  | 'files-changed'
  | 'deletions'
  | 'dependents'
  | 'sensitive-area'
  | 'owners'
  | 'churn'
  | 'fix-history'
  | 'untested'
  | 'new-files-only';

/** One reason the score is what it is. */
export interface RiskFactor {
  /** What kind of evidence this is. */
  name: RiskFactorName;
  /** The evidence in words a reviewer can check, naming files, areas and counts. */
  detail: string;
  /** Points this factor adds to the score (negative when it lowers it). */
  weight: number;
}

/** What else a change can break, and who has to look at it. */
export interface BlastRadius {
  /** Files that import the target files, directly or within the configured depth; sorted, capped. */
  dependents: string[];
  /** How many dependents there are in all, including those left out of `dependents`. */
  totalDependents: number;
  /** CODEOWNERS owners of the target files, sorted; empty without a CODEOWNERS file. */
  owners: string[];
}

/** The deterministic risk verdict of a plan. */
export interface RiskAssessment {
  /** The level the score falls in. */
  level: RiskLevel;
  /** Sum of the factors' weights, never below 0. */
  score: number;
  /** The factors that make up the score, in a fixed order. */
  factors: RiskFactor[];
  /** What the change reaches beyond its own files. */
  blastRadius: BlastRadius;
}

/** Recent history of the repository, per path (see the git risk history adapter). */
export interface RiskHistory {
  /** Commits that touched each path within the history window. */
  churn: ReadonlyMap<string, number>;
  /** Commits whose subject reads like a fix or a revert, per path touched. */
  fixOrRevertCommits: ReadonlyMap<string, number>;
}
