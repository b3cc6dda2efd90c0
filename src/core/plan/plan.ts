import { z } from 'zod';
import { digestOf } from '../canonical-json.js';
import { goalSchema, type Goal } from '../run-state.js';
import { planTaskSchema, type PlanDraft, type PlanTask } from './plan-schema.js';

/** The plan format version. */
export const PLAN_VERSION = 1;

/** zod schema of a stored plan, for loading one handed over in the run state. */
export const planSchema = z
  .strictObject({
    version: z.literal(PLAN_VERSION).describe('Plan format version.'),
    goal: goalSchema,
    baseSha: z.string().min(1).describe('Commit the plan was made against; the implement stage starts from it.'),
    summary: z.string().describe('The approach, for reviewers.'),
    tasks: z.array(planTaskSchema).describe('The task graph.'),
  })
  .describe('A plan that reviewers approve by its digest.');

/** A plan: what reviewers approve by its digest, and exactly what the implement stage carries out. */
export interface Plan {
  /** Plan format version. */
  version: typeof PLAN_VERSION;
  /** What the run is for. */
  goal: Goal;
  /** Commit the plan was made against; the implement stage starts from it. */
  baseSha: string;
  /** The approach, for reviewers. */
  summary: string;
  /** The task graph, in the order the model gave it. */
  tasks: PlanTask[];
}

/** Where a plan comes from, besides the model's draft. */
export interface PlanOrigin {
  /** What the run is for. */
  goal: Goal;
  /** Commit the plan was made against. */
  baseSha: string;
}

/**
 * The stored plan for a draft. Pass the `draft` of a successful `validatePlan` result, whose
 * target paths are normalized, so the plan approved holds the paths that will be written.
 */
export function planFromDraft(draft: PlanDraft, origin: PlanOrigin): Plan {
  return { version: PLAN_VERSION, goal: origin.goal, baseSha: origin.baseSha, summary: draft.summary, tasks: draft.tasks };
}

/**
 * `sha256:` + hex sha256 of the canonical JSON of the plan: the value the approval binds to.
 * The plan is parsed first and a value that is not a valid plan (a member a plan does not have,
 * a malformed task) throws, so nothing a reviewer was not shown can change the digest.
 */
export function planDigest(plan: Plan): string {
  return digestOf(planSchema.parse(plan));
}
