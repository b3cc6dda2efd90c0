import type { CanaryConfigInput, CanaryMetricConfig } from '../config/canary-schema.js';
import type { Clock } from '../ports/clock.js';
import type { DeployerAction, DeployerProposal, EnforcedDecision, RiskLevel } from './deployer-decision.js';
import type { ArmObservations, JudgeResult } from './judge-types.js';
import type { CollectedLook, LookWindow, MetricTelemetry, QueryFailure } from './observations.js';

/** Judge settings with their defaults filled in. */
export interface JudgeSettings {
  /** Lowest score that passes. */
  passScore: number;
  /** Lowest score that is marginal. */
  marginalScore: number;
  /** False-alarm budget over the metrics and looks of a step. */
  alpha: number;
  /** What missing data makes of a verdict. */
  nodata: 'inconclusive' | 'fail';
  /** Extra bakes a marginal or inconclusive step gets. */
  maxExtensions: number;
}

/** What the judge is asked at one look. */
export interface JudgeRequest {
  baseline: ArmObservations;
  canary: ArmObservations;
  metrics: readonly CanaryMetricConfig[];
  settings: JudgeSettings;
  /**
   * Which look of the step this is (1-based) and how many the step can take at most (its planned
   * looks times the bakes it may get), the same for every look of the step, for sequential testing.
   */
  look: { index: number; planned: number };
}

/** The statistical judge, injected: deterministic, no model. */
export type CanaryJudge = (request: JudgeRequest) => JudgeResult;

/** One look of the judge. */
export interface LookRecord {
  /** 1-based within the step, counting extensions. */
  index: number;
  at: string;
  window: { start: string; end: string };
  result: JudgeResult;
  telemetry: MetricTelemetry[];
  failures: QueryFailure[];
}

/** A step's decision as recorded. */
export interface StepDecision extends EnforcedDecision {
  at: string;
}

/** One traffic step as it went. */
export interface StepRecord {
  weight: number;
  startedAt: string;
  endedAt?: string;
  looks: LookRecord[];
  /** Extra bakes taken. */
  extensions: number;
  /** Decisions at the end of each bake (more than one when extended). */
  decisions: StepDecision[];
}

/** How a rollout stands. `paused`: stopped at a gate or for a human, state saved, a later job continues. */
export type RolloutStatus = 'in-progress' | 'paused' | 'promoted' | 'rolled-back' | 'rollback-failed';

/** A rollback as it ran. */
export interface RollbackRecord {
  reason: string;
  /** What caused it: a judge verdict or the deployer, a failed command, an error, a cancellation. */
  cause: 'verdict' | 'command-failed' | 'error' | 'cancelled';
  at: string;
  /** Whether the rollback command succeeded. */
  succeeded: boolean;
  detail: string;
}

/** The whole rollout, kept in the run state so the next job can continue it. */
export interface RolloutRecord {
  version: string;
  status: RolloutStatus;
  /** Traffic weight last set on the canary (0 before the first step and after a rollback). */
  weight: number;
  /** Index of the next step to run. */
  nextStep: number;
  /** Whether the deploy command already ran. */
  deployed: boolean;
  steps: StepRecord[];
  /** Why the rollout is paused, when it is. */
  pauseReason?: string;
  rollback?: RollbackRecord;
}

/** A command the engine asks to run, by purpose. */
export type RolloutCommandPurpose = 'deploy' | 'traffic' | 'rollback';

/** The outcome of one command, as the engine needs it. */
export interface RolloutCommandOutcome {
  ok: boolean;
  /** One line: exit code and the end of stderr, or why policy refused it. */
  detail: string;
}

/** What the deployer agent is shown at the end of a step. */
export interface DeployerContext {
  version: string;
  weight: number;
  stepIndex: number;
  steps: number;
  risk: RiskLevel | undefined;
  look: LookRecord;
  /** The deterministic decision the agent may only make more cautious. */
  fallback: { action: DeployerAction; reason: string };
}

/** The outside world of the engine. */
export interface RolloutPorts {
  clock: Clock;
  /** Runs a command (policy-checked and journaled by the caller). */
  runCommand(purpose: RolloutCommandPurpose, argv: readonly string[]): Promise<RolloutCommandOutcome>;
  /** Reads both arms' metrics over a window. */
  collect(window: LookWindow): Promise<CollectedLook>;
  judge: CanaryJudge;
  /** Asks the deployer agent; undefined when it gives no usable answer. Absent: no agent. */
  propose?(context: DeployerContext): Promise<DeployerProposal | undefined>;
  /** Records an event (the stage journals it). */
  record(kind: string, data: Readonly<Record<string, unknown>>): void;
  /** Called whenever the rollout changes (a deployment status, a saved checkpoint). */
  progress?(record: RolloutRecord, description: string): Promise<void>;
  /** Aborted when the run is cancelled. */
  signal?: AbortSignal;
}

/** What one job of the rollout is asked to do. */
export interface RolloutRequest {
  config: CanaryConfigInput;
  version: string;
  /** Stop (paused) before any step above this weight. */
  untilWeight: number;
  risk: RiskLevel | undefined;
  /** The record of an earlier job to continue; a new rollout without it. */
  previous?: RolloutRecord;
}
