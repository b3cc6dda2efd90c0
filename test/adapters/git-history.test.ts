import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseNameOnlyLog, readHistory, readRepositoryState } from '../../src/adapters/git-history.js';
import { commitFiles, git } from './support/git-repository.js';

let base: string;

beforeEach(async () => {
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'drydock-git-history-')));
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('git history', () => {
  it('GH-001 reports why there is no history: not a repository, no commits yet', async () => {
    expect(await readRepositoryState(base)).toEqual({ kind: 'none', reason: 'not a git repository' });
    git(base, ['init', '--quiet']);
    expect(await readRepositoryState(base)).toEqual({ kind: 'none', reason: 'the repository has no commits yet' });
  });

  it('GH-002 reads HEAD, a clean or dirty working tree, and the prefix of a subdirectory', async () => {
    git(base, ['init', '--quiet']);
    await commitFiles(base, { 'app/a.ts': 'a', 'b.ts': 'b' }, 'one', '2026-02-01T00:00:00Z');
    const clean = await readRepositoryState(base);
    expect(clean).toMatchObject({ kind: 'git', workingTree: 'clean', prefix: '', headTime: Date.parse('2026-02-01T00:00:00Z') / 1000 });
    await writeFile(path.join(base, 'app/a.ts'), 'a2');
    const dirty = await readRepositoryState(base);
    expect(dirty.kind === 'git' && dirty.workingTree).toMatch(/^dirty-/);
    await writeFile(path.join(base, 'app/a.ts'), 'a22');
    const dirtier = await readRepositoryState(base);
    expect(dirtier.kind === 'git' && dirtier.workingTree).not.toBe(dirty.kind === 'git' && dirty.workingTree);
    expect(await readRepositoryState(path.join(base, 'app'))).toMatchObject({ kind: 'git', prefix: 'app' });
  });

  it('GH-003 reads the files of each commit in the window counted back from HEAD, relative to the root, without merges', async () => {
    git(base, ['init', '--quiet', '--initial-branch=main']);
    await mkdir(path.join(base, 'app'));
    await commitFiles(base, { 'app/old.ts': 'old' }, 'old', '2025-01-01T00:00:00Z');
    await commitFiles(base, { 'app/a.ts': 'a', 'app/b.ts': 'b', 'top.ts': 't' }, 'two', '2026-02-01T00:00:00Z');
    await commitFiles(base, { 'app/a.ts': 'a2' }, 'three', '2026-02-02T00:00:00Z');
    const state = await readRepositoryState(path.join(base, 'app'));
    if (state.kind !== 'git') throw new Error('expected a git state');
    expect(await readHistory(path.join(base, 'app'), state)).toEqual([{ paths: ['a.ts'] }, { paths: ['a.ts', 'b.ts'] }]);
    git(base, ['checkout', '--quiet', '--orphan', 'fresh']);
    git(base, ['commit', '--quiet', '--message', 'root'], '2026-02-03T00:00:00Z');
    const fresh = await readRepositoryState(path.join(base, 'app'));
    if (fresh.kind !== 'git') throw new Error('expected a git state');
    expect(await readHistory(path.join(base, 'app'), fresh)).toEqual([{ paths: ['a.ts', 'b.ts', 'old.ts'], root: true }]);
    expect(await readHistory(path.join(base, 'app'), state, { maximumCommits: 1, days: 3650 })).toEqual([{ paths: ['a.ts'] }]);
  });

  it('GH-004 parses name-only log output with NUL separators', () => {
    const parent = 'a'.repeat(40);
    expect(parseNameOnlyLog(`\u0001${parent}\u0000\na.ts\u0000dir/b c.ts\u0000\u0001${parent}\u0000\nc.ts\u0000\u0001\u0000\nroot.ts\u0000\u0001${parent}\u0000\n`)).toEqual([
      { paths: ['a.ts', 'dir/b c.ts'] },
      { paths: ['c.ts'] },
      { paths: ['root.ts'], root: true },
    ]);
  });
});
