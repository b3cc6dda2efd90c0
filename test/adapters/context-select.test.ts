import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectContext, type ContextSelection } from '../../src/adapters/context-select.js';
import { InputError } from '../../src/core/errors.js';
import { commitFiles, git, writeFiles } from './support/git-repository.js';

/**
 * CS: retrieval end to end on a real git repository in a temporary directory: imports, history,
 * .gitignore, protected files, the real tokenizer and the cache directory.
 */

const INVOICE_TOTAL = `import { type Line, lineAmount } from './line.js';
import { roundCurrency } from '../shared/currency.js';

/** The total of an invoice: the sum of its lines, rounded once at the end. */
export function computeInvoiceTotal(lines: readonly Line[]): number {
  return roundCurrency(lines.reduce((sum, line) => sum + lineAmount(line), 0));
}
`;

const FILES: Record<string, string> = {
  'src/billing/invoice-total.ts': INVOICE_TOTAL,
  'src/billing/line.ts': 'export interface Line { quantity: number; unitPrice: number }\nexport function lineAmount(line: Line): number { return line.quantity * line.unitPrice; }\n',
  'src/billing/report.ts': "import { computeInvoiceTotal } from './invoice-total.js';\nexport function printReport(): string { return String(computeInvoiceTotal([])); }\n",
  'src/shared/currency.ts': 'export function roundCurrency(value: number): number { return Math.round(value * 100) / 100; }\n',
  'src/config/settings.ts': 'export const SETTINGS = { region: "eu", retries: 3 };\n',
  'src/shipping/parcel.ts': 'export function parcelWeight(grams: number): number { return grams / 1000; }\n',
  'src/shipping/label.ts': 'export function printLabel(address: string): string { return address.toUpperCase(); }\n',
  'README.md': '# Shop\n\nBilling and shipping for the shop.\n',
  '.gitignore': 'generated/\n',
};

let base: string;
let repository: string;
let cacheDirectory: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-context-')));
  repository = path.join(base, 'repository');
  cacheDirectory = path.join(base, 'cache');
  await writeFiles(repository, {});
  git(base, ['init', '--quiet', '--initial-branch=main', repository]);
  await commitFiles(repository, FILES, 'Initial shop', '2026-01-01T12:00:00Z');
  // The settings change with the invoice total every time: a co-change no import or word reveals.
  for (let day = 2; day <= 4; day += 1) {
    await commitFiles(
      repository,
      { 'src/billing/invoice-total.ts': `${INVOICE_TOTAL}// revision ${day}\n`, 'src/config/settings.ts': `export const SETTINGS = { region: "eu", retries: ${day} };\n` },
      `Tune totals ${day}`,
      `2026-01-0${day}T12:00:00Z`,
    );
  }
  await commitFiles(repository, { 'src/shipping/label.ts': 'export function printLabel(address: string): string { return address.trim(); }\n' }, 'Labels', '2026-01-05T12:00:00Z');
  // Ignored and protected files that mention the goal more than anything: neither may be selected.
  await writeFiles(repository, {
    'generated/invoice-total-copy.ts': 'export function computeInvoiceTotal() { /* invoice total invoice total */ }\n',
    '.env': 'INVOICE_TOTAL_SECRET=hunter2\n',
    'assets/invoice-total.blob': 'invoice total\u0000\u0001\u0002 invoice total',
    'assets/invoice-total.png': 'invoice total, not really an image',
    'data/invoice-total-dump.txt': 'invoice total '.repeat(80_000),
  });
}, 60_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const GOAL = 'Fix rounding of the invoice total';

function paths(selection: ContextSelection): string[] {
  return selection.files.map((file) => file.path);
}

