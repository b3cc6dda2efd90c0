import { describe, expect, it } from 'vitest';
import { ownFrames, stackFrames } from '../../../src/core/triage/stack-frames.js';

describe('stackFrames', () => {
  it('reads JavaScript, Python, JVM, Go and .NET frames, relative to the repository (runtime frames without a file name are passed over)', () => {
    const stack = [
      'TypeError: a.plus is not a function',
      '    at add (file:///home/runner/work/app/app/src/math.js:2:12)',
      '    at TestContext.<anonymous> (file:///home/runner/work/app/app/test/math.test.js:6:16)',
      '    at Test.run (node:internal/test_runner/test:1402:25)',
      '  File "app/orders.py", line 41, in total',
      '\tat com.acme.Orders.total(Orders.java:88)',
      '    /home/runner/work/app/app/pkg/orders/orders_test.go:17 +0x1d',
      '   at Acme.Orders.Total() in C:\\src\\Orders.cs:line 12',
      '    at /home/runner/work/app/app/node_modules/pg/lib/client.js:100:5',
    ].join('\n');
    expect(stackFrames(stack, ['/home/runner/work/app/app']).map((frame) => `${frame.file}:${frame.line}`)).toEqual([
      'src/math.js:2',
      'test/math.test.js:6',
      'app/orders.py:41',
      'Orders.java:88',
      'pkg/orders/orders_test.go:17',
      'C:/src/Orders.cs:12',
      'node_modules/pg/lib/client.js:100',
    ]);
    expect(ownFrames(stack, ['/home/runner/work/app/app']).map((frame) => frame.file)).toEqual(['src/math.js', 'test/math.test.js', 'app/orders.py', 'Orders.java', 'pkg/orders/orders_test.go', 'C:/src/Orders.cs']);
  });
});
