import { describe, expect, it } from 'vitest';
import { compileArgvPattern, formatArgv, programBaseName } from '../../../src/core/policy/argv-pattern.js';
import { PatternSyntaxError } from '../../../src/core/policy/pattern-syntax-error.js';

function matches(pattern: string[], argv: string[]): boolean {
  return compileArgvPattern(pattern).matches(argv);
}

describe('argv patterns', () => {
  it('AP-001 * matches exactly one argument', () => {
    const pattern = ['npx', 'vitest', 'run', '*'];
    expect(matches(pattern, ['npx', 'vitest', 'run', 'test/a.test.ts'])).toBe(true);
    expect(matches(pattern, ['npx', 'vitest', 'run', ''])).toBe(true);
    expect(matches(pattern, ['npx', 'vitest', 'run'])).toBe(false);
    expect(matches(pattern, ['npx', 'vitest', 'run', 'a', 'b'])).toBe(false);
  });

  it('AP-002 a final ** matches any remaining arguments, none included', () => {
    const pattern = ['git', 'log', '**'];
    expect(matches(pattern, ['git', 'log'])).toBe(true);
    expect(matches(pattern, ['git', 'log', '--oneline', '-n', '5', '--', 'src'])).toBe(true);
    expect(matches(pattern, ['git', 'push'])).toBe(false);
    expect(matches(pattern, ['git'])).toBe(false);
  });

  it('AP-003 tokens without glob syntax must equal the argument', () => {
    expect(matches(['npm', 'test'], ['npm', 'test'])).toBe(true);
    expect(matches(['npm', 'test'], ['npm', 'test', '--', '--watch'])).toBe(false);
    expect(matches(['npm', 'test'], ['npm', 'tests'])).toBe(false);
    expect(matches(['npm', 'test'], ['npm'])).toBe(false);
  });

  it('AP-004 a token can glob within its argument; * then crosses "/" because an argument is not a path', () => {
    expect(matches(['git', 'log', '--grep=*'], ['git', 'log', '--grep=fix bug'])).toBe(true);
    expect(matches(['git', 'log', '--grep=*'], ['git', 'log', '--author=x'])).toBe(false);
    expect(matches(['npx', 'vitest', 'run', 'test/*.test.ts'], ['npx', 'vitest', 'run', 'test/core/a.test.ts'])).toBe(true);
    expect(matches(['git', '{log,show}', '**'], ['git', 'show', 'HEAD'])).toBe(true);
  });

  it('AP-005 the program is compared literally and exactly', () => {
    expect(matches(['npm', 'test'], ['/usr/bin/npm', 'test'])).toBe(false);
    expect(matches(['npm', 'test'], ['NPM', 'test'])).toBe(false);
  });

  it('AP-006 shell metacharacters are data, never syntax', () => {
    const pattern = ['npx', 'vitest', 'run', '*'];
    expect(matches(pattern, ['npx', 'vitest', 'run', 'a.ts; rm -rf /'])).toBe(true);
    expect(matches(['npm', 'test'], ['npm', 'test;', 'rm'])).toBe(false);
    expect(matches(['echo', '$(id)'], ['echo', '$(id)'])).toBe(true);
  });

  it('AP-007 malformed patterns are errors', () => {
    expect(() => compileArgvPattern([])).toThrow(PatternSyntaxError);
    expect(() => compileArgvPattern(['*', 'x'])).toThrow(/name the program literally/);
    expect(() => compileArgvPattern(['**'])).toThrow(/name the program literally/);
    expect(() => compileArgvPattern(['git', '**', 'log'])).toThrow(/only allowed as the last token/);
    expect(() => compileArgvPattern(['git', 'a\0'])).toThrow(/NUL/);
    expect(() => compileArgvPattern(['git', '[x'])).toThrow(/not closed/);
  });

  it('AP-008 case-insensitive patterns (approval lists) also match by program base name', () => {
    const pattern = compileArgvPattern(['rm', '**'], true);
    expect(pattern.matches(['rm', '-rf', 'x'])).toBe(true);
    expect(pattern.matches(['/bin/RM', '-rf', 'x'])).toBe(true);
    expect(pattern.matches(['C:\\tools\\rm.exe'])).toBe(true);
    expect(pattern.matches(['grm'])).toBe(false);
    expect(compileArgvPattern(['npm', 'publish'], true).matches(['npm', 'PUBLISH'])).toBe(true);
    expect(programBaseName('/usr/local/bin/Git.EXE')).toBe('git');
  });

  it('AP-009 formats argv the way the config writes it', () => {
    expect(formatArgv(['git', 'log', '**'])).toBe('[git, log, **]');
    expect(formatArgv(['echo', 'a b', ''])).toBe('[echo, "a b", ""]');
  });
});
