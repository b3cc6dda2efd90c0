import { normalizePolicyPath } from '../policy/path-normalization.js';
import type { CodeOwners } from './codeowners.js';
import { walkDependents } from './dependents.js';
import {
  churnFactor,
  deletionsFactor,
  dependentsFactor,
  filesChangedFactor,
  fixHistoryFactor,
  newFilesOnlyFactor,
  ownersFactor,
  sensitiveAreaFactors,
  untestedFactor,
} from './risk-factors.js';
import type { RiskAssessment, RiskFactor, RiskHistory, RiskLevel, RiskTargetFile, RiskThresholds, SensitiveArea } from './risk-types.js';
import { indexTestFiles, isSourceModule, isTestFile } from './test-files.js';

/** Most dependents listed in a blast radius; the rest are only counted. */
export const MAX_LISTED_DEPENDENTS = 50;

/** What `assessRisk` looks at. Everything is data or a pure function, so the result is deterministic. */
export interface RiskAssessmentInput {
  /** The files the plan will add, change or delete. */
  targetFiles: readonly RiskTargetFile[];
  /** The files that import a file directly (its reverse imports); `[]` for a file nothing imports. */
  dependentsOf: (path: string) => readonly string[];
  /** The repository's CODEOWNERS; without it there are no owners. */
  codeowners?: CodeOwners;
  /** Sensitive areas and their weights, usually `config.risk.sensitiveAreas`. */
  sensitiveAreas: readonly SensitiveArea[];
  /** Recent churn and fix/revert commits per path; without it history adds nothing. */
  history?: RiskHistory;
  /** The repository's test files (other paths are ignored), for coverage by naming convention. */
  testFiles?: readonly string[];
  /** Tests known to cover a path (for example from coverage data), checked before conventions. */
  testsCovering?: (path: string) => readonly string[];
  /** Score thresholds, usually `config.risk.thresholds`. */
  thresholds: RiskThresholds;
  /** Import levels followed from a changed file to its dependents, usually `config.risk.dependentsDepth`. */
  dependentsDepth: number;
}

function normalized(path: string): string {
  const result = normalizePolicyPath(path);
  return result.ok ? result.path : path;
}

/** Target files with one spelling per path, one entry per path, sorted by path. */
function canonicalTargets(targets: readonly RiskTargetFile[]): RiskTargetFile[] {
  const byPath = new Map<string, RiskTargetFile>();
  // When a path is listed twice the strongest change counts: a delete over a modify over an add.
  const strength = { add: 0, modify: 1, delete: 2 } as const;
  for (const target of targets) {
    const path = normalized(target.path);
    const known = byPath.get(path);
    if (known === undefined || strength[target.change] > strength[known.change]) byPath.set(path, { path, change: target.change });
  }
  return [...byPath.values()].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
}

function levelFor(score: number, thresholds: RiskThresholds): RiskLevel {
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}

/** Changed source modules that no test covers: by `testsCovering`, by naming convention, or by a test importing them. */
function untestedModules(input: RiskAssessmentInput, targets: readonly RiskTargetFile[], dependentsOf: (path: string) => string[]): string[] {
  // Tests the plan itself adds or changes count, so a plan that writes the missing test is not marked down.
  const testIndex = indexTestFiles([...(input.testFiles ?? []), ...targets.map((target) => target.path)]);
  return targets
    .filter((target) => target.change === 'modify' && isSourceModule(target.path))
    .map((target) => target.path)
    .filter((path) => {
      if ((input.testsCovering?.(path) ?? []).length > 0) return false;
      if (testIndex.conventionalTestsOf(path).length > 0) return false;
      return !dependentsOf(path).some(isTestFile);
    });
}

/**
 * Scores the risk of a plan from its target files, deterministically: the same input always gives
 * the same assessment, with factors in a fixed order and every list sorted.
 *
 * The factors, each with the points in `RISK_POINTS`:
 * `files-changed` (always present), `deletions`, `dependents` (files importing a changed or
 * deleted file within `dependentsDepth` levels, tests excluded from the points), one
 * `sensitive-area` per area hit (the area's weight), `owners` (distinct CODEOWNERS owners),
 * `churn` and `fix-history` (from `history`), `untested` (changed source modules without a test
 * by `testsCovering`, by naming convention or by a test that imports them), and
 * `new-files-only`, which lowers the score when nothing existing is touched. The score is the sum
 * of the weights, at least 0; the level is where it falls against `thresholds`.
 */
export function assessRisk(input: RiskAssessmentInput): RiskAssessment {
  const { thresholds, dependentsDepth } = input;
  if (!(thresholds.medium < thresholds.high)) {
    throw new RangeError(`risk thresholds need medium below high, got ${thresholds.medium} and ${thresholds.high}`);
  }
  if (!Number.isInteger(dependentsDepth) || dependentsDepth < 0) {
    throw new RangeError(`dependentsDepth must be a whole number, got ${dependentsDepth}`);
  }

  const targets = canonicalTargets(input.targetFiles);
  const existing = targets.filter((target) => target.change !== 'add').map((target) => target.path);
  const reverseImports = new Map<string, string[]>();
  const dependentsOf = (path: string): string[] => {
    let found = reverseImports.get(path);
    if (found === undefined) {
      found = [...new Set(input.dependentsOf(path).map(normalized))].sort();
      reverseImports.set(path, found);
    }
    return found;
  };
  const walk = walkDependents(existing, dependentsOf, dependentsDepth);

  const owned = targets.map((target) => ({ path: target.path, owners: input.codeowners?.ownersOf(target.path) ?? [] }));
  const owners = [...new Set(owned.flatMap((entry) => entry.owners))].sort();
  const unowned = owned.filter((entry) => entry.owners.length === 0).map((entry) => entry.path);
  const history = input.history;

  const factors = [
    filesChangedFactor(targets),
    deletionsFactor(targets),
    dependentsFactor(walk, dependentsDepth),
    ...sensitiveAreaFactors(targets, input.sensitiveAreas),
    ownersFactor(owners, unowned),
    history === undefined ? undefined : churnFactor(existing, history),
    history === undefined ? undefined : fixHistoryFactor(existing, history),
    untestedFactor(untestedModules(input, targets, dependentsOf)),
    newFilesOnlyFactor(targets),
  ].filter((factor): factor is RiskFactor => factor !== undefined);

  const score = Math.max(0, factors.reduce((sum, factor) => sum + factor.weight, 0));
  return {
    level: levelFor(score, thresholds),
    score,
    factors,
    blastRadius: {
      dependents: walk.dependents.slice(0, MAX_LISTED_DEPENDENTS),
      totalDependents: walk.dependents.length,
      owners,
    },
  };
}
