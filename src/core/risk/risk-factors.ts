import { compilePathGlob } from '../policy/path-glob.js';
import type { DependentsWalk } from './dependents.js';
import type { RiskFactor, RiskHistory, RiskTargetFile, SensitiveArea } from './risk-types.js';
import { count, nameSome } from './risk-text.js';
import { isTestFile } from './test-files.js';

/**
 * Points each kind of evidence adds to a risk score. A score is the sum of its factors' weights
 * (never below 0), compared with the thresholds (default medium 20, high 40). Every factor is
 * capped, so no single kind of evidence decides alone except a sensitive area, whose weight the
 * config sets. With the defaults:
 *
 * - a docs-only change of one file scores 2: low;
 * - touching a migration scores at least 30: medium; adding auth code to it makes it high;
 * - changing a module that ten or more files import, with no test for it, scores 2 + 30 + 12: high.
 */
export const RISK_POINTS = Object.freeze({
  /** Per existing file changed. */
  perModifiedFile: 2,
  /** Per new file. */
  perAddedFile: 1,
  /** Cap of the files-changed factor. */
  filesChangedCap: 20,
  /** Per deleted file: whatever used it breaks. */
  perDeletedFile: 6,
  /** Cap of the deletions factor. */
  deletionsCap: 24,
  /** Per file (other than tests) that imports a changed file, within the dependents depth. */
  perDependent: 3,
  /** Cap of the dependents factor. */
  dependentsCap: 30,
  /** Per distinct CODEOWNERS owner beyond the first: more owners, more people to agree. */
  perExtraOwner: 5,
  /** Cap of the owners factor. */
  ownersCap: 15,
  /** Recent commits to the changed files that make one point. */
  churnCommitsPerPoint: 4,
  /** Cap of the churn factor. */
  churnCap: 10,
  /** Per recent fix or revert commit that touched a changed file. */
  perFixOrRevert: 4,
  /** Cap of the fix-history factor. */
  fixHistoryCap: 16,
  /** Per changed source module that no test covers. */
  perUntestedModule: 12,
  /** Cap of the untested factor. */
  untestedCap: 36,
  /** When every target file is new: nothing that exists changes behaviour until it is wired in. */
  newFilesOnly: -5,
});

/** How many files the plan touches: existing ones weigh more than new ones. */
export function filesChangedFactor(targets: readonly RiskTargetFile[]): RiskFactor {
  const modified = targets.filter((target) => target.change === 'modify').length;
  const added = targets.filter((target) => target.change === 'add').length;
  const weight = Math.min(RISK_POINTS.filesChangedCap, modified * RISK_POINTS.perModifiedFile + added * RISK_POINTS.perAddedFile);
  return { name: 'files-changed', detail: `${count(modified, 'existing file')} changed, ${count(added, 'new file')}`, weight };
}

/** Deleted files, which break whatever still uses them. */
export function deletionsFactor(targets: readonly RiskTargetFile[]): RiskFactor | undefined {
  const deleted = targets.filter((target) => target.change === 'delete').map((target) => target.path);
  if (deleted.length === 0) return undefined;
  return {
    name: 'deletions',
    detail: `${count(deleted.length, 'file')} deleted: ${nameSome(deleted)}`,
    weight: Math.min(RISK_POINTS.deletionsCap, deleted.length * RISK_POINTS.perDeletedFile),
  };
}

/** Files that import the changed ones; tests among them are named but do not add points. */
export function dependentsFactor(walk: DependentsWalk, depth: number): RiskFactor | undefined {
  if (walk.dependents.length === 0) return undefined;
  const tests = walk.dependents.filter(isTestFile);
  const others = walk.dependents.filter((path) => !isTestFile(path));
  const levels = depth === 1 ? 'directly' : `within ${depth} import levels`;
  const verb = (amount: number) => (amount === 1 ? 'imports' : 'import');
  const testNote = tests.length === 0 ? '' : `; ${count(tests.length, 'test')} also ${verb(tests.length)} them`;
  const detail =
    others.length === 0
      ? `only tests import the changed files ${levels}: ${nameSome(tests)}`
      : `${count(others.length, 'file')} ${verb(others.length)} the changed files ${levels}: ${nameSome(others)}${testNote}`;
  return { name: 'dependents', detail, weight: Math.min(RISK_POINTS.dependentsCap, others.length * RISK_POINTS.perDependent) };
}

