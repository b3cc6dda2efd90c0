import { describe, expect, it } from 'vitest';
import { collectLook, counterIncrease, fillSelector, finiteSamples, isEmptyObservation, quantile } from '../../../src/core/canary/observations.js';
import type { MetricsSource } from '../../../src/core/ports/metrics-source.js';

const series = (...values: number[]) => ({ labels: {}, samples: values.map((value, index) => [index, value] as const) });

describe('observations', () => {
  it('OB-001 fills every {selector}', () => {
    expect(fillSelector('a{{selector}} / b{{selector},code="5xx"}', 'track="canary"')).toBe('a{track="canary"} / b{track="canary",code="5xx"}');
  });

  it('OB-002 counter increase sums series, skips NaN and survives a reset', () => {
    expect(counterIncrease([series(10, 15, Number.NaN, 20), series(100, 3, 8)])).toBe(10 + 8);
    expect(counterIncrease([series(Number.NaN)])).toBeUndefined();
    expect(counterIncrease([])).toBeUndefined();
  });

  it('OB-003 NaN and infinities are not samples; empty is no data', () => {
    expect(finiteSamples([series(1, Number.NaN, Number.POSITIVE_INFINITY, 2)])).toEqual([1, 2]);
    expect(isEmptyObservation([])).toBe(true);
    expect(isEmptyObservation([Number.NaN])).toBe(true);
    expect(isEmptyObservation({ events: 0, trials: 0 })).toBe(true);
    expect(isEmptyObservation({ events: 0, trials: 10 })).toBe(false);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it('OB-004 a failing query leaves the metric without data for that arm and is recorded', async () => {
    const source: MetricsSource = {
      kind: 'test',
      async queryRange(query) {
        if (query.query.includes('canary')) throw new Error('connection refused');
        return [series(1, 2, 3)];
      },
    };
    const look = await collectLook([{ name: 'latency', source: 's', query: 'latency{{selector}}' }], { s: { source, baseline: 'baseline', canary: 'canary' } }, {
      start: new Date(0),
      end: new Date(1000),
      stepSeconds: 1,
    });
    expect(look.baseline.latency).toEqual([1, 2, 3]);
    expect(look.canary.latency).toEqual([]);
    expect(look.failures).toEqual([{ metric: 'latency', arm: 'canary', message: 'connection refused' }]);
  });
});