describe('selectContext on a real repository', () => {
  let selection: ContextSelection;

  beforeAll(async () => {
    selection = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: 4000, cacheDirectory });
  });

  it('CS-001 puts the obviously relevant file first', () => {
    expect(paths(selection)[0]).toBe('src/billing/invoice-total.ts');
    expect(selection.index.source).toBe('built');
    expect(selection.index.head).toMatch(/^[0-9a-f]{40}$/);
    expect(selection.index.history).toEqual({ available: true, commits: 5 });
  });

  it('CS-002 pulls in import neighbours: what the top file imports and what imports it', () => {
    expect(paths(selection)).toEqual(expect.arrayContaining(['src/billing/line.ts', 'src/shared/currency.ts', 'src/billing/report.ts']));
  });

  it('CS-003 boosts a file that changed together with the top hit', () => {
    expect(paths(selection)).toContain('src/config/settings.ts');
    const settings = selection.files.findIndex((file) => file.path === 'src/config/settings.ts');
    const label = selection.files.findIndex((file) => file.path === 'src/shipping/label.ts');
    expect(label === -1 || settings < label).toBe(true);
  });

  it('CS-004 leaves out gitignored, protected, binary and over-1-MiB files', () => {
    expect(paths(selection).some((file) => file.startsWith('generated/') || file === '.env' || file.startsWith('assets/') || file.startsWith('data/'))).toBe(false);
    expect(selection.index.report?.indexed).toBe(Object.keys(FILES).length);
    // One binary by its NUL bytes, one by its extension.
    expect(selection.index.report).toMatchObject({ protected: 1, binary: 2, tooLarge: 1 });
    expect(selection.map.text).not.toContain('generated');
  });

  it('CS-005 counts every part with the real o200k_base tokenizer and stays within the budget', async () => {
    for (const budget of [40, 120, 300, 700, 4000]) {
      const result = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: budget, cacheDirectory });
      const recounted = result.files.reduce((total, file) => total + countTokens(file.content, { disallowedSpecial: new Set() }), 0);
      const mapTokens = result.map.text === '' ? 0 : countTokens(result.map.text);
      expect(result.files.every((file) => file.tokens === countTokens(file.content))).toBe(true);
      expect(result.map.tokens).toBe(mapTokens);
      expect(result.tokens).toBe(recounted + mapTokens);
      expect(result.tokens).toBeLessThanOrEqual(budget);
    }
  });

  it('CS-006 takes a budget that exactly fits the map and the best file to the token', async () => {
    const probe = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: 4000, cacheDirectory });
    const top = probe.files[0]!;
    // With the same map share, a budget of map + top file leaves exactly the top file's tokens for files.
    for (let budget = top.tokens; budget < top.tokens + 400; budget += 1) {
      const result = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: budget, cacheDirectory });
      if (result.tokens === budget) {
        expect(result.files[0]?.path).toBe(top.path);
        return;
      }
      expect(result.tokens).toBeLessThan(budget);
    }
    throw new Error('no budget in range was filled exactly');
  });

  it('CS-007 loads the index from the cache on the second run for the same commit, with the same result', async () => {
    const again = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: 4000, cacheDirectory });
    expect(again.index.source).toBe('cache');
    expect(again.index.cacheFile).toBe(selection.index.cacheFile);
    expect(again.files.map(({ path: file, score, tokens }) => ({ file, score, tokens }))).toEqual(selection.files.map(({ path: file, score, tokens }) => ({ file, score, tokens })));
    expect(again.map).toEqual(selection.map);
  });

  it('CS-008 builds again when the working tree or HEAD changes', async () => {
    await writeFile(path.join(repository, 'src/shipping/parcel.ts'), 'export const PARCEL_INVOICE_TOTAL = 1;\n');
    const dirty = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: 4000, cacheDirectory });
    expect(dirty.index.source).toBe('built');
    git(repository, ['commit', '--quiet', '--all', '--message', 'Parcel'], '2026-01-06T12:00:00Z');
    const committed = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: 4000, cacheDirectory });
    expect(committed.index.source).toBe('built');
    expect(committed.index.head).not.toBe(selection.index.head);
    expect((await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens: 4000, cacheDirectory })).index.source).toBe('cache');
  });

  it('CS-009 builds the same index again from the same commit, byte for byte', async () => {
    const options = { workspaceRoot: repository, goal: GOAL, budgetTokens: 4000 };
    const first = await selectContext({ ...options, cacheDirectory: path.join(base, 'cache-first') });
    const second = await selectContext({ ...options, cacheDirectory: path.join(base, 'cache-second') });
    expect(first.index.source).toBe('built');
    expect(second.index.source).toBe('built');
    expect(await readFile(second.index.cacheFile!, 'utf8')).toBe(await readFile(first.index.cacheFile!, 'utf8'));
  });
});

describe('selectContext without git history or with bad input', () => {
  it('CS-010 works outside a git repository, says so, and does not cache', async () => {
    const plain = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-context-plain-')));
    try {
      await writeFiles(plain, {
        'invoice.py': 'def invoice_total(lines):\n    return sum(lines)\n',
        'other.py': 'def other():\n    pass\n',
        '.gitignore': 'build/\n',
        'build/invoice_total_copy.py': 'def invoice_total(lines):\n    return 0\n',
      });
      const result = await selectContext({ workspaceRoot: plain, goal: 'invoice total', budgetTokens: 500, cacheDirectory: path.join(plain, '.cache') });
      expect(result.files[0]?.path).toBe('invoice.py');
      expect(result.files.map((file) => file.path)).not.toContain('build/invoice_total_copy.py');
      expect(result.index.report?.ignored).toBe(1);
      expect(result.index.history.available).toBe(false);
      expect(result.notes.join('\n')).toMatch(/not a git repository/);
      expect(result.index.cacheFile).toBeUndefined();
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('CS-011 refuses a missing workspace, an empty goal and a budget that is not a positive whole number', async () => {
    const missing = await selectContext({ workspaceRoot: path.join(base, 'missing'), goal: GOAL, budgetTokens: 10, cacheDirectory }).catch((error: unknown) => error);
    expect(InputError.isInstance(missing) && missing.message).toMatch(/does not exist/);
    for (const budgetTokens of [0, -5, 1.5, Number.NaN]) {
      const error = await selectContext({ workspaceRoot: repository, goal: GOAL, budgetTokens, cacheDirectory }).catch((thrown: unknown) => thrown);
      expect(InputError.isInstance(error) && error.message).toMatch(/positive whole number/);
    }
    const empty = await selectContext({ workspaceRoot: repository, goal: '  ', budgetTokens: 10, cacheDirectory }).catch((error: unknown) => error);
    expect(InputError.isInstance(empty) && empty.message).toMatch(/goal is empty/);
  });
});
