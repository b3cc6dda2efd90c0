import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReports } from '../../../src/adapters/reports/read-reports.js';
import type { ReportFormat, TestTotals } from '../../../src/core/reports/test-report.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'reports');

// [file, detected format, executions in the file, totals after folding]; counted by hand from the sources in fixtures/reports/sources.
const EXPECTED: ReadonlyArray<readonly [string, ReportFormat, number, TestTotals]> = [
  ['node-test-junit.xml', 'junit-xml', 9, { tests: 9, passed: 4, failed: 3, errored: 0, skipped: 2, flaky: 0 }],
  ['node-test.tap', 'tap', 9, { tests: 9, passed: 4, failed: 3, errored: 0, skipped: 2, flaky: 0 }],
  ['vitest-junit.xml', 'junit-xml', 8, { tests: 8, passed: 3, failed: 3, errored: 0, skipped: 2, flaky: 0 }],
  ['vitest.json', 'jest-json', 8, { tests: 8, passed: 3, failed: 3, errored: 0, skipped: 2, flaky: 0 }],
  // jest-junit writes a todo test as a plain (passing) test case and leaves out the suite that failed to load.
  ['jest-junit.xml', 'junit-xml', 7, { tests: 7, passed: 3, failed: 3, errored: 0, skipped: 1, flaky: 0 }],
  ['jest.json', 'jest-json', 8, { tests: 8, passed: 1, failed: 3, errored: 1, skipped: 2, flaky: 1 }],
  ['pytest-xunit1.xml', 'junit-xml', 10, { tests: 10, passed: 3, failed: 4, errored: 1, skipped: 2, flaky: 0 }],
  ['pytest-xunit2.xml', 'junit-xml', 10, { tests: 10, passed: 3, failed: 4, errored: 1, skipped: 2, flaky: 0 }],
  ['mocha.json', 'mocha-json', 6, { tests: 6, passed: 1, failed: 2, errored: 1, skipped: 2, flaky: 0 }],
  ['go-test.json', 'go-test-json', 9, { tests: 9, passed: 3, failed: 4, errored: 1, skipped: 1, flaky: 0 }],
  ['rspec.json', 'rspec-json', 5, { tests: 5, passed: 1, failed: 2, errored: 0, skipped: 2, flaky: 0 }],
  ['hand-written/surefire-reruns.xml', 'junit-xml', 6, { tests: 6, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 2 }],
  ['hand-written/gradle-retry.xml', 'junit-xml', 4, { tests: 3, passed: 2, failed: 0, errored: 0, skipped: 0, flaky: 1 }],
  ['hand-written/phpunit.xml', 'junit-xml', 5, { tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1, flaky: 0 }],
  ['hand-written/swift-xunit.xml', 'junit-xml', 3, { tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1, flaky: 0 }],
  ['hand-written/playwright-junit.xml', 'junit-xml', 3, { tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1, flaky: 0 }],
  ['hand-written/dotnet-junit-logger.xml', 'junit-xml', 3, { tests: 3, passed: 1, failed: 1, errored: 0, skipped: 1, flaky: 0 }],
  ['hand-written/go-junit-report.xml', 'junit-xml', 4, { tests: 4, passed: 1, failed: 2, errored: 0, skipped: 1, flaky: 0 }],
  ['hand-written/gotestsum-junit.xml', 'junit-xml', 3, { tests: 3, passed: 1, failed: 1, errored: 1, skipped: 0, flaky: 0 }],
  ['hand-written/dotnet.trx', 'trx', 6, { tests: 6, passed: 2, failed: 2, errored: 1, skipped: 1, flaky: 0 }],
  ['hand-written/nunit3.xml', 'nunit3', 5, { tests: 5, passed: 2, failed: 1, errored: 1, skipped: 1, flaky: 0 }],
  ['hand-written/dart.json', 'dart-json', 4, { tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1, flaky: 0 }],
  ['hand-written/tap14-subtests.tap', 'tap', 7, { tests: 7, passed: 3, failed: 2, errored: 0, skipped: 2, flaky: 0 }],
];

async function read(file: string) {
  return readReports({ root: FIXTURES, patterns: [file], sourceRoot: '/tmp/reports-runners' });
}

function failure(result: Awaited<ReturnType<typeof read>>, id: string) {
  const found = result.failures.find((outcome) => outcome.id === id);
  if (found === undefined) throw new Error(`no failure ${id} among ${result.failures.map((outcome) => outcome.id).join(', ')}`);
  return found;
}

