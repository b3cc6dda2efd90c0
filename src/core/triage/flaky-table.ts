import { sha256 } from '../canonical-json.js';
import { codeSpan, formatInteger } from '../markdown-text.js';
import { isFlakyByHistory, type FlakyThresholds, type TestHistory } from './test-history.js';

/** One row of the flaky-test table. */
export interface FlakyTestRow {
  id: string;
  runs: number;
  failures: number;
  flipRate: number;
  failureRate: number;
  lastSeenAt: string;
  lastFailedAt?: string;
}

/** The flaky tests of the history, most flipping first, then most failing, then by id. */
export function flakyTable(histories: ReadonlyMap<string, TestHistory>, thresholds: FlakyThresholds): FlakyTestRow[] {
  return [...histories.values()]
    .filter((history) => isFlakyByHistory(history, thresholds))
    .map((history) => ({
      id: history.id,
      runs: history.runs,
      failures: history.failures,
      flipRate: history.flipRate,
      failureRate: history.failureRate,
      lastSeenAt: history.lastSeenAt,
      ...(history.lastFailedAt === undefined ? {} : { lastFailedAt: history.lastFailedAt }),
    }))
    .sort((left, right) => right.flipRate - left.flipRate || right.failureRate - left.failureRate || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}

/** The hidden marker that finds a flaky test's issue again: derived from the test id, so no id text can forge another's. */
export function flakyIssueMarker(testId: string): string {
  return `<!-- drydock:flaky-test:${sha256(testId).slice(0, 24)} -->`;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** Title and body of the issue for one flaky test. The test id is untrusted: it is shown as code only. */
export function flakyIssue(row: FlakyTestRow, workflow: string): { title: string; body: string; marker: string } {
  const marker = flakyIssueMarker(row.id);
  const title = `Flaky test: ${row.id.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').slice(0, 200)}`;
  const body = [
    marker,
    `The test ${codeSpan(row.id, 500)} flips between passing and failing in ${workflow}.`,
    '',
    '| runs | failures | flip rate | failure rate | last seen | last failed |',
    '|---:|---:|---:|---:|---|---|',
    `| ${formatInteger(row.runs)} | ${formatInteger(row.failures)} | ${percent(row.flipRate)} | ${percent(row.failureRate)} | ${row.lastSeenAt} | ${row.lastFailedAt ?? '—'} |`,
    '',
    '_Kept up to date by Drydock test-triage in scheduled mode; the numbers cover the runs it read. Quarantine or fix the test, then close this issue._',
  ].join('\n');
  return { title, body, marker };
}

/** The flaky-test table as Markdown. */
export function renderFlakyTable(rows: readonly FlakyTestRow[], runsRead: number, issues: ReadonlyMap<string, string>): string {
  if (rows.length === 0) return `### Flaky tests\n\nNo flaky test in the last ${formatInteger(runsRead)} run(s).`;
  return [
    '### Flaky tests',
    '',
    `${formatInteger(rows.length)} flaky test(s) in the last ${formatInteger(runsRead)} run(s).`,
    '',
    '| test | runs | flip rate | failure rate | last seen | issue |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((row) => `| ${codeSpan(row.id, 200, { inTable: true })} | ${formatInteger(row.runs)} | ${percent(row.flipRate)} | ${percent(row.failureRate)} | ${row.lastSeenAt} | ${issues.get(row.id) ?? '—'} |`),
  ].join('\n');
}
