import { InputError } from '../errors.js';
import type { Plan } from '../plan/plan.js';
import type { PlanTask } from '../plan/plan-schema.js';
import { topologicalOrder } from '../plan/task-graph.js';

/**
 * The tasks to implement, in dependency order: the whole plan, or the shard named by the `tasks`
 * input. A shard's tasks may depend on tasks outside it only when those are already done (their
 * commits are on the branch); that is checked as the tasks run, not here.
 */
export function selectTasks(plan: Plan, requested: readonly string[] | undefined): PlanTask[] {
  const byId = new Map(plan.tasks.map((task) => [task.id, task]));
  if (requested !== undefined) {
    const unknown = requested.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw new InputError(
        `Input 'tasks' names ${unknown.map((id) => `'${id}'`).join(', ')}, which the plan does not have (plan tasks: ${byId.size === 0 ? 'none' : [...byId.keys()].join(', ')}).`,
        { where: 'tasks' },
      );
    }
  }
  const wanted = requested === undefined ? undefined : new Set(requested);
  return topologicalOrder(plan)
    .filter((id) => wanted === undefined || wanted.has(id))
    .map((id) => byId.get(id) as PlanTask);
}

/** The dependencies of a task that did not end done, so it cannot start. */
export function unmetDependencies(task: PlanTask, done: ReadonlySet<string>): string[] {
  return task.dependsOn.filter((dependency) => !done.has(dependency));
}
