import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { loadConfig } from '../../../src/core/config/load-config.js';

const FILE = '.github/drydock.yml';

describe('config: implement section and validator kinds', () => {
  it('has safe defaults and merges field by field', () => {
    const defaults = { maxAttempts: 3, refine: true, escalationLabel: 'drydock:needs-human', approval: 'environment', maxTurns: 40 };
    expect(defaultConfig().implement).toEqual(defaults);
    expect(loadConfig('version: 1\nimplement:\n  maxAttempts: 5\n  approval: comment\n', FILE).config.implement).toEqual({ ...defaults, maxAttempts: 5, approval: 'comment' });
  });

  it('names the key path, what was expected and the line', () => {
    expect(() => loadConfig('version: 1\nimplement:\n  maxAttempts: 0\n', FILE)).toThrow(/implement\.maxAttempts: expected a whole number from 1 to 10.*\(line 3\)/);
    expect(() => loadConfig('version: 1\nimplement:\n  approval: emoji\n', FILE)).toThrow(/implement\.approval: expected one of "environment", "comment"/);
    expect(() => loadConfig('version: 1\nimplement:\n  escalationLabel: "a,b"\n', FILE)).toThrow(/implement\.escalationLabel/);
    expect(() => loadConfig('version: 1\nimplement:\n  retries: 2\n', FILE)).toThrow(/implement\.retries: unknown key/);
  });

  it('takes a validator kind and related-test selection', () => {
    const config = loadConfig('version: 1\nvalidators:\n  unit:\n    argv: [npx, jest]\n    kind: test\n    relatedTests: find-related\n', FILE).config;
    expect(config.validators.unit).toEqual({ argv: ['npx', 'jest'], identities: ['implementer', 'triager'], kind: 'test', relatedTests: 'find-related' });
    expect(() => loadConfig('version: 1\nvalidators:\n  unit:\n    argv: [x]\n    kind: smoke\n', FILE)).toThrow(/validators\.unit\.kind: expected one of format, lint, typecheck, build, test, other/);
  });
});
