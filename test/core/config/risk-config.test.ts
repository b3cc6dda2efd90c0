import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { InputError } from '../../../src/core/errors.js';
import { DEFAULT_DEPENDENTS_DEPTH, DEFAULT_RISK_THRESHOLDS } from '../../../src/core/risk/risk-defaults.js';

const FILE = '.github/drydock.yml';

function load(text: string) {
  return loadConfig(`version: 1\n${text}`, FILE).config;
}

function failure(text: string): InputError {
  try {
    loadConfig(`version: 1\n${text}`, FILE);
  } catch (error) {
    if (InputError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('risk config', () => {
  it('RC-001 defaults: sensitive areas with weights and reasons, thresholds, dependents depth', () => {
    const { risk } = defaultConfig();
    const globs = risk.sensitiveAreas.flatMap((area) => area.paths);
    for (const glob of ['migrations/**', '**/migrations/**', 'auth/**', '**/auth/**', 'security/**', 'infra/**', 'terraform/**', '**/*.tf', '.github/**', 'Dockerfile', '**/Dockerfile*', 'package-lock.json']) {
      expect(globs).toContain(glob);
    }
    for (const area of risk.sensitiveAreas) {
      expect(area.weight).toBeGreaterThan(0);
      expect(area.reason).toMatch(/\w/);
    }
    expect(risk.thresholds).toEqual({ medium: 20, high: 40 });
    expect(risk.thresholds).toEqual(DEFAULT_RISK_THRESHOLDS);
    expect(risk.dependentsDepth).toBe(DEFAULT_DEPENDENTS_DEPTH);
    expect(DEFAULT_DEPENDENTS_DEPTH).toBe(3);
  });

  it('RC-002 a sensitiveAreas list replaces the default list', () => {
    const config = load('risk:\n  sensitiveAreas:\n    - { paths: ["db/**"], weight: 40, reason: schema changes }\n    - paths: [billing/**]\n      weight: 15\n');
    expect(config.risk.sensitiveAreas).toEqual([
      { paths: ['db/**'], weight: 40, reason: 'schema changes' },
      { paths: ['billing/**'], weight: 15 },
    ]);
    expect(config.risk.thresholds).toEqual(DEFAULT_RISK_THRESHOLDS);
    expect(load('risk:\n  sensitiveAreas: []\n').risk.sensitiveAreas).toEqual([]);
  });

  it('RC-003 thresholds merge per field; dependentsDepth replaces the default', () => {
    const config = load('risk:\n  thresholds: { high: 70 }\n  dependentsDepth: 5\n');
    expect(config.risk.thresholds).toEqual({ medium: 20, high: 70 });
    expect(config.risk.dependentsDepth).toBe(5);
    expect(config.risk.sensitiveAreas).toEqual(defaultConfig().risk.sensitiveAreas);
  });

  it('RC-004 an unknown key names the key path and line', () => {
    const error = failure('risk:\n  sensitiveAreas:\n    - paths: ["db/**"]\n      wieght: 40\n');
    expect(error.message).toContain(
      '.github/drydock.yml: risk.sensitiveAreas[0].wieght: unknown key. Did you mean "weight"? Expected one of: paths, weight, reason. (line 5)',
    );
    expect(error.message).toContain('risk.sensitiveAreas[0].weight: expected a whole number of points from 0 to 100, got nothing (the key is missing)');
    expect(failure('risk:\n  treshold: { high: 50 }\n').message).toBe(
      '.github/drydock.yml: risk.treshold: unknown key. Did you mean "thresholds"? Expected one of: sensitiveAreas, thresholds, dependentsDepth. (line 3)',
    );
    expect(failure('risk:\n  thresholds: { low: 5 }\n').message).toMatch(/risk\.thresholds\.low: unknown key\. Expected one of: medium, high\. \(line 3\)/);
  });

  it('RC-005 wrong types and ranges say what was expected', () => {
    const lines = failure(
      [
        'risk:',
        '  sensitiveAreas:',
        '    - { paths: [], weight: 10 }',
        '    - { paths: ["db/[x"], weight: 101 }',
        '    - { paths: "db/**", weight: 1.5, reason: "" }',
        '  thresholds: { medium: 0 }',
        '  dependentsDepth: 11',
      ].join('\n'),
    ).message.split('\n');
    expect(lines).toEqual([
      '.github/drydock.yml: risk.sensitiveAreas[0].paths: expected a list of at least one path glob such as ["migrations/**"], got an empty list (line 4)',
      '.github/drydock.yml: risk.sensitiveAreas[1].paths[0]: invalid pattern "db/[x": character class opened at position 4 is not closed with "]" (line 5)',
      '.github/drydock.yml: risk.sensitiveAreas[1].weight: expected a whole number of points from 0 to 100, got the number 101 (line 5)',
      '.github/drydock.yml: risk.sensitiveAreas[2].paths: expected a list of path globs such as ["migrations/**", "**/migrations/**"], got the string "db/**" (line 6)',
      '.github/drydock.yml: risk.sensitiveAreas[2].weight: expected a whole number of points from 0 to 100, got the number 1.5 (line 6)',
      '.github/drydock.yml: risk.sensitiveAreas[2].reason: expected a short text saying why the area is sensitive, got the string "" (line 6)',
      '.github/drydock.yml: risk.thresholds.medium: expected a whole number of points from 1 to 1000, got the number 0 (line 7)',
      '.github/drydock.yml: risk.dependentsDepth: expected a whole number of import levels from 1 to 10, got the number 11 (line 8)',
    ]);
    expect(failure('risk: [migrations/**]\n').message).toMatch(/^\.github\/drydock\.yml: risk: expected a mapping with sensitiveAreas, thresholds and\/or dependentsDepth, got a list of 1 \(line 2\)$/);
  });

  it('RC-006 medium must stay below high, also against a default it did not override', () => {
    expect(failure('risk:\n  thresholds: { medium: 50, high: 50 }\n').message).toBe(
      '.github/drydock.yml: risk.thresholds: expected medium below high, got medium 50 and high 50 (line 3)',
    );
    const error = failure('risk:\n  thresholds:\n    medium: 45\n');
    expect(error.message).toBe('.github/drydock.yml: risk.thresholds: expected medium below high, got medium 45 and high 40 (the default) (line 4)');
    expect(error.where).toBe('.github/drydock.yml:4');
  });

  it('RC-007 defaults are fresh objects: changing one config never leaks into the next', () => {
    const first = defaultConfig();
    first.risk.sensitiveAreas[0]?.paths.push('x/**');
    first.risk.thresholds.high = 99;
    expect(defaultConfig().risk.sensitiveAreas[0]?.paths).toEqual(['migrations/**', '**/migrations/**']);
    expect(defaultConfig().risk.thresholds.high).toBe(40);
    const loaded = load('risk: {}\n');
    loaded.risk.sensitiveAreas[0]?.paths.push('y/**');
    expect(load('risk: {}\n').risk.sensitiveAreas[0]?.paths).toEqual(['migrations/**', '**/migrations/**']);
  });
});
