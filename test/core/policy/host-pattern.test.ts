import { describe, expect, it } from 'vitest';
import { compileHostPattern, normalizeHost } from '../../../src/core/policy/host-pattern.js';

describe('host patterns', () => {
  it('HP-001 exact hosts match case-insensitively, with or without the root dot', () => {
    const pattern = compileHostPattern('registry.npmjs.org');
    const host = normalizeHost('Registry.NPMJS.org.');
    expect(host).toEqual({ ok: true, host: 'registry.npmjs.org' });
    expect(pattern.matches('registry.npmjs.org')).toBe(true);
    expect(pattern.matches('evil-registry.npmjs.org')).toBe(false);
  });

  it('HP-002 *.domain matches hosts below the domain at any depth, not the domain itself', () => {
    const pattern = compileHostPattern('*.example.com');
    expect(pattern.matches('a.example.com')).toBe(true);
    expect(pattern.matches('a.b.example.com')).toBe(true);
    expect(pattern.matches('example.com')).toBe(false);
    expect(pattern.matches('badexample.com')).toBe(false);
    expect(pattern.matches('example.com.evil.org')).toBe(false);
  });

  it('HP-003 refuses anything but a bare host name or IP literal', () => {
    for (const raw of ['https://example.com', 'example.com:443', 'user@example.com', 'example.com/path', 'exämple.com', '', 'a b', '-x.com']) {
      expect(normalizeHost(raw).ok, raw).toBe(false);
    }
    expect(normalizeHost('10.0.0.5').ok).toBe(true);
    expect(normalizeHost('[::1]').ok).toBe(true);
    expect(normalizeHost('xn--exmple-cua.com').ok).toBe(true);
  });

  it('HP-004 malformed host patterns are errors', () => {
    expect(() => compileHostPattern('*')).toThrow(/only allowed as a whole first label/);
    expect(() => compileHostPattern('a.*.com')).toThrow(/only allowed as a whole first label/);
    expect(() => compileHostPattern('*.com')).toThrow(/at least two labels/);
    expect(() => compileHostPattern('http://x.com')).toThrow(/bare host name/);
  });
});
