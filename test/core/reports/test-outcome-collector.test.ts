import { describe, expect, it } from 'vitest';
import { TestOutcomeCollector } from '../../../src/core/reports/test-outcome-collector.js';
import type { TestCaseResult, TestStatus } from '../../../src/core/reports/test-report.js';

function execution(id: string, status: TestStatus, extra: Partial<TestCaseResult> = {}): TestCaseResult {
  return { id, suite: 'suite', name: id, status, ...extra };
}

describe('TestOutcomeCollector', () => {
  it('counts each test once, in exactly one of passed, failed, errored, skipped or flaky', () => {
    const collector = new TestOutcomeCollector();
    collector.add(execution('a', 'passed'));
    collector.add(execution('a', 'passed'));
    collector.add(execution('b', 'failed', { message: 'first' }));
    collector.add(execution('b', 'passed'));
    collector.add(execution('c', 'errored', { message: 'crash 1' }));
    collector.add(execution('c', 'errored', { message: 'crash 2' }));
    collector.add(execution('d', 'skipped'));
    collector.add(execution('e', 'passed', { retries: ['failed', 'failed'], message: 'retried' }));
    collector.add(execution('f', 'passed'));
    collector.add(execution('f', 'failed', { message: 'failed on the rerun' }));
    const result = collector.result();
    expect(result.totals).toEqual({ tests: 6, passed: 1, failed: 0, errored: 1, skipped: 1, flaky: 3 });
    expect(result.failures.map((outcome) => [outcome.id, outcome.status, outcome.flaky, outcome.attempts, outcome.message])).toEqual([
      ['b', 'passed', true, ['failed', 'passed'], 'first'],
      ['c', 'errored', false, ['errored', 'errored'], 'crash 2'],
      ['e', 'passed', true, ['failed', 'failed', 'passed'], 'retried'],
      ['f', 'failed', true, ['passed', 'failed'], 'failed on the rerun'],
    ]);
    expect(result.failures.every((outcome) => typeof outcome.signature === 'string')).toBe(true);
    expect(result.failuresOmitted).toBe(0);
  });

  it('keeps details for at most maxFailures tests; the rest still count', () => {
    const collector = new TestOutcomeCollector({ maxFailures: 2 });
    for (let index = 0; index < 5; index += 1) collector.add(execution(`t${index}`, 'failed', { stack: 'x'.repeat(1000) }));
    const result = collector.result();
    expect(result.totals.failed).toBe(5);
    expect(result.failures.map((outcome) => outcome.id)).toEqual(['t0', 't1']);
    expect(result.failuresOmitted).toBe(3);
  });
});
