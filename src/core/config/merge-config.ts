import type { BudgetLimits } from '../budget/budget-types.js';
import { IDENTITY_NAMES, type IdentityName } from '../policy/identity-names.js';
import type { ConfigInput } from './config-schema.js';
import type { DrydockConfig, IdentityPermissions, ModelRoute, RiskConfig, ValidatorConfig } from './config-types.js';
import { STAGE_NAMES } from './stage-names.js';
import { mergeImplementConfig } from './implement-schema.js';
import { mergeTriageConfig } from './triage-schema.js';

/** Identities that may run a validator as a tool when the config does not say. */
export const DEFAULT_VALIDATOR_IDENTITIES: readonly IdentityName[] = ['implementer', 'triager'];

type LimitsInput = { [Key in keyof BudgetLimits]?: number | null };

/** The members of an object that are set (not undefined), so they can be spread over defaults. */
function definedMembers<T extends object>(value: T | undefined): Partial<T> {
  if (value === undefined) return {};
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as Partial<T>;
}

function mergeLimits(defaults: BudgetLimits, input: LimitsInput | undefined): BudgetLimits {
  const merged: Record<string, number> = { ...defaults };
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as BudgetLimits;
}

function mergeIdentity(defaults: IdentityPermissions, input: NonNullable<ConfigInput['identities']>[IdentityName]): IdentityPermissions {
  const given = definedMembers(input ?? {});
  return {
    read: given.read ?? [...defaults.read],
    write: given.write ?? [...defaults.write],
    commands: given.commands ?? defaults.commands.map((pattern) => [...pattern]),
    hosts: given.hosts ?? [...defaults.hosts],
    github: { ...defaults.github, ...definedMembers(given.github) },
    approval: {
      commands: given.approval?.commands ?? defaults.approval.commands.map((pattern) => [...pattern]),
      write: given.approval?.write ?? [...defaults.approval.write],
    },
  };
}

function mergeRisk(defaults: RiskConfig, input: ConfigInput['risk']): RiskConfig {
  const areas = input?.sensitiveAreas ?? defaults.sensitiveAreas;
  return {
    sensitiveAreas: areas.map((area) => ({ ...area, paths: [...area.paths] })),
    thresholds: { ...defaults.thresholds, ...definedMembers(input?.thresholds) },
    dependentsDepth: input?.dependentsDepth ?? defaults.dependentsDepth,
  };
}

/**
 * Merges a validated file over the defaults. The rules, one for all sections:
 *
 * - Lists replace: `write: [src/**]` is the whole write list, so a list can narrow a default.
 * - Mappings merge key by key: `github: { label: 0 }` changes only `label`; `prices` and
 *   `validators` add or replace single entries; a validator or price entry replaces the whole entry.
 * - Budget limits merge per field, and `null` removes a default limit.
 * - Model routes merge per field; a stage override is resolved against the default by `modelRouteFor`.
 * - `risk.sensitiveAreas` is a list, so it replaces the default areas; `risk.thresholds` merges per
 *   field (`mergedConfigProblems` then checks that medium stays below high).
 * - `plan.untrustedComments` replaces the default (`context`) when set.
 */
export function mergeConfig(defaults: DrydockConfig, input: ConfigInput): DrydockConfig {
  const identities = Object.fromEntries(
    IDENTITY_NAMES.map((name) => [name, mergeIdentity(defaults.identities[name], input.identities?.[name])]),
  ) as DrydockConfig['identities'];

  const validators: Record<string, ValidatorConfig> = { ...defaults.validators };
  for (const [name, validator] of Object.entries(input.validators ?? {})) {
    validators[name] = {
      argv: validator.argv,
      ...(validator.timeoutSeconds === undefined ? {} : { timeoutSeconds: validator.timeoutSeconds }),
      identities: validator.identities ?? [...DEFAULT_VALIDATOR_IDENTITIES],
      ...(validator.kind === undefined ? {} : { kind: validator.kind }),
      ...(validator.relatedTests === undefined ? {} : { relatedTests: validator.relatedTests }),
    };
  }

  const stageBudgets = Object.fromEntries(
    STAGE_NAMES.map((stage) => [stage, mergeLimits(defaults.budgets.stages[stage], input.budgets?.stages?.[stage])]),
  ) as DrydockConfig['budgets']['stages'];

  const stageRoutes: DrydockConfig['models']['stages'] = {};
  for (const stage of STAGE_NAMES) {
    const merged = { ...definedMembers(defaults.models.stages[stage]), ...definedMembers(input.models?.stages?.[stage]) };
    if (Object.keys(merged).length > 0) stageRoutes[stage] = merged;
  }

  return {
    version: 1,
    identities,
    validators,
    budgets: { run: mergeLimits(defaults.budgets.run, input.budgets?.run), stages: stageBudgets },
    models: {
      default: { ...defaults.models.default, ...definedMembers(input.models?.default) } as ModelRoute,
      stages: stageRoutes,
    },
    prices: { ...defaults.prices, ...input.prices },
    risk: mergeRisk(defaults.risk, input.risk),
    plan: { untrustedComments: input.plan?.untrustedComments ?? defaults.plan.untrustedComments },
    implement: mergeImplementConfig(defaults.implement, input.implement),
    triage: mergeTriageConfig(defaults.triage, input.triage),
    // The canary section has no defaults to merge with: it is taken whole or not at all.
    ...(input.canary === undefined ? {} : { canary: input.canary }),
  };
}
