import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_TABLE } from '../../../src/core/budget/price-table.js';
import { defaultConfig, READ_ONLY_GIT_SUBCOMMANDS } from '../../../src/core/config/default-config.js';
import { loadConfig } from '../../../src/core/config/load-config.js';

function load(text: string) {
  return loadConfig(`version: 1\n${text}`, '.github/drydock.yml').config;
}

describe('config defaults and merging', () => {
  it('CM-001 defaults are least privilege per identity', () => {
    const { identities } = defaultConfig();
    expect(identities.planner).toMatchObject({ read: ['**'], write: [], hosts: [] });
    expect(identities.planner.commands).toEqual(READ_ONLY_GIT_SUBCOMMANDS.map((subcommand) => ['git', subcommand, '**']));
    expect(identities.implementer).toMatchObject({ write: ['**'], hosts: [] });
    expect(identities.triager.write).toEqual([]);
    expect(identities.deployer).toMatchObject({ write: [], commands: [], hosts: [] });
    expect(identities.deployer.github).toEqual({ 'deployment-status': 20, 'issue-comment': 3 });
    expect(identities.planner.github.push).toBeUndefined();
    expect(identities.triager.github.push).toBeUndefined();
  });

  it('CM-002 lists replace the default list, so a list can narrow', () => {
    const config = load('identities:\n  planner:\n    read: ["src/**"]\n    commands: []\n');
    expect(config.identities.planner.read).toEqual(['src/**']);
    expect(config.identities.planner.commands).toEqual([]);
    expect(config.identities.planner.github).toEqual(defaultConfig().identities.planner.github);
    expect(config.identities.implementer).toEqual(defaultConfig().identities.implementer);
  });

  it('CM-003 mappings merge key by key; 0 revokes a default operation', () => {
    const config = load('identities:\n  planner:\n    github: { label: 0, issue-create: 1 }\n');
    expect(config.identities.planner.github).toEqual({ 'issue-comment': 5, label: 0, 'issue-create': 1 });
  });

  it('CM-004 approval fields replace independently', () => {
    const config = load('identities:\n  implementer:\n    approval:\n      write: [package.json]\n');
    expect(config.identities.implementer.approval).toEqual({ commands: [], write: ['package.json'] });
  });

  it('CM-005 validators default to implementer and triager', () => {
    const config = load('validators:\n  test: { argv: [npm, test], timeoutSeconds: 300 }\n  deploy-check: { argv: [make, check], identities: [deployer] }\n');
    expect(config.validators).toEqual({
      test: { argv: ['npm', 'test'], timeoutSeconds: 300, identities: ['implementer', 'triager'] },
      'deploy-check': { argv: ['make', 'check'], identities: ['deployer'] },
    });
  });

  it('CM-006 budget limits merge per field and null removes a default limit', () => {
    const config = load('budgets:\n  run: { costUsd: 5, tokens: null }\n  stages:\n    plan: { turns: 10, wallTimeSeconds: null }\n');
    expect(config.budgets.run).toEqual({ costUsd: 5 });
    expect(config.budgets.stages.plan).toEqual({ tokens: 500_000, turns: 10 });
    expect(config.budgets.stages.implement).toEqual(defaultConfig().budgets.stages.implement);
  });

  it('CM-007 prices override the default table entry by entry', () => {
    const config = load('prices:\n  gpt-4o: { input: 5, output: 15 }\n  llama3: { input: 0, output: 0 }\n');
    expect(config.prices['gpt-4o']).toEqual({ input: 5, output: 15 });
    expect(config.prices.llama3).toEqual({ input: 0, output: 0 });
    expect(config.prices['gpt-4.1']).toEqual(DEFAULT_PRICE_TABLE['gpt-4.1']);
  });

  it('CM-008 model routes merge per field', () => {
    const config = load('models:\n  default: { model: gpt-4.1 }\n  stages:\n    implement: { fallbacks: [gpt-4o] }\n');
    expect(config.models.default).toEqual({ provider: 'openai', model: 'gpt-4.1', fallbacks: [] });
    expect(config.models.stages).toEqual({ implement: { fallbacks: ['gpt-4o'] } });
  });

  it('CM-009 defaults are fresh objects: changing one config never leaks into the next', () => {
    const first = defaultConfig();
    first.identities.implementer.write.push('x');
    first.identities.planner.commands[0]?.push('x');
    expect(defaultConfig().identities.implementer.write).toEqual(['**']);
    expect(defaultConfig().identities.planner.commands[0]).toEqual(['git', 'log', '**']);
    expect(Object.isFrozen(DEFAULT_PRICE_TABLE['gpt-4o'])).toBe(true);
  });
});
