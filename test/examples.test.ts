import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config/index.js';
import { createPolicy } from '../src/core/policy/index.js';
import { REPOSITORY_ROOT } from './stages/support/run-bundle.js';

// The example users copy must stay valid and must mean what its comments say.

describe('examples/drydock.yml', () => {
  const { config, warnings } = loadConfig(readFileSync(join(REPOSITORY_ROOT, 'examples', 'drydock.yml'), 'utf8'), 'examples/drydock.yml');
  const policy = createPolicy(config);

  it('loads without errors or warnings', () => {
    expect(warnings).toEqual([]);
    expect(config.budgets.stages.implement.costUsd).toBe(15);
    expect(config.risk.sensitiveAreas.map((area) => area.weight)).toEqual([30, 25, 20]);
  });

  it('allows what it lists and still protects workflows', () => {
    expect(policy.evaluate('implementer', { type: 'write', path: 'src/cli.ts' }).decision).toBe('allow');
    expect(policy.evaluate('implementer', { type: 'write', path: '.github/workflows/ci.yml' }).decision).toBe('deny');
    expect(policy.evaluate('implementer', { type: 'command', argv: ['npx', 'vitest', 'run', 'a', 'b'] }).decision).toBe('allow');
    expect(policy.evaluate('implementer', { type: 'command', argv: ['npm', 'install', 'left-pad'] }).decision).toBe('needs-approval');
    expect(policy.evaluate('implementer', { type: 'command', argv: ['sh', '-c', 'npm test'] }).decision).toBe('deny');
    expect(policy.evaluate('triager', { type: 'command', argv: ['npx', 'vitest', 'run', 'a', 'b'] }).decision).toBe('deny');
  });

  it('documents the implement and triage sections with values the stages use', () => {
    expect(config.implement).toMatchObject({ maxAttempts: 3, refine: true, escalationLabel: 'drydock:needs-human', approval: 'environment' });
    expect(config.triage.rerun?.argv).toEqual(['npx', 'vitest', 'run', '{file}', '-t', '{nameRegex}']);
    expect(config.triage.diagnosis).toMatchObject({ maxClusters: 3, suiteArgv: ['npm', 'test'] });
    // The re-run command, filled in, is one the triager may run.
    expect(policy.evaluate('triager', { type: 'command', argv: ['npx', 'vitest', 'run', 'test/a.test.ts', '-t', '^adds$'] }).decision).toBe('allow');
  });
});
