import { describe, expect, it } from 'vitest';
import { resolveJudgeConfig } from '../../../src/core/canary/judge-config.js';
import { judge, judgeLook } from '../../../src/core/canary/judge.js';
import { SeededRandom } from '../../../src/core/stats/seeded-random.js';

/** Repeated looks at accumulating A/A data: alpha spending keeps false alarms at alpha; naive looks do not. */

const LOOKS = 5;
const RUNS = 3000;
const TRIALS_PER_INTERVAL = 400;
const ERROR_RATE = 0.05;

function counts(random: SeededRandom): number[] {
  return Array.from({ length: LOOKS }, () => {
    let events = 0;
    for (let trial = 0; trial < TRIALS_PER_INTERVAL; trial += 1) if (random.next() < ERROR_RATE) events += 1;
    return events;
  });
}

function cumulative(events: readonly number[], look: number) {
  return { errors: { events: events.slice(0, look).reduce((sum, value) => sum + value, 0), trials: look * TRIALS_PER_INTERVAL } };
}

describe('judgeLook over repeated looks', () => {
  it('keeps the chance of any false rollback over five looks at alpha, where judging each look alone inflates it', () => {
    const config = resolveJudgeConfig({ alpha: 0.05, metrics: { errors: { kind: 'rate', allowedChange: 0 } } });
    const random = new SeededRandom(123);
    let sequentialAlarms = 0;
    let naiveAlarms = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const baseline = counts(random);
      const canary = counts(random);
      let sequential = false;
      let naive = false;
      for (let look = 1; look <= LOOKS; look += 1) {
        const before = cumulative(baseline, look);
        const after = cumulative(canary, look);
        if (judgeLook(before, after, config, { look, maxLooks: LOOKS }).verdict === 'fail') sequential = true;
        if (judge(before, after, config).verdict === 'fail') naive = true;
      }
      if (sequential) sequentialAlarms += 1;
      if (naive) naiveAlarms += 1;
    }
    const standardError = Math.sqrt((0.05 * 0.95) / RUNS);
    expect(sequentialAlarms / RUNS).toBeLessThan(0.05 + 3 * standardError);
    expect(naiveAlarms / RUNS).toBeGreaterThan(0.05 + 3 * standardError);
    expect(naiveAlarms).toBeGreaterThan(sequentialAlarms);
  });

  it("still stops a gross regression at the first of ten looks, which O'Brien-Fleming-type spending could not", () => {
    const baseline = { errors: { events: 5, trials: 1000 } };
    const canary = { errors: { events: 60, trials: 1000 } };
    const result = judgeLook(baseline, canary, resolveJudgeConfig({ metrics: { errors: { kind: 'rate' } } }), { look: 1, maxLooks: 10 });
    expect(result.verdict).toBe('fail');
    // Quadratic spending: alpha · t² = 0.01 · 0.1².
    expect(result.metrics[0]!.extra!.checks![0]!.threshold).toBeCloseTo(1e-4, 10);
    const strict = judgeLook(baseline, canary, resolveJudgeConfig({ spending: 'obrien-fleming', metrics: { errors: { kind: 'rate' } } }), { look: 1, maxLooks: 10 });
    expect(strict.metrics[0]!.extra!.checks![0]!.threshold).toBeLessThan(1e-12);
    expect(strict.verdict).toBe('pass');
  });
});
