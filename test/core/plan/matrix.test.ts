import { describe, expect, it } from 'vitest';
import { DrydockError } from '../../../src/core/errors.js';
import { planMatrix, shardTaskIds } from '../../../src/core/plan/matrix.js';
import { topologicalOrder } from '../../../src/core/plan/task-graph.js';
import { task } from './plan-fixtures.js';

describe('matrix', () => {
  it('PL-030 a diamond stays in one shard, in topological order', () => {
    const plan = { tasks: [task('d', { dependsOn: ['b', 'c'] }), task('b', { dependsOn: ['a'] }), task('c', { dependsOn: ['a'] }), task('a')] };
    expect(topologicalOrder(plan)).toEqual(['a', 'b', 'c', 'd']);
    expect(planMatrix(plan)).toEqual({ include: [{ shard: '1', tasks: 'a,b,c,d' }] });
  });

  it('PL-031 two independent chains become two shards, numbered by their first task', () => {
    const plan = { tasks: [task('x2', { dependsOn: ['x1'] }), task('y1'), task('x1'), task('y2', { dependsOn: ['y1'] })] };
    const matrix = planMatrix(plan);
    expect(matrix).toEqual({ include: [{ shard: '1', tasks: 'y1,y2' }, { shard: '2', tasks: 'x1,x2' }] });
    expect(JSON.stringify(matrix)).toBe('{"include":[{"shard":"1","tasks":"y1,y2"},{"shard":"2","tasks":"x1,x2"}]}');
    expect(matrix.include.map(shardTaskIds)).toEqual([['y1', 'y2'], ['x1', 'x2']]);
  });

  it('PL-032 tasks that change the same file share a shard, so their branches cannot conflict', () => {
    const plan = { tasks: [task('a', { targetFiles: [{ path: 'src/shared.ts', change: 'modify' }] }), task('b'), task('c', { targetFiles: [{ path: './src/shared.ts', change: 'modify' }] })] };
    expect(planMatrix(plan).include).toEqual([{ shard: '1', tasks: 'a,c' }, { shard: '2', tasks: 'b' }]);
  });

  it('PL-033 maxShards packs independent groups by size onto the lightest shard', () => {
    const plan = { tasks: [task('a', { size: 'xl' }), task('b', { size: 's' }), task('c', { size: 's' }), task('d', { size: 'm' })] };
    expect(planMatrix(plan, { maxShards: 2 }).include).toEqual([{ shard: '1', tasks: 'a' }, { shard: '2', tasks: 'b,c,d' }]);
    expect(planMatrix(plan, { maxShards: 10 }).include).toHaveLength(4);
    expect(() => planMatrix(plan, { maxShards: 0 })).toThrow(/maxShards/);
  });

  it('PL-034 ordering refuses graphs that validation rejects', () => {
    expect(() => topologicalOrder({ tasks: [task('a', { dependsOn: ['b'] }), task('b', { dependsOn: ['a'] })] })).toThrow(/cycle \(a → b → a\)/);
    expect(() => topologicalOrder({ tasks: [task('a', { dependsOn: ['zz'] })] })).toThrow(/unknown task "zz"/);
    expect(() => topologicalOrder({ tasks: [task('a'), task('a')] })).toThrow(DrydockError);
    expect(planMatrix({ tasks: [] })).toEqual({ include: [] });
  });
});
