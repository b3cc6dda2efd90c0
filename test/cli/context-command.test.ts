import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { commitFiles, git } from '../adapters/support/git-repository.js';

/** CX: `drydock context` as a user runs it: arguments, JSON shape, table, exit codes. */

let base: string;
let repository: string;
let cache: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-context-cli-')));
  repository = path.join(base, 'repository');
  cache = path.join(base, 'cache');
  git(base, ['init', '--quiet', repository]);
  await commitFiles(
    repository,
    {
      'src/payments/refund-policy.ts': "import { Money } from './money.js';\nexport function refundAllowed(amount: Money): boolean { return amount.cents < 10_000; }\n",
      'src/payments/money.ts': 'export interface Money { cents: number; currency: string }\n',
      'src/catalog/product.ts': 'export interface Product { name: string }\n',
    },
    'Payments',
    '2026-03-01T00:00:00Z',
  );
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('drydock context', () => {
  it('CX-001 prints the documented JSON: files best first with path, score and tokens; tokens within the budget', async () => {
    const output = await runCli(['context', '--repo', repository, '--goal', 'refund policy limit', '--budget', '2000', '--json', '--cache', cache]);
    expect(output.exitCode).toBe(0);
    const json = JSON.parse(output.stdout) as {
      files: Array<{ path: string; score: number; tokens: number }>;
      tokens: number;
      map: { tokens: number; text: string };
      index: { source: string; files: number; head: string; history: { available: boolean; commits: number } };
    };
    expect(Object.keys(json)).toEqual(['files', 'tokens', 'map', 'index']);
    expect(json.files.map((file) => file.path), JSON.stringify(json.files)).toEqual(['src/payments/refund-policy.ts', 'src/payments/money.ts']);
    for (const file of json.files) expect(Object.keys(file)).toEqual(['path', 'score', 'tokens']);
    expect(json.files[0]!.score).toBeGreaterThan(json.files[1]!.score);
    expect(json.tokens).toBe(json.map.tokens + json.files.reduce((total, file) => total + file.tokens, 0));
    expect(json.tokens).toBeLessThanOrEqual(2000);
    expect(json.index).toMatchObject({ source: 'built', files: 3, history: { available: true, commits: 1 } });
    const again = JSON.parse((await runCli(['context', '--repo', repository, '--goal', 'refund policy limit', '--budget', '2000', '--json', '--cache', cache])).stdout) as typeof json;
    expect(again.index.source).toBe('cache');
    expect(again.files).toEqual(json.files);
  });

  it('CX-002 prints a readable table without --json', async () => {
    const output = await runCli(['context', '--repo', repository, '--goal', 'refund policy', '--budget', '2000', '--cache', cache]);
    expect(output.exitCode).toBe(0);
    expect(output.stdout).toMatch(/^Context for "refund policy": \d+ of 2000 tokens \(o200k_base\)/);
    expect(output.stdout).toMatch(/\d+\.\d{4}\s+\d+\s+src\/payments\/refund-policy\.ts/);
    expect(output.stdout).toContain('Index: loaded from cache');
  });

  it('CX-003 says so, and still selects, outside a git repository', async () => {
    const output = await runCli(['context', '--repo', path.join(repository, 'src'), '--goal', 'refund', '--budget', '500', '--json', '--cache', cache]);
    expect(output.exitCode).toBe(0);
    const plain = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-context-cli-plain-')));
    try {
      await commitFilesWithoutGit(plain);
      const outside = await runCli(['context', '--repo', plain, '--goal', 'refund', '--budget', '500', '--json', '--cache', cache]);
      expect(outside.exitCode).toBe(0);
      expect(outside.stderr).toMatch(/note: not a git repository: files are ranked without history/);
      expect((JSON.parse(outside.stdout) as { files: Array<{ path: string }> }).files[0]?.path).toBe('refund.ts');
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('CX-004 names the problem: usage errors exit 64, an unusable repository exits 2', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['context', '--goal', 'x', '--budget', '10'], 64, /context needs --repo DIR/],
      [['context', '--repo', repository, '--budget', '10'], 64, /context needs --goal TEXT/],
      [['context', '--repo', repository, '--goal', 'x'], 64, /context needs --budget TOKENS/],
      [['context', '--repo', repository, '--goal', 'x', '--budget', '0'], 64, /--budget must be a positive whole number of tokens, got '0'/],
      [['context', '--repo', repository, '--goal', 'x', '--budget', '12.5'], 64, /positive whole number/],
      [['context', '--repo', repository, '--goal', 'x', '--budget', 'lots'], 64, /positive whole number/],
      [['context', '--repo', repository, '--goal', 'x', '--budget', '10', 'extra'], 64, /unexpected arguments: extra/],
      [['journal', 'verify', 'x.jsonl', '--budget', '10'], 64, /--budget apply to context only/],
      [['context', '--repo', path.join(base, 'missing'), '--goal', 'x', '--budget', '10'], 2, /drydock context: Workspace root '.*missing' does not exist/],
    ];
    for (const [argv, exitCode, message] of cases) {
      const output = await runCli(argv);
      expect({ argv, exitCode: output.exitCode }).toEqual({ argv, exitCode });
      expect(output.stderr).toMatch(message);
    }
  });
});

async function commitFilesWithoutGit(directory: string): Promise<void> {
  const { writeFiles } = await import('../adapters/support/git-repository.js');
  await writeFiles(directory, { 'refund.ts': 'export const refund = 1;\n', 'other.ts': 'export const other = 2;\n' });
}
