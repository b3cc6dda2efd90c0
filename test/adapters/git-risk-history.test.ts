/** The git risk history adapter over real git repositories created in temporary directories. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGitRiskHistory } from '../../src/adapters/git-risk-history.js';
import type { Clock } from '../../src/core/ports/clock.js';
import { InputError } from '../../src/core/errors.js';

let root: string;
let repoDir: string;
/** Commit dates advance one day per commit from here, so tests control what "recent" means. */
let nextDay: number;
const START = Date.UTC(2025, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** CI machines have no global git identity, so every command sets one. */
function git(args: string[], environment: NodeJS.ProcessEnv = {}, cwd = repoDir): string {
  return execFileSync('git', ['-c', 'user.name=Drydock Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...environment },
  }).trim();
}

function dated(): NodeJS.ProcessEnv {
  const date = new Date(START + nextDay * DAY_MS).toISOString();
  nextDay += 1;
  return { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
}

async function commit(subject: string, files: Record<string, string>): Promise<string> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(repoDir, file)), { recursive: true });
    await writeFile(path.join(repoDir, file), content);
    git(['add', '--', file]);
  }
  git(['commit', '--quiet', '-m', subject], dated());
  return git(['rev-parse', 'HEAD']);
}

/** A clock at the day after the last commit. */
function clockAfterLastCommit(): Clock {
  const now = new Date(START + nextDay * DAY_MS);
  return { now: () => now, monotonicMs: () => 0, sleep: async () => undefined };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'drydock-git-risk-'));
  repoDir = path.join(root, 'repo');
  await mkdir(repoDir);
  git(['init', '--quiet', '--initial-branch', 'main']);
  nextDay = 0;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readGitRiskHistory', () => {
  it('GH-001 counts commits per path and those whose subject reads like a fix or revert', async () => {
    await commit('Add parser', { 'src/parser.ts': 'v1', 'README.md': 'hi' });
    await commit('fix(parser): handle empty input', { 'src/parser.ts': 'v2' });
    const bad = await commit('Add cache', { 'src/cache.ts': 'v1', 'src/parser.ts': 'v3' });
    git(['revert', '--no-edit', bad], dated());
    await commit('Hotfix for login', { 'src/auth/login.ts': 'v1' });
    await commit('Add fixtures', { 'test/fixtures/a.json': '{}' });

    const history = await readGitRiskHistory({ repoDir, clock: clockAfterLastCommit() });
    expect(Object.fromEntries(history.churn)).toEqual({
      'README.md': 1,
      'src/parser.ts': 4,
      'src/cache.ts': 2,
      'src/auth/login.ts': 1,
      'test/fixtures/a.json': 1,
    });
    expect(Object.fromEntries(history.fixOrRevertCommits)).toEqual({ 'src/parser.ts': 2, 'src/cache.ts': 1, 'src/auth/login.ts': 1 });
    expect(history).toMatchObject({ commitsRead: 6, fixOrRevertCommitsRead: 3, shallow: false });
  });

  it('GH-002 is bounded by a number of commits and of days', async () => {
    for (let index = 0; index < 10; index += 1) await commit(`change ${index}`, { 'a.txt': `v${index}` });
    const clock = clockAfterLastCommit();
    expect((await readGitRiskHistory({ repoDir, clock, maxCommits: 3 })).churn.get('a.txt')).toBe(3);
    // Ten commits on ten consecutive days; "now" is the day after the last, so 4 days hold the last 3.
    const recent = await readGitRiskHistory({ repoDir, clock, sinceDays: 3.5 });
    expect(recent.commitsRead).toBe(3);
    expect((await readGitRiskHistory({ repoDir, clock })).commitsRead).toBe(10);
    const later: Clock = { ...clock, now: () => new Date(START + 400 * DAY_MS) };
    expect((await readGitRiskHistory({ repoDir, clock: later })).commitsRead).toBe(0);
  });

  it('GH-003 only the given paths, taken literally, with odd names intact', async () => {
    await commit('Add files', { 'src/a b.ts': '1', 'src/é.ts': '1', 'src/[x].ts': '1', 'docs/x.md': '1' });
    await commit('fix: names', { 'src/a b.ts': '2', 'src/[x].ts': '2', 'docs/x.md': '2' });
    const history = await readGitRiskHistory({ repoDir, clock: clockAfterLastCommit(), paths: ['src/a b.ts', 'src/é.ts', 'src/[x].ts'] });
    expect(Object.fromEntries(history.churn)).toEqual({ 'src/a b.ts': 2, 'src/é.ts': 1, 'src/[x].ts': 2 });
    expect(Object.fromEntries(history.fixOrRevertCommits)).toEqual({ 'src/a b.ts': 1, 'src/[x].ts': 1 });
    const directory = await readGitRiskHistory({ repoDir, clock: clockAfterLastCommit(), paths: ['docs'] });
    expect(Object.fromEntries(directory.churn)).toEqual({ 'docs/x.md': 2 });
  });

  it('GH-004 merge commits are skipped; renames count as a delete and an add', async () => {
    await commit('Base', { 'a.txt': '1' });
    git(['checkout', '--quiet', '-b', 'topic']);
    await commit('Topic work', { 'b.txt': '1' });
    git(['checkout', '--quiet', 'main']);
    await commit('Main work', { 'c.txt': '1' });
    git(['merge', '--quiet', '--no-ff', '-m', 'Merge topic (fix everything)', 'topic'], dated());
    git(['mv', 'a.txt', 'renamed.txt']);
    git(['commit', '--quiet', '-m', 'Rename'], dated());
    const history = await readGitRiskHistory({ repoDir, clock: clockAfterLastCommit() });
    expect(history.commitsRead).toBe(4);
    expect(history.fixOrRevertCommitsRead).toBe(0);
    expect(Object.fromEntries(history.churn)).toEqual({ 'a.txt': 2, 'b.txt': 1, 'c.txt': 1, 'renamed.txt': 1 });
  });

  it('GH-005 a repository without commits has an empty history; a directory outside git is an InputError', async () => {
    const empty = await readGitRiskHistory({ repoDir });
    expect(empty).toEqual({ churn: new Map(), fixOrRevertCommits: new Map(), commitsRead: 0, fixOrRevertCommitsRead: 0, shallow: false });
    const outside = path.join(root, 'not-a-repo');
    await mkdir(outside);
    await expect(readGitRiskHistory({ repoDir: outside })).rejects.toSatisfy((error: unknown) => InputError.isInstance(error) && /is not inside a git repository/.test((error as Error).message));
    await expect(readGitRiskHistory({ repoDir, maxCommits: 0 })).rejects.toThrow(/maxCommits must be a number greater than 0/);
  });

  it('GH-006 a shallow clone says so', async () => {
    await commit('one', { 'a.txt': '1' });
    await commit('two', { 'a.txt': '2' });
    const clone = path.join(root, 'clone');
    git(['clone', '--quiet', '--depth', '1', `file://${repoDir}`, clone], {}, root);
    const history = await readGitRiskHistory({ repoDir: clone, clock: clockAfterLastCommit() });
    expect(history).toMatchObject({ shallow: true, commitsRead: 1 });
  });
});
