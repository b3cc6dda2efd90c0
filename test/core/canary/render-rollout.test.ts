import { describe, expect, it } from 'vitest';
import { renderMetricChart, renderRollout } from '../../../src/core/canary/render-rollout.js';
import type { LookRecord, RolloutRecord } from '../../../src/core/canary/rollout-types.js';

function look(index: number, canaryMean: number | null): LookRecord {
  return {
    index,
    at: '2026-01-01T00:00:00.000Z',
    window: { start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:01:00.000Z' },
    result: {
      verdict: canaryMean !== null && canaryMean > 120 ? 'fail' : 'pass',
      score: 100,
      reason: 'ok </details> <script>',
      metrics: [{ name: 'latency', classification: canaryMean === null ? 'nodata' : 'pass', effect: 0.01, ci: [-0.02, 0.04], detail: 'mann-whitney | p=0.4' }],
    },
    telemetry: [
      { name: 'latency', kind: 'continuous', baseline: { count: 10, mean: 100, p50: 100, p95: 110 }, canary: { count: canaryMean === null ? 0 : 10, mean: canaryMean, p50: canaryMean, p95: canaryMean } },
      { name: 'errors', kind: 'rate', baseline: { count: 1000, mean: 0.001, p50: null, p95: null, events: 1 }, canary: { count: 1000, mean: 0.05, p50: null, p95: null, events: 50 } },
    ],
    failures: [],
  };
}

describe('rollout summary', () => {
  it('RR-001 charts canary (line) against baseline (bars) per metric, leaving out looks without data', () => {
    const chart = renderMetricChart('latency', [
      { label: '10% #1', look: look(1, 101) },
      { label: '10% #2', look: look(2, null) },
      { label: '50% #1', look: look(1, 130) },
    ])!;
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "latency — bars baseline, line canary"',
      '  x-axis ["10% #1", "50% #1"]',
      '  y-axis "mean"',
      '  bar [100, 100]',
      '  line [101, 130]',
      '```',
    ]);
    expect(renderMetricChart('errors', [{ label: '10% #1', look: look(1, 100) }])).toContain('line [5]');
    expect(renderMetricChart('unknown', [{ label: '10% #1', look: look(1, 100) }])).toBeUndefined();
  });

  it('RR-002 tables, verdicts and the agent\'s reasons with untrusted text escaped', () => {
    const record: RolloutRecord = {
      version: 'v1`',
      status: 'rolled-back',
      weight: 0,
      nextStep: 0,
      deployed: true,
      steps: [
        {
          weight: 10,
          startedAt: '2026-01-01T00:00:00.000Z',
          looks: [look(1, 101)],
          extensions: 0,
          decisions: [
            {
              action: 'rollback',
              at: '2026-01-01T00:01:00.000Z',
              default: { action: 'continue', reason: 'the judge passed the canary' },
              proposal: { action: 'rollback', reasons: ['<img src=x> @oncall #12 ```'] },
              overridden: false,
              reason: 'the deployer chose the more cautious rollback over continue',
            },
          ],
        },
      ],
      rollback: { reason: 'the deployer chose the more cautious rollback', cause: 'verdict', at: '2026-01-01T00:01:00.000Z', succeeded: true, detail: 'exit code 0' },
    };
    const summary = renderRollout(record, { metricNames: ['latency'], deployment: 'production #7 (github)' });
    expect(summary).toContain('↩️ rolled back at 0% of traffic');
    expect(summary).toContain('| latency | mean 100, p95 110 (n=10) | mean 101, p95 101 (n=10) | 0.01 | [-0.02, 0.04] | ✅ pass | mann-whitney \\| p=0.4 |');
    expect(summary).toContain('ok &lt;/details&gt; &lt;script&gt;');
    expect(summary).toContain('&lt;img src=x&gt; @\u200doncall \\#\u200d12 \\`\\`\\`');
    expect(summary).not.toMatch(/<img|<script|<\/details>/);
    expect(summary).toContain('Deployer agent proposed **rollback**');
  });
});
