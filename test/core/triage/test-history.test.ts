import { describe, expect, it } from 'vitest';
import { foldHistory, isFlakyByHistory, type HistoryRun } from '../../../src/core/triage/test-history.js';

function run(index: number, tests: HistoryRun['tests']): HistoryRun {
  return { runId: String(100 + index), createdAt: `2026-11-0${index}T10:00:00Z`, tests };
}

describe('foldHistory', () => {
  it('counts failures and flips per test over runs, oldest first whatever the input order', () => {
    const runs = [
      run(3, { a: { status: 'failed' }, b: { status: 'passed' } }),
      run(1, { a: { status: 'passed' }, b: { status: 'passed' } }),
      run(2, { a: { status: 'failed' }, b: { status: 'passed', flaky: true }, c: { status: 'skipped' } }),
      run(4, { a: { status: 'passed' }, b: { status: 'passed' } }),
    ];
    const history = foldHistory(runs);
    expect(history.get('a')).toEqual({
      id: 'a',
      runs: 4,
      failures: 2,
      flips: 2,
      failureRate: 0.5,
      flipRate: 0.5,
      lastFailedAt: '2026-11-03T10:00:00Z',
      lastSeenAt: '2026-11-04T10:00:00Z',
      failedLastRun: false,
    });
    expect(history.get('b')).toMatchObject({ runs: 4, failures: 1, flips: 2, flipRate: 0.5 });
    expect(history.has('c')).toBe(false);
    expect(isFlakyByHistory(history.get('a'), { minRuns: 4, flipRate: 0.2 })).toBe(true);
    expect(isFlakyByHistory(history.get('a'), { minRuns: 5, flipRate: 0.2 })).toBe(false);
  });

  it('does not call a test that always fails flaky', () => {
    const history = foldHistory([run(1, { a: { status: 'failed' } }), run(2, { a: { status: 'failed' } }), run(3, { a: { status: 'errored' } })]);
    expect(history.get('a')).toMatchObject({ failureRate: 1, flipRate: 0, failedLastRun: true });
    expect(isFlakyByHistory(history.get('a'), { minRuns: 2, flipRate: 0.1 })).toBe(false);
  });
});
