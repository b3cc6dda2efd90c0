import type { DrydockAction } from './drydock-references.js';

/** A token permission level, weakest first. */
export type PermissionLevel = 'none' | 'read' | 'write';

/** Permission scopes with the most each needs; a scope not listed needs nothing. */
export type PermissionNeeds = Readonly<Record<string, Exclude<PermissionLevel, 'none'>>>;

const COMMON: PermissionNeeds = {
  // Run state and journal of other runs (state-run-id, re-runs), and GitHub Models.
  actions: 'read',
  models: 'read',
};

/**
 * The most each stage's GITHUB_TOKEN needs. Anything above is more than the stage can use: the
 * planner never pushes, the implementer never deploys, the deployer never writes code.
 */
export const STAGE_PERMISSION_NEEDS: Readonly<Record<Exclude<DrydockAction, 'plan-and-implement' | 'ci-doctor'>, PermissionNeeds>> = {
  // Reads the repository; comments the plan on the issue.
  plan: { contents: 'read', issues: 'write', 'pull-requests': 'read', ...COMMON },
  // Pushes a branch, opens a draft pull request, comments and labels on escalation.
  implement: { contents: 'write', 'pull-requests': 'write', issues: 'write', checks: 'read', statuses: 'read', ...COMMON },
  // Annotates (check runs), opens flaky-test issues, may push a validated fix when policy allows.
  'test-triage': { contents: 'write', 'pull-requests': 'write', issues: 'write', checks: 'write', statuses: 'read', ...COMMON },
  // Deployment statuses; OIDC for cloud credentials; a comment on the issue.
  'canary-deploy': { contents: 'read', deployments: 'write', 'id-token': 'write', issues: 'write', statuses: 'read', ...COMMON },
};

/** The union of several needs: the higher level per scope. */
export function combineNeeds(needs: readonly PermissionNeeds[]): Record<string, Exclude<PermissionLevel, 'none'>> {
  const combined: Record<string, Exclude<PermissionLevel, 'none'>> = {};
  for (const need of needs) {
    for (const [scope, level] of Object.entries(need)) {
      if (combined[scope] !== 'write') combined[scope] = level;
    }
  }
  return combined;
}

/** What a Drydock action needs (composite actions: the stages they run). */
export function actionNeeds(action: DrydockAction): PermissionNeeds {
  if (action === 'plan-and-implement') return combineNeeds([STAGE_PERMISSION_NEEDS.plan, STAGE_PERMISSION_NEEDS.implement]);
  if (action === 'ci-doctor') return STAGE_PERMISSION_NEEDS['test-triage'];
  return STAGE_PERMISSION_NEEDS[action];
}

/** What a job calling the whole reusable pipeline must grant: every stage's needs. */
export function pipelineNeeds(): PermissionNeeds {
  return combineNeeds(Object.values(STAGE_PERMISSION_NEEDS));
}

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

/** Whether `granted` is more than `needed`. */
export function exceeds(granted: PermissionLevel, needed: PermissionLevel | undefined): boolean {
  return RANK[granted] > RANK[needed ?? 'none'];
}
