import { describe, expect, it } from 'vitest';
import { rankFiles } from '../../../src/core/context/rank-files.js';
import { fixtureIndex } from './support/index-fixture.js';

const FILES = {
  'src/billing/invoice-total.ts': {
    content: 'export function invoiceTotal(lines: Line[]): number { return lines.reduce((sum, line) => sum + line.amount, 0); }',
    imports: ['./line.js'],
    symbols: [{ name: 'invoiceTotal', kind: 'function' as const, exported: true }],
  },
  'src/billing/line.ts': { content: 'export interface Line { amount: number; description: string }', symbols: [{ name: 'Line', kind: 'interface' as const, exported: true }] },
  'src/billing/report.ts': { content: 'import { invoiceTotal } from "./invoice-total.js"; export function printReport() {}', imports: ['./invoice-total.js'] },
  'src/shipping/parcel.ts': { content: 'export function parcelWeight(): number { return 3; }' },
  'src/shipping/label.ts': { content: 'export function printLabel(): string { return "label"; }' },
  'docs/guide.md': { content: 'How to use the shipping module.' },
};

describe('rankFiles', () => {
  it('CT-030 puts the file named and declared for the goal first', () => {
    const ranked = rankFiles(fixtureIndex(FILES), 'Fix rounding in the invoice total');
    expect(ranked[0]?.path).toBe('src/billing/invoice-total.ts');
    expect(ranked[0]?.signals.lexical).toBeGreaterThan(0);
  });

  it('CT-031 pulls in import neighbours in both directions, even without a lexical match', () => {
    const ranked = rankFiles(fixtureIndex(FILES), 'invoice total');
    const line = ranked.find((entry) => entry.path === 'src/billing/line.ts');
    const report = ranked.find((entry) => entry.path === 'src/billing/report.ts');
    expect(line?.signals.lexical).toBe(0);
    expect(line?.signals.imports).toBeGreaterThan(0);
    expect(report?.signals.imports).toBeGreaterThan(0);
    // The dependency is worth more than the dependent (dependentFactor < 1) … and the unrelated file is absent.
    expect(ranked.some((entry) => entry.path === 'src/shipping/parcel.ts')).toBe(false);
  });

  it('CT-032 boosts files that changed together with the top hits, and breaks near-ties by churn', () => {
    const commits = [
      { paths: ['src/billing/invoice-total.ts', 'src/shipping/label.ts'] },
      { paths: ['src/billing/invoice-total.ts', 'src/shipping/label.ts'] },
      { paths: ['src/shipping/label.ts'] },
    ];
    const ranked = rankFiles(fixtureIndex(FILES, commits), 'invoice total');
    const label = ranked.find((entry) => entry.path === 'src/shipping/label.ts');
    const parcel = ranked.find((entry) => entry.path === 'src/shipping/parcel.ts');
    expect(label?.signals.coChange).toBeGreaterThan(0);
    expect(parcel).toBeUndefined();
    expect(label?.signals.churnFactor).toBeCloseTo(1.1, 5);
  });

  it('CT-033 is deterministic and orders equal scores by path', () => {
    const index = fixtureIndex({ 'b/widget.ts': { content: 'widget' }, 'a/widget.ts': { content: 'widget' }, 'c/widget.ts': { content: 'widget' } });
    const first = rankFiles(index, 'widget');
    expect(first.map((entry) => entry.path)).toEqual(['a/widget.ts', 'b/widget.ts', 'c/widget.ts']);
    expect(rankFiles(index, 'widget')).toEqual(first);
  });

  it('CT-034 returns nothing for a goal of stop words only', () => {
    expect(rankFiles(fixtureIndex(FILES), 'the and of it')).toEqual([]);
  });
});
