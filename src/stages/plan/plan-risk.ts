import { readCodeOwnersFile } from '../../adapters/codeowners-file.js';
import { readGitRiskHistory, type GitRiskHistory } from '../../adapters/git-risk-history.js';
import { errorMessage } from '../../core/errors.js';
import type { Plan } from '../../core/plan/plan.js';
import { assessRisk } from '../../core/risk/assess-risk.js';
import type { CodeOwners } from '../../core/risk/codeowners.js';
import type { RiskAssessment, RiskTargetFile } from '../../core/risk/risk-types.js';
import type { StageContext } from '../shared/stage-definition.js';
import type { PlanContext } from './plan-context.js';

/** What risk assessment reads from the repository once, for every candidate plan. */
export interface RiskSources {
  codeowners?: CodeOwners;
  history?: GitRiskHistory;
  /** Why history is missing or partial, for the journal and the summary. */
  notes: string[];
}

/** Reads CODEOWNERS and the git history of the checkout; either may be missing, and that is noted. */
export async function readRiskSources(context: StageContext<unknown>): Promise<RiskSources> {
  const notes: string[] = [];
  let codeowners: CodeOwners | undefined;
  try {
    codeowners = (await readCodeOwnersFile(context.workspace.root))?.codeOwners;
  } catch (error) {
    notes.push(`CODEOWNERS not used: ${errorMessage(error)}`);
  }
  let history: GitRiskHistory | undefined;
  try {
    history = await readGitRiskHistory({ repoDir: context.workspace.root, clock: context.clock });
    if (history.shallow) notes.push('the clone is shallow, so churn and fix history may be cut short (fetch-depth: 0 gives all of it)');
  } catch (error) {
    notes.push(`no git history: ${errorMessage(error)}`);
  }
  return { ...(codeowners === undefined ? {} : { codeowners }), ...(history === undefined ? {} : { history }), notes };
}

/** The plan's target files as the risk assessment names changes. */
export function riskTargets(plan: Plan): RiskTargetFile[] {
  return plan.tasks.flatMap((task) =>
    task.targetFiles.map((target) => ({ path: target.path, change: target.change === 'create' ? ('add' as const) : target.change })),
  );
}

/** The deterministic risk of a plan, under the config's `risk` section. */
export function assessPlanRisk(context: StageContext<unknown>, plan: Plan, repository: PlanContext, sources: RiskSources): RiskAssessment {
  return assessRisk({
    targetFiles: riskTargets(plan),
    dependentsOf: repository.dependentsOf,
    ...(sources.codeowners === undefined ? {} : { codeowners: sources.codeowners }),
    sensitiveAreas: context.config.risk.sensitiveAreas,
    ...(sources.history === undefined ? {} : { history: sources.history }),
    testFiles: repository.indexedPaths,
    thresholds: context.config.risk.thresholds,
    dependentsDepth: context.config.risk.dependentsDepth,
  });
}
