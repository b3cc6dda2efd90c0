import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFailures } from '../../../src/core/validators/output-failures.js';

// The parsers read the output of the real tools installed here (node:test, Vitest, tsc, ESLint,
// pytest), run on small failing projects generated below. Jest is not installed; its sample is
// written from Jest's documented default reporter format and says so.

const root = join(process.cwd(), 'node_modules', '.bin');
let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'drydock-parsers-'));
  writeFileSync(join(directory, 'package.json'), '{"type":"module"}');
  writeFileSync(
    join(directory, 'math.test.js'),
    "import test from 'node:test';\nimport assert from 'node:assert/strict';\ntest('adds two numbers', () => assert.equal(1 + 1, 3));\ntest('passes', () => {});\n",
  );
  writeFileSync(join(directory, 'vitest.test.ts'), "import { describe, it, expect } from 'vitest';\ndescribe('math', () => { it('adds', () => { expect(1 + 1).toBe(3); }); });\n");
  writeFileSync(join(directory, 'typed.ts'), "const count: number = 'seven';\nexport { count };\n");
  writeFileSync(join(directory, 'linted.js'), 'const unused = 1;\n');
  writeFileSync(join(directory, 'eslint.config.js'), "export default [{ files: ['**/*.js'], rules: { 'no-unused-vars': 'error' } }];\n");
  writeFileSync(join(directory, 'test_math.py'), 'def test_add():\n    assert 1 + 1 == 3\n');
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Runs a command that is expected to fail and returns what it printed. */
function failingOutput(argv: string[]): string {
  try {
    execFileSync(argv[0]!, argv.slice(1), { cwd: directory, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}\n${failed.stderr ?? ''}`;
  }
  throw new Error(`${argv.join(' ')} was expected to fail`);
}

describe('parseFailures on real tool output', { timeout: 120_000 }, () => {
  it('node:test, spec and TAP reporters', () => {
    const spec = parseFailures(failingOutput([join(root, 'node'), '--test', '--test-reporter=spec', 'math.test.js']));
    expect(spec).toEqual([{ tool: 'node-test', name: 'adds two numbers' }]);
    const tap = parseFailures(failingOutput([join(root, 'node'), '--test', '--test-reporter=tap', 'math.test.js']));
    expect(tap).toEqual([{ tool: 'node-test', name: 'adds two numbers' }]);
  });

  it('Vitest', () => {
    const output = failingOutput([join(root, 'node'), join(process.cwd(), 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--root', directory, 'vitest.test.ts']);
    expect(parseFailures(output)).toContainEqual({ tool: 'vitest', file: 'vitest.test.ts', name: 'math > adds' });
  });

  it('tsc, plain and pretty', () => {
    // A small lib keeps the compiler quick; the diagnostic format is the same.
    const tsc = (pretty: string) => failingOutput([join(root, 'tsc'), '--noEmit', '--lib', 'es5', '--skipLibCheck', '--pretty', pretty, 'typed.ts']);
    const plain = parseFailures(tsc('false'));
    expect(plain).toEqual([{ tool: 'tsc', file: 'typed.ts', line: 1, name: 'TS2322', message: "Type 'string' is not assignable to type 'number'." }]);
    expect(parseFailures(tsc('true'))).toEqual(plain);
  });

  it('ESLint stylish', () => {
    const output = failingOutput([join(root, 'eslint'), '--no-config-lookup', '--rule', '{"no-unused-vars":"error"}', 'linted.js']);
    expect(parseFailures(output)).toEqual([
      { tool: 'eslint', file: join(directory, 'linted.js'), line: 1, name: 'no-unused-vars', message: "'unused' is assigned a value but never used" },
    ]);
  });

  it('pytest', () => {
    const output = failingOutput(['python3', '-m', 'pytest', '-q', '-p', 'no:cacheprovider', 'test_math.py']);
    expect(parseFailures(output)).toEqual([{ tool: 'pytest', file: 'test_math.py', name: 'test_math.py::test_add', message: 'assert (1 + 1) == 3' }]);
  });

  it('Jest (hand-written sample of its default reporter)', () => {
    const sample = [' FAIL  src/math.test.js', '  math', '    ✕ adds two numbers (3 ms)', '', '  ● math › adds two numbers', '', '    expect(received).toBe(expected)'].join('\n');
    expect(parseFailures(sample)).toEqual([{ tool: 'jest', name: 'math > adds two numbers' }]);
  });

  it('caps the list and drops duplicates; unknown output gives nothing', () => {
    const many = Array.from({ length: 80 }, (_, index) => `not ok ${index + 1} - test ${index}`).join('\n');
    expect(parseFailures(many)).toHaveLength(50);
    expect(parseFailures('not ok 1 - same\nnot ok 2 - same')).toHaveLength(1);
    expect(parseFailures('Error: something broke\n  at x (y.js:1:1)')).toEqual([]);
  });
});
