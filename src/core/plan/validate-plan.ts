import type { IdentityName } from '../policy/identity-names.js';
import { quote } from '../policy/decision-text.js';
import type { Policy } from '../policy/policy.js';
import { isTaskId, PLAN_LIMITS, type PlanDraft, type PlanTask } from './plan-schema.js';
import type { PlanIssue, PlanValidation } from './plan-validation.js';
import { dependencyCycles } from './task-graph.js';
import { checkAcceptanceChecks } from './validate-acceptance-checks.js';
import { checkTargetFiles } from './validate-targets.js';

/** What `validatePlan` judges the plan against. */
export interface ValidatePlanOptions {
  /**
   * The policy of the implementer. Every target file and command check is evaluated with it, so
   * each decision reaches the policy's recorder (the journal) like any other.
   */
  policy: Policy;
  /** The identity that will carry the plan out; `implementer` unless said otherwise. */
  identity?: IdentityName;
  /**
   * Whether a file exists at the base commit (a lookup in the repository's file list). When given,
   * `modify` and `delete` must name a file that exists or that an earlier task creates, and
   * `create` one that does not.
   */
  fileExists?: (path: string) => boolean;
}

/**
 * Validates a draft (one that passed `planDraftSchema`) before anyone sees it. Issues (the plan cannot be used): malformed or
 * duplicate ids, unknown or self dependencies, dependency cycles (with their path), target paths
 * outside the repository or outside what the implementer may write, acceptance-check commands
 * policy denies. Flags (a human must act, the plan stays valid): protected paths and what policy
 * sends for approval. Messages name the task and quote the model's values, so they serve both a
 * repair turn and a reviewer.
 */
export function validatePlan(draft: PlanDraft, options: ValidatePlanOptions): PlanValidation {
  const identity = options.identity ?? 'implementer';
  const tasks = draft.tasks;
  const issues: PlanIssue[] = [...countIssues(tasks), ...idIssues(tasks), ...dependencyIssues(tasks)];
  const cycles = dependencyCycles(tasks);
  for (const cycle of cycles) {
    issues.push({
      code: 'dependency-cycle',
      taskId: cycle[0],
      message:
        `Tasks depend on each other in a cycle: ${cycle.join(' → ')} (each depends on the next), so none of them can start. ` +
        'Remove one of these dependencies.',
    });
  }
  const runsAfter = cycles.length === 0 ? ancestry(tasks) : () => true;
  const targets = checkTargetFiles(tasks, { policy: options.policy, identity, runsAfter, ...(options.fileExists === undefined ? {} : { fileExists: options.fileExists }) });
  const checks = checkAcceptanceChecks(tasks, options.policy, identity);
  issues.push(...targets.issues, ...checks.issues);
  const flags = [...targets.flags, ...checks.flags].sort((left, right) => taskIndexOf(tasks, left.taskId) - taskIndexOf(tasks, right.taskId));
  const flagged = new Set(flags.map((flag) => flag.taskId));
  return {
    ok: issues.length === 0,
    issues,
    flags,
    tasksNeedingApproval: tasks.map((task) => task.id).filter((id, index, ids) => flagged.has(id) && ids.indexOf(id) === index),
    draft: {
      summary: draft.summary,
      tasks: tasks.map((task, index) => ({ ...task, targetFiles: targets.targetFiles[index] ?? task.targetFiles, dependsOn: [...new Set(task.dependsOn)] })),
    },
  };
}

function taskIndexOf(tasks: readonly PlanTask[], id: string): number {
  return tasks.findIndex((task) => task.id === id);
}

function countIssues(tasks: readonly PlanTask[]): PlanIssue[] {
  if (tasks.length === 0) return [{ code: 'no-tasks', path: 'tasks', message: 'The plan has no tasks; give at least one task that carries out the goal.' }];
  if (tasks.length > PLAN_LIMITS.tasks) {
    return [{ code: 'too-many-tasks', path: 'tasks', message: `The plan has ${tasks.length} tasks, more than the ${PLAN_LIMITS.tasks} allowed; merge small tasks.` }];
  }
  return [];
}

function idIssues(tasks: readonly PlanTask[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const firstIndex = new Map<string, number>();
  tasks.forEach((task, index) => {
    if (!isTaskId(task.id)) {
      issues.push({
        code: 'invalid-id',
        taskId: task.id,
        path: `tasks[${index}].id`,
        message:
          `Task id ${quote(String(task.id))} is not a short lowercase slug: use letters, digits and single hyphens, ` +
          `starting with a letter, at most ${PLAN_LIMITS.idCharacters} characters (such as "t1" or "add-parser").`,
      });
    }
    const earlier = firstIndex.get(task.id);
    if (earlier === undefined) {
      firstIndex.set(task.id, index);
      return;
    }
    issues.push({
      code: 'duplicate-id',
      taskId: task.id,
      path: `tasks[${index}].id`,
      message: `Task id ${quote(task.id)} is used by tasks[${earlier}] and tasks[${index}]; give every task its own id and update dependsOn to match.`,
    });
  });
  return issues;
}

function dependencyIssues(tasks: readonly PlanTask[]): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const ids = new Set(tasks.map((task) => task.id));
  const known = [...ids].slice(0, 12).join(', ') + (ids.size > 12 ? ', …' : '');
  tasks.forEach((task, index) => {
    task.dependsOn.forEach((dependency, dependencyIndex) => {
      const path = `tasks[${index}].dependsOn[${dependencyIndex}]`;
      if (dependency === task.id) {
        issues.push({ code: 'self-dependency', taskId: task.id, path, message: `Task ${quote(task.id)} depends on itself; remove ${quote(task.id)} from its dependsOn.` });
      } else if (!ids.has(dependency)) {
        issues.push({
          code: 'unknown-dependency',
          taskId: task.id,
          path,
          message: `Task ${quote(task.id)} depends on ${quote(String(dependency))}, which is not a task in this plan; depend only on the ids of its tasks (${known}) or remove the dependency.`,
        });
      }
    });
  });
  return issues;
}

/** For an acyclic graph: whether one task runs after another, through any chain of dependencies. */
function ancestry(tasks: readonly PlanTask[]): (taskId: string, otherTaskId: string) => boolean {
  const dependencies = new Map<string, readonly string[]>();
  for (const task of tasks) if (!dependencies.has(task.id)) dependencies.set(task.id, task.dependsOn);
  const ancestors = new Map<string, Set<string>>();
  const ancestorsOf = (id: string): Set<string> => {
    const known = ancestors.get(id);
    if (known !== undefined) return known;
    const result = new Set<string>();
    ancestors.set(id, result);
    for (const dependency of dependencies.get(id) ?? []) {
      if (dependency === id || !dependencies.has(dependency)) continue;
      result.add(dependency);
      for (const ancestor of ancestorsOf(dependency)) result.add(ancestor);
    }
    return result;
  };
  return (taskId, otherTaskId) => ancestorsOf(taskId).has(otherTaskId);
}
