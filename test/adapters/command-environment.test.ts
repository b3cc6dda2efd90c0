import { describe, expect, it } from 'vitest';
import { buildCommandEnvironment, isWithheldEnvName } from '../../src/adapters/command-environment.js';

describe('isWithheldEnvName', () => {
  it('withholds secret-bearing names, also when spelled with dashes', () => {
    for (const name of ['GITHUB_TOKEN', 'FOO_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'MY-API-KEY', 'DB_PASSWORD']) {
      expect(isWithheldEnvName(name), name).toBe(true);
    }
  });

  it('withholds the runner control files, action inputs and state, and runner plumbing', () => {
    for (const name of ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'INPUT_MODEL', 'STATE_x', 'ACTIONS_CACHE_URL']) {
      expect(isWithheldEnvName(name), name).toBe(true);
    }
  });

  it('keeps ordinary variables', () => {
    for (const name of ['PATH', 'HOME', 'GITHUB_SHA', 'GITHUB_WORKSPACE', 'CI', 'NODE_ENV', 'LANG']) {
      expect(isWithheldEnvName(name), name).toBe(false);
    }
  });
});

describe('buildCommandEnvironment', () => {
  it('layers extra variables over the base, scrubbing both, and names what it withheld', () => {
    const built = buildCommandEnvironment(
      { PATH: '/bin', GITHUB_TOKEN: 'ghs', UNSET: undefined, NPM_TOKEN: 'npm' },
      { PATH: '/usr/bin', EXTRA_SECRET: 'x' },
      new Set(['NPM_TOKEN']),
    );
    expect(built.environment).toEqual({ PATH: '/usr/bin', NPM_TOKEN: 'npm' });
    expect(built.withheld).toEqual(['EXTRA_SECRET', 'GITHUB_TOKEN']);
  });

  it('does not let a request re-add a withheld name under the same spelling', () => {
    const built = buildCommandEnvironment({ GITHUB_TOKEN: 'ghs' }, { GITHUB_TOKEN: 'again' }, new Set());
    expect(built.environment).toEqual({});
  });
});
