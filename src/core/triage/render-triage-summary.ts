import { codeSpan, formatInteger, markdownText } from '../markdown-text.js';
import { fitSummary, STEP_SUMMARY_LIMIT_BYTES } from './fit-summary.js';
import type { ClusterSummary, TriageResult } from './triage-result.js';

/** Bytes the triage body may use: the limit less room for the stage header the runner adds. */
export const TRIAGE_SUMMARY_BYTES = STEP_SUMMARY_LIMIT_BYTES - 64 * 1024;

/** Report files listed one by one. */
const MAX_LISTED_REPORTS = 20;

const VERDICT_LINES = {
  pass: 'No test failed.',
  'flaky-only': 'Only flaky tests failed; nothing points at the change.',
  regression: 'Tests fail because of a regression.',
  infra: 'Tests fail because of the machine (infrastructure), not the code.',
} as const;

function fence(text: string, language: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}\n${text}\n${marks}`;
}

function clusterBlock(cluster: ClusterSummary): string {
  const classes = Object.entries(cluster.classes).map(([name, count]) => `${name} ${count}`).join(', ');
  const lines = [
    `#### Cluster ${codeSpan(cluster.id, 20)} — ${formatInteger(cluster.size)} test(s), ${formatInteger(cluster.newFailures)} new (${classes})`,
    '',
    `Signature: ${codeSpan(cluster.signature, 300)}`,
    '',
    `Tests: ${cluster.tests.slice(0, 10).map((id) => codeSpan(id, 150)).join(', ')}${cluster.size > 10 ? `, … ${formatInteger(cluster.size - 10)} more` : ''}`,
  ];
  const diagnosis = cluster.diagnosis;
  if (diagnosis === undefined) {
    if (cluster.diagnosisSkipped !== undefined) lines.push('', `_No diagnosis: ${markdownText(cluster.diagnosisSkipped, 300)}_`);
    return lines.join('\n');
  }
  lines.push('', `**Diagnosis** (${diagnosis.category}, confidence ${diagnosis.confidence.toFixed(2)}): ${markdownText(diagnosis.rootCause, 2000)}`);
  if (diagnosis.evidence.length > 0) {
    lines.push('', 'Evidence:', ...diagnosis.evidence.map((reference) => `- ${codeSpan(`${reference.file}:${reference.line}`, 300)} ${markdownText(reference.note, 300)}`));
  }
  if (diagnosis.droppedEvidence.length > 0) {
    lines.push('', `Dropped ${diagnosis.droppedEvidence.length} reference(s) that do not exist: ${diagnosis.droppedEvidence.map((dropped) => `${codeSpan(dropped.reference, 200)} (${markdownText(dropped.reason, 100)})`).join(', ')}`);
  }
  const fix = diagnosis.fix;
  if (fix !== undefined) {
    const status =
      fix.status === 'offered'
        ? `Fix validated: the failing tests pass with it and nothing else that ran broke${fix.pushed ? '; pushed to the branch' : '; not pushed (policy does not let the triager push)'}.`
        : `Fix ${fix.status === 'rejected' ? 'rejected' : 'not validated'}: ${markdownText(fix.reason ?? '', 500)}`;
    lines.push('', status);
    if (fix.status === 'offered') lines.push('', '<details><summary>Proposed fix</summary>', '', fence(fix.diff, 'diff'), '', '</details>');
  }
  return lines.join('\n');
}

/** The triage summary, under the size limit (blocks past it are left out, in order). */
export function renderTriageSummary(result: TriageResult, maxBytes: number = TRIAGE_SUMMARY_BYTES): string {
  const { counts, totals } = result;
  const head = [
    `### Test triage: ${result.verdict}`,
    '',
    VERDICT_LINES[result.verdict],
    '',
    '| tests | passed | failed | errored | skipped | flaky | regressions | infra | clusters |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${[totals.tests, totals.passed, totals.failed, totals.errored, totals.skipped, counts.flaky, counts.regressions, counts.infra, counts.clusters].map(formatInteger).join(' | ')} |`,
  ];
  if (result.logInfra !== undefined) head.push('', `The job's logs show an infrastructure failure (${result.logInfra.kind}): ${codeSpan(result.logInfra.excerpt, 200)}.`);
  if (counts.likelyUnrelated > 0) head.push('', `${formatInteger(counts.likelyUnrelated)} regression(s) touch no file of the change: likely unrelated to it.`);
  if (result.reports.length === 0) head.push('', '_No report file matched the patterns._');
  else {
    head.push('', 'Reports:');
    for (const report of result.reports.slice(0, MAX_LISTED_REPORTS)) {
      head.push(`- ${codeSpan(report.path, 200)}: ${report.format}, ${formatInteger(report.tests)} test case(s)${report.error === undefined ? '' : ` — ${markdownText(report.error, 300)}`}`);
    }
    if (result.reports.length > MAX_LISTED_REPORTS) head.push(`- … ${formatInteger(result.reports.length - MAX_LISTED_REPORTS)} more`);
  }
  const blocks = [head.join('\n'), ...result.clusters.map(clusterBlock)];
  const flaky = result.failures.filter((failure) => failure.classification === 'flaky');
  if (flaky.length > 0) {
    blocks.push(
      [
        '#### Flaky',
        '',
        '| test | evidence | re-runs | flip rate |',
        '|---|---|---|---:|',
        ...flaky.map(
          (failure) =>
            `| ${codeSpan(failure.id, 200, { inTable: true })} | ${failure.flakyBy ?? ''} | ${failure.reruns.map((attempt) => attempt.status).join(', ')} | ${failure.history === undefined ? '—' : failure.history.flipRate.toFixed(2)} |`,
        ),
      ].join('\n'),
    );
  }
  return fitSummary(blocks, maxBytes).markdown;
}
