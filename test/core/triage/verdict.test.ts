import { describe, expect, it } from 'vitest';
import { classifyFailure, type FailureFacts } from '../../../src/core/triage/classify-failure.js';
import { decideVerdict } from '../../../src/core/triage/verdict.js';
import { failingOutcome } from './outcome-fixture.js';
import { triaged } from './triaged-fixture.js';

const totals = (flaky = 0) => ({ tests: 10, passed: 8, failed: 2, errored: 0, skipped: 0, flaky });

function facts(fields: Partial<FailureFacts>): FailureFacts {
  return {
    outcome: failingOutcome({ name: 't' }),
    signature: 's',
    cluster: 'c-1',
    reruns: [],
    change: { relation: 'unrelated', files: [], lines: [] },
    flakyThresholds: { minRuns: 3, flipRate: 0.2 },
    ...fields,
  };
}

describe('classifyFailure', () => {
  it('puts infrastructure first, then flaky evidence, then regression', () => {
    const passed = { status: 'passed' as const, exitCode: 0, durationMs: 1 };
    const failed = { status: 'failed' as const, exitCode: 1, durationMs: 1 };
    const infra = { kind: 'out-of-memory' as const, pattern: 'p', excerpt: 'e' };
    expect(classifyFailure(facts({ reruns: [passed], infra })).classification).toBe('infra');
    expect(classifyFailure(facts({ reruns: [failed, passed] }))).toMatchObject({ classification: 'flaky', flakyBy: 'rerun' });
    const history = { id: 't', runs: 5, failures: 2, flips: 3, failureRate: 0.4, flipRate: 0.6, lastSeenAt: 'x', failedLastRun: true };
    expect(classifyFailure(facts({ history }))).toMatchObject({ classification: 'flaky', flakyBy: 'history', new: false });
    // Re-runs that all fail outweigh a flaky history.
    expect(classifyFailure(facts({ history, reruns: [failed, failed] }))).toMatchObject({ classification: 'regression', likelyUnrelated: true });
  });
});

describe('decideVerdict', () => {
  it('says regression, infra, flaky-only or pass, with counts', () => {
    expect(decideVerdict([triaged({ id: 'a' }), triaged({ id: 'b', classification: 'infra' })], totals(), 2)).toMatchObject({ verdict: 'regression', counts: { failed: 2, regressions: 1, infra: 1 } });
    expect(decideVerdict([triaged({ id: 'b', classification: 'infra' }), triaged({ id: 'c', classification: 'flaky' })], totals(), 2).verdict).toBe('infra');
    expect(decideVerdict([triaged({ id: 'c', classification: 'flaky', flakyBy: 'rerun' })], totals(), 1)).toMatchObject({ verdict: 'flaky-only', counts: { flaky: 1 } });
    expect(decideVerdict([], totals(2), 0)).toMatchObject({ verdict: 'flaky-only', counts: { flaky: 2, failed: 0 } });
    expect(decideVerdict([], totals(), 0).verdict).toBe('pass');
    expect(decideVerdict([triaged({ id: 'u', likelyUnrelated: true })], totals(), 1).counts.likelyUnrelated).toBe(1);
  });
});
