import { describe, expect, it } from 'vitest';
import { CODEOWNERS_LOCATIONS, isCodeOwner, parseCodeOwners } from '../../../src/core/risk/codeowners.js';

/** The example from GitHub's documentation of CODEOWNERS, trimmed to the rules that differ. */
const GITHUB_EXAMPLE = [
  '# These owners will be the default owners for everything in the repo.',
  '*       @global-owner1 @global-owner2',
  '',
  '*.js    @js-owner #This is an inline comment.',
  '*.go docs@example.com',
  '*.txt @octo-org/octocats',
  '/build/logs/ @doctocat',
  'docs/*  docs@example.com',
  'apps/ @octocat',
  '/docs/ @doctocat',
  '/scripts/ @doctocat @octocat',
  '**/logs @octocat',
  '/apps/ @octocat',
  '/apps/github',
].join('\n');

describe('parseCodeOwners', () => {
  it('RK-004 the last matching pattern wins, and a rule without owners leaves a path unowned', () => {
    const owners = parseCodeOwners(GITHUB_EXAMPLE);
    expect(owners.ownersOf('README.md')).toEqual(['@global-owner1', '@global-owner2']);
    expect(owners.ownersOf('src/app.js')).toEqual(['@js-owner']);
    // "/docs/" comes after "*.js" and "docs/*", so it owns docs/*.js.
    expect(owners.ownersOf('docs/setup.js')).toEqual(['@doctocat']);
    expect(owners.ownersOf('apps/web/index.js')).toEqual(['@octocat']);
    expect(owners.ownersOf('apps/github/index.js')).toEqual([]);
    expect(owners.ruleFor('apps/github/index.js')).toEqual({ pattern: '/apps/github', owners: [], line: 14 });

    const reordered = parseCodeOwners('/docs/ @doctocat\n*.js @js-owner\n');
    expect(reordered.ownersOf('docs/setup.js')).toEqual(['@js-owner']);
    expect(reordered.ownersOf('docs/setup.md')).toEqual(['@doctocat']);
  });

  it('CO-001 unanchored patterns match at any depth; a leading or inner "/" anchors at the root', () => {
    const owners = parseCodeOwners('*.txt @octo-org/octocats\napps/ @apps\n/build/logs/ @logs\nlib/util @util\n');
    expect(owners.ownersOf('notes.txt')).toEqual(['@octo-org/octocats']);
    expect(owners.ownersOf('a/b/notes.txt')).toEqual(['@octo-org/octocats']);
    expect(owners.ownersOf('apps/x.ts')).toEqual(['@apps']);
    expect(owners.ownersOf('packages/apps/deep/x.ts')).toEqual(['@apps']);
    expect(owners.ownersOf('build/logs/a/b.log')).toEqual(['@logs']);
    expect(owners.ownersOf('other/build/logs/b.log')).toEqual([]);
    expect(owners.ownersOf('lib/util/strings.ts')).toEqual(['@util']);
    expect(owners.ownersOf('lib/util')).toEqual(['@util']);
    expect(owners.ownersOf('src/lib/util/strings.ts')).toEqual([]);
  });

  it('CO-002 "docs/*" covers files directly in docs only; "**" crosses directories', () => {
    const owners = parseCodeOwners('docs/* @docs\n**/logs @logs\nsrc/**/generated/** @gen\n/config/** @config\n');
    expect(owners.ownersOf('docs/getting-started.md')).toEqual(['@docs']);
    expect(owners.ownersOf('docs/build-app/troubleshooting.md')).toEqual([]);
    expect(owners.ownersOf('logs/a.log')).toEqual(['@logs']);
    expect(owners.ownersOf('deeply/nested/logs/a.log')).toEqual(['@logs']);
    expect(owners.ownersOf('src/generated/x.ts')).toEqual(['@gen']);
    expect(owners.ownersOf('src/a/b/generated/c/x.ts')).toEqual(['@gen']);
    expect(owners.ownersOf('config/a/b.yml')).toEqual(['@config']);
    expect(owners.ownersOf('config')).toEqual([]);
  });

  it('CO-003 a trailing "/" names a directory, not a file of that name', () => {
    const owners = parseCodeOwners('build/ @build\n');
    expect(owners.ownersOf('build/out.js')).toEqual(['@build']);
    expect(owners.ownersOf('build')).toEqual([]);
  });

  it('CO-004 comments, blank lines, escaped spaces and CRLF line ends', () => {
    const owners = parseCodeOwners('# heading\r\n\r\n   \r\nmy\\ docs/ @writers # trailing comment\r\nissue#12.md @hash\r\n');
    expect(owners.rules).toEqual([
      { pattern: 'my docs/', owners: ['@writers'], line: 4 },
      { pattern: 'issue#12.md', owners: ['@hash'], line: 5 },
    ]);
    expect(owners.ownersOf('my docs/a.md')).toEqual(['@writers']);
    expect(owners.ownersOf('issue#12.md')).toEqual(['@hash']);
    expect(owners.problems).toEqual([]);
  });

  it('CO-005 lines GitHub would skip are skipped and listed as problems', () => {
    const owners = parseCodeOwners(['* @all', '!secret.txt @nobody', 'file[0-9].txt @ranges', 'src/ not-an-owner', 'a\\*b @escape', '/ @root', 'ok.md @ok'].join('\n'));
    expect(owners.rules.map((rule) => rule.pattern)).toEqual(['*', 'ok.md']);
    expect(owners.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6]);
    expect(owners.problems[0]?.message).toMatch(/negation/);
    expect(owners.problems[1]?.message).toMatch(/character ranges/);
    expect(owners.problems[2]?.message).toBe('"not-an-owner" is not an owner: expected @user, @org/team or an email address');
    expect(owners.ownersOf('secret.txt')).toEqual(['@all']);
  });

  it('CO-006 owners: users, teams and email addresses', () => {
    for (const owner of ['@octocat', '@octo-org/octocats', '@org/team.name_1', 'docs@example.com']) expect(isCodeOwner(owner)).toBe(true);
    for (const owner of ['octocat', '@', '@org/', '@-x/y z', 'a@b', '#team']) expect(isCodeOwner(owner)).toBe(false);
  });

  it('CO-007 paths are normalized, and invalid paths have no owners', () => {
    const owners = parseCodeOwners('* @all\n/src/ @src\n');
    expect(owners.ownersOf('./src//a.ts')).toEqual(['@src']);
    expect(owners.ownersOf('src\\a.ts')).toEqual(['@src']);
    expect(owners.ownersOf('../outside.ts')).toEqual([]);
    expect(owners.ownersOf('')).toEqual([]);
    expect(owners.ownersOf('/etc/passwd')).toEqual([]);
  });

  it('CO-008 matching is case-sensitive and treats braces literally', () => {
    const owners = parseCodeOwners('/Docs/ @docs\n{a,b}.md @braces\n');
    expect(owners.ownersOf('Docs/x.md')).toEqual(['@docs']);
    expect(owners.ownersOf('docs/x.md')).toEqual([]);
    expect(owners.ownersOf('{a,b}.md')).toEqual(['@braces']);
    expect(owners.ownersOf('a.md')).toEqual([]);
  });

  it('CO-009 GitHub looks in .github/, the root and docs/, in that order', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
  });
});
