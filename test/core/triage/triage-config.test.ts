import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/index.js';

describe('the triage config section', () => {
  it('merges what is written over the defaults', () => {
    const { config } = loadConfig(
      ['version: 1', 'triage:', '  rerun:', '    argv: [node, --test, "--test-name-pattern={nameRegex}", "{file}"]', '    times: 3', '  history:', '    runs: 10', ''].join('\n'),
      '.github/drydock.yml',
    );
    expect(config.triage).toEqual({
      rerun: { argv: ['node', '--test', '--test-name-pattern={nameRegex}', '{file}'], times: 3, maxTests: 20, timeoutSeconds: 300 },
      infraPatterns: [],
      builtinInfraPatterns: true,
      history: { runs: 10, minRuns: 5, flipRate: 0.1 },
      diagnosis: { maxClusters: 3, validateFixes: true },
      flakyIssues: { label: 'flaky-test', max: 10 },
    });
    expect(loadConfig('version: 1\n', 'x.yml').config.triage.rerun).toBeUndefined();
  });

  it('names the key of an unknown placeholder, a shell string and an unsafe pattern', () => {
    expect(() => loadConfig('version: 1\ntriage:\n  rerun:\n    argv: [npm, test, "{files}"]\n', '.github/drydock.yml')).toThrow(
      /\.github\/drydock\.yml.*triage\.rerun\.argv.*unknown placeholder\(s\) \{files\}/s,
    );
    expect(() => loadConfig('version: 1\ntriage:\n  rerun:\n    argv: "npm test"\n', '.github/drydock.yml')).toThrow(/triage\.rerun\.argv/);
    expect(() => loadConfig('version: 1\ntriage:\n  infraPatterns:\n    - kind: network\n      pattern: "(a|a)*"\n', '.github/drydock.yml')).toThrow(
      /triage\.infraPatterns\[0\]\.pattern.*refused/s,
    );
  });
});
