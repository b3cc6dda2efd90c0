import { codeSpan, markdownText } from '../markdown-text.js';
import type { MetricJudgement } from './judge-types.js';
import type { ArmTelemetry, MetricTelemetry } from './observations.js';
import type { LookRecord, RolloutRecord, StepRecord } from './rollout-types.js';

/** Most looks drawn in one chart; older looks are left out beyond it. */
const MAX_CHART_POINTS = 40;

const STATUS_TEXT: Readonly<Record<RolloutRecord['status'], string>> = {
  'in-progress': '⏳ in progress',
  paused: '⏸️ paused',
  promoted: '✅ promoted',
  'rolled-back': '↩️ rolled back',
  'rollback-failed': '🛑 rollback failed',
};

const CLASSIFICATION_TEXT: Readonly<Record<MetricJudgement['classification'], string>> = {
  pass: '✅ pass',
  high: '🔺 high',
  low: '🔻 low',
  nodata: '⚪ no data',
};

/** A number for a table: 4 significant digits, `—` for none. */
function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Math.abs(value) >= 1e4 || (Math.abs(value) < 1e-3 && value !== 0) ? value.toExponential(2) : String(Number(value.toPrecision(4)));
}

function formatArm(metric: MetricTelemetry, arm: ArmTelemetry): string {
  if (arm.mean === null) return 'no data';
  if (metric.kind === 'rate') return `${formatNumber(arm.mean * 100)}% (${arm.events ?? 0}/${arm.count})`;
  return `mean ${formatNumber(arm.mean)}, p95 ${formatNumber(arm.p95)} (n=${arm.count})`;
}

/** The value charted for an arm: the event rate in percent, or the samples' mean. */
function chartValue(metric: MetricTelemetry, arm: ArmTelemetry): number | null {
  if (arm.mean === null || !Number.isFinite(arm.mean)) return null;
  return metric.kind === 'rate' ? arm.mean * 100 : arm.mean;
}

/** Text inside a quoted Mermaid xychart string: only plain characters survive. */
function chartText(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._%#()/:-]/g, '_').slice(0, 80);
}

/**
 * One Mermaid xychart per metric over every look of the rollout: bars are the baseline, the line
 * is the canary, so a canary drifting away from its baseline shows at a glance. Looks where either
 * arm had no data are left out of the chart (the tables say so).
 */
export function renderMetricChart(name: string, looks: ReadonlyArray<{ label: string; look: LookRecord }>): string | undefined {
  const points = looks
    .map(({ label, look }) => {
      const metric = look.telemetry.find((entry) => entry.name === name);
      if (metric === undefined) return undefined;
      const baseline = chartValue(metric, metric.baseline);
      const canary = chartValue(metric, metric.canary);
      return baseline === null || canary === null ? undefined : { label, baseline, canary, kind: metric.kind };
    })
    .filter((point) => point !== undefined)
    .slice(-MAX_CHART_POINTS);
  if (points.length === 0) return undefined;
  const unit = points[0]!.kind === 'rate' ? 'percent' : 'mean';
  const values = (key: 'baseline' | 'canary') => `[${points.map((point) => Number(point[key].toPrecision(4))).join(', ')}]`;
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${chartText(name)} — bars baseline, line canary"`,
    `  x-axis [${points.map((point) => `"${chartText(point.label)}"`).join(', ')}]`,
    `  y-axis "${unit}"`,
    `  bar ${values('baseline')}`,
    `  line ${values('canary')}`,
    '```',
  ].join('\n');
}

function renderStepTable(step: StepRecord): string[] {
  const last = step.looks.at(-1);
  if (last === undefined) return ['_No look of the judge in this step._'];
  const rows = last.result.metrics.map((metric) => {
    const telemetry = last.telemetry.find((entry) => entry.name === metric.name);
    const ci = metric.ci === null ? '—' : `[${formatNumber(metric.ci[0])}, ${formatNumber(metric.ci[1])}]`;
    return `| ${markdownText(metric.name, 80)}${metric.critical === true ? ' (critical)' : ''} | ${telemetry === undefined ? '—' : formatArm(telemetry, telemetry.baseline)} | ${telemetry === undefined ? '—' : formatArm(telemetry, telemetry.canary)} | ${formatNumber(metric.effect)} | ${ci} | ${CLASSIFICATION_TEXT[metric.classification]} | ${markdownText(metric.detail, 200)} |`;
  });
  return [
    `Look ${last.index} (${last.window.start} → ${last.window.end}): verdict **${last.result.verdict}**, score ${formatNumber(last.result.score)}. ${markdownText(last.result.reason, 300)}`,
    '',
    '| metric | baseline | canary | effect | CI | result | detail |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    ...(last.failures.length === 0 ? [] : ['', ...last.failures.map((failure) => `- ⚠️ ${markdownText(failure.metric, 80)} (${failure.arm}): ${markdownText(failure.message, 300)}`)]),
  ];
}

function renderDecisions(step: StepRecord): string[] {
  return step.decisions.flatMap((decision) => {
    const lines = [`- Decision: **${decision.action}** — ${markdownText(decision.reason, 400)}`];
    if (decision.proposal !== undefined) {
      lines.push(`  - Deployer agent proposed **${decision.proposal.action}**${decision.overridden ? ' (refused: less cautious than the judge allows)' : ''}:`);
      for (const reason of decision.proposal.reasons) lines.push(`    - ${markdownText(reason, 500)}`);
    }
    return lines;
  });
}

/** The canary part of the step summary: status, charts per metric, and per step a table and the decisions. */
export function renderRollout(record: RolloutRecord, options: { metricNames: readonly string[]; deployment?: string }): string {
  const lines = [
    '### Canary deploy',
    '',
    `Version ${codeSpan(record.version, 200)}: ${STATUS_TEXT[record.status]} at ${record.weight}% of traffic.${options.deployment === undefined ? '' : ` Deployment: ${markdownText(options.deployment, 200)}.`}`,
  ];
  if (record.pauseReason !== undefined) lines.push('', `Paused: ${markdownText(record.pauseReason, 400)}`);
  if (record.rollback !== undefined) {
    lines.push('', `Rollback (${record.rollback.cause}): ${markdownText(record.rollback.reason, 400)} — ${record.rollback.succeeded ? 'the rollback command succeeded' : `the rollback command failed: ${markdownText(record.rollback.detail, 300)}`}.`);
  }
  const looks = record.steps.flatMap((step) => step.looks.map((look) => ({ label: `${step.weight}% #${look.index}`, look })));
  const charts = options.metricNames.map((name) => renderMetricChart(name, looks)).filter((chart) => chart !== undefined);
  if (charts.length > 0) lines.push('', '#### Canary against baseline', '', ...charts.flatMap((chart) => [chart, '']));
  record.steps.forEach((step, index) => {
    lines.push('', `#### Step ${index + 1}: ${step.weight}%${step.extensions > 0 ? ` (baked ${step.extensions + 1} times)` : ''}`, '', ...renderStepTable(step), '', ...renderDecisions(step));
  });
  return lines.join('\n');
}
