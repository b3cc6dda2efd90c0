import { describe, expect, it } from 'vitest';
import { assembleContext } from '../../../src/core/context/assemble-context.js';
import { rankFiles } from '../../../src/core/context/rank-files.js';
import { selectWithinBudget } from '../../../src/core/context/select-within-budget.js';
import { fixtureIndex, wordCounter } from './support/index-fixture.js';

const sizes: Record<string, number> = { a: 40, b: 70, c: 20, d: 50, e: 10 };
const candidates = Object.keys(sizes).map((path, index) => ({ path, score: 10 - index }));
const measure = (candidate: { path: string }, remaining: number): number | undefined => {
  const tokens = sizes[candidate.path] as number;
  return tokens <= remaining ? tokens : undefined;
};

describe('selectWithinBudget', () => {
  it('CT-040 takes whole files best first, skips one that does not fit and keeps going', () => {
    const selection = selectWithinBudget(candidates, 100, measure);
    expect(selection.files.map((file) => file.path)).toEqual(['a', 'c', 'e']);
    expect(selection.tokens).toBe(70);
    expect(selection.skipped).toBe(2);
  });

  it('CT-041 fills the budget exactly when the sizes allow, and never exceeds it', () => {
    expect(selectWithinBudget(candidates, 120, measure).tokens).toBe(120);
    for (let budget = 0; budget <= 200; budget += 7) expect(selectWithinBudget(candidates, budget, measure).tokens).toBeLessThanOrEqual(budget);
  });

  it('CT-042 stops once nothing is left', () => {
    let measured = 0;
    selectWithinBudget(candidates, 40, (candidate, remaining) => {
      measured += 1;
      return measure(candidate, remaining);
    });
    expect(measured).toBe(1);
  });
});

describe('assembleContext', () => {
  const index = fixtureIndex({
    'src/invoice.ts': { content: 'invoice '.repeat(30), symbols: [{ name: 'Invoice', kind: 'class', exported: true }] },
    'src/invoice-view.ts': { content: 'invoice view '.repeat(20) },
    'src/other.ts': { content: 'other' },
  });
  const ranked = rankFiles(index, 'invoice');
  const contents = new Map([
    ['src/invoice.ts', 'invoice '.repeat(30)],
    ['src/invoice-view.ts', 'invoice view '.repeat(20)],
  ]);

  it('CT-043 counts the map inside the budget, at most a tenth of it', () => {
    const assembled = assembleContext({ index, ranked, budgetTokens: 500, contents, tokenCounter: wordCounter });
    expect(assembled.map.tokens).toBeGreaterThan(0);
    expect(assembled.map.tokens).toBeLessThanOrEqual(50);
    expect(assembled.map.text).toContain('src/ (3)');
    expect(assembled.map.text).toContain('src/invoice.ts: class Invoice');
    expect(assembled.tokens).toBe(assembled.map.tokens + assembled.files.reduce((total, file) => total + file.tokens, 0));
    expect(assembled.files.map((file) => file.path)).toEqual(['src/invoice.ts', 'src/invoice-view.ts']);
  });

  it('CT-044 leaves the map out when even its smallest form does not fit its share', () => {
    const assembled = assembleContext({ index, ranked, budgetTokens: 35, contents, tokenCounter: wordCounter });
    expect(assembled.map).toEqual({ text: '', tokens: 0 });
    expect(assembled.files.map((file) => file.path)).toEqual(['src/invoice.ts']);
    expect(assembled.tokens).toBe(30);
  });
});
