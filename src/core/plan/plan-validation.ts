import type { PolicyRuleId } from '../policy/policy-rules.js';
import type { PlanDraft } from './plan-schema.js';

/** What can be wrong with a plan; each makes it unusable until repaired. */
export const PLAN_ISSUE_CODES = [
  'no-tasks',
  'too-many-tasks',
  'invalid-id',
  'duplicate-id',
  'unknown-dependency',
  'self-dependency',
  'dependency-cycle',
  'invalid-path',
  'duplicate-target',
  'path-not-writable',
  'missing-file',
  'file-exists',
  'check-not-runnable',
] as const;

/** A plan issue code. */
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];

/** A problem that makes the plan unusable; shown to the model in a repair turn and to humans. */
export interface PlanIssue {
  /** What kind of problem. */
  code: PlanIssueCode;
  /** The whole problem and what to do instead, naming the task; model-written values are quoted. */
  message: string;
  /** The task it is about, when it is about one. */
  taskId?: string;
  /** Where in the draft, as a key path such as `tasks[1].targetFiles[0].path`. */
  path?: string;
  /** The policy rule that decided, when policy did. */
  rule?: PolicyRuleId;
}

/**
 * `needs-human`: the task changes a protected path, which no agent may write whatever the config
 * says; a human has to make or take over that change. `needs-approval`: policy lets the
 * implementer do it only after a human approves.
 */
export type PlanFlagCode = 'needs-human' | 'needs-approval';

/** Something that does not make the plan invalid but that a human must approve or do. */
export interface PlanFlag {
  /** Which kind of human involvement. */
  code: PlanFlagCode;
  /** The task it is about. */
  taskId: string;
  /** Where in the draft, as a key path such as `tasks[1].targetFiles[0].path`. */
  path: string;
  /** What it concerns, as shown to reviewers: the normalized file path or the command's argv. */
  subject: string;
  /** The policy rule that decided. */
  rule: PolicyRuleId;
  /** The whole flag, naming the task, with policy's reason. */
  message: string;
}

/** What `validatePlan` found. */
export interface PlanValidation {
  /** True when there are no issues; flags do not make a plan invalid. */
  ok: boolean;
  /** Problems that must be repaired: grouped by kind (ids, dependencies, cycles, files, checks), each in the order of the draft. */
  issues: PlanIssue[];
  /** What a human must approve or do, in the order of the draft. */
  flags: PlanFlag[];
  /** Ids of the tasks with at least one flag, in plan order: the plan needs a human approval for them. */
  tasksNeedingApproval: string[];
  /**
   * The draft with each target path in its normalized spelling (the spelling policy judged) and
   * repeated dependencies dropped. Build the stored plan from this, not from the model's answer.
   */
  draft: PlanDraft;
}
