import { describe, expect, it } from 'vitest';
import { createGitignoreMatcher, type GitignoreMatcher } from '../../../src/core/agent/gitignore.js';

function matcher(files: Record<string, string>): GitignoreMatcher {
  const created = createGitignoreMatcher();
  for (const [directory, text] of Object.entries(files)) created.add(directory, text);
  return created;
}

const file = (path: string) => [path, false] as const;
const directory = (path: string) => [path, true] as const;

describe('gitignore matcher', () => {
  it('GI-001 unanchored names match at any depth; comments and blank lines are skipped', () => {
    const rules = matcher({ '': '# build output\n\n*.log\nnode_modules\n' });
    expect(rules.isIgnored(...file('debug.log'))).toBe(true);
    expect(rules.isIgnored(...file('a/b/trace.log'))).toBe(true);
    expect(rules.isIgnored(...directory('packages/x/node_modules'))).toBe(true);
    expect(rules.isIgnored(...file('packages/x/node_modules/y/index.js'))).toBe(true);
    expect(rules.isIgnored(...file('log.txt'))).toBe(false);
    expect(rules.isIgnored(...file('# build output'))).toBe(false);
  });

  it('GI-002 a "/" at the start or in the middle anchors to the .gitignore directory', () => {
    const rules = matcher({ '': '/build\ndocs/generated\n' });
    expect(rules.isIgnored(...directory('build'))).toBe(true);
    expect(rules.isIgnored(...directory('src/build'))).toBe(false);
    expect(rules.isIgnored(...file('docs/generated'))).toBe(true);
    expect(rules.isIgnored(...file('src/docs/generated'))).toBe(false);
  });

  it('GI-003 a trailing "/" matches directories only', () => {
    const rules = matcher({ '': 'cache/\n' });
    expect(rules.isIgnored(...directory('cache'))).toBe(true);
    expect(rules.isIgnored(...directory('a/cache'))).toBe(true);
    expect(rules.isIgnored(...file('cache'))).toBe(false);
    expect(rules.isIgnored(...file('cache/entry'))).toBe(true);
  });

  it('GI-004 negation re-includes, the last matching line wins', () => {
    const rules = matcher({ '': '*.log\n!keep.log\nkeep.log.bak\n' });
    expect(rules.isIgnored(...file('a.log'))).toBe(true);
    expect(rules.isIgnored(...file('keep.log'))).toBe(false);
    expect(rules.isIgnored(...file('sub/keep.log'))).toBe(false);
    expect(matcher({ '': '!keep.log\n*.log\n' }).isIgnored(...file('keep.log'))).toBe(true);
  });

  it('GI-005 nothing below an ignored directory can be re-included', () => {
    const rules = matcher({ '': 'vendor/\n!vendor/keep.txt\n' });
    expect(rules.isIgnored(...file('vendor/keep.txt'))).toBe(true);
    // Ignoring the contents rather than the directory lets a negation through, as git does.
    const contents = matcher({ '': 'vendor/*\n!vendor/keep.txt\n' });
    expect(contents.isIgnored(...file('vendor/keep.txt'))).toBe(false);
    expect(contents.isIgnored(...file('vendor/other.txt'))).toBe(true);
  });

  it('GI-006 nested .gitignore files apply below their directory and override the ones above', () => {
    const rules = matcher({ '': '*.gen.ts\n', packages: '!api.gen.ts\n/local\n', 'packages/web': 'dist\n' });
    expect(rules.isIgnored(...file('src/x.gen.ts'))).toBe(true);
    expect(rules.isIgnored(...file('packages/api.gen.ts'))).toBe(false);
    expect(rules.isIgnored(...file('packages/sub/api.gen.ts'))).toBe(false);
    expect(rules.isIgnored(...file('src/api.gen.ts'))).toBe(true);
    expect(rules.isIgnored(...directory('packages/local'))).toBe(true);
    expect(rules.isIgnored(...directory('local'))).toBe(false);
    expect(rules.isIgnored(...directory('packages/web/dist'))).toBe(true);
    expect(rules.isIgnored(...directory('packages/api/dist'))).toBe(false);
  });

  it('GI-007 "**" at the start, the end and in the middle', () => {
    const rules = matcher({ '': '**/fixtures\nlogs/**\na/**/z\n' });
    expect(rules.isIgnored(...directory('fixtures'))).toBe(true);
    expect(rules.isIgnored(...directory('test/deep/fixtures'))).toBe(true);
    expect(rules.isIgnored(...file('logs/today/1.txt'))).toBe(true);
    expect(rules.ignoresEntry('logs', true)).toBe(false);
    expect(rules.isIgnored(...file('a/z'))).toBe(true);
    expect(rules.isIgnored(...file('a/b/c/z'))).toBe(true);
    expect(rules.isIgnored(...file('b/a/z'))).toBe(false);
  });

  it('GI-008 wildcards stay within a segment; classes, escapes and trailing spaces', () => {
    const rules = matcher({ '': 'src/*.js\nfile?.txt\n[abc].md\n[!x]y.md\n\\#hash\n\\!bang\ntrailing  \nkept\\ \n' });
    expect(rules.isIgnored(...file('src/a.js'))).toBe(true);
    expect(rules.isIgnored(...file('src/lib/a.js'))).toBe(false);
    expect(rules.isIgnored(...file('file1.txt'))).toBe(true);
    expect(rules.isIgnored(...file('file12.txt'))).toBe(false);
    expect(rules.isIgnored(...file('b.md'))).toBe(true);
    expect(rules.isIgnored(...file('d.md'))).toBe(false);
    expect(rules.isIgnored(...file('zy.md'))).toBe(true);
    expect(rules.isIgnored(...file('xy.md'))).toBe(false);
    expect(rules.isIgnored(...file('#hash'))).toBe(true);
    expect(rules.isIgnored(...file('!bang'))).toBe(true);
    expect(rules.isIgnored(...file('trailing'))).toBe(true);
    expect(rules.isIgnored(...file('kept '))).toBe(true);
    expect(rules.isIgnored(...file('kept'))).toBe(false);
  });

  it('GI-009 CRLF files, regex characters taken literally, invalid classes match nothing', () => {
    const rules = matcher({ '': 'a+b.txt\r\n(x).txt\r\n[z-a]\r\n' });
    expect(rules.isIgnored(...file('a+b.txt'))).toBe(true);
    expect(rules.isIgnored(...file('aab.txt'))).toBe(false);
    expect(rules.isIgnored(...file('(x).txt'))).toBe(true);
    expect(rules.isIgnored(...file('z'))).toBe(false);
  });
});