/** One factor per sensitive area that a target file lies in, in the config's order. */
export function sensitiveAreaFactors(targets: readonly RiskTargetFile[], areas: readonly SensitiveArea[]): RiskFactor[] {
  const factors: RiskFactor[] = [];
  for (const area of areas) {
    // Case-insensitive, because .NET and others spell it `Migrations/`.
    const globs = area.paths.map((pattern) => compilePathGlob(pattern, { caseInsensitive: true }));
    const hits = targets.filter((target) => globs.some((glob) => glob.matches(target.path))).map((target) => target.path);
    if (hits.length === 0) continue;
    const matched = area.paths.filter((_pattern, index) => hits.some((path) => globs[index]?.matches(path))).join(', ');
    const reason = area.reason ?? 'configured as sensitive';
    factors.push({ name: 'sensitive-area', detail: `${nameSome(hits)} in a sensitive area (${matched}): ${reason}`, weight: area.weight });
  }
  return factors;
}

/** Distinct CODEOWNERS owners of the target files. */
export function ownersFactor(owners: readonly string[], unowned: readonly string[]): RiskFactor | undefined {
  if (owners.length === 0) return undefined;
  const unownedNote = unowned.length === 0 ? '' : `; ${count(unowned.length, 'file')} without an owner: ${nameSome(unowned)}`;
  return {
    name: 'owners',
    detail: `the changed files belong to ${count(owners.length, 'owner')}: ${nameSome(owners)}${unownedNote}`,
    weight: Math.min(RISK_POINTS.ownersCap, (owners.length - 1) * RISK_POINTS.perExtraOwner),
  };
}

function perPath(paths: readonly string[], counts: ReadonlyMap<string, number>): Array<{ path: string; commits: number }> {
  return paths
    .map((path) => ({ path, commits: counts.get(path) ?? 0 }))
    .filter((entry) => entry.commits > 0)
    .sort((left, right) => right.commits - left.commits || (left.path < right.path ? -1 : 1));
}

/** How often the existing target files changed recently. */
export function churnFactor(existing: readonly string[], history: RiskHistory): RiskFactor | undefined {
  const entries = perPath(existing, history.churn);
  if (entries.length === 0) return undefined;
  const total = entries.reduce((sum, entry) => sum + entry.commits, 0);
  const shown = entries.map((entry) => `${entry.path} (${entry.commits})`);
  return {
    name: 'churn',
    detail: `${count(total, 'recent commit')} touched the changed files: ${nameSome(shown)}`,
    weight: Math.min(RISK_POINTS.churnCap, Math.floor(total / RISK_POINTS.churnCommitsPerPoint)),
  };
}

/** Recent fixes and reverts of the existing target files: code that broke before breaks again. */
export function fixHistoryFactor(existing: readonly string[], history: RiskHistory): RiskFactor | undefined {
  const entries = perPath(existing, history.fixOrRevertCommits);
  if (entries.length === 0) return undefined;
  const total = entries.reduce((sum, entry) => sum + entry.commits, 0);
  const shown = entries.map((entry) => `${entry.path} (${entry.commits})`);
  return {
    name: 'fix-history',
    detail: `${count(total, 'recent fix or revert commit')} touched the changed files: ${nameSome(shown)}`,
    weight: Math.min(RISK_POINTS.fixHistoryCap, total * RISK_POINTS.perFixOrRevert),
  };
}

/** Changed source modules that no test covers, by convention or by import. */
export function untestedFactor(untested: readonly string[]): RiskFactor | undefined {
  if (untested.length === 0) return undefined;
  return {
    name: 'untested',
    detail: `no test found for ${count(untested.length, 'changed module')}, by name or by import: ${nameSome(untested)}`,
    weight: Math.min(RISK_POINTS.untestedCap, untested.length * RISK_POINTS.perUntestedModule),
  };
}

/** A plan that only adds files cannot change what existing code does until something uses them. */
export function newFilesOnlyFactor(targets: readonly RiskTargetFile[]): RiskFactor | undefined {
  if (targets.length === 0 || targets.some((target) => target.change !== 'add')) return undefined;
  return {
    name: 'new-files-only',
    detail: 'every target file is new, so no existing behaviour changes until it is wired in',
    weight: RISK_POINTS.newFilesOnly,
  };
}
