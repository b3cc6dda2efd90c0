import { describe, expect, it } from 'vitest';
import { expandBraces, MAX_BRACE_EXPANSIONS } from '../../../src/core/policy/glob-braces.js';
import { compilePathGlob } from '../../../src/core/policy/path-glob.js';
import { PatternSyntaxError } from '../../../src/core/policy/pattern-syntax-error.js';

function matches(pattern: string, path: string): boolean {
  return compilePathGlob(pattern).matches(path);
}

describe('path globs', () => {
  it('GL-001 * stays within one segment and matches dotfiles', () => {
    expect(matches('*.md', 'README.md')).toBe(true);
    expect(matches('*.md', 'docs/README.md')).toBe(false);
    expect(matches('src/*', 'src/.eslintrc')).toBe(true);
    expect(matches('*', '.env')).toBe(true);
    expect(matches('src/*', 'src/a/b.ts')).toBe(false);
  });

  it('GL-002 ** matches zero or more whole segments, dot directories included', () => {
    expect(matches('**', '')).toBe(true);
    expect(matches('**', '.github/workflows/ci.yml')).toBe(true);
    expect(matches('src/**', 'src')).toBe(true);
    expect(matches('src/**', 'src/a/b/c.ts')).toBe(true);
    expect(matches('src/**', 'srcx/a.ts')).toBe(false);
    expect(matches('**/test', 'test')).toBe(true);
    expect(matches('**/test', 'a/b/test')).toBe(true);
    expect(matches('a/**/b', 'a/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/b')).toBe(true);
    expect(matches('a/**/b', 'a/x/y/bc')).toBe(false);
    expect(matches('**/*.ts', 'x.ts')).toBe(true);
    expect(matches('**/**/*.ts', 'a/x.ts')).toBe(true);
  });

  it('GL-003 ? matches one character (a code point), never a separator', () => {
    expect(matches('a?c', 'abc')).toBe(true);
    expect(matches('a?c', 'ac')).toBe(false);
    expect(matches('a?c', 'a/c')).toBe(false);
    expect(matches('?.txt', 'é.txt')).toBe(true);
    expect(matches('?.txt', '😀.txt')).toBe(true);
  });

  it('GL-004 character classes, ranges and negation', () => {
    expect(matches('file[0-9].txt', 'file7.txt')).toBe(true);
    expect(matches('file[0-9].txt', 'filex.txt')).toBe(false);
    expect(matches('file[!0-9].txt', 'filex.txt')).toBe(true);
    expect(matches('file[^0-9].txt', 'file1.txt')).toBe(false);
    expect(matches('[]]', ']')).toBe(true);
    expect(matches('a[-x]', 'a-')).toBe(true);
    expect(matches('[*]', '*')).toBe(true);
    expect(matches('[*]', 'a')).toBe(false);
    expect(matches('a[!b]c', 'a/c')).toBe(false);
  });

  it('GL-005 brace alternatives, nested and holding separators', () => {
    expect(matches('src/{a,b}.ts', 'src/a.ts')).toBe(true);
    expect(matches('src/{a,b}.ts', 'src/c.ts')).toBe(false);
    expect(matches('{src,test/unit}/**', 'test/unit/x.ts')).toBe(true);
    expect(matches('{src,test/unit}/**', 'test/other/x.ts')).toBe(false);
    expect(matches('x.{ts,{m,c}js}', 'x.mjs')).toBe(true);
    expect(matches('a{,.bak}', 'a')).toBe(true);
    expect(expandBraces('[{]x')).toEqual(['[{]x']);
    expect(expandBraces('a,b')).toEqual(['a,b']);
  });

  it('GL-006 patterns are normalized: ./, //, trailing / (a directory), NFC', () => {
    expect(matches('./src//*.ts', 'src/a.ts')).toBe(true);
    expect(matches('docs/', 'docs/guide/a.md')).toBe(true);
    expect(matches('docs/', 'docs')).toBe(true);
    expect(matches('caf\u0065\u0301/*', 'caf\u00e9/x')).toBe(true);
  });

  it('GL-007 case-sensitive by default, case-insensitive on request', () => {
    expect(matches('src/**', 'SRC/a.ts')).toBe(false);
    const loose = compilePathGlob('package.json', { caseInsensitive: true });
    expect(loose.matches('PACKAGE.JSON')).toBe(true);
    expect(compilePathGlob('[a-c]x', { caseInsensitive: true }).matches('Bx')).toBe(true);
  });

  it('GL-008 malformed patterns are errors that name the problem', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /empty/],
      ['src/[a', /not closed/],
      ['src/{a,b', /not closed/],
      ['src/a}', /no matching/],
      ['/src/**', /leading "\/"/],
      ['src/../x', /"\.\."/],
      ['src\\x', /use "\/"/],
      ['src/a**', /whole path segment/],
      ['[z-a]', /reversed/],
      ['a\0b', /NUL/],
    ];
    for (const [pattern, message] of cases) {
      expect(() => compilePathGlob(pattern), pattern).toThrow(PatternSyntaxError);
      expect(() => compilePathGlob(pattern), pattern).toThrow(message);
    }
  });

  it('GL-009 brace expansion is bounded', () => {
    const pattern = '{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b}';
    expect(4 ** 4 * 2).toBeGreaterThan(MAX_BRACE_EXPANSIONS);
    expect(() => compilePathGlob(pattern)).toThrow(/more than 256/);
  });

  it('GL-010 stays fast on long paths and star-heavy patterns (no regex backtracking)', () => {
    const glob = compilePathGlob('**/*a*a*a*a*a*a*a*a*b');
    const path = `${'x/'.repeat(200)}${'a'.repeat(3000)}`;
    const started = performance.now();
    expect(glob.matches(path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
