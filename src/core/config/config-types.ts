import type { CanaryConfigInput } from './canary-schema.js';
import type { BudgetLimits } from '../budget/budget-types.js';
import type { PriceTable } from '../budget/price-table.js';
import type { GithubOperation } from '../policy/github-operations.js';
import type { UntrustedCommentMode } from '../intent/intent-types.js';
import type { IdentityName } from '../policy/identity-names.js';
import type { RiskThresholds, SensitiveArea } from '../risk/risk-types.js';
import type { StageName } from './stage-names.js';
import type { ImplementConfig } from './implement-schema.js';
import type { TriageConfig } from './triage-schema.js';

/** The model providers Drydock can talk to, all through the OpenAI-compatible API. */
export const MODEL_PROVIDERS = ['openai', 'azure-openai', 'github-models', 'openai-compatible'] as const;

/** A model provider. */
export type ModelProvider = (typeof MODEL_PROVIDERS)[number];

/** Actions of an identity that need a human approval instead of being allowed outright. */
export interface ApprovalRules {
  /** Argv patterns that need an approval before they run, whether or not `commands` allows them. */
  commands: string[][];
  /** Path globs whose writes need an approval, whether or not `write` allows them. Protected paths stay denied. */
  write: string[];
}

/** Maximum count per GitHub operation for one stage; an operation that is absent or 0 is not granted. */
export type GithubOperationLimits = Partial<Record<GithubOperation, number>>;

/** What one agent identity may do. Everything not granted here is denied. */
export interface IdentityPermissions {
  /** Path globs the identity may read. Credential files and `.git` stay unreadable whatever they say. */
  read: string[];
  /** Path globs the identity may write. Protected paths stay unwritable whatever they say. */
  write: string[];
  /** Argv patterns of commands the identity may run (never shell strings). */
  commands: string[][];
  /** GitHub operations the identity may perform, with a maximum count per stage. */
  github: GithubOperationLimits;
  /** Network hosts the identity's tools may reach (`api.example.com`, `*.example.com`). */
  hosts: string[];
  /** What needs a human approval rather than being allowed. */
  approval: ApprovalRules;
}

/** A named validator: a build, lint or test command whose result judges an attempt. */
export interface ValidatorConfig {
  /** The command as an argv list, program first. */
  argv: string[];
  /** Kill it after this many seconds; the command runner's default when absent. */
  timeoutSeconds?: number;
  /** Identities that may run this exact command as a tool (for example to re-run tests). */
  identities: IdentityName[];
  /** What it checks: orders the validators and picks the output parser; `other` when absent. */
  kind?: ValidatorKind;
  /** How the tests related to the changed files are run first, when the runner supports selecting them. */
  relatedTests?: RelatedTestSelection;
}

/** What a validator checks, in the order validators run. */
export const VALIDATOR_KINDS = ['format', 'lint', 'typecheck', 'build', 'test', 'other'] as const;

/** A validator kind. */
export type ValidatorKind = (typeof VALIDATOR_KINDS)[number];

/** How a test validator selects the tests related to the changed files. */
export const RELATED_TEST_SELECTIONS = ['test-files', 'find-related'] as const;

/** A related-test selection. */
export type RelatedTestSelection = (typeof RELATED_TEST_SELECTIONS)[number];

/** Budgets of the run and of each stage. */
export interface BudgetConfig {
  /** Limits for the whole run, summed over its stages. */
  run: BudgetLimits;
  /** Limits per stage. */
  stages: Record<StageName, BudgetLimits>;
}

/** Which model a stage talks to, and where. */
export interface ModelRoute {
  /** The provider kind. */
  provider: ModelProvider;
  /** Model name as the provider knows it. */
  model: string;
  /** Models to try in order when the main one fails. */
  fallbacks: string[];
  /** The API base URL; the provider's default when absent. */
  baseUrl?: string;
}

/** Model routing: a default route and per-stage overrides. */
export interface ModelConfig {
  /** The route every stage uses unless it overrides it. */
  default: ModelRoute;
  /** Per-stage overrides; resolve with `modelRouteFor`. */
  stages: Partial<Record<StageName, Partial<ModelRoute>>>;
}

/** How the plan stage scores risk and blast radius. */
export interface RiskConfig {
  /** Sensitive areas with their weights; the config's list replaces the default list. */
  sensitiveAreas: SensitiveArea[];
  /** Scores at which a plan becomes medium and high risk. */
  thresholds: RiskThresholds;
  /** Import levels followed from a changed file to the files that depend on it. */
  dependentsDepth: number;
}

/** How the plan stage reads its trigger. */
export interface PlanConfig {
  /** Issue comments by users without write access: `context` shows them as untrusted context (never instructions), `omit` leaves them out. */
  untrustedComments: UntrustedCommentMode;
}

/** The repository configuration (`.github/drydock.yml`) after validation and merging over the defaults. */
export interface DrydockConfig {
  /** Config format version. */
  version: 1;
  /** Permissions of each agent identity. */
  identities: Record<IdentityName, IdentityPermissions>;
  /** Named validator commands. */
  validators: Record<string, ValidatorConfig>;
  /** Budgets per run and per stage. */
  budgets: BudgetConfig;
  /** Model routing. */
  models: ModelConfig;
  /** USD per million tokens by model name: the default table with the config's entries over it. */
  prices: PriceTable;
  /** Risk and blast-radius scoring of plans. */
  risk: RiskConfig;
  /** How the plan stage reads its trigger. */
  plan: PlanConfig;
  /** How the implement stage carries out a plan. */
  implement: ImplementConfig;
  /** How the test-triage stage re-runs, classifies and diagnoses failures. */
  triage: TriageConfig;
  /** The canary rollout (steps, commands, metrics, judge); absent when the repository has none. */
  canary?: CanaryConfigInput;
}

/** Something in the config that is allowed but probably not what its author meant. */
export interface ConfigWarning {
  /** Key path, as in `identities.implementer.write[1]`. */
  keyPath: string;
  /** Line in the file, when known. */
  line?: number;
  /** The whole warning, naming the file and key path. */
  message: string;
}

/** What `loadConfig` returns. */
export interface LoadedConfig {
  /** The merged configuration. */
  config: DrydockConfig;
  /** Warnings for the stage to show (for example entries aimed at protected paths). */
  warnings: ConfigWarning[];
}
