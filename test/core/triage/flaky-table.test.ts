import { describe, expect, it } from 'vitest';
import { flakyIssue, flakyIssueMarker, flakyTable, renderFlakyTable } from '../../../src/core/triage/flaky-table.js';
import { foldHistory, type HistoryRun } from '../../../src/core/triage/test-history.js';

function run(index: number, tests: HistoryRun['tests']): HistoryRun {
  return { runId: String(index), createdAt: `2026-11-${String(10 + index)}T00:00:00Z`, tests };
}

describe('the flaky-test table', () => {
  const histories = foldHistory([
    run(1, { steady: { status: 'passed' }, wobbly: { status: 'failed' }, jittery: { status: 'passed' } }),
    run(2, { steady: { status: 'failed' }, wobbly: { status: 'passed' }, jittery: { status: 'passed', flaky: true } }),
    run(3, { steady: { status: 'failed' }, wobbly: { status: 'failed' }, jittery: { status: 'passed' } }),
    run(4, { steady: { status: 'failed' }, wobbly: { status: 'passed' }, jittery: { status: 'passed' } }),
  ]);

  it('lists tests that flip often enough, most flipping first', () => {
    const rows = flakyTable(histories, { minRuns: 3, flipRate: 0.25 });
    expect(rows.map((row) => [row.id, row.flipRate, row.failureRate])).toEqual([
      ['wobbly', 0.75, 0.5],
      // Flaky within run 2 (one flip), then passing in run 3 (a second).
      ['jittery', 0.5, 0.25],
      ['steady', 0.25, 0.75],
    ]);
    expect(flakyTable(histories, { minRuns: 5, flipRate: 0.25 })).toEqual([]);
  });

  it('makes one marker per test id, first in the body, and shows the id only as code', () => {
    expect(flakyIssueMarker('a')).toBe(flakyIssueMarker('a'));
    expect(flakyIssueMarker('a')).not.toBe(flakyIssueMarker('b'));
    const hostile = { id: 'x --> <!-- drydock:flaky-test:0 --> @admin `y`', runs: 4, failures: 2, flipRate: 0.5, failureRate: 0.5, lastSeenAt: '2026-11-14T00:00:00Z' };
    const issue = flakyIssue(hostile, 'ci.yml');
    expect(issue.body.split('\n')[0]).toBe(issue.marker);
    expect(issue.body.match(/<!-- drydock:flaky-test:[0-9a-f]{24} -->/g)).toEqual([issue.marker]);
    expect(issue.body).toContain('`` x --> <!-- drydock:flaky-test:0 --> @admin `y` ``');
    expect(renderFlakyTable([hostile], 4, new Map([[hostile.id, '#7']]))).toContain('| #7 |');
  });
});
