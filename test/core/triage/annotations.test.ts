import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../../src/core/triage/annotations.js';
import { triaged } from './triaged-fixture.js';

describe('selectAnnotations', () => {
  it('keeps to 10 errors and 10 warnings, new failures first and one per cluster before the rest', () => {
    const big = Array.from({ length: 30 }, (_, index) => triaged({ id: `big-${index}`, cluster: 'c-big', file: 'test/big.test.js', line: index + 1, new: index >= 25 }));
    const small = [triaged({ id: 'small', cluster: 'c-small', new: false, message: 'boom\nsecond line' })];
    const flaky = Array.from({ length: 12 }, (_, index) => triaged({ id: `flaky-${index}`, cluster: 'c-flaky', classification: 'flaky', reruns: [{ status: 'passed', exitCode: 0, durationMs: 5 }] }));
    const chosen = selectAnnotations([...big, ...small, ...flaky], ['c-big', 'c-flaky', 'c-small']);
    const errors = chosen.filter((annotation) => annotation.level === 'error');
    const warnings = chosen.filter((annotation) => annotation.level === 'warning');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    // The first new failure of the big cluster leads, the old one of the small cluster still gets in,
    // then the other new failures, then the old ones in report order.
    expect(errors.map((annotation) => annotation.location.title)).toEqual([
      'New failure: big-25',
      'Failure: small',
      'New failure: big-26',
      'New failure: big-27',
      'New failure: big-28',
      'New failure: big-29',
      'Failure: big-0',
      'Failure: big-1',
      'Failure: big-2',
      'Failure: big-3',
    ]);
    expect(errors[0]!.location).toEqual({ file: 'test/big.test.js', line: 26, title: 'New failure: big-25' });
    expect(errors[1]!.message).toBe('boom second line (cluster c-small)');
    expect(warnings[0]!.message).toBe('failed (re-runs: passed; cluster c-flaky)');
  });

  it('respects a smaller job-wide total', () => {
    const many = Array.from({ length: 8 }, (_, index) => triaged({ id: `t${index}`, cluster: `c${index}` }));
    expect(selectAnnotations(many, [], { errors: 10, warnings: 10, total: 3 })).toHaveLength(3);
  });
});
