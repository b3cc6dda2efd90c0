import { DEFAULT_PRICE_TABLE } from '../budget/price-table.js';
import { DEFAULT_DEPENDENTS_DEPTH, DEFAULT_RISK_THRESHOLDS, defaultSensitiveAreas } from '../risk/risk-defaults.js';
import type { DrydockConfig, IdentityPermissions } from './config-types.js';
import { defaultImplementConfig } from './implement-schema.js';
import { defaultTriageConfig } from './triage-schema.js';

/**
 * git subcommands that only read the repository. Options of theirs that write files or run
 * programs (`--output`, `--ext-diff`, `--open-files-in-pager`, `--no-index`, …) are refused by the
 * command guards whatever the patterns say.
 */
export const READ_ONLY_GIT_SUBCOMMANDS = ['log', 'show', 'diff', 'status', 'ls-files', 'blame', 'rev-parse', 'grep'] as const;

function readOnlyGitCommands(): string[][] {
  return READ_ONLY_GIT_SUBCOMMANDS.map((subcommand) => ['git', subcommand, '**']);
}

function identity(permissions: Partial<IdentityPermissions>): IdentityPermissions {
  return { read: [], write: [], commands: [], github: {}, hosts: [], approval: { commands: [], write: [] }, ...permissions };
}

/**
 * The safe defaults every config merges over: each identity gets the least it needs for its
 * stage. Everything may be read except protected paths (which no config can open); only the
 * implementer writes files; no identity runs anything but read-only git and the configured
 * validators; no identity reaches the network.
 */
export function defaultConfig(): DrydockConfig {
  return {
    version: 1,
    identities: {
      planner: identity({ read: ['**'], commands: readOnlyGitCommands(), github: { 'issue-comment': 5, label: 3 } }),
      implementer: identity({
        read: ['**'],
        write: ['**'],
        commands: readOnlyGitCommands(),
        github: { push: 10, 'pull-request': 1, 'issue-comment': 3, label: 3 },
      }),
      triager: identity({
        read: ['**'],
        commands: readOnlyGitCommands(),
        github: { 'issue-comment': 5, 'issue-create': 1, label: 3, 'check-run': 5 },
      }),
      deployer: identity({ read: ['**'], github: { 'deployment-status': 20, 'issue-comment': 3 } }),
    },
    validators: {},
    budgets: {
      run: { tokens: 5_000_000 },
      stages: {
        plan: { tokens: 500_000, turns: 40, wallTimeSeconds: 20 * 60 },
        implement: { tokens: 3_000_000, turns: 300, wallTimeSeconds: 60 * 60 },
        'test-triage': { tokens: 1_000_000, turns: 100, wallTimeSeconds: 30 * 60 },
        // Canary analysis bakes between traffic steps, so it gets hours of wall time but few turns.
        'canary-deploy': { tokens: 300_000, turns: 60, wallTimeSeconds: 3 * 60 * 60 },
      },
    },
    models: {
      default: { provider: 'openai', model: 'gpt-4.1-mini', fallbacks: [] },
      stages: {},
    },
    prices: { ...DEFAULT_PRICE_TABLE },
    risk: {
      sensitiveAreas: defaultSensitiveAreas(),
      thresholds: { ...DEFAULT_RISK_THRESHOLDS },
      dependentsDepth: DEFAULT_DEPENDENTS_DEPTH,
    },
    plan: { untrustedComments: 'context' },
    implement: defaultImplementConfig(),
    triage: defaultTriageConfig(),
  };
}
