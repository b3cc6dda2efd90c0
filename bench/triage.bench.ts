/**
 * Triage over many failures: clustering 100,000 failing tests (200 causes, stacks with frames),
 * history folded over 50 runs of 20,000 tests, and the summary fitted under 1 MiB for 10,000
 * clusters. Run with `npm run bench -- triage`.
 */
import type { TestOutcome } from '../src/core/reports/test-report.js';
import { clusterFailures } from '../src/core/triage/cluster-failures.js';
import { renderTriageSummary } from '../src/core/triage/render-triage-summary.js';
import { foldHistory, type HistoryRun } from '../src/core/triage/test-history.js';
import type { TriageResult } from '../src/core/triage/triage-result.js';
import { median, report, timeRuns } from './measure.js';

const FAILURES = 100_000;
const CAUSES = 200;
const RUNS = 5;

const failures: TestOutcome[] = Array.from({ length: FAILURES }, (_, index) => {
  const cause = index % CAUSES;
  return {
    id: `suite ${index % 500}::test ${index}`,
    suite: `suite ${index % 500}`,
    name: `test ${index}`,
    file: `test/area-${cause}/case-${index % 37}.test.ts`,
    status: 'failed',
    attempts: ['failed'],
    flaky: false,
    message: `expected ${index} to equal ${index + 1} in request 0x${(index * 7919).toString(16)} after ${index % 1000} ms (cause ${cause})`,
    stack: [
      `AssertionError: expected ${index} to equal ${index + 1}`,
      `    at check (/home/runner/work/app/app/src/area-${cause}/module.ts:${10 + (index % 5)}:7)`,
      `    at run (/home/runner/work/app/app/src/shared/runner-${cause % 10}.ts:40:3)`,
      '    at node:internal/process/task_queues:95:5',
    ].join('\n'),
  };
});

const clusterTimes = await timeRuns(() => clusterFailures(failures), RUNS);
const clusters = clusterFailures(failures).length;

const history: HistoryRun[] = Array.from({ length: 50 }, (_, run) => ({
  runId: String(run),
  createdAt: `2026-10-${String(1 + (run % 28)).padStart(2, '0')}T${String(run % 24).padStart(2, '0')}:00:00Z`,
  tests: Object.fromEntries(Array.from({ length: 20_000 }, (_, test) => [`test ${test}`, { status: (test + run) % 17 === 0 ? 'failed' : 'passed' } as const])),
}));
const historyTimes = await timeRuns(() => foldHistory(history), RUNS);

const result: TriageResult = {
  version: 1,
  mode: 'triage',
  verdict: 'regression',
  counts: { failed: 30_000, flaky: 0, regressions: 30_000, infra: 0, likelyUnrelated: 0, clusters: 10_000 },
  totals: { tests: 40_000, passed: 10_000, failed: 30_000, errored: 0, skipped: 0, flaky: 0 },
  reports: [{ path: 'reports/junit.xml', format: 'junit-xml', tests: 40_000 }],
  clusters: Array.from({ length: 10_000 }, (_, index) => ({
    id: `c-${String(index).padStart(10, '0')}`,
    signature: `Error ${index}: ${'x'.repeat(200)}`,
    size: 3,
    newFailures: 3,
    classes: { regression: 3 },
    tests: [`a ${index}`, `b ${index}`, `c ${index}`],
  })),
  failures: [],
  tests: {},
  testsComplete: false,
};
let summaryBytes = 0;
const summaryTimes = await timeRuns(() => {
  summaryBytes = new TextEncoder().encode(renderTriageSummary(result)).length;
}, RUNS);

report([
  { name: `cluster ${FAILURES.toLocaleString('en-US')} failures (${clusters} clusters)`, value: median(clusterTimes), unit: 'ms', goal: '< 5000', met: median(clusterTimes) < 5000 },
  { name: 'fold history: 50 runs x 20,000 tests', value: median(historyTimes), unit: 'ms', goal: '< 5000', met: median(historyTimes) < 5000 },
  { name: 'summary of 10,000 clusters, fitted', value: median(summaryTimes), unit: 'ms' },
  { name: 'summary size', value: summaryBytes / 1024, unit: 'KiB', goal: '< 1024', met: summaryBytes < 1024 * 1024 },
]);
