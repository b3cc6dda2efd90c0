import { DrydockError } from '../errors.js';

/** The part of a task the dependency graph needs. */
export interface GraphTask {
  /** Task id. */
  id: string;
  /** Ids of the tasks it depends on. */
  dependsOn: readonly string[];
}

/**
 * Dependencies by task id, in the tasks' order: only ids of tasks in the list, without the task
 * itself and without repeats. When an id is used twice, the first task with it counts.
 */
function dependencyEdges(tasks: readonly GraphTask[]): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const task of tasks) if (!edges.has(task.id)) edges.set(task.id, []);
  const seen = new Set<string>();
  for (const task of tasks) {
    if (seen.has(task.id)) continue;
    seen.add(task.id);
    const targets = edges.get(task.id) as string[];
    for (const dependency of task.dependsOn) {
      if (dependency !== task.id && edges.has(dependency) && !targets.includes(dependency)) targets.push(dependency);
    }
  }
  return edges;
}

/**
 * The dependency cycles among the tasks, each as a path that ends where it starts
 * (`['t1', 't3', 't1']`: t1 depends on t3, which depends on t1). Self-dependencies and unknown
 * ids are left out: they are reported on their own. The search walks tasks and dependencies in
 * their given order, so the same tasks always give the same cycles; each set of tasks is
 * reported once.
 */
export function dependencyCycles(tasks: readonly GraphTask[]): string[][] {
  const edges = dependencyEdges(tasks);
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const reported = new Set<string>();
  // Iterative depth-first search: a hand-written plan could be deep enough to exhaust the stack.
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    const path: string[] = [root];
    state.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: string; next: number };
      const targets = edges.get(frame.id) as string[];
      if (frame.next >= targets.length) {
        state.set(frame.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const dependency = targets[frame.next] as string;
      frame.next += 1;
      const seen = state.get(dependency);
      if (seen === 'open') {
        const cycle = [...path.slice(path.indexOf(dependency)), dependency];
        const key = [...new Set(cycle)].sort().join('\n');
        if (!reported.has(key)) {
          reported.add(key);
          cycles.push(cycle);
        }
      } else if (seen === undefined) {
        state.set(dependency, 'open');
        stack.push({ id: dependency, next: 0 });
        path.push(dependency);
      }
    }
  }
  return cycles;
}

/**
 * Task ids in an order where every task comes after the tasks it depends on. Among tasks that
 * are ready at the same time the one listed first comes first, so the order is stable and stays
 * close to the model's. Throws for a graph that `validatePlan` rejects (duplicate ids, unknown
 * dependencies, self-dependencies, cycles).
 */
export function topologicalOrder(plan: { tasks: readonly GraphTask[] }): string[] {
  const ids = plan.tasks.map((task) => task.id);
  if (new Set(ids).size !== ids.length) throw new DrydockError('The plan has duplicate task ids; validate it before ordering its tasks.');
  const edges = dependencyEdges(plan.tasks);
  for (const task of plan.tasks) {
    if (task.dependsOn.includes(task.id)) throw new DrydockError(`Task "${task.id}" depends on itself; validate the plan before ordering its tasks.`);
    const unknown = task.dependsOn.find((dependency) => !edges.has(dependency));
    if (unknown !== undefined) throw new DrydockError(`Task "${task.id}" depends on the unknown task "${unknown}"; validate the plan before ordering its tasks.`);
  }
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < ids.length) {
    const ready = ids.find((id) => !done.has(id) && (edges.get(id) as string[]).every((dependency) => done.has(dependency)));
    if (ready === undefined) {
      const cycle = dependencyCycles(plan.tasks)[0] ?? [];
      throw new DrydockError(`The plan's tasks depend on each other in a cycle (${cycle.join(' → ')}); validate the plan before ordering its tasks.`);
    }
    done.add(ready);
    order.push(ready);
  }
  return order;
}