describe('report fixtures from real runners and documented formats', () => {
  it.each(EXPECTED)('%s: detected as %s, %i executions, exact totals', async (file, format, executions, totals) => {
    const result = await read(file);
    expect(result.files).toEqual([{ path: file, format, tests: executions }]);
    expect(result.totals).toEqual(totals);
    expect(result.failures).toHaveLength(totals.failed + totals.errored + totals.flaky);
    for (const outcome of result.failures) expect(outcome.signature).toMatch(/\S/);
  });

  it('all fixtures at once: files are listed in path order and totals add up', async () => {
    const result = await readReports({ root: FIXTURES, patterns: ['*.{xml,json,tap}', 'hand-written/*'] });
    expect(result.files.map((file) => file.path)).toEqual(EXPECTED.map(([file]) => file).sort());
    const { tests, passed, failed, errored, skipped, flaky } = result.totals;
    expect(passed + failed + errored + skipped + flaky).toBe(tests);
    expect(result.unmatchedPatterns).toEqual([]);
  });

  it('node:test JUnit: file made relative, line taken from the stack, message and signature normalized', async () => {
    const result = await read('node-test-junit.xml');
    const throws = failure(result, 'math.nested::throws');
    expect(throws).toMatchObject({ suite: 'math.nested', name: 'throws', file: 'nodetest/math.test.mjs', line: 10, status: 'failed' });
    expect(throws.message).toBe('bad value 0x1f at /tmp/abc123/file.txt');
    expect(throws.signature).toBe('bad value <hex> at <tmp> @ TestContext.<anonymous> (nodetest/math.test.mjs)');
  });

  it('node:test TAP gives the same ids, places and messages as its JUnit report', async () => {
    const tap = await read('node-test.tap');
    const junit = await read('node-test-junit.xml');
    const place = (outcomes: typeof tap.failures) => outcomes.map((outcome) => [outcome.name, outcome.file, outcome.line, outcome.message?.split('\n')[0]]);
    expect(place(tap.failures)).toEqual(place(junit.failures));
    expect(tap.failures.map((outcome) => outcome.id)).toEqual(['math::subtracts wrongly', 'math > nested::throws', 'with subtests::sub fails']);
  });

  it('pytest: setup errors are errors, ANSI escapes (written as #x1B by pytest) are removed', async () => {
    const result = await read('pytest-xunit1.xml');
    expect(failure(result, 'test_math::test_uses_broken_fixture').status).toBe('errored');
    const printed = failure(result, 'test_math::test_prints_then_fails');
    expect(printed.message).not.toContain("#x1B");
    expect(printed.message).not.toContain(String.fromCharCode(27));
    expect(printed.message).toContain('+ bold');
    expect(failure(result, 'test_math.TestNested::test_param[2]').line).toBe(25);
  });

  it('pytest xunit2 has no file or line attributes and still gives the same ids', async () => {
    const one = await read('pytest-xunit1.xml');
    const two = await read('pytest-xunit2.xml');
    expect(two.failures.map((outcome) => outcome.id)).toEqual(one.failures.map((outcome) => outcome.id));
    expect(failure(two, 'test_math::test_subtracts_wrongly').file).toBeUndefined();
  });

  it('Jest JSON: a retried test that passed is flaky; a suite that failed to load is one errored entry', async () => {
    const result = await read('jest.json');
    const flaky = failure(result, 'js/jestproj/math.test.js::flaky passes on retry');
    expect(flaky).toMatchObject({ flaky: true, status: 'passed', attempts: ['failed', 'passed'] });
    expect(failure(result, 'js/jestproj/broken.test.js::(file)')).toMatchObject({ status: 'errored', message: '● Test suite failed to run' });
    const uuid = result.failures.find((outcome) => outcome.name.startsWith('request id'));
    expect(uuid?.line).toBe(2);
  });

  it('Mocha JSON: a failing hook is an error of its own', async () => {
    const result = await read('mocha.json');
    const hook = failure(result, 'with failing hook::"before all" hook for "never runs"');
    expect(hook).toMatchObject({ status: 'errored', message: 'database unavailable on port 5432' });
    expect(hook.signature).toBe('database unavailable on port <n> @ Context.<anonymous> (math.spec.js)');
  });

  it('go test -json: message and place from the test output, parent of a failing subtest, package that did not build', async () => {
    const result = await read('go-test.json');
    expect(failure(result, 'example.com/mathx::TestSubtractWrongly')).toMatchObject({ file: 'mathx_test.go', line: 13, message: 'expected 1, got 2' });
    expect(failure(result, 'example.com/mathx::TestTable').message).toBe('a subtest failed');
    expect(failure(result, 'example.com/mathx::TestPanics').message).toMatch(/^panic: runtime error: index out of range/);
    expect(failure(result, 'example.com/mathx/broken::(package)')).toMatchObject({ status: 'errored', message: 'the package failed: build failed' });
  });

  it('RSpec JSON: exception class and message, file and line', async () => {
    const result = await read('rspec.json');
    expect(failure(result, 'math nested::raises')).toMatchObject({ file: 'spec/math_spec.rb', line: 19, message: 'TypeError: bad value 0x1f at /tmp/abc123/file.txt' });
  });

  it('Surefire: flakyFailure/flakyError make a flaky pass, rerunFailure/rerunError a failure with all its executions', async () => {
    const result = await read('hand-written/surefire-reruns.xml');
    expect(failure(result, 'com.example.OrderServiceTest::retriesPayment')).toMatchObject({ flaky: true, attempts: ['failed', 'passed'], message: 'expected: <200> but was: <503>' });
    expect(failure(result, 'com.example.OrderServiceTest::warmsCache')).toMatchObject({ flaky: true, attempts: ['errored', 'errored', 'passed'] });
    expect(failure(result, 'com.example.OrderServiceTest::cancelsOrder')).toMatchObject({ flaky: false, status: 'failed', attempts: ['failed', 'failed', 'failed'] });
    const database = failure(result, 'com.example.OrderServiceTest::connectsToDatabase');
    expect(database).toMatchObject({ status: 'errored', attempts: ['errored', 'errored'] });
    // Project frames first: the JDK frame is left out.
    expect(database.signature).toBe('Connection refused: localhost/<ip>:<n> @ com.example.db.Pool.open (Pool.java) < com.example.OrderServiceTest.connectsToDatabase (OrderServiceTest.java)');
  });

  it('Gradle retry: the same test case twice folds into one flaky test with the failure kept', async () => {
    const result = await read('hand-written/gradle-retry.xml');
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ id: 'com.example.CartTest::computesTotal()', flaky: true, status: 'passed', attempts: ['failed', 'passed'] });
    expect(result.failures[0]!.message).toContain('expected: <10.5> but was: <10.499999>');
  });

  it('PHPUnit: the message comes from the body, not the exception type or the test name', async () => {
    const result = await read('hand-written/phpunit.xml');
    expect(failure(result, 'App.Tests.PriceTest::testRoundsHalfUp')).toMatchObject({ message: 'Failed asserting that 1.0 is identical to 2.0.', file: '/app/tests/PriceTest.php', line: 18 });
  });

  it('go-junit-report: "Failed" is replaced by the first line of the output', async () => {
    const result = await read('hand-written/go-junit-report.xml');
    expect(failure(result, 'example.com/mathx::TestSubtractWrongly').message).toBe('mathx_test.go:13: expected 1, got 2');
  });

  it('TRX: class names from TestDefinitions written after Results, data rows counted instead of their parent, Timeout is an error', async () => {
    const result = await read('hand-written/dotnet.trx');
    expect(result.failures.map((outcome) => [outcome.id, outcome.status])).toEqual([
      ['Shop.Tests.BasketTests::AppliesDiscount', 'failed'],
      ['Shop.Tests.CsvTests::ParsesRows (x,2)', 'failed'],
      ['Shop.Tests.SlowTests::TimesOut', 'errored'],
    ]);
    expect(result.failures[0]).toMatchObject({ message: 'Assert.AreEqual failed. Expected:<90>. Actual:<100>.', stdout: 'discount service: 10% requested' });
  });

  it('NUnit 3: label Error is an error; the skip reason is read', async () => {
    const result = await read('hand-written/nunit3.xml');
    expect(failure(result, 'Shop.Tests.CsvTests::Parses("x")').status).toBe('errored');
    expect(failure(result, 'Shop.Tests.BasketTests::AppliesDiscount').stack).toContain('BasketTests.cs:line 27');
  });

  it('Dart JSON: hidden loading tests do not count; errors and prints are kept for failures', async () => {
    const result = await read('hand-written/dart.json');
    const total = failure(result, 'test/cart_test.dart::Cart computes the total');
    expect(total).toMatchObject({ status: 'failed', file: '/work/app/test/cart_test.dart', line: 10, stdout: 'total so far: 10.499999' });
    expect(failure(result, 'test/cart_test.dart::Cart talks to the server').status).toBe('errored');
  });

  it('TAP 14: a parent whose subtests failed is a suite; a parent failing on its own (a hook) is a failure', async () => {
    const result = await read('hand-written/tap14-subtests.tap');
    expect(result.failures.map((outcome) => outcome.id)).toEqual(['parser::reads strings', '::setup']);
    expect(result.failures[0]).toMatchObject({ file: 'test/parser.js', line: 42, message: 'expected "abc" but got "ab"' });
  });
});
