import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reports');

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'drydock-triage-cli-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('drydock triage', () => {
  it('--json prints exactly the documented shape', async () => {
    const output = await runCli(['triage', '--report', 'hand-written/gradle-retry.xml', '--report', 'hand-written/swift-xunit.xml', '--root', FIXTURES, '--json']);
    expect(output.exitCode).toBe(0);
    expect(output.stderr).toBe('');
    expect(JSON.parse(output.stdout)).toEqual({
      totals: { tests: 6, passed: 3, failed: 1, errored: 0, skipped: 1, flaky: 1 },
      failures: [
        {
          id: 'com.example.CartTest::computesTotal()',
          suite: 'com.example.CartTest',
          name: 'computesTotal()',
          file: null,
          line: null,
          status: 'flaky',
          message: 'org.opentest4j.AssertionFailedError: expected: <10.5> but was: <10.499999>',
          signature: 'org.opentest4j.AssertionFailedError: expected: <<n>> but was: <<n>> @ app//com.example.CartTest.computesTotal (CartTest.java)',
        },
        {
          id: 'CalculatorTests.CalculatorTests::testDivideByZero',
          suite: 'CalculatorTests.CalculatorTests',
          name: 'testDivideByZero',
          file: null,
          line: null,
          status: 'failed',
          message: 'XCTAssertEqual failed: ("inf") is not equal to ("0.0")',
          signature: 'XCTAssertEqual failed: ("<v>") is not equal to ("<v>")',
        },
      ],
      files: [
        { path: 'hand-written/gradle-retry.xml', format: 'junit-xml', tests: 4, error: null },
        { path: 'hand-written/swift-xunit.xml', format: 'junit-xml', tests: 3, error: null },
      ],
    });
  });

  it('prints a readable summary without --json; an absolute pattern inside the root is accepted', async () => {
    const output = await runCli(['triage', '--report', path.join(FIXTURES, 'pytest-xunit1.xml'), '--root', FIXTURES]);
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toContain('Tests: 10 (3 passed, 4 failed, 1 errored, 2 skipped, 0 flaky) from 1 report file(s)');
    expect(output.stdout).toContain('  ERRORED test_math › test_uses_broken_fixture  (test_math.py:35)');
    expect(output.stdout).toContain('  pytest-xunit1.xml  junit-xml  10 test case(s)');
  });

  it('exits 2 when a report is truncated or a pattern matches nothing, still printing what was read', async () => {
    await writeFile(path.join(root, 'cut.xml'), '<testsuite><testcase classname="c" name="kept"/><testcase');
    const output = await runCli(['triage', '--report', '*.xml', '--report', 'none/*.xml', '--root', root, '--json']);
    expect(output.exitCode).toBe(2);
    const json = JSON.parse(output.stdout) as { totals: { tests: number }; files: Array<{ error: string | null }> };
    expect(json.totals.tests).toBe(1);
    expect(json.files[0]!.error).toMatch(/^line 1, column \d+: the file ends inside <testsuite>: truncated$/);
    expect(output.stderr).toContain("no report file matches 'none/*.xml'");
    expect(output.stderr).toContain('cut.xml: line 1');
  });

  it('exits 64 on usage errors', async () => {
    expect((await runCli(['triage'])).exitCode).toBe(64);
    expect((await runCli(['triage', '--report', ''])).exitCode).toBe(64);
    expect((await runCli(['triage', '--report', '*.xml', '--budget', '3'])).exitCode).toBe(64);
    expect((await runCli(['triage', '--report', '/elsewhere/*.xml', '--root', root])).exitCode).toBe(64);
    expect((await runCli(['triage', '--report', '../*.xml', '--root', root])).exitCode).toBe(64);
    expect((await runCli(['journal', 'verify', 'x', '--report', 'a'])).exitCode).toBe(64);
  });
});
