import { describe, expect, it } from 'vitest';
import { failureSignature, normalizeFailureMessage, parseStackFrames, topFrames } from '../../../src/core/reports/failure-signature.js';

describe('normalizeFailureMessage', () => {
  it.each([
    ['expected 42 but got 17', 'expected <n> but got <n>'],
    ['pointer 0xdeadBEEF freed twice', 'pointer <hex> freed twice'],
    ['commit 3f9a1c2b7e4d not found', 'commit <hex> not found'],
    ['request 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b rejected', 'request <uuid> rejected'],
    ['at 2026-12-06T09:57:15.027Z the job stopped', 'at <time> the job stopped'],
    ['run on 2026-12-06 at 09:57:15', 'run on <date> at <time>'],
    ['cannot open /tmp/pytest-of-root/pytest-3/test_x0/data.json', 'cannot open <tmp>'],
    ['cannot open /var/folders/xy/abc123/T/data.json', 'cannot open <tmp>'],
    ['cannot open C:\\Users\\ci\\AppData\\Local\\Temp\\abc\\data.json', 'cannot open <tmp>'],
    ["expected 'alice' to equal \"bob\"", "expected '<v>' to equal \"<v>\""],
    ["it doesn't match `value`", "it doesn't match `<v>`"],
    ['connect ECONNREFUSED 127.0.0.1:5432', 'connect ECONNREFUSED <ip>:<n>'],
    ['  many\n\n   spaces\tand lines ', 'many spaces and lines'],
  ])('%j → %j', (message, normalized) => {
    expect(normalizeFailureMessage(message)).toBe(normalized);
  });

  it('keeps identifiers that contain digits', () => {
    expect(normalizeFailureMessage('test123 failed in v2 module')).toBe('test123 failed in v2 module');
  });
});

describe('stack frames', () => {
  it('reads JavaScript, Python, JVM, .NET, Go, Ruby and Dart frames and marks library frames', () => {
    const frames = parseStackFrames(
      [
        '    at Object.toBe (/work/app/src/cart.test.ts:9:19)',
        '    at Promise.then (/work/app/node_modules/jest-circus/build/index.js:1:1)',
        '    at node:internal/process/task_queues:95:5',
        '  File "/work/app/tests/test_cart.py", line 12, in test_total',
        '  File "/usr/lib/python3/site-packages/_pytest/runner.py", line 99, in call',
        '\tat com.example.Cart.total(Cart.java:33)',
        '\tat org.junit.jupiter.api.Assertions.fail(Assertions.java:10)',
        '   at Shop.Cart.Total() in /src/Shop/Cart.cs:line 27',
        '    cart_test.go:14: expected 2',
        "./spec/cart_spec.rb:19:in `block (2 levels) in <top (required)>'",
        'test/cart_test.dart 12:7  main.<fn>.<fn>',
      ].join('\n'),
    );
    expect(frames.map((frame) => [frame.file, frame.line, frame.project])).toEqual([
      ['/work/app/src/cart.test.ts', 9, true],
      ['/work/app/node_modules/jest-circus/build/index.js', 1, false],
      ['node:internal/process/task_queues', 95, false],
      ['/work/app/tests/test_cart.py', 12, true],
      ['/usr/lib/python3/site-packages/_pytest/runner.py', 99, false],
      ['Cart.java', 33, true],
      ['Assertions.java', 10, false],
      ['/src/Shop/Cart.cs', 27, true],
      ['cart_test.go', 14, true],
      ['./spec/cart_spec.rb', 19, true],
      ['test/cart_test.dart', 12, true],
    ]);
  });

  it('prefers project frames, and falls back to the first frames when there are none', () => {
    const frames = parseStackFrames('at a (/x/node_modules/lib/a.js:1:1)\nat b (/work/src/b.ts:2:2)\nat c (/x/node_modules/lib/c.js:3:3)');
    expect(topFrames(frames).map((frame) => frame.function)).toEqual(['b']);
    const libraryOnly = parseStackFrames('at a (/x/node_modules/lib/a.js:1:1)\nat c (node:internal/x:3:3)');
    expect(topFrames(libraryOnly).map((frame) => frame.function)).toEqual(['a', 'c']);
  });
});

describe('failureSignature', () => {
  it('is the same for the same cause in different runs, places and values', () => {
    const first = failureSignature({
      message: 'Timeout after 5000 ms waiting for /tmp/run-1/socket (request 3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b)',
      stack: 'Error: Timeout\n    at connect (/home/runner/work/app/app/src/db.ts:40:11)\n    at Object.<anonymous> (/home/runner/work/app/app/test/db.test.ts:12:5)',
    });
    const second = failureSignature({
      message: 'Timeout after 3000 ms waiting for /tmp/run-2/socket (request 00000000-1111-2222-3333-444444444444)',
      stack: 'Error: Timeout\n    at connect (/Users/me/app/src/db.ts:41:11)\n    at Object.<anonymous> (/Users/me/app/test/db.test.ts:13:5)',
    });
    expect(first).toBe(second);
    expect(first).toBe('Timeout after <n> ms waiting for <tmp> (request <uuid>) @ connect (src/db.ts) < Object.<anonymous> (test/db.test.ts)');
  });

  it('differs for a different cause, and uses the first stack line when there is no message', () => {
    expect(failureSignature({ message: 'expected 1' })).not.toBe(failureSignature({ message: 'connection reset' }));
    expect(failureSignature({ stack: '\n  AssertionError: boom\n    at f (/w/a.js:1:1)' })).toBe('AssertionError: boom @ f (w/a.js)');
    expect(failureSignature({})).toBe('(no message)');
  });
});
