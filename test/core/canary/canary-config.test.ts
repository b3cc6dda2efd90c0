import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load-config.js';
import { InputError } from '../../../src/core/errors.js';
import { createPolicy } from '../../../src/core/policy/index.js';
import { REPOSITORY_ROOT } from '../../stages/support/run-bundle.js';

const FILE = '.github/drydock.yml';

const VALID = `
canary:
  steps:
    - { weight: 10, bakeSeconds: 60, intervalSeconds: 20 }
    - { weight: 100, bakeSeconds: 60, intervalSeconds: 20 }
  traffic: [./set-weight, "{weight}", "{version}"]
  rollback: [./rollback]
  sources:
    prom: { type: prometheus, url: "http://127.0.0.1:9090", baseline: 'track="baseline"', canary: 'track="canary"' }
  metrics:
    - { name: errors, source: prom, events: 'sum(errors{{selector}})', trials: 'sum(requests{{selector}})', critical: true }
    - { name: latency, source: prom, query: 'latency{{selector}}' }
`;

function failure(text: string): string {
  try {
    loadConfig(`version: 1\n${text}`, FILE);
  } catch (error) {
    if (InputError.isInstance(error)) return error.message;
    throw error;
  }
  throw new Error('expected loadConfig to throw');
}

describe('canary config', () => {
  it('CC-001 a valid section loads whole; without it there is no canary', () => {
    const { config } = loadConfig(`version: 1\n${VALID}`, FILE);
    expect(config.canary?.steps.map((step) => step.weight)).toEqual([10, 100]);
    expect(config.canary?.metrics[0]).toMatchObject({ name: 'errors', critical: true });
    expect(loadConfig('version: 1\n', FILE).config.canary).toBeUndefined();
  });

  it('CC-002 weights must strictly increase and end at 100, naming the step', () => {
    const decreasing = failure(VALID.replace('weight: 100', 'weight: 5'));
    expect(decreasing).toContain('canary.steps[1].weight');
    expect(decreasing).toContain("above the previous step's 10");
    expect(decreasing).toContain('last step to reach 100');
    expect(failure(VALID.replace('weight: 100', 'weight: 10'))).toContain('strictly increase');
  });

  it('CC-003 bake time and interval are positive and the interval fits in the bake', () => {
    expect(failure(VALID.replace('bakeSeconds: 60, intervalSeconds: 20 }\n    - { weight: 100', 'bakeSeconds: 0, intervalSeconds: 20 }\n    - { weight: 100'))).toContain('canary.steps[0].bakeSeconds');
    expect(failure(VALID.replace('intervalSeconds: 20 }\n  traffic', 'intervalSeconds: -1 }\n  traffic'))).toContain('canary.steps[1].intervalSeconds');
    expect(failure(VALID.replace('intervalSeconds: 20 }\n  traffic', 'intervalSeconds: 90 }\n  traffic'))).toContain('no longer than the bake time');
    expect(failure(VALID.replace('bakeSeconds: 60, intervalSeconds: 20 }\n  traffic', 'bakeSeconds: 3600, intervalSeconds: 30 }\n  traffic'))).toMatch(/canary\.steps\[1\]\.intervalSeconds.*at most 100 looks.*got 240/);
  });

  it('CC-004 the rollback command is required', () => {
    expect(failure(VALID.replace('  rollback: [./rollback]\n', ''))).toMatch(/canary\.rollback.*expected a command/);
  });

  it('CC-005 placeholders fill whole arguments only; unknown placeholders and shell strings are refused', () => {
    expect(failure(VALID.replace('"{weight}"', '"--weight={weight}"'))).toMatch(/canary\.traffic\[1\].*must be a whole argument/);
    expect(failure(VALID.replace('"{version}"', '"{image}"'))).toMatch(/canary\.traffic\[2\].*unknown placeholder \{image\}/);
    expect(failure(VALID.replace('[./set-weight, "{weight}", "{version}"]', '"./set-weight {weight}"'))).toMatch(/canary\.traffic.*shell command strings are not accepted/);
    expect(failure(VALID.replace('"{weight}", ', ''))).toContain('"{weight}" as one of its arguments');
  });

  it('CC-006 every referenced source is defined and metric names are unique', () => {
    const unknown = failure(VALID.replace('{ name: latency, source: prom', '{ name: latency, source: grafana'));
    expect(unknown).toContain('canary.metrics[1].source');
    expect(unknown).toContain('"grafana" is not defined under canary.sources (defined: prom)');
    expect(failure(VALID.replace('name: latency', 'name: errors'))).toMatch(/canary\.metrics\[1\]\.name.*defined twice/);
  });

  it('CC-007 a metric is continuous (query) or a rate (events and trials)', () => {
    expect(failure(VALID.replace(", trials: 'sum(requests{{selector}})'", ''))).toMatch(/canary\.metrics\[0\]\.trials.*needs both events and trials/);
    expect(failure(VALID.replace("query: 'latency{{selector}}'", ''))).toMatch(/canary\.metrics\[1\]\.query/);
  });

  it('CC-008 sources are checked by type', () => {
    expect(failure(VALID.replace('type: prometheus', 'type: graphite'))).toContain('canary.sources.prom');
    expect(failure(VALID.replace('url: "http://127.0.0.1:9090"', 'url: "ftp://x"'))).toContain('canary.sources.prom.url');
  });

  it('CC-009 judge thresholds: marginal at most pass', () => {
    expect(failure(`${VALID}  judge: { thresholds: { pass: 70, marginal: 80 } }\n`)).toContain('canary.judge.thresholds.marginal');
  });
});

describe('examples/canary', () => {
  const directory = join(REPOSITORY_ROOT, 'examples', 'canary');
  const files = readdirSync(directory).filter((name) => name.endsWith('.yml'));

  it('has the documented examples', () => {
    expect(files.sort()).toEqual(['argo-rollouts.yml', 'feature-flag.yml', 'kubernetes.yml', 'load-balancer.yml']);
  });

  it.each(files)('%s loads, and the deployer may run its traffic and rollback commands', (name) => {
    const { config, warnings } = loadConfig(readFileSync(join(directory, name), 'utf8'), `examples/canary/${name}`);
    expect(warnings).toEqual([]);
    const canary = config.canary!;
    const policy = createPolicy(config);
    const fill = (argv: readonly string[], weight: number) => argv.map((argument) => (argument === '{weight}' ? String(weight) : argument === '{version}' ? 'v1.2.3' : argument));
    for (const step of canary.steps) expect(policy.evaluate('deployer', { type: 'command', argv: fill(canary.traffic, step.weight) }).decision).toBe('allow');
    expect(policy.evaluate('deployer', { type: 'command', argv: fill(canary.rollback, 0) }).decision).toBe('allow');
    if (canary.deploy !== undefined) expect(policy.evaluate('deployer', { type: 'command', argv: fill(canary.deploy, 0) }).decision).toBe('allow');
  });
});
