import { describe, expect, it } from 'vitest';
import { fitSummary } from '../../../src/core/triage/fit-summary.js';
import { renderTriageSummary } from '../../../src/core/triage/render-triage-summary.js';
import type { TriageResult } from '../../../src/core/triage/triage-result.js';

describe('fitSummary', () => {
  it('keeps whole blocks in order while they fit and says how many were left out', () => {
    const blocks = ['# head', 'a'.repeat(400), 'b'.repeat(400), 'c'.repeat(400)];
    const fitted = fitSummary(blocks, 1000);
    expect(fitted.omitted).toBe(1);
    expect(fitted.markdown).toBe(
      `# head\n\n${'a'.repeat(400)}\n\n${'b'.repeat(400)}\n\n_1 more section(s) left out to keep the summary under GitHub's size limit; the triage artifact has everything._`,
    );
    expect(new TextEncoder().encode(fitted.markdown).length).toBeLessThanOrEqual(1000);
    expect(fitSummary(blocks, 10_000)).toEqual({ markdown: blocks.join('\n\n'), omitted: 0 });
  });

  it('keeps a generated 5,000-cluster triage summary under 1 MiB, the same every time', () => {
    const clusters = Array.from({ length: 5000 }, (_, index) => ({
      id: `c-${String(index).padStart(10, '0')}`,
      signature: `Error ${index}: ${'x'.repeat(250)}`,
      size: 3,
      newFailures: 1,
      classes: { regression: 3 },
      tests: [`suite::test ${index} a`, `suite::test ${index} b`, `suite::test ${index} c`],
    }));
    const result: TriageResult = {
      version: 1,
      mode: 'triage',
      verdict: 'regression',
      counts: { failed: 15_000, flaky: 0, regressions: 15_000, infra: 0, likelyUnrelated: 0, clusters: 5000 },
      totals: { tests: 20_000, passed: 5000, failed: 15_000, errored: 0, skipped: 0, flaky: 0 },
      reports: [{ path: 'reports/junit.xml', format: 'junit-xml', tests: 20_000 }],
      clusters,
      failures: [],
      tests: {},
      testsComplete: false,
    };
    const markdown = renderTriageSummary(result);
    const size = new TextEncoder().encode(markdown).length;
    expect(size).toBeLessThan(1024 * 1024 - 64 * 1024 + 1);
    expect(size).toBeGreaterThan(900 * 1024);
    expect(markdown).toMatch(/_\d+ more section\(s\) left out to keep the summary under GitHub's size limit/);
    expect(renderTriageSummary(result)).toBe(markdown);
  });
});
