import { describe, expect, it } from 'vitest';
import { clusterFailures } from '../../../src/core/triage/cluster-failures.js';
import { failureKey, normalizeFailureMessage } from '../../../src/core/triage/failure-key.js';
import { failingOutcome } from './outcome-fixture.js';

describe('clusterFailures', () => {
  it('groups 200 tests failing on one cause into one cluster, ahead of smaller ones', () => {
    const database = Array.from({ length: 200 }, (_, index) =>
      failingOutcome({
        name: `reads order ${index}`,
        file: `test/orders-${index % 7}.test.ts`,
        message: `connect ECONNREFUSED 127.0.0.1:${5432 + (index % 3)} after ${index} ms`,
        stack: `Error: connect ECONNREFUSED\n    at connect (src/db/pool.ts:${40 + (index % 2)}:11)\n    at openOrders (src/orders/repository.ts:12:5)\n    at node:internal/process/task_queues:95:5`,
      }),
    );
    const parser = [
      failingOutcome({ name: 'parses dates', message: "expected '2024-01-01' to equal '2024-01-02'", stack: 'at parseDate (src/date.ts:3:1)' }),
      failingOutcome({ name: 'parses times', message: "expected '10:00' to equal '11:00'", stack: 'at parseTime (src/date.ts:9:1)' }),
    ];
    const lone = failingOutcome({ name: 'renders', message: 'TypeError: x is undefined', stack: 'at render (src/view.ts:1:1)' });
    const clusters = clusterFailures([lone, ...parser, ...database]);
    expect(clusters.map((cluster) => cluster.failures.length)).toEqual([200, 2, 1]);
    expect(clusters[0]!.signature).toBe('connect ECONNREFUSED <n>.<n>.<n>.<n>:<n> after <n> ms | src/db/pool.ts | src/orders/repository.ts');
    expect(clusters[0]!.id).toMatch(/^c-[0-9a-f]{10}$/);
  });

  it('orders clusters of equal size by new failures, then by signature, the same way every time', () => {
    const old = failingOutcome({ name: 'old', message: 'old failure' });
    const fresh = failingOutcome({ name: 'fresh', message: 'fresh failure' });
    const clusters = clusterFailures([old, fresh], { isNew: (failure) => failure.name === 'fresh' });
    expect(clusters.map((cluster) => [cluster.signature, cluster.newFailures])).toEqual([
      ['fresh failure', 1],
      ['old failure', 0],
    ]);
    expect(clusterFailures([fresh, old], { isNew: (failure) => failure.name === 'fresh' }).map((cluster) => cluster.id)).toEqual(clusters.map((cluster) => cluster.id));
  });

  it('tells causes apart by absolute frame paths too, and ignores dependency frames', () => {
    const at = (file: string) => failingOutcome({ name: file, message: 'boom', stack: `Error: boom\n    at f (/home/runner/work/app/app/${file}:3:1)\n    at /home/runner/work/app/app/node_modules/x/index.js:1:1` });
    const clusters = clusterFailures([at('src/a.ts'), at('src/b.ts'), at('src/a.ts')]);
    expect(clusters.map((cluster) => [cluster.signature, cluster.failures.length])).toEqual([
      ['boom | /home/runner/work/app/app/src/a.ts', 2],
      ['boom | /home/runner/work/app/app/src/b.ts', 1],
    ]);
  });

  it("uses the reader's signature when there is one", () => {
    expect(failureKey(failingOutcome({ name: 'a', message: 'anything', signature: 'sig-1' }))).toBe('sig-1');
  });

  it('replaces hex ids, quoted values, temporary paths and numbers in messages', () => {
    expect(normalizeFailureMessage("Object 0xdeadbeef at /tmp/run-8812/x.json: expected \"abc\" got 'def' (42)")).toBe(
      'Object <hex> at <tmp> expected <value> got <value> (<n>)',
    );
  });
});
