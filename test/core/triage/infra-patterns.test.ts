import { describe, expect, it } from 'vitest';
import { compileInfraPatterns, DEFAULT_INFRA_PATTERNS, matchInfra } from '../../../src/core/triage/infra-patterns.js';

const patterns = compileInfraPatterns(DEFAULT_INFRA_PATTERNS);

describe('infrastructure patterns', () => {
  it.each([
    ['FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory', 'out-of-memory'],
    ["ENOSPC: no space left on device, write '/tmp/x'", 'disk-full'],
    ['Error: read ECONNRESET\n    at TCP.onStreamRead', 'network'],
    ['The runner has received a shutdown signal. This can happen when the runner service is stopped', 'runner-lost'],
    ['Exceeded timeout of 5000 ms for a test.', 'timeout'],
  ])('recognizes %s', (text, kind) => {
    expect(matchInfra(patterns, [undefined, text])?.kind).toBe(kind);
  });

  it('does not call an assertion failure infrastructure', () => {
    expect(matchInfra(patterns, ['expected 3 to equal 4'])).toBeUndefined();
  });

  it('refuses a configured pattern that could backtrack exponentially, naming it', () => {
    expect(() => compileInfraPatterns([{ kind: 'other', pattern: '(a+)+$' }])).toThrow(/triage\.infraPatterns\[0\]: the pattern \/\(a\+\)\+\$\/ is refused: it repeats a group/);
    expect(() => compileInfraPatterns([{ kind: 'other', pattern: '[' }])).toThrow(/triage\.infraPatterns\[0\]: \/\[\/ is not a valid regular expression/);
    expect(() => compileInfraPatterns([{ kind: 'other', pattern: 'x'.repeat(301) }])).toThrow(/1 to 300 characters, got 301/);
  });

  it('looks at the start and end of a huge log only', () => {
    const log = `start\n${'.'.repeat(1_000_000)}\nKilled process 4242 (node)`;
    expect(matchInfra(patterns, [log])).toEqual({ kind: 'out-of-memory', pattern: DEFAULT_INFRA_PATTERNS[0]!.pattern, excerpt: 'Killed process 4242' });
    const hidden = `${'.'.repeat(100_000)}ENOSPC${'.'.repeat(100_000)}`;
    expect(matchInfra(patterns, [hidden])).toBeUndefined();
  });
});
