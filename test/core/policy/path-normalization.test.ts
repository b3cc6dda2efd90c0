import { describe, expect, it } from 'vitest';
import { normalizePolicyPath } from '../../../src/core/policy/path-normalization.js';

function normalized(raw: string): string | undefined {
  const result = normalizePolicyPath(raw);
  return result.ok ? result.path : undefined;
}

function rule(raw: unknown): string | undefined {
  const result = normalizePolicyPath(raw);
  return result.ok ? undefined : result.rule;
}

describe('path normalization', () => {
  it('PN-000 gives one spelling per file: ./, //, \\, trailing /, inner .., NFC', () => {
    expect(normalized('./src//a.ts')).toBe('src/a.ts');
    expect(normalized('src\\lib\\a.ts')).toBe('src/lib/a.ts');
    expect(normalized('docs/')).toBe('docs');
    expect(normalized('src/../.git/config')).toBe('.git/config');
    expect(normalized('.github/workflows/../workflows/ci.yml')).toBe('.github/workflows/ci.yml');
    expect(normalized('.')).toBe('');
    expect(normalized('cafe\u0301.md')).toBe('caf\u00e9.md');
    expect(normalizePolicyPath('a/b').ok && normalizePolicyPath('a/b')).toMatchObject({ segments: ['a', 'b'] });
  });

  it('PN-001 denies empty paths, non-strings, NUL and control characters, overlong paths', () => {
    expect(rule('')).toBe('PN-001');
    expect(rule(42)).toBe('PN-001');
    expect(rule(undefined)).toBe('PN-001');
    expect(rule('a\0b')).toBe('PN-001');
    expect(rule('.env\0.txt')).toBe('PN-001');
    expect(rule('a\nb')).toBe('PN-001');
    expect(rule('a\u0085b')).toBe('PN-001');
    expect(rule('a/'.repeat(3000))).toBe('PN-001');
  });

  it('PN-002 denies absolute paths: POSIX, drive letters, UNC', () => {
    expect(rule('/etc/passwd')).toBe('PN-002');
    expect(rule('C:\\Windows\\system.ini')).toBe('PN-002');
    expect(rule('c:relative')).toBe('PN-002');
    expect(rule('\\\\server\\share\\x')).toBe('PN-002');
    expect(rule('//server/share')).toBe('PN-002');
  });

  it('PN-003 denies .. that climbs out of the workspace, and dot-only segments', () => {
    expect(rule('..')).toBe('PN-003');
    expect(rule('../x')).toBe('PN-003');
    expect(rule('src/../../x')).toBe('PN-003');
    expect(rule('src\\..\\..\\x')).toBe('PN-003');
    expect(rule('src/.../x')).toBe('PN-003');
    expect(rule('src/.. /x')).toBe('PN-003');
    expect(normalized('a/b/../../c')).toBe('c');
  });

  it('PN-004 denies invisible and bidirectional-control characters', () => {
    expect(rule('.g\u200cit/config')).toBe('PN-004');
    expect(rule('src/evil\u202etxt.js')).toBe('PN-004');
    expect(rule('\ufeff.env')).toBe('PN-004');
    expect(rule('a\u2066b')).toBe('PN-004');
  });
});
