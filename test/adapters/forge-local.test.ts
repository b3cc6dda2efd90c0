/** The local forge over real git repositories created in temporary directories. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { createLocalForge, type LocalForgeOptions } from '../../src/adapters/forge-local.js';
import type { PullRequestIntent } from '../../src/core/ports/forge.js';

const MARKER = '<!-- drydock:plan:run-123 -->';
let root: string;
let repoDir: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' }).trim();
}

async function commit(file: string, content: string): Promise<string> {
  await writeFile(path.join(repoDir, file), content);
  git('add', file);
  git('commit', '--quiet', '-m', `write ${file}`);
  return git('rev-parse', 'HEAD');
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'drydock-forge-local-'));
  repoDir = path.join(root, 'shipyard');
  await mkdir(repoDir);
  git('init', '--quiet', '--initial-branch', 'trunk');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  git('config', 'commit.gpgsign', 'false');
  await commit('README.md', 'hello\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function forge(overrides: Partial<LocalForgeOptions> = {}) {
  return createLocalForge({ repoDir, actor: 'octocat', ...overrides });
}

const recordsDir = () => path.join(repoDir, '.git', 'drydock', 'forge');

async function writeIssue(number: number, value: unknown, directory = recordsDir()): Promise<string> {
  const file = path.join(directory, 'issues', `${number}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value));
  return file;
}

describe('createLocalForge: repository and branches', () => {
  it('describes the repository from git: name from the directory, default branch from HEAD', async () => {
    expect(await forge().getRepository()).toEqual({ owner: 'octocat', name: 'shipyard', defaultBranch: 'trunk' });
    expect(await forge({ owner: 'octo-org', name: 'yard' }).getRepository()).toEqual({ owner: 'octo-org', name: 'yard', defaultBranch: 'trunk' });
    git('checkout', '--quiet', '--detach');
    expect((await forge().getRepository()).defaultBranch).toBe('main');
    expect(forge().kind).toBe('local');
  });

  it('gives the head commit of a branch, and undefined for a missing branch or a tag', async () => {
    git('checkout', '--quiet', '-b', 'drydock/implement-7');
    const sha = await commit('a.txt', 'a\n');
    git('checkout', '--quiet', 'trunk');
    git('tag', 'v1');
    const local = forge();
    expect(await local.getBranchSha('drydock/implement-7')).toBe(sha);
    expect(await local.getBranchSha('trunk')).toBe(git('rev-parse', 'trunk'));
    expect(await local.getBranchSha('nope')).toBeUndefined();
    expect(await local.getBranchSha('v1')).toBeUndefined();
  });

  it('refuses bad branch names before git sees them', async () => {
    for (const name of ['-h', '--output=x', 'a..b', 'HEAD', 'x.lock', 'a b', 'a@{1}', 'trunk~1', '']) {
      await expect(forge().getBranchSha(name), name).rejects.toSatisfy(InputError.isInstance);
    }
  });

  it('refuses a directory that is not a git work tree', async () => {
    const plain = path.join(root, 'plain');
    await mkdir(plain);
    await expect(createLocalForge({ repoDir: plain }).getRepository()).rejects.toThrow(/is not a git work tree/);
    await expect(createLocalForge({ repoDir: path.join(root, 'missing') }).getRepository()).rejects.toSatisfy(InputError.isInstance);
  });
});

describe('createLocalForge: permissions', () => {
  it('gives the actor admin, the listed logins their level, everyone else none', async () => {
    const local = forge({ permissions: { Mona: 'maintain', tri: 'triage', octocat: 'write' } });
    expect(await local.getPermission('mona')).toBe('maintain');
    expect(await local.getPermission('tri')).toBe('triage');
    expect(await local.getPermission('octocat')).toBe('write');
    expect(await local.getPermission('stranger')).toBe('none');
    expect(await forge().getPermission('OctoCat')).toBe('admin');
  });

  it('refuses an unknown permission level', () => {
    expect(() => forge({ permissions: { mona: 'owner' as never } })).toThrow(/Invalid permission 'owner' for 'mona'/);
  });
});

describe('createLocalForge: issues and comments', () => {
  it('loads an issue file, plain or as gh issue view --json prints it', async () => {
    const plainFile = await writeIssue(3, { title: 'Add retries', body: 'Please.' });
    await writeIssue(4, {
      number: 4,
      title: 'From gh',
      body: 'Body',
      author: { login: 'mona', id: 'MDQ6', is_bot: false, name: 'Mona' },
      labels: [{ id: 'LA_1', name: 'bug', description: '', color: 'd73a4a' }],
      url: 'https://github.com/octo-org/shipyard/issues/4',
    });
    const local = forge();
    expect(await local.getIssue(3)).toEqual({
      number: 3,
      title: 'Add retries',
      body: 'Please.',
      author: 'octocat',
      labels: [],
      url: `file://${plainFile}`,
    });
    expect(await local.getIssue(4)).toMatchObject({ author: 'mona', labels: ['bug'], url: 'https://github.com/octo-org/shipyard/issues/4' });
    await local.addLabels(4, ['drydock:planned', 'bug']);
    expect((await local.getIssue(4)).labels).toEqual(['bug', 'drydock:planned']);
  });

  it('names the file it expected when an issue is missing or malformed', async () => {
    const expected = path.join(recordsDir(), 'issues', '9.json');
    const error = await forge().getIssue(9).catch((caught: unknown) => caught);
    expect(InputError.isInstance(error)).toBe(true);
    expect((error as InputError).where).toBe(expected);
    expect((error as Error).message).toContain(expected);

    const custom = path.join(root, 'records');
    const file = await writeIssue(5, { body: 'no title' }, custom);
    await expect(forge({ recordsDir: custom }).getIssue(5)).rejects.toThrow(new RegExp(`${file.replaceAll('/', '\\/')} is invalid`));
    await expect(forge({ recordsDir: custom }).upsertIssueComment(6, MARKER, 'x')).rejects.toThrow(/Issue #6 not found/);
  });

  it('creates a sticky comment once and then edits it, never someone else’s', async () => {
    await writeIssue(3, { title: 'Plan me', body: 'goal' });
    await forge({ actor: 'mallory' }).upsertIssueComment(3, MARKER, 'copied marker');
    const local = forge();
    const first = await local.upsertIssueComment(3, MARKER, '## Plan\nv1');
    const second = await forge().upsertIssueComment(3, MARKER, '## Plan\nv2');
    const third = await local.upsertIssueComment(3, MARKER, '## Plan\nv2');
    expect([first.created, second.created, third.created]).toEqual([true, false, false]);
    expect(second.value.id).toBe(first.value.id);
    const comments = await local.listIssueComments(3);
    expect(comments.map((comment) => [comment.id, comment.author, comment.body])).toEqual([
      [1, 'mallory', `copied marker\n\n${MARKER}`],
      [2, 'octocat', `## Plan\nv2\n\n${MARKER}`],
    ]);
    expect(comments[1]?.url).toMatch(/^file:\/\/.*\/comments\/3\.json#comment-2$/);
    await expect(local.upsertIssueComment(3, 'not a marker', 'x')).rejects.toSatisfy(InputError.isInstance);
  });

  it('does not let two concurrent upserts both create', async () => {
    await writeIssue(3, { title: 'Plan me', body: 'goal' });
    const local = forge();
    const results = await Promise.all([local.upsertIssueComment(3, MARKER, 'a'), local.upsertIssueComment(3, MARKER, 'b')]);
    expect(results.map((result) => result.created)).toEqual([true, false]);
    expect(await local.listIssueComments(3)).toHaveLength(1);
  });
});

describe('createLocalForge: pull requests', () => {
  const intent: PullRequestIntent = {
    head: 'drydock/implement-3',
    base: 'trunk',
    title: 'Add retries',
    body: 'Implements #3.',
    draft: true,
    marker: '<!-- drydock:implement:run-123 -->',
  };

  beforeEach(async () => {
    await writeIssue(3, { title: 'Add retries', body: 'Please.' });
    git('checkout', '--quiet', '-b', intent.head);
    await commit('retry.ts', 'export {};\n');
    git('checkout', '--quiet', 'trunk');
  });

  it('opens a pull request once, then updates it, also from a fresh forge', async () => {
    const first = await forge().upsertPullRequest(intent);
    const second = await forge().upsertPullRequest({ ...intent, title: 'Add retries (v2)' });
    const third = await forge().upsertPullRequest({ ...intent, title: 'Add retries (v2)' });
    expect([first.created, second.created, third.created]).toEqual([true, false, false]);
    const file = path.join(recordsDir(), 'pulls', '4.json');
    expect(first.value).toEqual({
      number: 4,
      url: `file://${file}`,
      head: intent.head,
      base: 'trunk',
      title: 'Add retries',
      body: `Implements #3.\n\n${intent.marker}`,
      draft: true,
      state: 'open',
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...first.value, title: 'Add retries (v2)' });
    expect(await readdir(path.join(recordsDir(), 'pulls'))).toEqual(['4.json']);
  });

  it('adopts an open pull request from the same head even without the marker', async () => {
    const byHand = await forge().upsertPullRequest({ ...intent, marker: '<!-- by-hand -->' });
    const adopted = await forge().upsertPullRequest(intent);
    expect(adopted).toMatchObject({ created: false, value: { number: byHand.value.number } });
  });

  it('refuses a head equal to the base or the default branch, or a branch that does not exist', async () => {
    const local = forge();
    await expect(local.upsertPullRequest({ ...intent, base: intent.head })).rejects.toThrow(/head and base must differ/);
    await expect(local.upsertPullRequest({ ...intent, head: 'trunk', base: intent.head })).rejects.toThrow(/default branch 'trunk'/);
    await expect(local.upsertPullRequest({ ...intent, head: 'not-pushed' })).rejects.toThrow(/Branch 'not-pushed' does not exist/);
    await expect(local.upsertPullRequest({ ...intent, head: '../../etc' })).rejects.toSatisfy(InputError.isInstance);
    await expect(readdir(path.join(recordsDir(), 'pulls'))).rejects.toThrow(/ENOENT/);
  });

  it('writes records atomically: no temporary files are left behind', async () => {
    await forge().upsertPullRequest(intent);
    await forge().upsertIssueComment(4, MARKER, 'evidence');
    await forge().addLabels(4, ['drydock']);
    const files = (await readdir(recordsDir(), { recursive: true })).sort();
    expect(files).toEqual(['comments', 'comments/4.json', 'issues', 'issues/3.json', 'labels', 'labels/4.json', 'pulls', 'pulls/4.json']);
  });
});
