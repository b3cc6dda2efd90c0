import type { BudgetTracker } from '../../core/budget/index.js';
import type { DrydockConfig } from '../../core/config/config-types.js';
import type { ParsedInputs, InputSpecs } from '../../core/inputs.js';
import type { Journal } from '../../core/journal/journal.js';
import type { Policy } from '../../core/policy/policy.js';
import type { ArtifactStore } from '../../core/ports/artifact-store.js';
import type { Clock } from '../../core/ports/clock.js';
import type { Forge } from '../../core/ports/forge.js';
import type { StageIo } from '../../core/ports/stage-io.js';
import type { Workspace } from '../../core/ports/workspace.js';
import type { Goal, RunState, StageName, Trigger } from '../../core/run-state.js';
import type { StageAgentRunner } from './stage-agent.js';

/** Everything a stage's logic gets: inputs already validated, adapters already wired. */
export interface StageContext<Inputs> {
  stage: StageName;
  /** The agent identity the stage acts as. */
  identity: string;
  inputs: Inputs;
  trigger: Trigger;
  /** Event payload. Untrusted: issue and comment text live here. */
  payload: Readonly<Record<string, unknown>>;
  /** The run state as handed over (or as just started). */
  state: RunState;
  /** Digest of `state`. */
  stateDigest: string;
  /** On a re-run, the state this stage's earlier attempt saved (with its own section); undefined otherwise. */
  earlierState?: RunState;
  config: DrydockConfig;
  policy: Policy;
  journal: Journal;
  budget: BudgetTracker;
  workspace: Workspace;
  io: StageIo;
  clock: Clock;
  /** The runner's environment as the stage was given it (never read `process.env` in a stage). */
  environment: Readonly<Record<string, string | undefined>>;
  /** Where run state and journals are stored; also reaches other runs' artifacts (`runId`). */
  artifacts: ArtifactStore;
  /** The code host, built on first use (GitHub inside Actions, the local git forge outside). */
  forge(): Promise<Forge>;
  /** Runs an agent loop as this stage's identity: routed model, tools under policy, resume on re-run. */
  runAgent: StageAgentRunner;
  /** The text with this stage's secrets redacted (tokens, keys, secret-looking environment values): for text bound for a model. */
  redact(text: string): string;
  /** Aborted when the run is cancelled; stages with `cancelGraceMs` use it to clean up (roll back). */
  signal?: AbortSignal;
}

/** What a stage's logic returns. */
export interface StageExecution {
  /** Stage-specific outputs, set besides the common ones. */
  outputs: Record<string, string>;
  /** Stage-specific result, stored in the stage's section of the run state. */
  result: Record<string, unknown>;
  /** Markdown for the step summary, below the common header. */
  summary: string;
  /**
   * Set when the stage's logic ended badly but has a result worth keeping (a rolled-back canary):
   * the stage ends with this outcome and `message`, and the result and summary are still saved.
   */
  outcome?: 'failed' | 'stopped';
  /** Why, when `outcome` is set. */
  message?: string;
}

/** One stage: its inputs, how it finds its state, and its logic. */
export interface StageDefinition<Specs extends InputSpecs> {
  name: StageName;
  /** Input specs, keyed by input name; parsed before anything else happens. */
  inputs: Specs;
  /** Input names whose values are secrets: masked in logs, redacted from the journal. */
  secretInputs: readonly string[];
  /** `required`: refuse to run without a state from an earlier stage; `optional`: start one. */
  incomingState: 'required' | 'optional';
  /** The goal of a run this stage starts (only used when there is no incoming state). */
  goal(inputs: ParsedInputs<Specs>, payload: Readonly<Record<string, unknown>>): Goal;
  /** Input checks that involve more than one input; throw an InputError naming them. */
  validate?(inputs: ParsedInputs<Specs>, payload: Readonly<Record<string, unknown>>): void;
  execute(context: StageContext<ParsedInputs<Specs>>): Promise<StageExecution>;
  /**
   * On cancellation, how long to wait for `execute` to finish after `signal` aborts (for cleanup
   * such as a rollback) before the stage stops anyway. Default 0: it stops at once.
   */
  cancelGraceMs?: number;
  /**
   * Which job of the stage this is, when one run has several (matrix shards, a canary paused at a
   * weight): named in the stage's artifact, `drydock-<stage>--<variant>-attempt-<n>`, so the jobs
   * do not collide. Undefined for the stage's main job.
   */
  artifactVariant?(inputs: ParsedInputs<Specs>): string | undefined;
}
