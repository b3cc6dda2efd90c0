import { DrydockError } from '../errors.js';
import { normalizePolicyPath } from '../policy/path-normalization.js';
import { SIZE_POINTS, type PlanTask } from './plan-schema.js';
import { topologicalOrder } from './task-graph.js';

/** One shard of the `matrix` output: a job of the implement stage. */
export interface MatrixShard {
  /** Shard number from 1, as a string (matrix values show in job names). */
  shard: string;
  /** Its task ids, comma-separated, in an order where dependencies come first. */
  tasks: string;
}

/** The `matrix` output, shaped for `strategy.matrix` (`fromJSON(needs.plan.outputs.matrix)`). */
export interface PlanMatrix {
  /** One entry per shard; empty for a plan without tasks (skip the implement job then). */
  include: MatrixShard[];
}

/** Options for `planMatrix`. */
export interface MatrixOptions {
  /** Most shards (runners) to fan out to; independent groups are packed together beyond it. */
  maxShards?: number;
}

type MatrixTask = Pick<PlanTask, 'id' | 'dependsOn' | 'targetFiles' | 'size'>;

/**
 * Splits a validated plan into groups that can be implemented in parallel shards. Tasks linked
 * by a dependency stay in one shard, and so do tasks that change the same file: shards that
 * edit one file separately would conflict when their branches are merged. Within a shard tasks
 * follow `topologicalOrder`; shards are numbered by their first task in that order. With
 * `maxShards`, groups are packed greedily by size points, largest first, onto the lightest shard.
 */
export function planMatrix(plan: { tasks: readonly MatrixTask[] }, options: MatrixOptions = {}): PlanMatrix {
  const maxShards = options.maxShards;
  if (maxShards !== undefined && (!Number.isInteger(maxShards) || maxShards < 1)) {
    throw new DrydockError(`maxShards must be a whole number of at least 1, got ${maxShards}.`);
  }
  const order = topologicalOrder(plan);
  const position = new Map(order.map((id, index) => [id, index]));
  let groups = connectedGroups(plan.tasks);
  if (maxShards !== undefined && groups.length > maxShards) groups = pack(groups, maxShards, plan.tasks);
  const sorted = groups
    .map((group) => [...group].sort((left, right) => (position.get(left) as number) - (position.get(right) as number)))
    .sort((left, right) => (position.get(left[0] as string) as number) - (position.get(right[0] as string) as number));
  return { include: sorted.map((ids, index) => ({ shard: String(index + 1), tasks: ids.join(',') })) };
}

/** The task ids of a shard, in their order. */
export function shardTaskIds(shard: Pick<MatrixShard, 'tasks'>): string[] {
  return shard.tasks === '' ? [] : shard.tasks.split(',');
}

/** Connected components over dependencies and shared target files, by union-find. */
function connectedGroups(tasks: readonly MatrixTask[]): string[][] {
  const parent = new Map(tasks.map((task) => [task.id, task.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  const union = (left: string, right: string) => {
    const leftRoot = find(left);
    const rightRoot = find(right);
    if (leftRoot !== rightRoot) parent.set(rightRoot, leftRoot);
  };
  const ownerOfPath = new Map<string, string>();
  for (const task of tasks) {
    for (const dependency of task.dependsOn) if (parent.has(dependency)) union(task.id, dependency);
    for (const target of task.targetFiles) {
      const normalized = normalizePolicyPath(target.path);
      const path = normalized.ok ? normalized.path : target.path;
      const owner = ownerOfPath.get(path);
      if (owner === undefined) ownerOfPath.set(path, task.id);
      else union(owner, task.id);
    }
  }
  const groups = new Map<string, string[]>();
  for (const task of tasks) {
    const root = find(task.id);
    groups.set(root, [...(groups.get(root) ?? []), task.id]);
  }
  return [...groups.values()];
}

/** Packs groups onto `count` shards: heaviest group first, each onto the lightest shard (lowest number on ties). */
function pack(groups: readonly string[][], count: number, tasks: readonly MatrixTask[]): string[][] {
  const points = new Map(tasks.map((task) => [task.id, SIZE_POINTS[task.size] ?? SIZE_POINTS.xl]));
  const weight = (group: readonly string[]) => group.reduce((sum, id) => sum + (points.get(id) ?? 0), 0);
  const heaviestFirst = groups.map((group, index) => ({ group, index, weight: weight(group) })).sort((left, right) => right.weight - left.weight || left.index - right.index);
  const shards = Array.from({ length: count }, () => ({ ids: [] as string[], weight: 0 }));
  for (const entry of heaviestFirst) {
    const lightest = shards.reduce((best, shard) => (shard.weight < best.weight ? shard : best));
    lightest.ids.push(...entry.group);
    lightest.weight += entry.weight;
  }
  return shards.map((shard) => shard.ids).filter((ids) => ids.length > 0);
}
